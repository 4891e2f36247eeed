package compare_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

var fuzzPublished = time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)

// fuzzPairs are short articles that disagree (or look as if they do).
var fuzzPairs = [][3]string{
	{"The fire broke out on Tuesday and killed 12 workers, officials said.", "The fire broke out on Tuesday and killed 15 workers, police said.", ""},
	{"The US imposed a 25% tariff on Indian goods.", "The US imposed a 100% tariff on Indian goods.", "The US imposed a 25 percent tariff on Indian goods."},
	{"Russia's invasion of Ukraine began in February 2022.", "Russia's invasion of Ukraine began in February 2024.", ""},
	{"\"We will get a deal where people stop getting killed,\" Trump said on Friday.", "\"We want an agreement that stops people from being killed,\" Trump said on Friday.", ""},
	{"Deputy Fire Chief Ana Ruiz said the blaze was out.", "Fire Chief Ana Ruiz said the blaze was out.", "Ana Ruiz, a spokeswoman for Aurelia Air, said the blaze was out."},
	{"The ministry confirmed that the plant had closed.", "The ministry denied that the plant had closed.", ""},
	{"Nearly 200 firefighters fought the blaze for three hours.", "197 firefighters fought the blaze for 180 minutes.", "About 150 firefighters fought the blaze for five hours."},
	{"The senate vote was 52-48 on Monday.", "The senate vote was 51-49 on Monday.", ""},
	{"The project cost $4.5 million.", "The project cost €4.5 million.", "The project cost $8 million."},
}

func fuzzSeedArticles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed articles: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// fuzzClaims parses the texts as documents a.txt, b.txt, c.txt (an empty
// third text is no document) and extracts their claims in document order.
func fuzzClaims(texts ...string) []claims.Claim {
	var cl []claims.Claim
	for i, s := range texts {
		if i == 2 && s == "" {
			continue
		}
		name := string(rune('a'+i)) + ".txt"
		ds, err := article.Parse(name, []byte(s), article.Options{Published: fuzzPublished})
		if err != nil || len(ds) != 1 {
			continue
		}
		cl = append(cl, claims.Extract(ds[0], claims.Options{})...)
	}
	return cl
}

func FuzzCompare(f *testing.F) {
	seeds := fuzzSeedArticles(f)
	for i := range seeds {
		for j := i + 1; j < len(seeds); j++ {
			f.Add(seeds[i], seeds[j], "")
		}
	}
	f.Add(seeds[0], seeds[3], seeds[4])
	f.Add(seeds[1], seeds[2], seeds[3])
	for _, p := range fuzzPairs {
		f.Add(p[0], p[1], p[2])
	}
	f.Fuzz(func(t *testing.T, a, b, c string) {
		defer watchdog(30 * time.Second)()
		cl := fuzzClaims(a, b, c)
		fs := compare.Compare(cl, compare.Options{})
		out, err := json.Marshal(fs)
		if err != nil {
			t.Fatalf("findings do not marshal: %v", err)
		}
		for i := range fs {
			fd := &fs[i]
			if fd.Fingerprint == "" {
				t.Fatalf("finding %d (%s) has no fingerprint", i, fd.Check)
			}
			if len(fd.Claims) < 2 {
				t.Fatalf("finding %d (%s) has %d claims", i, fd.Check, len(fd.Claims))
			}
			inDocs := map[*article.Document]bool{}
			for _, e := range fd.Claims {
				if e.Doc == nil {
					t.Fatalf("finding %d (%s): evidence without a document", i, fd.Check)
				}
				inDocs[e.Doc] = true
				if e.Group < 0 || e.Group >= len(fd.Values) {
					t.Fatalf("finding %d (%s): group %d of %d values", i, fd.Check, e.Group, len(fd.Values))
				}
			}
			if len(inDocs) < 2 {
				t.Fatalf("finding %d (%s) has claims from %d document(s): %s", i, fd.Check, len(inDocs), fd.Message)
			}
			if fd.Confidence < 0 || fd.Confidence > 1 {
				t.Fatalf("finding %d (%s): confidence %v", i, fd.Check, fd.Confidence)
			}
		}
		// the same inputs, parsed and extracted afresh, give the same
		// findings
		cl2 := fuzzClaims(a, b, c)
		out2, err := json.Marshal(compare.Compare(cl2, compare.Options{}))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, out2) {
			t.Fatalf("Compare is not deterministic:\n%s\n%s", out, out2)
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
