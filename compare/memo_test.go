package compare

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// TestWordMemoMayHold checks wordMemo.mayHold against claims.MayHold on
// random sentences and stem sets, verb-group stems and "" among them.
func TestWordMemoMayHold(t *testing.T) {
	vocab := strings.Fields("close closing shut shuttered foundry Foundry FOUNDRY plant plan planned " +
		"publish posted records record warn warning warned inspect inspectors it's don't cyber-attack " +
		"attack hacked a an of to in on at by ab abc abcd Abcde über naïve 12 3.5 1,000 x " +
		strings.Repeat("y", 70) + " " + strings.Repeat("z", 64) + " studies study died dead")
	stemPool := strings.Fields("clos close shut foundr foundry plan plant publish record warn inspect " +
		"attack cyber-attack ab abc über a x 12 study studi die zzz " + strings.Repeat("y", 65))
	r := rand.New(rand.NewSource(1))
	m := &wordMemo{}
	for range 3000 {
		stems := map[string]bool{}
		for range r.Intn(5) {
			stems[stemPool[r.Intn(len(stemPool))]] = true
		}
		if r.Intn(50) == 0 {
			stems[""] = true
		}
		m.reset(stems)
		for range 10 {
			var sb strings.Builder
			for k := range r.Intn(12) {
				if k > 0 {
					sb.WriteString([]string{" ", ", ", "-", "'", "—", " \""}[r.Intn(6)])
				}
				sb.WriteString(vocab[r.Intn(len(vocab))])
			}
			s := []byte(sb.String())
			if got, want := m.mayHold(s), claims.MayHold(s, stems); got != want {
				t.Fatalf("mayHold(%q, %v) = %v, claims.MayHold says %v", s, stems, got, want)
			}
		}
	}
}
