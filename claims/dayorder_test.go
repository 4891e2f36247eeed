package claims

import (
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
