package claims

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// scanCase is one row of testdata/values/cases.tsv.
type scanCase struct {
	line     int
	ctx      ScanContext
	sentence string
	want     []string // "kind|text|norm|mod"
}

// loadCases reads the table of phrasings.
func loadCases(t testing.TB) []scanCase {
	t.Helper()
	f, err := os.Open("../testdata/values/cases.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []scanCase
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			t.Fatalf("cases.tsv:%d: want at least 2 columns", n)
		}
		c := scanCase{line: n, sentence: cols[1], want: cols[2:]}
		head, df, _ := strings.Cut(cols[0], ",")
		if head != "-" {
			p, err := time.Parse("2006-01-02", head)
			if err != nil {
				t.Fatalf("cases.tsv:%d: %v", n, err)
			}
			c.ctx.Published = p
		}
		if df != "" {
			if c.ctx.DayFirst, err = strconv.Atoi(df); err != nil {
				t.Fatalf("cases.tsv:%d: %v", n, err)
			}
		}
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cases
}

// brief formats a mention as a table cell.
func brief(m Mention) string {
	return fmt.Sprintf("%s|%s|%s|%s", m.Kind, m.Text, m.Norm, m.Mod)
}

func TestScanCases(t *testing.T) {
	cases := loadCases(t)
	if len(cases) < 400 {
		t.Errorf("only %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("L%d", c.line), func(t *testing.T) {
			got := Scan([]byte(c.sentence), c.ctx)
			var gs []string
			for _, m := range got {
				gs = append(gs, brief(m))
			}
			if strings.Join(gs, "\t") != strings.Join(c.want, "\t") {
				t.Errorf("%q\n got: %s\nwant: %s", c.sentence, strings.Join(gs, "  "), strings.Join(c.want, "  "))
			}
			checkInvariants(t, []byte(c.sentence), got)
		})
	}
}

// checkInvariants verifies what every scan must guarantee.
func checkInvariants(t *testing.T, src []byte, ms []Mention) {
	t.Helper()
	last := 0
	for k, m := range ms {
		if m.Start < 0 || m.Start >= m.End || m.End > len(src) {
			t.Fatalf("mention %d: bad span [%d,%d) of %d bytes", k, m.Start, m.End, len(src))
		}
		if m.Text != string(src[m.Start:m.End]) {
			t.Fatalf("mention %d: Text %q != slice %q", k, m.Text, src[m.Start:m.End])
		}
		if m.Start < last {
			t.Fatalf("mention %d: overlaps or unsorted at %d", k, m.Start)
		}
		last = m.End
		if m.Norm == "" && m.Kind != KindNone {
			t.Fatalf("mention %d: %s %q without Norm", k, m.Kind, m.Text)
		}
	}
}

func TestScanDetails(t *testing.T) {
	pub := func(s string) time.Time {
		p, err := time.Parse("2006-01-02", s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	type want struct {
		text  string
		num   float64
		unit  string
		per   string
		score [2]int
		rel   bool
		amb   bool
		rng   int
		prec  Precision
	}
	tests := []struct {
		name string
		in   string
		ctx  ScanContext
		want []want
	}{
		{"range ids", "between 10 and 12 people, then 60-70 mph", ScanContext{},
			[]want{{text: "between 10", num: 10, rng: 1}, {text: "12", num: 12, rng: 1}, {text: "60", num: 60, unit: "mph", rng: 2}, {text: "70 mph", num: 70, unit: "mph", rng: 2}}},
		{"money per", "about $8 a month or $45 million annually", ScanContext{},
			[]want{{text: "about $8 a month", num: 8, unit: "USD", per: "MO"}, {text: "$45 million annually", num: 45e6, unit: "USD", per: "Y"}}},
		{"score", "approved by eight votes to three", ScanContext{},
			[]want{{text: "eight votes to three", score: [2]int{8, 3}}}},
		{"duration units", "a year and a half, 90 minutes and a fortnight", ScanContext{},
			[]want{{text: "a year and a half", num: 18, unit: "MO"}, {text: "90 minutes", num: 90, unit: "MIN"}, {text: "a fortnight", num: 2, unit: "W"}}},
		{"relative", "It happened on Friday", ScanContext{Published: pub("2025-04-25")},
			[]want{{text: "Friday", rel: true, prec: PrecDay}}},
		{"ambiguous", "On 02/06/2026 the board met", ScanContext{},
			[]want{{text: "02/06/2026", amb: true, prec: PrecDay}}},
		{"decided", "On 13/06/2026 the board met", ScanContext{},
			[]want{{text: "13/06/2026", prec: PrecDay}}},
		{"month", "He was arrested in May 2024", ScanContext{},
			[]want{{text: "May 2024", prec: PrecMonth}}},
		{"quantity", "410 million cubic metres", ScanContext{},
			[]want{{text: "410 million cubic metres", num: 410e6, unit: "m3"}}},
		{"fraction", "two-thirds of voters", ScanContext{},
			[]want{{text: "two-thirds", num: 2.0 / 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Scan([]byte(tt.in), tt.ctx)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d mentions %v, want %d", len(got), got, len(tt.want))
			}
			for k, w := range tt.want {
				m := got[k]
				if m.Text != w.text || m.Unit != w.unit || m.Per != w.per || m.Score != w.score ||
					m.Relative != w.rel || m.Ambiguous != w.amb || int(m.Range) != w.rng || m.Date.Prec != w.prec {
					t.Errorf("mention %d = %+v, want %+v", k, m, w)
				}
				if w.num != 0 && m.Num != w.num {
					t.Errorf("mention %d: Num %v, want %v", k, m.Num, w.num)
				}
			}
		})
	}
}

func TestScanNoPublished(t *testing.T) {
	for _, s := range []string{
		"It happened on Friday", "The fire broke out yesterday morning",
		"Last July the airline failed", "The rise would apply from April 1",
		"It closed two days ago", "Revenue fell last year", "The strike on March 17 and 18",
	} {
		if got := Scan([]byte(s), ScanContext{}); len(got) != 0 {
			t.Errorf("%q: relative values without a publication date: %v", s, got)
		}
	}
}

func TestScanWhiteSpace(t *testing.T) {
	src := []byte("Fire killed\n12   workers and\tcost about\n$1.2\u00a0bn")
	got := Scan(src, ScanContext{})
	checkInvariants(t, src, got)
	if len(got) != 2 || got[0].Norm != "12" || got[1].Norm != "1200000000 USD" || got[1].Text != "about\n$1.2\u00a0bn" {
		t.Fatalf("got %+v", got)
	}
}

func TestScanAppendReuse(t *testing.T) {
	buf := make([]Mention, 0, 16)
	buf = ScanAppend(buf, []byte("between 10 and 12 people"), ScanContext{})
	n := len(buf)
	buf = ScanAppend(buf, []byte("between 3 and 4 cars and 12 buses"), ScanContext{})
	if n != 2 || len(buf) != 5 || buf[2].Range != 1 || buf[4].Range != 0 {
		t.Fatalf("got %+v", buf)
	}
	if buf[0].Text != "between 10" || buf[2].Text != "between 3" {
		t.Fatalf("got %+v", buf)
	}
}

func FuzzScan(f *testing.F) {
	for _, c := range loadCases(f) {
		f.Add(c.sentence, int64(c.ctx.Published.Unix()), c.ctx.DayFirst)
	}
	f.Add("$-5bn 1,2,3 2026-13-45T 99/99/9999 12-", int64(0), 0)
	f.Fuzz(func(t *testing.T, s string, pub int64, df int) {
		ctx := ScanContext{DayFirst: df}
		if pub != 0 {
			ctx.Published = time.Unix(pub%(1<<34), 0).UTC()
		}
		src := []byte(s)
		a := Scan(src, ctx)
		checkInvariants(t, src, a)
		b := Scan(src, ctx)
		if len(a) != len(b) {
			t.Fatalf("not deterministic: %v vs %v", a, b)
		}
		for k := range a {
			if a[k] != b[k] {
				t.Fatalf("not deterministic: %+v vs %+v", a[k], b[k])
			}
		}
	})
}

func BenchmarkScan(b *testing.B) {
	text, err := os.ReadFile("../testdata/values/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	// one sentence at a time, as the extractor calls it
	var sentences [][]byte
	for len(text) > 0 {
		k := bytes.Index(text, []byte(". "))
		if k < 0 {
			sentences = append(sentences, text)
			break
		}
		sentences = append(sentences, text[:k+1])
		text = text[k+2:]
	}
	ctx := ScanContext{Published: time.Date(2026, 3, 19, 0, 0, 0, 0, time.UTC)}
	total := 0
	for _, s := range sentences {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var buf []Mention
	for b.Loop() {
		for _, s := range sentences {
			buf = ScanAppend(buf[:0], s, ctx)
		}
	}
}

func TestScanLongInputs(t *testing.T) {
	ctx := ScanContext{Published: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)}
	for _, unit := range []string{
		"will Monday ", "1-2-", "between 1 and ", "1 ", "a ", "one hundred and ", "$1 ",
		"March 1 and ", "said on Friday ", "twenty-", "two days later ", "0", "1,", "-1 ",
		"17 and 18 March ", "A1", "x@y.z ", "é9",
	} {
		s := []byte(strings.Repeat(unit, 20000/len(unit)))
		checkInvariants(t, s, Scan(s, ctx))
	}
}
