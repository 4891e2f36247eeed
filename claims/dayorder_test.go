package claims

import (
	"math/rand"
	"os"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
)

func TestDayOrder(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"26/03/2026 16:30 GMT\n\nThe meeting on 02/06/2026 was short.", 1},
		{"02/17/2026 14:05 GMT\n\nThe meeting on 02/06/2026 was short.", -1},
		{"The meeting on 02/06/2026 was short.", 0},
		{"On 13.04.2026 and on 04/13/2026.", 0}, // mixed: undecided
		{"Call 0800 12 34 or see item 3/4.", 0},
		{"Version 1.2.2026 is out; 31-12-2025 was the last day.", 1},
	}
	for _, tc := range tests {
		if got := dayOrder([]byte(tc.text)); got != tc.want {
			t.Errorf("dayOrder(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

// TestNumericDateFromDocument: the same sentence reads as 2 June in a
// day-first document, 6 February in a month-first one, and is ambiguous —
// never compared — in a document that does not decide.
func TestNumericDateFromDocument(t *testing.T) {
	pub := time.Date(2026, 3, 26, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		header, want string
		amb          bool
	}{
		{"26/03/2026 16:30 GMT", "2026-06-02", false},
		{"03/26/2026 16:30 GMT", "2026-02-06", false},
		{"Published today", "2026-02-06", true},
	}
	for _, tc := range cases {
		src := tc.header + "\n\nThe hearing was adjourned to 02/06/2026, the court said.\n"
		d := &article.Document{Path: "a.txt", Published: pub, Src: []byte(src), Text: []byte(src)}
		ctx := DocContext(d)
		ms := Scan([]byte("The hearing was adjourned to 02/06/2026, the court said."), ctx)
		var got *Mention
		for i := range ms {
			if ms[i].Kind == KindDate {
				got = &ms[i]
			}
		}
		if got == nil || got.Norm != tc.want || got.Ambiguous != tc.amb {
			t.Errorf("%q: got %+v, want %s ambiguous=%v", tc.header, got, tc.want, tc.amb)
		}
	}
}

// dayOrderRef is the byte-by-byte dayOrder that the fast one replaced: it
// scans text for numeric dates a/b/yyyy (or with dots or dashes):
// 1 when one has a > 12 (day first), -1 when one has b > 12, 0 when none
// decides or the document is inconsistent.
func dayOrderRef(text []byte) int {
	order := 0
	num := func(i int) (int, int) {
		v, j := 0, i
		for j < len(text) && j-i < 2 && text[j] >= '0' && text[j] <= '9' {
			v = v*10 + int(text[j]-'0')
			j++
		}
		return v, j
	}
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' || i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
			continue
		}
		a, j := num(i)
		if j == i || j >= len(text) || (text[j] != '/' && text[j] != '.' && text[j] != '-') {
			continue
		}
		sep := text[j]
		b, k := num(j + 1)
		if k == j+1 || k >= len(text) || text[k] != sep {
			continue
		}
		y := k + 1
		n := 0
		for y < len(text) && text[y] >= '0' && text[y] <= '9' {
			y++
			n++
		}
		if n != 4 || a == 0 || b == 0 || a > 31 || b > 31 {
			continue
		}
		o := 0
		switch {
		case a > 12 && b <= 12:
			o = 1
		case b > 12 && a <= 12:
			o = -1
		}
		if o != 0 {
			if order != 0 && order != o {
				return 0 // the document mixes both orders
			}
			order = o
		}
		i = y
	}
	return order
}

// TestDayOrderMatchesByteScan: the separator-jumping dayOrder gives the
// byte-by-byte scan's answer on random texts made of digits, separators,
// letters and spaces (dense in near-dates), on the cases above and on every
// corpus text of the repository.
func TestDayOrderMatchesByteScan(t *testing.T) {
	check := func(text []byte) {
		t.Helper()
		if got, want := dayOrder(text), dayOrderRef(text); got != want {
			t.Fatalf("dayOrder(%q) = %d, the byte scan says %d", text, got, want)
		}
	}
	rng := rand.New(rand.NewSource(1))
	const alphabet = "0123456789012345678901234567890123/.-/.-/.- ab"
	decided := [3]int{}
	for n := 0; n < 200000; n++ {
		b := make([]byte, 1+rng.Intn(40))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		check(b)
		decided[dayOrderRef(b)+1]++
	}
	// the random texts reach all three answers
	for o, n := range decided {
		if n == 0 {
			t.Errorf("no random text gave %d", o-1)
		}
	}
	for _, f := range corpusFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		check(b)
	}
}
