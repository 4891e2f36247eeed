package article

import (
	"strings"
	"testing"
	"time"
)

const body = "\n\nThe council approved the plan on Tuesday after a long debate. Officials said work would start soon.\n\nA second paragraph adds more detail about the cost of the project.\n"

func parseString(t testing.TB, path, s string, opts Options) *Document {
	t.Helper()
	docs, err := Parse(path, []byte(s), opts)
	if err != nil || len(docs) != 1 {
		t.Fatalf("Parse = %d docs, %v", len(docs), err)
	}
	checkDoc(t, docs[0])
	return docs[0]
}

func TestDateLines(t *testing.T) {
	tests := []struct {
		name, header string
		want         string // "" = unknown
		amb          bool
	}{
		{"date label and menu", "date 2025-08-08 HOME NEWS BUSINESS MOVIES CRICKET SPORTS", "2025-08-08", false},
		{"weekday day month", "Fri, 08 August 2025", "2025-08-08", false},
		{"month day year time", "Apr 25, 2025 9:41 PM", "2025-04-25", false},
		{"published GMT", "Published: March 4, 2026 06:12 GMT", "2026-03-04", false},
		{"updated weekday", "Updated Thu 5 Mar 2026 18:40", "2026-03-05", false},
		{"posted on by", "Posted on March 6, 2026 by Tom Aldous | Valley Notes", "2026-03-06", false},
		{"posted by", "Posted February 19, 2026 by Shop Floor Voice", "2026-02-19", false},
		{"month first numeric", "02/17/2026 14:05 GMT", "2026-02-17", false},
		{"day first numeric", "26/03/2026 16:30 GMT", "2026-03-26", false},
		{"ambiguous numeric", "03/04/2026 10:00", "2026-03-04", true},
		{"day month comma time", "10 March 2026, 9:05 PM", "2026-03-10", false},
		{"published bar time", "Published: 14 April 2026 | 18:20", "2026-04-14", false},
		{"updated weekday no time", "Updated Wed 15 Apr 2026", "2026-04-15", false},
		{"published plain", "Published: March 20, 2026", "2026-03-20", false},
		{"iso timestamp", "2026-03-04T06:12:00Z", "2026-03-04", false},
		{"ordinal", "Sept. 4th, 2026", "2026-09-04", false},
		{"day ordinal", "4th September 2026", "2026-09-04", false},
		{"relative only", "21 hours ago", "", false},
		{"invalid day", "February 30, 2026", "", false},
		{"date in headline", "Talks set for March 4, 2026 in Geneva", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseString(t, "x.txt", "Council approves harbour plan\n\n"+tc.header+body, Options{})
			if tc.want == "" {
				if !d.Published.IsZero() {
					t.Fatalf("date = %v, want unknown", d.Published)
				}
				return
			}
			if !d.Published.Equal(day(tc.want)) || d.DateSource != "text" || d.DateAmbiguous != tc.amb {
				t.Errorf("date = %v %q amb=%v, want %s amb=%v", d.Published, d.DateSource, d.DateAmbiguous, tc.want, tc.amb)
			}
			if d.Published.Location() != time.UTC || d.Published.Hour() != 0 {
				t.Errorf("date not midnight UTC: %v", d.Published)
			}
			if _, ok := sentenceWith(d, strings.Fields(tc.header)[0]); ok && !strings.HasPrefix(tc.header, "The") {
				t.Errorf("date line became a sentence")
			}
		})
	}
}

func TestDatePrecedence(t *testing.T) {
	tests := []struct {
		name, text string
		opts       Options
		want, src  string
	}{
		{"labelled beats bare", "Fri, 08 August 2025\nHeadline of the story here\nUpdated Thu 5 Mar 2026 18:40" + body, Options{}, "2026-03-05", "text"},
		{"first labelled wins", "Headline of the story here\nUpdated Thu 5 Mar 2026 18:40\nPublished: March 4, 2026 06:12 GMT" + body, Options{}, "2026-03-05", "text"},
		{"url fallback", "Headline of the story here" + body + "\nOriginal url:\nhttps://www.example.com/2024/11/30/story-name\n", Options{}, "2024-11-30", "url"},
		{"first dated url", "Headline of the story here" + body + "\nhttps://example.org/a/2023/01/02/x\n", Options{}, "2023-01-02", "url"},
		{"flag", "Headline of the story here" + body, Options{Published: time.Date(2026, 1, 2, 23, 0, 0, 0, time.FixedZone("X", -5*3600))}, "2026-01-02", "flag"},
		{"relative not a date", "Headline of the story here\n3 hours ago" + body, Options{}, "", ""},
		{"date deep in body ignored", "Headline of the story here" + body + strings.Repeat("Another line of prose goes here.\n", 20) + "Published: March 4, 2026\n", Options{}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseString(t, "x.txt", tc.text, tc.opts)
			if tc.want == "" {
				if !d.Published.IsZero() || d.DateSource != "" {
					t.Errorf("date = %v %q, want unknown", d.Published, d.DateSource)
				}
				return
			}
			if !d.Published.Equal(day(tc.want)) || d.DateSource != tc.src {
				t.Errorf("date = %v %q, want %s %q", d.Published, d.DateSource, tc.want, tc.src)
			}
		})
	}
}

func TestOutlet(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"url host", "Headline of the story here" + body + "\nOriginal url: https://www.themoscowtimes.com/2025/08/08/a-b\n", "themoscowtimes.com"},
		{"copyright c", "Headline of the story here" + body + "\n(c) 2026 NewsHub24\n", "NewsHub24"},
		{"copyright word", "Headline of the story here" + body + "\nCopyright 2026 KBRN-TV. All rights reserved.\n", "KBRN-TV"},
		{"copyright sign domain", "Headline of the story here" + body + "\nrediff on the net © 2025 Rediff.com - Investor Information - Advertise with us - Disclaimer\n", "rediff.com"},
		{"menu line", "NewsHub24 | Home | World | Business\nHeadline of the story here" + body, "NewsHub24"},
		{"posted on bar", "Headline of the story here\nPosted on March 6, 2026 by Tom Aldous | Valley Notes" + body, "Valley Notes"},
		{"posted by", "Headline of the story here\nPosted February 19, 2026 by Shop Floor Voice" + body, "Shop Floor Voice"},
		{"staff byline", "Headline of the story here\nBy Continental Press staff" + body, "Continental Press"},
		{"line after date", "Headline of the story here\nMarch 4, 2026\n\nAllied Press" + body, "Allied Press"},
		{"tagline", "Headline of the story here\n\nTavrin Free Press - independent news from Upper Tavrin\n10 March 2026, 9:05 PM" + body, "Tavrin Free Press"},
		{"file name", "Headline of the story here" + body, "story_42"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseString(t, "dir/story_42.txt", tc.text, Options{})
			if d.Outlet != tc.want {
				t.Errorf("outlet = %q, want %q", d.Outlet, tc.want)
			}
			if _, ok := sentenceWith(d, tc.want); ok && tc.want != "story_42" {
				t.Errorf("outlet line became a sentence")
			}
		})
	}
}

func TestParseDateAt(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"2026-03-04", "2026-03-04"},
		{"2026/3/4 x", "2026-03-04"},
		{"Sunday, 1 March 2026", "2026-03-01"},
		{"1-Mar-2026", "2026-03-01"},
		{"March 2026", ""},
		{"13/13/2026", ""},
		{"2026-13-01", ""},
		{"Mayor 5, 2026", ""},
		{"12345", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := parseDateValue(tc.in)
			if tc.want == "" {
				if ok {
					t.Errorf("got %v, want none", got)
				}
				return
			}
			if !ok || !got.Equal(day(tc.want)) {
				t.Errorf("got %v %v, want %s", got, ok, tc.want)
			}
		})
	}
}
