package pipeline

import (
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
)

// TestExtractSafely: a panic inside the extractor (here: a document whose
// sentence lies outside its text) becomes an input problem naming the
// file, and a sound document still gets its claims.
func TestExtractSafely(t *testing.T) {
	bad := &article.Document{Path: "broken.txt", Text: []byte("short"), Sentences: []article.Sentence{{Span: article.Span{Start: 0, End: 100}}}}
	cl, err := extractSafely(bad, claims.Options{})
	if err == nil || cl != nil {
		t.Fatalf("got %d claims, error %v; want an error", len(cl), err)
	}
	if !strings.HasPrefix(err.Error(), "broken.txt: internal error while extracting claims") {
		t.Errorf("error = %q", err)
	}
	text := []byte("The fire killed 12 workers on Friday, officials said.")
	good := &article.Document{Path: "good.txt", Text: text, Src: text, Sentences: []article.Sentence{{Span: article.Span{Start: 0, End: len(text)}}}}
	cl, err = extractSafely(good, claims.Options{})
	if err != nil || len(cl) == 0 {
		t.Errorf("sound document: %d claims, error %v", len(cl), err)
	}
}
