package compare

import (
	"testing"

	"github.com/claimdiff/claimdiff/article"
)

// A finding made twice is kept once, but two stories filed in folders of
// their own, whose files bear the same names and disagree alike, keep a
// finding each: their fingerprints are equal (folders do not enter it).
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
	if got[0].Fingerprint != got[1].Fingerprint {
		t.Errorf("fingerprints %s and %s differ: folders must not enter them", got[0].Fingerprint, got[1].Fingerprint)
	}
	if got[0].Claims[0].Pos.Path != "story-a/post.txt" || got[1].Claims[0].Pos.Path != "story-b/post.txt" {
		t.Errorf("order: %s, %s", got[0].Claims[0].Pos.Path, got[1].Claims[0].Pos.Path)
	}
}
