package claims_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
)

// extractSentence returns the claims of a one-sentence article.
func extractSentence(t *testing.T, text string) []claims.Claim {
	t.Helper()
	src := "Published: March 4, 2026\n\n" + text + "\n"
	docs, err := article.Parse("a.txt", []byte(src), article.Options{Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(docs) != 1 {
		t.Fatalf("parse %q: %v", text, err)
	}
	return claims.Extract(docs[0], claims.Options{})
}

// TestUpdateMarkers: a movement verb marks a stated update only when it
// leads to a new figure ("rose to"), not when it gives the size of a change.
func TestUpdateMarkers(t *testing.T) {
	cases := []struct {
		text, value string
		update      bool
	}{
		{"The death toll rose to 14 on Friday, officials said.", "14", true},
		{"Officials had put the toll at 12 before the search ended.", "12", true},
		{"The toll climbed from 12 to 14 overnight.", "12", true},
		{"The company's shares rose 2 percent on Monday.", "2 percent", false},
		{"Its shares fell 14% by the close in London.", "14%", false},
		{"Prices were previously 40 dollars a tonne.", "40 dollars", true},
	}
	for _, tc := range cases {
		var found *claims.Claim
		cls := extractSentence(t, tc.text)
		for i := range cls {
			if cls[i].Type == claims.TypeValue && strings.HasPrefix(cls[i].Value.Text, tc.value) {
				found = &cls[i]
			}
		}
		if found == nil {
			t.Errorf("%q: no claim for %q in %d claims", tc.text, tc.value, len(cls))
			continue
		}
		if found.Update != tc.update {
			t.Errorf("%q: %q Update = %v, want %v", tc.text, tc.value, found.Update, tc.update)
		}
	}
}
