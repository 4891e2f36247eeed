package article

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// foldRef is what foldHash hashes, spelled out: the runes of t lower-cased,
// without white space, quote marks, zero-width spaces and byte order marks.
func foldRef(t string) string {
	var b strings.Builder
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		i += n
		if r < utf8.RuneSelf {
			if r <= ' ' || r == '"' || r == '\'' || r == '`' {
				continue
			}
		} else if unicode.IsSpace(r) || isQuoteRune(r) || r == 0x200B || r == 0xFEFF {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// TestFoldHash: lines that fold alike hash alike, whatever their case,
// spacing and quote marks, and lines that fold differently hash differently
// (on 300k random pairs of short lines, dense in near-duplicates, with
// letters that are not ASCII in every position of the eight-byte groups).
func TestFoldHash(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"Top stories", "top  STORIES", true},
		{"Top stories", "Top “stories”", true},
		{"Top stories", "Top\u00a0stories\u200b", true},
		{"Ünïcode ÉTÉ", "ünïcode été", true},
		{"Top stories", "Top storie", false},
		{"abcdefgh", "abcdefg", false},
		{"abcdefgh", "abcdefghi", false},
		{"", " ", true},
		{"", "a", false},
		{"ab é", "abé", true},
		{"abé", "abe", false},
	}
	for _, tc := range tests {
		if got := foldHash([]byte(tc.a)) == foldHash([]byte(tc.b)); got != tc.same {
			t.Errorf("foldHash(%q) == foldHash(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
	rng := rand.New(rand.NewSource(1))
	parts := []string{"a", "b", "A", "B", " ", "  ", "\n", "\t", "'", "\"", "“", "’", "é", "É", "ß", "\u00a0", "\u200b", "x", "X", "1", ".", "-"}
	line := func() string {
		var b strings.Builder
		for n := rng.Intn(24); n > 0; n-- {
			b.WriteString(parts[rng.Intn(len(parts))])
		}
		return b.String()
	}
	same := 0
	for n := 0; n < 300000; n++ {
		a, b := line(), line()
		fa, fb := foldRef(a), foldRef(b)
		if got, want := foldHash([]byte(a)) == foldHash([]byte(b)), fa == fb; got != want {
			t.Fatalf("foldHash(%q) == foldHash(%q) is %v; they fold to %q and %q", a, b, got, fa, fb)
		}
		if fa == fb {
			same++
		}
	}
	if same < 100 {
		t.Errorf("only %d random pairs folded alike: the test checks little", same)
	}
}
