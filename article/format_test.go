package article

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const fixtures = "../testdata/article"

func readFixture(t testing.TB, name string) (string, []byte) {
	t.Helper()
	p := filepath.Join(fixtures, name)
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(p), src
}

func TestMarkdown(t *testing.T) {
	p, src := readFixture(t, "front.md")
	docs, err := Parse(p, src, Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Parse = %v, %v", docs, err)
	}
	d := docs[0]
	checkDoc(t, d)
	t.Run("front matter", func(t *testing.T) {
		if d.Title != "Harbour dredging to resume in June" || d.Outlet != "Coastal Courier" ||
			d.URL != "https://coastalcourier.example/news/harbour-dredging" ||
			!d.Published.Equal(day("2026-03-10")) || d.DateSource != "front matter" || d.Format != FormatMarkdown {
			t.Errorf("metadata = %q %q %q %v %q", d.Title, d.Outlet, d.URL, d.Published, d.DateSource)
		}
		if &d.Text[0] != &d.Src[0] {
			t.Error("md: Text must be Src")
		}
	})
	t.Run("markup", func(t *testing.T) {
		want := []string{
			"The port authority said on Monday that dredging of the outer harbour will resume in June after a six-month pause, and that the work will cost $12.5 million.",
			`"We expect the channel to be open to larger ships by the end of the year," said harbour master Jo Park.`,
			"The dredging was halted in December after complaints from fishermen.",
			"A review by Dr. Lee found no lasting damage to the oyster beds.",
		}
		var got []string
		for si := range d.Sentences {
			got = append(got, d.SentenceText(si))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("sentences:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
	t.Run("position", func(t *testing.T) {
		s, _ := sentenceAt(d, "The dredging was halted")
		if p := d.Position(s.Start); p.Line != 21 || p.Col != 3 {
			t.Errorf("Position = %v", p)
		}
	})
	t.Run("bad front matter", func(t *testing.T) {
		p, src := readFixture(t, "badfront.md")
		_, err := Parse(p, src, Options{})
		var e *Error
		if !errors.As(err, &e) || e.Path != p || e.Line != 2 || !errors.Is(err, ErrFrontMatter) {
			t.Fatalf("err = %v", err)
		}
		if !strings.HasPrefix(err.Error(), p+":2: ") {
			t.Errorf("message %q", err)
		}
	})
}

func TestHTML(t *testing.T) {
	p, src := readFixture(t, "page.html")
	docs, err := Parse(p, src, Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Parse = %v, %v", docs, err)
	}
	d := docs[0]
	checkDoc(t, d)
	t.Run("metadata", func(t *testing.T) {
		if d.Title != "Valley council approves new bridge and bypass" || d.Outlet != "Valley Herald" ||
			d.URL != "https://www.valleyherald.example/2026/03/04/council-approves-bridge" ||
			!d.Published.Equal(day("2026-03-04")) || d.DateSource != "html" {
			t.Errorf("metadata = %q %q %q %v %q", d.Title, d.Outlet, d.URL, d.Published, d.DateSource)
		}
	})
	t.Run("main text", func(t *testing.T) {
		for _, w := range []string{
			"The Valley county council voted 7 to 2 on Tuesday night",
			"The bridge will cost £48 million and is due to open in 2029, according to the council’s transport committee.",
			"Council leader Ann Brody said the vote was “a turning point for every family that sits in traffic on the old road.”",
			"The transport committee will publish the final plans in May",
		} {
			if _, ok := sentenceWith(d, w); !ok {
				t.Errorf("missing %q", w)
			}
		}
	})
	t.Run("boilerplate", func(t *testing.T) {
		for _, w := range []string{"Sport", "cookies", "Share on", "Town fair", "Bridge costs rise", "newsletter", "rights reserved", "not text", "Maria Lopez", "font-family"} {
			if s, ok := sentenceWith(d, w); ok {
				t.Errorf("boilerplate sentence %q", s)
			}
		}
	})
	t.Run("positions", func(t *testing.T) {
		tests := []struct {
			sub       string
			line, col int
		}{
			{"The Valley county council", 23, 6},
			{"Work on the northern bypass", 24, 127},
			{"Opponents said", 26, 88},
		}
		for _, tc := range tests {
			s, ok := sentenceAt(d, tc.sub)
			if !ok {
				t.Fatalf("no sentence %q", tc.sub)
			}
			pos := d.Position(s.Start)
			if pos.Line != tc.line || pos.Col != tc.col {
				t.Errorf("%q at %v, want %d:%d", tc.sub, pos, tc.line, tc.col)
			}
			if !bytes.HasPrefix(src[pos.Offset:], []byte(tc.sub)) {
				t.Errorf("%q maps to %q", tc.sub, src[pos.Offset:pos.Offset+20])
			}
		}
		// An entity maps to its "&".
		off := bytes.Index(d.Text, []byte("£48"))
		if so := d.SrcOffset(off); !bytes.HasPrefix(src[so:], []byte("&pound;")) {
			t.Errorf("entity maps to %q", src[so:so+7])
		}
	})
	t.Run("malformed", func(t *testing.T) {
		for _, s := range []string{
			"", "<", "<p>unclosed <b>bold <i>text", "</div></div><p>Stray end tags. Are fine here.</p>",
			"<html><body><nav><p>Menu text is skipped.", "<p>&amp &#x110000; &#0; &bogus; &lt</p>",
			"<script>never closed", "<p a='1' b=\"2\" c>x</p><br/><br></br>",
		} {
			docs, err := Parse("m.html", []byte(s), Options{})
			if err != nil || len(docs) != 1 {
				t.Fatalf("%q: %v", s, err)
			}
			checkDoc(t, docs[0])
		}
	})
}

func TestJSONL(t *testing.T) {
	p, src := readFixture(t, "records.jsonl")
	docs, err := Parse(p, src, Options{})
	if len(docs) != 2 {
		t.Fatalf("got %d docs, want 2", len(docs))
	}
	t.Run("errors", func(t *testing.T) {
		var errs []error
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = j.Unwrap()
		}
		if len(errs) != 2 {
			t.Fatalf("errors = %v", err)
		}
		want := []struct {
			line int
			err  error
		}{{2, ErrBadJSON}, {4, ErrNoText}}
		for i, w := range want {
			var e *Error
			if !errors.As(errs[i], &e) || e.Path != p || e.Line != w.line || !errors.Is(e, w.err) {
				t.Errorf("error %d = %v", i, errs[i])
			}
		}
		if !strings.Contains(err.Error(), p+":2: ") {
			t.Errorf("message %q", err)
		}
	})
	t.Run("records", func(t *testing.T) {
		d := docs[0]
		checkDoc(t, d)
		if d.Path != p+"#1" || d.Title != "Mill closes after 80 years" || d.Outlet != "Mill News" ||
			!d.Published.Equal(day("2026-02-19")) || d.DateSource != "json" || d.Format != FormatJSONL {
			t.Errorf("doc 1 = %q %q %q %v %q", d.Path, d.Title, d.Outlet, d.Published, d.DateSource)
		}
		if len(d.Sentences) != 3 || d.SentenceText(2) != `"It is a sad day," the mayor said.` {
			t.Errorf("sentences = %+v", d.Sentences)
		}
		d = docs[1]
		checkDoc(t, d)
		if d.Path != p+"#5" || d.Outlet != "Shop Floor Voice" || !d.Published.Equal(day("2026-02-21")) {
			t.Errorf("doc 5 = %q %q %v", d.Path, d.Outlet, d.Published)
		}
		s, ok := sentenceAt(d, "Café owners")
		if !ok {
			t.Fatal("no Café sentence")
		}
		// The sentence starts after the \u00a0 escape; its first byte is exact.
		if pos := d.Position(s.Start); pos.Line != 5 || !bytes.HasPrefix(src[pos.Offset:], []byte(`Caf\u00e9`)) {
			t.Errorf("position %v -> %q", pos, src[pos.Offset:pos.Offset+8])
		}
		if pos := d.Position(s.Start); pos.Path != p {
			t.Errorf("position path %q", pos.Path)
		}
	})
}

func TestInputs(t *testing.T) {
	t.Run("binary", func(t *testing.T) {
		p, src := readFixture(t, "image.png")
		_, err := Parse(p, src, Options{})
		if !errors.Is(err, ErrBinary) || !strings.Contains(err.Error(), "binary file, skipped") {
			t.Errorf("err = %v", err)
		}
		_, err = Parse("nul.txt", append([]byte("text"), make([]byte, 100)...), Options{})
		if !errors.Is(err, ErrBinary) {
			t.Errorf("NULs: err = %v", err)
		}
	})
	t.Run("empty", func(t *testing.T) {
		for _, s := range []string{"", "\n\n", "   \r\n", "\xef\xbb\xbf"} {
			d := parseString(t, "empty.txt", s, Options{})
			if len(d.Sentences) != 0 || d.Outlet != "empty" {
				t.Errorf("%q: %+v", s, d)
			}
		}
	})
	t.Run("BOM", func(t *testing.T) {
		p, src := readFixture(t, "bom.txt")
		docs, _ := Parse(p, src, Options{})
		d := docs[0]
		if len(d.Sentences) != 2 || d.SentenceText(0) != "The BOM must be skipped." || d.Sentences[0].Start != 3 {
			t.Errorf("sentences = %+v", d.Sentences)
		}
	})
	t.Run("CRLF", func(t *testing.T) {
		p, src := readFixture(t, "crlf.txt")
		docs, _ := Parse(p, src, Options{})
		d := docs[0]
		checkDoc(t, d)
		if d.Title != "Headline for a CRLF file" || len(d.Sentences) != 3 {
			t.Fatalf("title %q sentences %+v", d.Title, d.Sentences)
		}
		for i, line := range []int{3, 4, 5} {
			if p := d.Position(d.Sentences[i].Start); p.Line != line || p.Col != 1 {
				t.Errorf("sentence %d at %v, want line %d", i, p, line)
			}
		}
	})
	t.Run("UTF-16", func(t *testing.T) {
		for _, name := range []string{"utf16le.txt", "utf16be.txt"} {
			p, src := readFixture(t, name)
			docs, err := Parse(p, src, Options{})
			if err != nil {
				t.Fatal(err)
			}
			d := docs[0]
			checkDoc(t, d)
			if len(d.Sentences) != 2 || d.SentenceText(1) != "It passed by 9 votes to 4." {
				t.Fatalf("%s: %+v", name, d.Sentences)
			}
			if pos := d.Position(d.Sentences[1].Start); pos.Line != 2 {
				t.Errorf("%s: position %v", name, pos)
			}
			if !bytes.Equal(d.Src, src) {
				t.Error("Src changed")
			}
		}
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		p, src := readFixture(t, "invalid.txt")
		docs, _ := Parse(p, src, Options{})
		d := docs[0]
		checkDoc(t, d)
		if !bytes.Equal(d.Src, src) || len(d.Sentences) != 2 || !strings.Contains(d.SentenceText(0), "\uFFFD") {
			t.Errorf("sentences %+v", d.Sentences)
		}
	})
	t.Run("limits", func(t *testing.T) {
		_, err := Parse("big.txt", bytes.Repeat([]byte("a "), 100), Options{MaxFileSize: 50})
		var e *Error
		if !errors.As(err, &e) || e.Path != "big.txt" || !errors.Is(err, ErrTooLarge) {
			t.Errorf("size: %v", err)
		}
		src := "short\nshort\n" + strings.Repeat("x", 200) + "\n"
		_, err = Parse("long.txt", []byte(src), Options{MaxLineLength: 100})
		if !errors.As(err, &e) || e.Line != 3 || !errors.Is(err, ErrLineTooLong) || !strings.HasPrefix(err.Error(), "long.txt:3: ") {
			t.Errorf("line: %v", err)
		}
	})
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "Second story sentence one is here.\n")
	write("a/z.md", "First story sentence is here.\n")
	write("a.txt", "A story sentence is here.\n")
	write("c.jsonl", `{"text":"Record one is here."}`+"\nnot json\n"+`{"text":"Record three is here."}`+"\n")
	write("skip.png", "\x89PNG\r\n")
	write(".hidden/x.txt", "Hidden story is here.\n")
	write("bin.txt", "\x89PNG\r\n\x1a\n")
	if err := os.Symlink(dir, filepath.Join(dir, "a", "loop")); err != nil {
		t.Log("no symlinks:", err)
	}
	var got []string
	errs := Load([]string{dir, filepath.Join(dir, "missing.txt"), "-"}, Options{Stdin: strings.NewReader("From stdin it comes.\n")}, func(d *Document) {
		rel := d.Path
		if r, err := filepath.Rel(filepath.ToSlash(dir), d.Path); err == nil && d.Path != "-" {
			rel = filepath.ToSlash(r)
		}
		got = append(got, rel)
	})
	want := "a.txt a/z.md b.txt c.jsonl#1 c.jsonl#3 -"
	if strings.Join(got, " ") != want {
		t.Errorf("order = %v, want %s", got, want)
	}
	if len(errs) != 3 {
		t.Fatalf("errors = %v", errs)
	}
	for _, e := range errs {
		var ae *Error
		if !errors.As(e, &ae) || ae.Path == "" {
			t.Errorf("error %v is not an *Error with a path", e)
		}
	}
}
