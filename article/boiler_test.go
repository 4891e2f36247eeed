package article

import (
	"strings"
	"testing"
)

const (
	proseA = "The council approved the harbour plan on Tuesday after a long debate."
	proseB = "Officials said the dredging work would cost $12.5 million in total."
)

// TestBoilerLines puts each boilerplate line between two prose paragraphs:
// the line must yield no sentence, be recorded as boilerplate, and both
// paragraphs must survive.
func TestBoilerLines(t *testing.T) {
	lines := []string{
		"HOME | NEWS | BUSINESS | SPORT",
		"HOME NEWS BUSINESS MOVIES CRICKET SPORTS",
		"Skip to content", "logo", "image", "Share:", "20:18", "LIVE", "See More >",
		"We and our 843 partners use cookies to personalise content.",
		"This site uses cookies. Accept | Reject",
		"Cookies: we use them to improve this site.",
		"Sign up for our morning briefing.",
		"Subscribe to get new posts by email. 1,842 readers already do.",
		"Join 50,000 readers who get our newsletter.",
		"Download the app for breaking news alerts.",
		"Get our free politics newsletter every morning.",
		"Find your next role: 1,240 nursing jobs",
		"Forum: Is the new bypass worth it? 312 replies",
		"DEAL OF THE DAY",
		"Support independent journalism today. Donate",
		"Not investment advice. Prices delayed by at least 15 minutes.",
		"We may earn a commission when you buy through links on this page.",
		"Watch the full report on Channel 4.",
		"Have you been affected by the floods? Contact our newsdesk.",
		"Tell us what you think and leave a comment below.",
		"Comments are open below.",
		"Comments (23)", "12 comments", "No comments yet...",
		"Share this post | Print",
		"Filed under: Politics, Harbour",
		"Tags: harbour, council",
		"(c) 2026 NewsHub24. All rights reserved.",
		"© 2025 Rediff.com",
		"By Jane Doe",
		"4 min read",
		"DAX +0.4% | FTSE 100 -0.2% | EUR/USD 1.0841 | Brent $71.20",
		"Related article: Bridge costs rise again as council delays vote",
		"https://example.com/2026/03/04/story",
		"Original url: https://example.com/story",
		"Updated Thu 5 Mar 2026 18:40",
		"Photo shows the harbour at dawn (AFP Photo)",
	}
	for _, l := range lines {
		t.Run(l, func(t *testing.T) {
			text := "Harbour plan approved\n\n" + proseA + "\n\n" + l + "\n\n" + proseB + "\n"
			d := parseString(t, "x.txt", text, Options{})
			if len(d.Sentences) != 2 || d.SentenceText(0) != proseA || d.SentenceText(1) != proseB {
				var got []string
				for si := range d.Sentences {
					got = append(got, d.SentenceText(si))
				}
				t.Fatalf("sentences = %q", got)
			}
			var rec bool
			for _, b := range d.Boilerplate {
				if strings.Contains(string(d.Text[b.Start:b.End]), l) {
					rec = true
				}
			}
			if !rec {
				t.Errorf("%q not in Boilerplate", l)
			}
		})
	}
}

// TestBlockHeaders checks that a block header drops everything after it.
func TestBlockHeaders(t *testing.T) {
	headers := []string{
		"TOP STORIES", "Related Articles", "RELATED", "READ MORE", "ALSO READ", "YOU MIGHT ALSO LIKE",
		"YOU MAY ALSO LIKE", "OTHER NEWS", "Most popular", "NEWSLETTER", "DOWNLOAD THE APP",
		"More from Valley Herald", "Recommended", "Related stories:", "Comments",
	}
	for _, h := range headers {
		t.Run(h, func(t *testing.T) {
			text := "Harbour plan approved\n\n" + proseA + "\n\n" + h + "\n\n" + proseB + "\n\nAnother teaser paragraph ends here.\n"
			d := parseString(t, "x.txt", text, Options{})
			if len(d.Sentences) != 1 || d.SentenceText(0) != proseA {
				t.Fatalf("sentences = %+v", d.Sentences)
			}
			last := d.Boilerplate[len(d.Boilerplate)-1]
			if !strings.HasPrefix(string(d.Text[last.Start:last.End]), h) || last.End != len(strings.TrimRight(text, "\n")) {
				t.Errorf("block boilerplate = %q", d.Text[last.Start:last.End])
			}
		})
	}
	t.Run("header before prose is just dropped", func(t *testing.T) {
		d := parseString(t, "x.txt", "RELATED\n\n"+proseA+"\n\n"+proseB+"\n", Options{})
		if len(d.Sentences) != 2 {
			t.Errorf("sentences = %+v", d.Sentences)
		}
	})
	t.Run("sentence is not a header", func(t *testing.T) {
		d := parseString(t, "x.txt", proseA+"\n\nMore from the interview is below.\n\n"+proseB+"\n", Options{})
		if len(d.Sentences) != 3 {
			t.Errorf("sentences = %+v", d.Sentences)
		}
	})
}

func TestRepeats(t *testing.T) {
	text := "Harbour plan approved\n\n" + proseA + "\n\n" + proseB + " " + strings.ToUpper(proseA[:4]) + proseA[4:] + "\n\n“" + proseB + "”\n"
	d := parseString(t, "x.txt", text, Options{})
	if len(d.Sentences) != 2 {
		t.Errorf("sentences = %+v", d.Sentences)
	}
	if len(d.Boilerplate) != 2 {
		t.Errorf("boilerplate = %v", d.Boilerplate)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"abbreviations", "Mr. Smith met Dr. Jones and Gen. Lee in the U.S. on Friday. They talked.",
			[]string{"Mr. Smith met Dr. Jones and Gen. Lee in the U.S. on Friday.", "They talked."}},
		{"acronym before name", "He met U.S. President Donald Trump. It went well.",
			[]string{"He met U.S. President Donald Trump.", "It went well."}},
		{"acronym at sentence end", "The plan was sent to the U.S. The reply came fast.",
			[]string{"The plan was sent to the U.S.", "The reply came fast."}},
		{"initials and decimals", "J. K. Rowling said growth was 4.2 percent at 6.10am. Prices rose.",
			[]string{"J. K. Rowling said growth was 4.2 percent at 6.10am.", "Prices rose."}},
		{"closing quote", "He said, “We are done.” Then he left!",
			[]string{"He said, “We are done.”", "Then he left!"}},
		{"question and ellipsis", "Will it pass? Nobody knows… The vote is Friday.",
			[]string{"Will it pass?", "Nobody knows…", "The vote is Friday."}},
		{"lower case after period", "It cost approx. ten dollars. e.g. nothing else.",
			[]string{"It cost approx. ten dollars. e.g. nothing else."}},
		{"no and number", "He lives at No. 10 Downing Street. No. That is wrong.",
			[]string{"He lives at No. 10 Downing Street.", "No.", "That is wrong."}},
		{"months", "The deal was signed on Sept. 4 and Aug. 2. Both dates matter.",
			[]string{"The deal was signed on Sept. 4 and Aug. 2.", "Both dates matter."}},
		{"digit start", "Turnout was low. 42 percent voted.",
			[]string{"Turnout was low.", "42 percent voted."}},
		{"agency credit", "Talks to resume\n\nThe talks will resume next week. -- PTI",
			[]string{"The talks will resume next week."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseString(t, "x.txt", tc.in+"\n", Options{})
			var got []string
			for si, s := range d.Sentences {
				got = append(got, d.SentenceText(si))
				if raw := strings.Join(strings.Fields(string(d.Text[s.Start:s.End])), " "); raw != d.SentenceText(si) {
					t.Errorf("span %q != text %q", raw, d.SentenceText(si))
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestHardWrap(t *testing.T) {
	wrapped := "The regional council met on Tuesday to discuss the new harbour plan, which has been\n" +
		"debated for nearly ten years by residents, fishermen and the port authority alike, and\n" +
		"finally approved it. The vote was seven to two, with two members absent from the\n" +
		"chamber, and the chair said work would begin in the spring of next year at the latest.\n\n" +
		"Opponents said the plan would damage the oyster beds that line the northern shore of the\n" +
		"bay, and they promised to challenge the decision in court before the end of the month.\n"
	d := parseString(t, "x.txt", wrapped, Options{})
	if len(d.Sentences) != 3 || !strings.HasSuffix(d.SentenceText(0), "finally approved it.") {
		t.Fatalf("sentences = %+v", d.Sentences)
	}
	if d.Sentences[2].Para != 1 {
		t.Errorf("para = %d", d.Sentences[2].Para)
	}
	// One paragraph per line is not hard-wrapped.
	lines := "Al Bawaba21 hours ago\nALBAWABA—The envoy arrived in Moscow on Wednesday for talks with the president.\nThis was just 48 hours before the deadline set by the White House expires.\n"
	d = parseString(t, "x.txt", lines, Options{})
	if len(d.Sentences) != 2 || strings.Contains(d.SentenceText(0), "ago") {
		t.Errorf("sentences = %+v", d.Sentences)
	}
}
