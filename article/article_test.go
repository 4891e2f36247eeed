package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const seedDir = "../testdata/seeds"

// seed parses the seed whose file name starts with prefix.
func seed(t testing.TB, prefix string) *Document {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(seedDir, prefix+"_*.txt"))
	if len(m) != 1 {
		t.Fatalf("seed %s: found %v", prefix, m)
	}
	src, err := os.ReadFile(m[0])
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Parse(m[0], src, Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Parse(%s) = %d docs, %v", m[0], len(docs), err)
	}
	return docs[0]
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// sentenceAt returns the first sentence of d whose text contains sub.
func sentenceAt(d *Document, sub string) (Sentence, bool) {
	for si, s := range d.Sentences {
		if strings.Contains(d.SentenceText(si), sub) {
			return s, true
		}
	}
	return Sentence{}, false
}

// sentenceWith returns the (folded) text of the first sentence of d that
// contains sub.
func sentenceWith(d *Document, sub string) (string, bool) {
	for si := range d.Sentences {
		if t := d.SentenceText(si); strings.Contains(t, sub) {
			return t, true
		}
	}
	return "", false
}

func TestSeedMetadata(t *testing.T) {
	tests := []struct {
		seed, date, source, outlet, title string
	}{
		{"000", "2025-08-08", "url", "themoscowtimes.com", ""},
		{"001", "2025-08-08", "text", "rediff.com", "Xi, Putin discuss Ukraine ahead of Russia, US summit"},
		{"002", "2025-04-25", "text", "002_f6db1040242bbb5b", "US envoy Witkoff and Putin hold ‘constructive’ talks on Ukraine"},
		{"003", "", "", "Al Bawaba", "U.S. envoy meets Putin in last-ditch bid to end Ukraine war"},
		{"004", "", "", "004_9ba33af8bd031223", ""},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			d := seed(t, tc.seed)
			if tc.date == "" {
				if !d.Published.IsZero() || d.DateSource != "" {
					t.Errorf("date = %v (%s), want unknown", d.Published, d.DateSource)
				}
			} else if !d.Published.Equal(day(tc.date)) || d.DateSource != tc.source {
				t.Errorf("date = %v (%s), want %s (%s)", d.Published, d.DateSource, tc.date, tc.source)
			}
			if d.Outlet != tc.outlet {
				t.Errorf("outlet = %q, want %q", d.Outlet, tc.outlet)
			}
			if d.Title != tc.title {
				t.Errorf("title = %q, want %q", d.Title, tc.title)
			}
			if d.Format != FormatText || &d.Text[0] != &d.Src[0] {
				t.Errorf("txt: Text must be Src")
			}
			if len(d.Sentences) < 8 {
				t.Errorf("only %d sentences", len(d.Sentences))
			}
			if d.Title != "" {
				if _, ok := sentenceWith(d, d.Title); ok {
					t.Errorf("title %q is a sentence", d.Title)
				}
			}
		})
	}
}

func TestSeedBoilerplate(t *testing.T) {
	tests := []struct {
		seed    string
		absent  []string // no sentence contains these
		present []string // some sentence contains these
	}{
		{"000", []string{"Related article", "Experts Skeptical", "http", "Original url"},
			[]string{"Their offices confirmed the conversations", "regime change in Kyiv."}},
		{"001", []string{"65 families", "Pakistan", "HOME NEWS", "Share", "20:18", "Rediff", "Supreme Court", "PTI"},
			[]string{"Chinese President Xi Jinping on Friday spoke", "supplied arms to Moscow."}},
		{"002", []string{"Skip to content", "Photo shows", "AFP Photo", "By Newsroom", "Last Updated", "Ukraine fears unfair deal", "Trump pushes for cease-fire"},
			[]string{"three-hour meeting on Friday", "spreading Russian narratives."}},
		{"003", []string{"Roya News", "good chance", "Try Our AI Features", "Download Daily8", "Also Read", "Netanyahu", "21 hours ago", "logo", "No comments"},
			[]string{"Get a deal where people stop getting killed", "such as China and India.", "Putin will stop killing people"}},
		{"004", []string{"Iraq Welcomes Recognition", "Speaker of Iraqi Parliament"},
			[]string{"Western security guarantees."}},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			d := seed(t, tc.seed)
			for _, a := range tc.absent {
				if s, ok := sentenceWith(d, a); ok {
					t.Errorf("sentence contains %q: %q", a, s)
				}
			}
			for _, p := range tc.present {
				if _, ok := sentenceWith(d, p); !ok {
					t.Errorf("no sentence contains %q", p)
				}
			}
		})
	}
}

// TestSeed003 checks the related block and the inline "Also Read".
func TestSeed003(t *testing.T) {
	d := seed(t, "003")
	t.Run("related block is boilerplate", func(t *testing.T) {
		var found bool
		for _, b := range d.Boilerplate {
			if strings.Contains(string(d.Text[b.Start:b.End]), "Roya News") {
				found = true
			}
		}
		if !found {
			t.Error("related block not recorded in Boilerplate")
		}
	})
	t.Run("Also Read dropped alone", func(t *testing.T) {
		before, ok1 := sentenceWith(d, "such as China and India.")
		after, ok2 := sentenceWith(d, "'Putin will stop killing people")
		if !ok1 || !ok2 {
			t.Fatalf("neighbours missing: %v %v", ok1, ok2)
		}
		if strings.Contains(before, "Also") || !strings.HasPrefix(after, "'Putin") {
			t.Errorf("neighbours: %q / %q", before, after)
		}
		var dropped bool
		for _, b := range d.Boilerplate {
			if strings.HasPrefix(string(d.Text[b.Start:b.End]), "Also Read Will Netanyahu") {
				dropped = true
			}
		}
		if !dropped {
			t.Error("Also Read sentence not in Boilerplate")
		}
	})
	t.Run("header line not merged", func(t *testing.T) {
		s, ok := sentenceWith(d, "In a high-stakes diplomatic mission")
		if !ok || strings.Contains(s, "hours ago") {
			t.Errorf("first sentence = %q", s)
		}
	})
	t.Run("main text kept", func(t *testing.T) {
		if !strings.Contains(string(d.Text), "Get a deal where people stop getting killed") {
			t.Error("main text lost")
		}
	})
}

// TestSeed000Wrapped checks that hard-wrapped lines make one sentence and
// that positions point at the right line and column.
func TestSeed000Wrapped(t *testing.T) {
	d := seed(t, "000")
	const first = "President Vladimir Putin on Friday held a phone call blitz with the leaders of China, India, Belarus, Kazakhstan and Uzbekistan to share details of his meeting earlier this week with U.S. President Donald Trump’s special envoy Steve Witkoff."
	if d.SentenceText(0) != first {
		t.Errorf("first sentence = %q", d.SentenceText(0))
	}
	s := d.Sentences[0]
	raw := string(d.Text[s.Start:s.End])
	if !strings.HasPrefix(raw, "President") || !strings.HasSuffix(raw, "Witkoff.") || !strings.Contains(raw, "\n") {
		t.Errorf("raw span = %q", raw)
	}
	tests := []struct {
		word      string
		line, col int
	}{
		{"President Vladimir", 1, 2},
		{"Belarus, Kazakhstan", 2, 1},
		{"Kazakhstan and", 2, 10},
		{"special envoy", 3, 28}, // columns count bytes: ’ is 3
		{"alks-a90138", 60, 1},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			off := strings.Index(string(d.Text), tc.word)
			p := d.Position(off)
			if p.Line != tc.line || p.Col != tc.col || !strings.HasSuffix(p.Path, "000_20d3d46abf5254f4.txt") {
				t.Errorf("Position = %v, want line %d col %d", p, tc.line, tc.col)
			}
		})
	}
	if !strings.HasSuffix(d.URL, "on-witkoff-talks-a90138") {
		t.Errorf("URL = %q (wrapped URL not joined)", d.URL)
	}
}

func TestSentenceSpans(t *testing.T) {
	for _, p := range []string{"000", "001", "002", "003", "004"} {
		t.Run(p, func(t *testing.T) {
			d := seed(t, p)
			checkDoc(t, d)
		})
	}
}

// checkDoc asserts the invariants of a document.
func checkDoc(t testing.TB, d *Document) {
	t.Helper()
	prev := 0
	for i, s := range d.Sentences {
		if s.Start < prev || s.End > len(d.Text) || s.Start >= s.End {
			t.Fatalf("sentence %d span %v out of order/range (len %d)", i, s.Span, len(d.Text))
		}
		prev = s.End
		if !validUTF8(d.SentenceText(i)) {
			t.Fatalf("sentence %d invalid UTF-8: %q", i, d.SentenceText(i))
		}
		if strings.TrimSpace(d.SentenceText(i)) != d.SentenceText(i) || strings.Contains(d.SentenceText(i), "  ") || strings.ContainsAny(d.SentenceText(i), "\n\r\t") {
			t.Fatalf("sentence %d not folded: %q", i, d.SentenceText(i))
		}
		if so := d.SrcOffset(s.Start); so < 0 || so > len(d.Src) {
			t.Fatalf("sentence %d SrcOffset %d outside Src (%d)", i, so, len(d.Src))
		}
		if p := d.Position(s.Start); !p.IsValid() {
			t.Fatalf("sentence %d: invalid position", i)
		}
	}
	for _, b := range d.Boilerplate {
		if b.Start < 0 || b.End > len(d.Text) || b.Start > b.End {
			t.Fatalf("boilerplate span %v out of range", b)
		}
	}
	if d.Outlet == "" {
		t.Fatal("empty outlet")
	}
}
