package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
)

// corpusFiles returns the article files of the repository's corpora: the
// seeds, the evaluation clusters and the annotated articles.
func corpusFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, g := range []string{"../testdata/seeds/*.txt", "../testdata/eval*/*/*", "../testdata/annotated/*/*"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 50 {
		t.Fatalf("only %d corpus files", len(files))
	}
	return files
}

// partsMatch reports whether the claim carries the part of its type and no
// other: compare reads a part's fields on every claim of the type.
func partsMatch(c *Claim) error {
	has := map[Type]bool{
		TypeQuote: c.QuoteParts != nil,
		TypeRole:  c.RoleParts != nil,
		TypeProp:  c.PropParts != nil,
		TypePlace: c.PlaceParts != nil,
	}
	if c.Ents != nil && (c.Type != TypeValue || len(c.Ents.Subject)+len(c.Ents.Persons)+len(c.Ents.Agents)+len(c.Ents.Qualifier) == 0) {
		return fmt.Errorf("type %d: entity parts %+v (only on a value claim that names an entity)", c.Type, *c.Ents)
	}
	for typ, ok := range has {
		if ok != (c.Type == typ) {
			return fmt.Errorf("type %d: QuoteParts %v, RoleParts %v, PropParts %v, PlaceParts %v", c.Type, c.QuoteParts != nil, c.RoleParts != nil, c.PropParts != nil, c.PlaceParts != nil)
		}
	}
	return nil
}

// PartsMatch is partsMatch for the package's external tests (the fuzz
// target).
var PartsMatch = partsMatch

// Every claim of the repository's corpora carries the parts of its type,
// and every type occurs.
func TestClaimParts(t *testing.T) {
	published := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	seen := map[Type]int{}
	for _, f := range corpusFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			continue // a folder
		}
		docs, _ := article.Parse(f, src, article.Options{Published: published})
		for _, d := range docs {
			cl := Extract(d, Options{})
			for i := range cl {
				if err := partsMatch(&cl[i]); err != nil {
					t.Fatalf("%s: claim %d: %v", f, i, err)
				}
				seen[cl[i].Type]++
			}
		}
	}
	for _, typ := range []Type{TypeValue, TypeQuote, TypeRole, TypeProp, TypePlace} {
		if seen[typ] == 0 {
			t.Errorf("no claim of type %d in the corpora", typ)
		}
	}
}
