package claims

import (
	"math/rand"
	"testing"
)

// TestLowerInterned: a word read through the intern table is lowerWord's
// word with wordClass's class, on its first reading and on later ones
// (from its slot), for ASCII words of every length up to the table's limit
// and past it, and for words with letters that are not ASCII.
func TestLowerInterned(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const letters = "abcXYZmnAZaz09'-.é"
	intern := new(internTable)
	words := []string{"", "A", "Tariff", "TARIFFS", "killed", "Ünited", "naïve", "O'Neill", "twenty-five"}
	for n := 0; n < 20000; n++ {
		b := make([]byte, 0, 40)
		for k := rng.Intn(38); k > 0; k-- {
			if rng.Intn(8) == 0 {
				b = append(b, "é"...)
				continue
			}
			b = append(b, letters[rng.Intn(len(letters)-1)]) // not the half of é
		}
		words = append(words, string(b))
	}
	for pass := 0; pass < 2; pass++ {
		for _, w := range words {
			low, class := lowerInterned([]byte(w), intern)
			if want := lowerWord([]byte(w)); low != want {
				t.Fatalf("lowerInterned(%q) = %q, want %q", w, low, want)
			}
			if want := wordClass(low); class != want {
				t.Fatalf("lowerInterned(%q): class %#x, want %#x", w, class, want)
			}
		}
	}
}
