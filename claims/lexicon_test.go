package claims

import (
	"strings"
	"testing"
)

// TestLexicon: words and phrases of general news language map to their
// keys (and counted nouns to their classes).
func TestLexicon(t *testing.T) {
	lex := NewLexicon()
	tests := []struct{ text, key string }{
		{"killed", "killed"}, {"death toll", "killed"}, {"perished", "killed"}, {"fatalities", "killed"},
		{"injured", "injured"}, {"wounded", "injured"}, {"taken to hospital", "injured"}, {"to hospital", "injured"},
		{"evacuated", "evacuated"}, {"arrested", "arrested"}, {"detained", "arrested"},
		{"last inspected", "inspected"}, {"inspection", "inspected"},
		{"sentenced", "sentence"}, {"jailed", "sentence"}, {"fined", "fine"}, {"penalty", "fine"},
		{"invasion", "invasion"}, {"war started", "invasion"}, {"annexed", "annexed"},
		{"tariff", "tariff"}, {"property tax", "tax"}, {"vote", "vote"}, {"backed", "support"}, {"in favour", "support"},
		{"took part", "turnout"}, {"layoffs", "jobs"}, {"redundancies", "jobs"}, {"workforce", "workforce"},
		{"cost", "cost"}, {"expenses", "cost"}, {"budget", "budget"}, {"savings", "savings"}, {"revenue", "revenue"},
		{"stake", "shares"}, {"bought", "acquired"}, {"takeover", "acquired"}, {"sold", "sold"}, {"sale", "sold"},
		{"voucher", "voucher"}, {"compensation", "payment"}, {"fees", "fees"}, {"tuition", "fees"},
		{"pay rise", "rise"}, {"pay offer", "rise"}, {"went up", "rise"}, {"fell", "fall"},
		{"risen", "rise"}, {"grown", "rise"}, {"gone up", "rise"}, {"fallen", "fall"}, {"shrunk", "fall"}, {"gone down", "fall"},
		{"broke out", "start"}, {"completed", "built"}, {"reopened", "opened"}, {"will shut", "closure"},
		{"outage", "outage"}, {"under control", "control"}, {"walkout", "strike"}, {"cancelled", "cancelled"},
		{"maiden flight", "debut"}, {"first flew", "debut"}, {"in office", "tenure"},
		{"crashed", "crash"}, {"ran aground", "crash"}, {"slammed", "crash"}, {"explosion", "crash"}, {"blast", "crash"},
		{"swept", "crash"}, {"avalanche", "avalanche"}, {"landslide", "avalanche"}, {"fire", "fire"}, {"blaze", "fire"},
		{"broke into", "stolen"}, {"burglary", "stolen"}, {"stole", "stolen"}, {"leaked", "stolen"},
		{"take effect", "effective"}, {"apply from", "effective"}, {"undetected", "undetected"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			toks := wordTokens([]byte(tc.text), nil)
			got, n := lex.keyAt(toks, 0)
			if got != tc.key || n != len(toks) {
				t.Errorf("keyAt(%q) = %q over %d words, want %q over %d", tc.text, got, n, tc.key, len(toks))
			}
		})
	}
	counted := []struct{ noun, class string }{
		{"households", "homes"}, {"homes", "homes"}, {"workers", "people"}, {"firefighters", "firefighters"}, {"flights", "flights"},
	}
	for _, tc := range counted {
		if got := lex.countedClass(tc.noun); got != tc.class {
			t.Errorf("countedClass(%q) = %q, want %q", tc.noun, got, tc.class)
		}
	}
	// a config can extend it
	if got, _ := lex.keyAt(wordTokens([]byte("quietly shelved"), nil), 0); got != "" {
		t.Fatalf("built-in lexicon already knows the test phrase: %q", got)
	}
	lex.Add("recall", "quietly shelved")
	if got, n := lex.keyAt(wordTokens([]byte("quietly shelved"), nil), 0); got != "recall" || n != 2 {
		t.Errorf("added phrase: %q over %d words, want recall over 2", got, n)
	}
}

// TestLexiconOneKeyEach: no word or phrase of the built-in tables belongs to
// two keys (or a counted noun to two classes).
func TestLexiconOneKeyEach(t *testing.T) {
	check := func(table map[string]string, what string) {
		seen := map[string]string{}
		for key, list := range table {
			for _, w := range strings.Split(list, ",") {
				w = strings.ToLower(strings.Join(strings.Fields(w), " "))
				if other, ok := seen[w]; ok && other != key {
					t.Errorf("%s %q is in both %q and %q", what, w, other, key)
				}
				seen[w] = key
			}
		}
	}
	check(builtinEvents, "word")
	check(builtinCounted, "counted noun")
}
