package corpus_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
)

func digest(t *testing.T, cfg corpus.Config) ([]byte, int) {
	t.Helper()
	h := sha256.New()
	n := 0
	err := corpus.Generate(cfg, func(name string, text []byte) error {
		h.Write([]byte(name))
		h.Write([]byte{0})
		h.Write(text)
		h.Write([]byte{0})
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return h.Sum(nil), n
}

func TestDeterministic(t *testing.T) {
	cfg := corpus.Config{Stories: 30, Outlets: 5, Seed: 42, Hot: 0.5}
	a, n := digest(t, cfg)
	b, _ := digest(t, cfg)
	if n != 150 {
		t.Fatalf("got %d articles, want 150", n)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("same seed gave different bytes")
	}
	cfg.Seed = 43
	if c, _ := digest(t, cfg); bytes.Equal(a, c) {
		t.Fatal("different seeds gave identical corpora")
	}
}

func TestStoryMatchesArticles(t *testing.T) {
	cfg := corpus.Config{Stories: 6, Outlets: 3, Seed: 7}
	all := corpus.All(cfg)
	for s := 0; s < cfg.Stories; s++ {
		for o, a := range corpus.Story(cfg, s) {
			b := all[s*cfg.Outlets+o]
			if a.Name() != b.Name() || !bytes.Equal(a.Text, b.Text) {
				t.Fatalf("Story(%d)[%d] differs from Articles", s, o)
			}
		}
	}
}

func TestShape(t *testing.T) {
	cfg := corpus.Config{Stories: 40, Outlets: 4, Seed: 1}
	names := map[string]bool{}
	planted := 0
	for _, a := range corpus.All(cfg) {
		if names[a.Name()] {
			t.Fatalf("duplicate name %s", a.Name())
		}
		names[a.Name()] = true
		if a.Words < 250 || a.Words > 800 {
			t.Errorf("%s: %d words", a.Name(), a.Words)
		}
		if a.Planted != "" {
			planted++
		}
		var rec map[string]string
		if err := json.Unmarshal(a.JSONL(), &rec); err != nil || rec["text"] != string(a.Text) || rec["outlet"] != a.Outlet || rec["title"] != a.Title {
			t.Fatalf("%s: bad JSONL record: %v", a.Name(), err)
		}
	}
	if planted < 5 || planted > 35 {
		t.Errorf("%d of 40 stories have a planted discrepancy", planted)
	}
}

// The articles load as plain text and JSONL, with a date, and yield claims
// of every kind.
func TestParseAndExtract(t *testing.T) {
	cfg := corpus.Config{Stories: 12, Outlets: 4, Seed: 3, Hot: 0.5}
	kinds := map[claims.Kind]int{}
	types := map[claims.Type]int{}
	var jsonl bytes.Buffer
	for _, a := range corpus.All(cfg) {
		jsonl.Write(a.JSONL())
		docs, err := article.Parse(a.Name(), a.Text, article.Options{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("%s: %v (%d documents)", a.Name(), err, len(docs))
		}
		d := docs[0]
		if d.Published.IsZero() {
			t.Errorf("%s (%s): no publication date found", a.Name(), a.Voice)
		} else if y, m, dd := d.Published.Date(); y != a.Published.Year() || m != a.Published.Month() || dd != a.Published.Day() {
			t.Errorf("%s (%s): published %v, want %v", a.Name(), a.Voice, d.Published, a.Published)
		}
		if len(d.Sentences) < 10 {
			t.Errorf("%s: only %d sentences", a.Name(), len(d.Sentences))
		}
		for _, s := range d.Sentences {
			if txt := string(d.Text[s.Start:s.End]); strings.Contains(txt, " | ") || strings.Contains(txt, "cookies") {
				t.Errorf("%s: boilerplate kept as prose: %q", a.Name(), txt)
			}
		}
		cl := claims.Extract(d, claims.Options{})
		if len(cl) < 5 {
			t.Errorf("%s: only %d claims", a.Name(), len(cl))
		}
		for _, c := range cl {
			types[c.Type]++
			if c.Type == claims.TypeValue {
				kinds[c.Value.Kind]++
			}
		}
	}
	for _, k := range []claims.Kind{claims.KindNumber, claims.KindPercent, claims.KindMoney, claims.KindDuration, claims.KindDate} {
		if kinds[k] == 0 {
			t.Errorf("no %s claims (kinds: %v)", k, kinds)
		}
	}
	for _, ty := range []claims.Type{claims.TypeValue, claims.TypeQuote, claims.TypeRole} {
		if types[ty] == 0 {
			t.Errorf("no claims of type %d (types: %v)", ty, types)
		}
	}
	docs, err := article.Parse("corpus.jsonl", jsonl.Bytes(), article.Options{})
	if err != nil || len(docs) != 48 {
		t.Fatalf("JSONL: %v (%d documents)", err, len(docs))
	}
	if docs[0].Outlet == "" || docs[0].Title == "" || docs[0].Published.IsZero() {
		t.Errorf("JSONL metadata not read: outlet %q title %q published %v", docs[0].Outlet, docs[0].Title, docs[0].Published)
	}
}
