package claims_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
)

// extractSentence returns the claims of a one-sentence article.
func extractSentence(t *testing.T, text string) []claims.Claim {
	t.Helper()
	src := "Published: March 4, 2026\n\n" + text + "\n"
	docs, err := article.Parse("a.txt", []byte(src), article.Options{Published: time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(docs) != 1 {
		t.Fatalf("parse %q: %v", text, err)
	}
	return claims.Extract(docs[0], claims.Options{})
}

// valueClaim returns the value claim of a one-sentence article whose value
// is written as value, or nil.
func valueClaim(t *testing.T, text, value string) *claims.Claim {
	t.Helper()
	cls := extractSentence(t, text)
	for i := range cls {
		if cls[i].Type == claims.TypeValue && cls[i].Value.Text == value {
			return &cls[i]
		}
	}
	return nil
}

// TestUpdateMarkers: a movement verb marks a stated update only when it
// leads to a new figure ("rose to"), not when it gives the size of a change.
func TestUpdateMarkers(t *testing.T) {
	cases := []struct {
		text, value string
		update      bool
	}{
		{"The death toll rose to 14 on Friday, officials said.", "14", true},
		{"Officials had put the toll at 12 before the search ended.", "12", true},
		{"The toll climbed from 12 to 14 overnight.", "12", true},
		{"The company's shares rose 2 percent on Monday.", "2 percent", false},
		{"Its shares fell 14% by the close in London.", "14%", false},
		{"Prices were previously 40 dollars a tonne.", "40 dollars", true},
	}
	for _, tc := range cases {
		found := valueClaim(t, tc.text, tc.value)
		if found == nil {
			t.Errorf("%q: no claim for %q", tc.text, tc.value)
			continue
		}
		if found.Update != tc.update {
			t.Errorf("%q: %q Update = %v, want %v", tc.text, tc.value, found.Update, tc.update)
		}
	}
}

// TestNegatedCounts: a count that is the object of a negated verb is not a
// reported figure; a negated bound is.
func TestNegatedCounts(t *testing.T) {
	cases := []struct {
		text, value string
		want        bool // a value claim exists
	}{
		{"Pupils who have not had two doses of the vaccine must stay home.", "two", false},
		{"Inspectors did not find 12 faults on the line, the report said.", "12", false},
		{"Not more than 40 patients were moved from the ward on Friday.", "40", true},
		{"The fire killed no fewer than 12 workers on Friday.", "12", true},
		{"The fire killed 12 workers on Friday.", "12", true},
	}
	for _, tc := range cases {
		got := false
		for _, c := range extractSentence(t, tc.text) {
			if c.Type == claims.TypeValue && strings.Contains(c.Value.Text, tc.value) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: value claim for %q = %v, want %v", tc.text, tc.value, got, tc.want)
		}
	}
}

// TestCountedVerb: what happened to the counted things is part of what a
// count measures, read from the verb right after its noun phrase, even a
// speech verb ("64 students admitted"), but not a report's own verb after
// a comma ("12 workers, officials said").
func TestCountedVerb(t *testing.T) {
	cases := []struct{ text, value, verb string }{
		{"Sixty-four students have already admitted buying the answers, the university said.", "Sixty-four", "admit"},
		{"So far 221 students were being investigated for buying answers.", "221", "investigat"},
		{"The fire injured 12 workers, officials said.", "12", ""},
	}
	for _, tc := range cases {
		c := valueClaim(t, tc.text, tc.value)
		if c == nil {
			t.Errorf("%q: no claim for %q", tc.text, tc.value)
			continue
		}
		if _, verb, _ := strings.Cut(c.Counted, "|"); verb != tc.verb {
			t.Errorf("%q: counted %q, want verb %q", tc.text, c.Counted, tc.verb)
		}
	}
}

// TestQuoteSpeakers: the speaker after a long appositive, and a pronoun
// that refers past a place name to the person named before it.
func TestQuoteSpeakers(t *testing.T) {
	cases := []struct{ text, speaker string }{
		{`"We lost in twenty minutes what it took us a whole year to grow," Rosa Almeda, president of the Valley Growers' Association, which represents 180 family wineries, told an emergency meeting.`, "rosa almeda"},
		{`Its president, Rosa Almeda, spoke at a meeting in the Santa Ilda parish hall late last night. "Twenty minutes took from us what we spent the whole year growing," she told the crowd.`, "rosa almeda"},
		// a second quotation after the attribution continues the speaker's words
		{`"Measles is not a mild illness at all," said Dr Imogen Farrant, director of public health. "Every unvaccinated child is a door left open."`, "imogen farrant"},
		// "he" is the person, not the school after "of"
		{`Headteacher Colm Adeyemi of St Brannock's said attendance had fallen. "We have never had a week like it," he said.`, "colm adeyemi"},
		// a lone surname is the person named in full earlier
		{`Health Minister Rasmus Thorne visited the clinic. "Every unvaccinated child is a door left open," Minister Thorne said.`, "rasmus thorne"},
	}
	for _, tc := range cases {
		got := "(no quote)"
		for _, c := range extractSentence(t, tc.text) {
			if c.Type == claims.TypeQuote {
				got = c.Speaker
			}
		}
		if got != tc.speaker {
			t.Errorf("%q: speaker %q, want %q", tc.text, got, tc.speaker)
		}
	}
}

// TestRoleShapes: titles in appositives with modifiers and possessive
// owners, and a title with its remit before the name.
func TestRoleShapes(t *testing.T) {
	cases := []struct{ text, person, title string }{
		{`"We are sorry," said Hugo Dressler, the plant director.`, "hugo dressler", "plant director"},
		{"Hugo Dressler, Varnel's head of safety, told the paper that a gasket failed.", "hugo dressler", "head"},
		{"Ruth Okonedo, the business school's dean, said the sellers were outsiders.", "ruth okonedo", "dean"},
		{"Pro-vice-chancellor for education Ruth Okonedo said the sellers were not students.", "ruth okonedo", "Pro-vice-chancellor for education"},
	}
	for _, tc := range cases {
		got := ""
		for _, c := range extractSentence(t, tc.text) {
			if c.Type == claims.TypeRole && c.Person == tc.person {
				got = c.Title
			}
		}
		if got != tc.title {
			t.Errorf("%q: title of %s = %q, want %q", tc.text, tc.person, got, tc.title)
		}
	}
	// the organisation after a remit
	orgs := []struct{ text, org string }{
		{"Dr Ines Vartan, director of public health for Tellingford District Council, told the paper.", "tellingford district council"},
		{`"It is stable," said Ines Vartan, director of public health at the Ministry of Health, who visited.`, "ministry of health"},
		{"Dr Ines Vartan, the council's director of public health, said on Wednesday that it was safe.", ""},
	}
	for _, tc := range orgs {
		got := "(no role)"
		for _, c := range extractSentence(t, tc.text) {
			if c.Type == claims.TypeRole && c.Person == "ines vartan" {
				got = c.Org
			}
		}
		if got != tc.org {
			t.Errorf("%q: org %q, want %q", tc.text, got, tc.org)
		}
	}
	// a description after a title is not a plain title
	for _, c := range extractSentence(t, "Ana Ruiz, a former police officer turned activist, spoke first.") {
		if c.Type == claims.TypeRole {
			t.Errorf("unexpected role %q for %s", c.Title, c.Person)
		}
	}
	if !claims.PostHead("pro-vice-chancellor") || claims.PostHead("well-wisher") {
		t.Error("PostHead: hyphenated posts")
	}
}

// TestDurationKeys: one incident's length, however it is put, gets one
// key; so does a measure's, whether it is "in place" or "runs".
func TestDurationKeys(t *testing.T) {
	key := func(text, value string) string {
		if c := valueClaim(t, text, value); c != nil {
			return c.Key
		}
		return "(none)"
	}
	groups := [][][2]string{
		{
			{"Firefighters took about six hours to bring the blaze under control.", "about six hours"},
			{"Fire crews spent nearly six hours fighting the fire that followed.", "nearly six hours"},
			{"The fire that followed burned for nine hours before it was declared under control.", "nine hours"},
		},
		{
			{"The hosepipe ban was expected to last at least eight weeks.", "at least eight weeks"},
			{"The ban is likely to be in place for about two months.", "about two months"},
			{"The ban will come into force on Monday and run for six weeks.", "six weeks"},
		},
	}
	for _, g := range groups {
		want := key(g[0][0], g[0][1])
		if want == "(none)" || want == "" {
			t.Errorf("%q: no key", g[0][0])
			continue
		}
		for _, tc := range g[1:] {
			if got := key(tc[0], tc[1]); got != want {
				t.Errorf("%q: key %q, want %q (as %q)", tc[0], got, want, g[0][0])
			}
		}
	}
	// a sum of time spent on something else than an incident is no claim
	if got := key("The minister spent six hours with officials.", "six hours"); got == "t:fir" {
		t.Errorf("time spent with officials keyed as the fire")
	}
	// an event word inside a title names no event: the inquiry's length is
	// not the fire's; the same word in prose still keys the value
	fire := key("Firefighters battled the blaze for two days before bringing it under control.", "two days")
	if fire == "(none)" || fire == "" {
		t.Fatalf("the blaze's duration has no key")
	}
	if got := key("Chief Fire Officer Radwood said the inquiry would take three weeks.", "three weeks"); got == fire {
		t.Errorf("an inquiry's length keyed %q like the fire, through the title Chief Fire Officer", got)
	}
	if got := key("Crews said the fire would take three weeks to put out.", "three weeks"); got != fire {
		t.Errorf("the fire's duration in prose: key %q, want %q", got, fire)
	}
	if got := key("Fire Chief Ana Ruiz said the inquiry would take three weeks.", "three weeks"); got == fire {
		t.Errorf("an inquiry's length keyed %q like the fire, through the title Fire Chief", got)
	}
	// capitalised by its place or beside a date, an event word is no name
	for _, pair := range [][2]string{
		{"The Strike lasted three weeks.", "The strike lasted three weeks."},
		{"Talks Monday lasted six hours.", "Talks on Monday lasted six hours."},
		{"Protests Saturday drew crowds for six hours.", "Protests on Saturday drew crowds for six hours."},
		{"Strikes in March lasted three weeks.", "The strikes in March lasted three weeks."},
	} {
		value := "three weeks"
		if strings.Contains(pair[0], "six hours") {
			value = "six hours"
		}
		want := key(pair[1], value)
		if want == "(none)" || want == "" {
			t.Fatalf("%q: no key", pair[1])
		}
		if got := key(pair[0], value); got != want {
			t.Errorf("%q: key %q, want %q (as %q)", pair[0], got, want, pair[1])
		}
	}
}

// TestValueKeys: what a value measures, read from the words around it;
// "within N days" is a deadline keyed by what must happen, "in 24 hours"
// alone no claim.
func TestValueKeys(t *testing.T) {
	cases := []struct{ text, value, key string }{
		{"All ticket holders will receive a full refund within 30 days.", "30 days", "within:refund"},
		{"Ticket holders will be refunded in full within a month.", "a month", "within:refund"},
		{"Rain fell in 24 hours, the weather service said.", "24 hours", "(none)"},
		{"The chain will have a 19 percent share of the grocery market.", "19 percent", "market-share"},
		{"Marlbury said the group will have 29 percent of the grocery market.", "29 percent", "market-share"},
		{"Greengate agreed to be taken over in a deal worth 2.4 billion euros.", "2.4 billion euros", "price"},
		{"Unemployment rose to 5 percent in March.", "5 percent", "unemployment"},
	}
	for _, tc := range cases {
		got := "(none)"
		if c := valueClaim(t, tc.text, tc.value); c != nil {
			got = c.Key
		}
		if got != tc.key {
			t.Errorf("%q: key of %q = %q, want %q", tc.text, tc.value, got, tc.key)
		}
	}
}

// TestRecordSince: "the worst X since 1987" is a record, compared as a
// date; a plain "since 1952" is a state and no claim.
func TestRecordSince(t *testing.T) {
	cases := []struct {
		text, value, key, counted string
	}{
		{"It was the worst hailstorm in the valley since 1987, the weather service said.", "1987", "record-since", "record:hailstorm"},
		{"Almeda said the storm was the worst since 1978.", "1978", "record-since", ""},
		{"His family has grown grapes outside the town since 1952.", "1952", "(none)", ""},
	}
	for _, tc := range cases {
		key, counted := "(none)", ""
		if c := valueClaim(t, tc.text, tc.value); c != nil {
			key, counted = c.Key, c.Counted
		}
		if key != tc.key || counted != tc.counted {
			t.Errorf("%q: %q key %q counted %q, want %q %q", tc.text, tc.value, key, counted, tc.key, tc.counted)
		}
	}
}

// TestBenchmarks: the yardstick of a comparison is no claim; a bound is.
func TestBenchmarks(t *testing.T) {
	cases := []struct {
		text, value string
		want        bool
	}{
		{"The list has grown 14 percent in a year, more than double the 6 percent increase recorded across the region.", "6 percent", false},
		{"Unemployment rose 14 percent in a year, more than double the 6 percent increase recorded across the region.", "14 percent", true},
		{"Sales rose 5 percent, compared with 3 percent a year earlier.", "3 percent", false},
		{"More than 200 firefighters fought the blaze on Friday.", "More than 200", true},
	}
	for _, tc := range cases {
		if got := valueClaim(t, tc.text, tc.value) != nil; got != tc.want {
			t.Errorf("%q: claim for %q = %v, want %v", tc.text, tc.value, got, tc.want)
		}
	}
}

// TestPeopleCountKeys: a count of people said plainly ("people",
// "residents") is keyed by the participle that tells what happens to them,
// after the noun or before the count, and by nothing else: a count of
// people with no such verb says too little to align.
func TestPeopleCountKeys(t *testing.T) {
	cases := []struct {
		text, value, key string
	}{
		{"The festival was due to open on Friday, with around 22,000 people expected over the weekend.", "around 22,000", "n:people:expect"},
		{"The festival, which had been expecting 32,000 people across three days, was called off.", "32,000", "n:people:expect"},
		{"Organisers said 5,000 people had been invited by the club.", "5,000", "n:people:invit"},
		{"The hall was seating 900 people by noon.", "900", "n:people:seat"},
		// no participle right after the noun: "waiting" belongs to the list
		{"Figures show 14,820 people were on the hospital's waiting list.", "14,820", ""},
		// an irregular past tense is no participle of this kind: last
		// year's crowd is not this year's expected one
		{"Last year it drew 21,000 people.", "21,000", ""},
		// a count of a specific noun keeps its own key, and so does a
		// count with an event word
		{"Some 22,000 festival-goers had been expected at the fields.", "Some 22,000", "n:festival-goer:expect"},
		{"The attack killed 12 people in the market.", "12", "killed"},
	}
	for _, tc := range cases {
		c := valueClaim(t, tc.text, tc.value)
		got := ""
		if c != nil {
			got = c.Key
		}
		if got != tc.key {
			t.Errorf("%q: key %q, want %q", tc.text, got, tc.key)
		}
	}
}

// TestWeekdayBeforeDate: a weekday written before the full date ("on
// Monday, March 16") belongs to the date, so the date keeps the event its
// verb names, as it does without the weekday.
func TestWeekdayBeforeDate(t *testing.T) {
	for _, text := range []string{
		"The first stoppage will begin on March 16.",
		"The first stoppage will begin on Monday, March 16.",
		"The first stoppage will begin on Monday March 16.",
	} {
		c := valueClaim(t, text, "March 16")
		if c == nil || c.Key != "strike" || c.Value.Norm != "2026-03-16" {
			t.Errorf("%q: %+v, want the strike dated 2026-03-16", text, c)
		}
	}
}

// TestPerfectTenseChange: a change in the perfect tense ("has risen by
// 21 per cent", "has grown 14 percent") is a change like "rose", and
// "have fallen to" a new level is stated as an update like "fell to".
func TestPerfectTenseChange(t *testing.T) {
	for _, tc := range []struct {
		text, value, key string
		update           bool
	}{
		{"The waiting list has risen by 21 per cent.", "21 per cent", "rise", false},
		{"The list has grown 14 percent in a year.", "14 percent", "rise", false},
		{"Ore grades have fallen to around 0.3 percent copper.", "around 0.3 percent", "fall", true},
		{"Ore grades fell to around 0.3 percent copper.", "around 0.3 percent", "fall", true},
	} {
		c := valueClaim(t, tc.text, tc.value)
		if c == nil || c.Key != tc.key || c.Update != tc.update {
			t.Errorf("%q: %+v, want key %q, update %v", tc.text, c, tc.key, tc.update)
		}
	}
}

// TestPhraseKeyAtSentenceEnd: a key phrase of several words read as the
// nearest key names the value by its own words, also when it ends the
// sentence ("after 12 years as chief executive" once panicked: the head
// was cut from the tokens after the phrase).
func TestPhraseKeyAtSentenceEnd(t *testing.T) {
	for _, tc := range []struct{ text, value, key, head string }{
		{"She left after 12 years as chief executive.", "12 years", "tenure", "as chief executive"},
		{"She left after 12 years as chief executive of the bank.", "12 years", "tenure", "as chief executive"},
	} {
		c := valueClaim(t, tc.text, tc.value)
		if c == nil || c.Key != tc.key || c.Head != tc.head {
			t.Errorf("%q: %+v, want key %q with head %q", tc.text, c, tc.key, tc.head)
		}
	}
}
