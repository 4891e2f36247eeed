package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestCountedFit: counts align when what they count agrees — the noun (or
// its class) and, when both name one, the verb that governs the count.
func TestCountedFit(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"people", "people", true},
		{"people", "", true},
		{"people", "jobs", false},
		{"people|killed", "people|killed", true},
		{"people|killed", "people|injured", false},
		{"people|killed", "people", true},
		{"|evacuated", "people|evacuated", true},
		{"|evacuated", "|arrested", false},
	}
	for _, tc := range cases {
		if got := countedFit(tc.a, tc.b); got != tc.want {
			t.Errorf("countedFit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := countedFit(tc.b, tc.a); got != tc.want {
			t.Errorf("countedFit(%q, %q) = %v, want %v (not symmetric)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestSameOpening(t *testing.T) {
	we := []string{"we", "will", "not", "allow", "it"}
	cases := []struct {
		b    []string
		want bool
	}{
		{[]string{"we", "will", "not", "let", "them"}, true},
		{[]string{"we", "will", "now", "allow", "it"}, false},
		{[]string{"we", "will"}, false},
	}
	for _, tc := range cases {
		if got := sameOpening(we, tc.b, 3); got != tc.want {
			t.Errorf("sameOpening(%v, %v) = %v, want %v", we, tc.b, got, tc.want)
		}
	}
}

func TestFactName(t *testing.T) {
	cases := []struct {
		key, head, want string
	}{
		{"killed", "killed", "killed"},
		{"t:ban", "ban", "how long: ban"},
		{"n:dos", "doses", "number of doses"},
		{"n:dos", "n:dos", "n:dos"},
		{"q:area", "", "q:area"},
	}
	for _, tc := range cases {
		if got := factName(&claims.Claim{Key: tc.key, Head: tc.head}); got != tc.want {
			t.Errorf("factName(%q, %q) = %q, want %q", tc.key, tc.head, got, tc.want)
		}
	}
}
