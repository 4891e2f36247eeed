package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/article"
)

// A finding made twice is kept once, but two stories filed in folders of
// their own, whose files bear the same names and disagree alike, keep a
// finding each, with fingerprints of their own.
func TestFinishKeepsFindingsOfOtherFolders(t *testing.T) {
	finding := func(dir string) Finding {
		return Finding{
			Check: "number-mismatch", Fact: "killed / fire",
			Values: []ValueGroup{{Value: "12", Norm: "12"}, {Value: "14", Norm: "14"}},
			Claims: []Evidence{
				{Pos: article.Position{Path: dir + "/post.txt", Line: 3, Col: 1}, Group: 0},
				{Pos: article.Position{Path: dir + "/wire.txt", Line: 5, Col: 1}, Group: 1},
			},
		}
	}
	got := finish([]Finding{finding("story-b"), finding("story-a"), finding("story-a")})
	if len(got) != 2 {
		t.Fatalf("%d findings, want 2 (one per folder; the repeat in story-a dropped)", len(got))
	}
	// the twins' fingerprints tell them apart; a finding without a twin
	// keeps the one that leaves folders out
	alone := finish([]Finding{finding("story-a")})[0].Fingerprint
	if moved := finish([]Finding{finding("elsewhere/story-a")})[0].Fingerprint; moved != alone {
		t.Errorf("moving the folder changed the fingerprint: %s, %s", alone, moved)
	}
	if got[0].Fingerprint == got[1].Fingerprint || got[0].Fingerprint == alone || got[1].Fingerprint == alone {
		t.Errorf("twin fingerprints %s, %s (alone %s): want three different", got[0].Fingerprint, got[1].Fingerprint, alone)
	}
	if got[0].Claims[0].Pos.Path != "story-a/post.txt" || got[1].Claims[0].Pos.Path != "story-b/post.txt" {
		t.Errorf("order: %s, %s", got[0].Claims[0].Pos.Path, got[1].Claims[0].Pos.Path)
	}
}
