package claims

import "testing"

// TestTokenClasses checks that a token's Class says exactly which of the
// class sets hold its Low, whether the word came through the intern table
// (twice: a miss, then a hit), without it, or is a mark.
func TestTokenClasses(t *testing.T) {
	sentence := []byte(`Officials denied that the U.S. President's aide, who said "nothing", had rejected claims ` +
		`at the plant in Zürich — and WOULD not comment on the extraordinarily-long-hyphenated-compound-word-here.`)
	intern := new(internTable)
	for _, in := range []*internTable{nil, intern, intern} {
		toks := wordTokensI(sentence, nil, in)
		if len(toks) < 20 {
			t.Fatalf("only %d tokens", len(toks))
		}
		seen := uint16(0)
		for _, tok := range toks {
			var want uint16
			for i, m := range classSets {
				if (*m)[tok.Low] {
					want |= 1 << uint(i)
				}
			}
			if tok.Class != want {
				t.Errorf("%q: class %b, want %b", tok.Low, tok.Class, want)
			}
			seen |= tok.Class
		}
		for _, c := range []uint16{wcStop, wcSpeech, wcAux, wcClause, wcDeny, wcReject, wcClaimNoun, wcPlacePrep, wcTitle} {
			if seen&c == 0 {
				t.Errorf("class %b never seen in the sentence", c)
			}
		}
	}
}

// TestVerbGroupsHoldTheirStem: the stem of every verb group is a word of
// its own group. compare's negation scan relies on it (a sentence word is
// looked up through the group only when it may be a group's stem).
func TestVerbGroupsHoldTheirStem(t *testing.T) {
	if len(verbGroups) == 0 {
		t.Fatal("no verb groups")
	}
	for w, canon := range verbGroups {
		if verbGroups[canon] != canon {
			t.Errorf("group %q (of %q) does not hold its own stem", canon, w)
		}
	}
}
