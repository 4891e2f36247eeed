package claims_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
)

// fuzzPublished is the fixed publication date of fuzzed documents, so that
// relative dates ("on Friday") resolve.
var fuzzPublished = time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)

// newsSentences are short seeds in the shapes the recognizers read.
var newsSentences = []string{
	"The fire broke out on Tuesday and killed 12 workers, officials said.",
	"Nearly 200 firefighters fought the blaze for three hours.",
	"The US imposed a 25% tariff on Indian goods in August 2025.",
	"\"We will get a deal where people stop getting killed,\" Trump said on Friday.",
	"Deputy Fire Chief Ana Ruiz said at least 14 people were injured.",
	"The ministry denied that the plant had closed. The vote was 52-48.",
	"Russia's full-scale invasion of Ukraine began in February 2022.",
	"The project cost $4.5 million, or about €4 million, and took 180 minutes.",
	"Published: March 4, 2026 06:12 GMT\n\nPrices rose 3.1 percent in the year to January, the office said.",
	"Mr. J. Smith went to the U.S. He said \"no.\" Then... it ended! 4.2% rose?",
}

// fuzzSeeds returns the seed articles.
func fuzzSeeds(tb testing.TB) [][]byte {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func parseTxt(t *testing.T, name string, src []byte) *article.Document {
	t.Helper()
	docs, err := article.Parse(name, src, article.Options{Published: fuzzPublished})
	if err != nil || len(docs) != 1 {
		// binary, too large or too long a line: not for the extractor
		return nil
	}
	return docs[0]
}

// withoutDoc returns the claims with their document pointer cleared, to
// compare the claims of two parses of the same bytes.
func withoutDoc(cl []claims.Claim) []claims.Claim {
	out := make([]claims.Claim, len(cl))
	for i, c := range cl {
		c.Doc = nil
		out[i] = c
	}
	return out
}

func FuzzExtract(f *testing.F) {
	for _, b := range fuzzSeeds(f) {
		f.Add(b)
	}
	for _, s := range newsSentences {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		defer watchdog(30 * time.Second)()
		d := parseTxt(t, "fuzz.txt", src)
		if d == nil {
			return
		}
		cl := claims.Extract(d, claims.Options{})
		n := len(d.Text)
		inside := func(s article.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
		for i := range cl {
			c := &cl[i]
			if c.Doc != d {
				t.Fatalf("claim %d: Doc is not the document", i)
			}
			if !inside(c.Span) {
				t.Fatalf("claim %d: Span %v outside Text (%d bytes)", i, c.Span, n)
			}
			if !inside(c.ValueSpan) {
				t.Fatalf("claim %d: ValueSpan %v outside Text (%d bytes)", i, c.ValueSpan, n)
			}
			if c.Sent < 0 || c.Sent >= len(d.Sentences) {
				t.Fatalf("claim %d: sentence %d of %d", i, c.Sent, len(d.Sentences))
			}
			if err := claims.PartsMatch(c); err != nil {
				t.Fatalf("claim %d: %v", i, err)
			}
			_ = c.Text()
			_ = d.Position(c.ValueSpan.Start)
		}
		again := claims.Extract(d, claims.Options{})
		if !reflect.DeepEqual(cl, again) {
			t.Fatalf("Extract is not deterministic: %d vs %d claims", len(cl), len(again))
		}
		d2 := parseTxt(t, "fuzz.txt", src)
		if d2 == nil {
			t.Fatal("second Parse failed")
		}
		if third := claims.Extract(d2, claims.Options{}); !reflect.DeepEqual(withoutDoc(cl), withoutDoc(third)) {
			t.Fatalf("Parse+Extract is not deterministic: %d vs %d claims", len(cl), len(third))
		}
	})
}

// watchdog crashes the process when one input takes longer than limit: Go's
// fuzzing engine does not notice a hang, and a crash makes it save the input
// under testdata/fuzz.
func watchdog(limit time.Duration) (stop func()) {
	tm := time.AfterFunc(limit, func() { panic(fmt.Sprintf("one input ran longer than %v", limit)) })
	return func() { tm.Stop() }
}
