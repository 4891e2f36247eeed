package compare

import (
	"math/rand"
	"strings"
	"testing"
)

// TestCmpJoined checks cmpJoined against comparing the joined strings.
func TestCmpJoined(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	str := func() string {
		b := make([]byte, r.Intn(4))
		for i := range b {
			b[i] = "\x00ab"[r.Intn(3)]
		}
		return string(b)
	}
	for range 100000 {
		a1, a2, b1, b2 := str(), str(), str(), str()
		if got, want := cmpJoined(a1, a2, b1, b2), strings.Compare(a1+"\x00"+a2, b1+"\x00"+b2); got != want {
			t.Fatalf("cmpJoined(%q, %q, %q, %q) = %d, want %d", a1, a2, b1, b2, got, want)
		}
	}
}
