package claims

// Dates: which event a date belongs to, the time scope of a value, and
// the order of day and month in a document's numeric dates.

import (
	"bytes"
	"strings"

	"github.com/claimdiff/claimdiff/article"
)

// dateInfo is what timeScope reads of a date mention of the sentence
// whatever the value it dates: its first and last tokens, and whether it
// dates no event (a span "since 1911", a reporting verb's "on Wednesday").
type dateInfo struct {
	oi, e   int
	noEvent bool
	read    bool
}

// dateInfos returns room for the dateInfo of each mention of the sentence,
// in buf when it is long enough.
func (x *extractor) dateInfos(buf []dateInfo) []dateInfo {
	if len(x.mentions) <= len(buf) {
		return buf[:len(x.mentions)]
	}
	return make([]dateInfo, len(x.mentions))
}

// timeScope returns the date the sentence gives to the event of mention mi
// when that date is another mention of the sentence: the nearest date.
// infos holds what is read of the date mentions, for the next values.
func (x *extractor) timeScope(mi, ci, cj int, infos []dateInfo) (Date, bool) {
	m := x.mentions[mi]
	if m.Kind == KindDate {
		return Date{}, false
	}
	lo, hi := x.toks[ci].Start, x.toks[cj-1].End
	best, bestDist := -1, 1<<30
	for j, o := range x.mentions {
		if j == mi || o.Kind != KindDate || o.Ambiguous || o.Range != 0 && o.Range == m.Range {
			continue
		}
		di := &infos[j]
		if !di.read {
			oi := x.tokAt(o.Start)
			di.oi, di.e, di.read = oi, x.tokAt(o.End-1), true
			switch {
			case oi > 0 && x.toks[oi-1].Low == "since" && !x.whenFollows(oi):
				di.noEvent = true // "has built propellers since 1911": a span, not the time of this value
			default:
				_, ok := x.dateBinding(oi)
				di.noEvent = !ok && x.reportingDate(oi) // "said on Wednesday": when it was said, not when it happened
			}
		}
		oi := di.oi
		if e := di.e; e+2 < len(x.toks) && x.toks[e+1].Low == "'s" && x.tokAt(m.Start) != e+2 && !x.settingBefore(oi) {
			continue // "over last winter's cyberattack": the date of another noun (but "in last year's race" is the setting)
		}
		if di.noEvent {
			continue
		}
		inClause := o.Start >= lo && o.End <= hi
		if !inClause && (o.Start > m.Start || x.clauseHasValue(oi, mi)) {
			// a later clause's date ("..., which sounds a lot until you
			// remember last year's sale") or another value's ("savings ...
			// expected from 2028") does not date this value
			continue
		}
		d := o.Start - m.End
		if d < 0 {
			d = m.Start - o.End
		}
		if d < bestDist {
			best, bestDist = j, d
		}
	}
	if best < 0 {
		// "Last summer, residents of nearby Ormsby ...": a season
		if d, ok := x.season(); ok {
			return d, true
		}
		// "Losses then were 22 percent": the time of the sentence before
		if x.prevDate != nil && x.saysThen(0, len(x.toks)) {
			return *x.prevDate, true
		}
		return Date{}, false
	}
	return x.mentions[best].Date, true
}

// saysThen reports whether a clause refers to an earlier time named before
// ("then", "at the time", "that year").
func (x *extractor) saysThen(ci, cj int) bool {
	for k := ci; k < cj; k++ {
		switch x.toks[k].Low {
		case "then":
			return true
		case "time":
			if k > 1 && x.toks[k-1].Low == "the" && x.toks[k-2].Low == "at" {
				return true
			}
		case "year":
			if k > 0 && x.toks[k-1].Low == "that" {
				return true
			}
		}
	}
	return false
}

// stateKeys are keys of states and measures whose dates say when the
// state was observed ("remained closed on Wednesday", "in critical
// condition on Thursday"), not when an event happened: their dates are
// not compared. Change words (rise, fall) do not date events either.
var stateKeys = map[string]bool{
	"closed": true, "critical": true, "trapped": true, "missing": true, "population": true, "capacity": true,
	"depth": true, "distance": true, "height": true, "length": true, "area": true, "speed": true,
	"temperature": true, "age": true, "workforce": true, "rise": true, "fall": true, "affected": true,
	"customers": true, "records": true, "attendance": true, "shares": true, "margin": true, "inflation": true,
	"unemployment": true, "interest": true, "price": true, "fees": true, "rain": true, "wind": true,
	"topic": true, "announced": true, "undetected": true, "ordeal": true, "control": true,
}

// thingKeys are keys whose subject noun says which thing began, was built
// or opened ("the fire broke out", "talks began").
var thingKeys = map[string]bool{"start": true, "built": true, "opened": true, "founded": true, "closed": true, "closure": true, "effective": true}

// thing returns the head noun before the key verb of a clause: "the fire
// broke out" → "fire", "The dam, completed in 1989" → "dam".
func (x *extractor) thing(ci, a int) string {
	// find the key word in the clause before the value, then the noun before it
	for k := a - 1; k >= 0 && k >= a-12; k-- {
		if kk, _ := x.keyAt(k); kk != "" && thingKeys[kk] {
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				t := x.toks[j]
				if !t.Word || (t.Class&wcStop != 0) || (t.Class&wcAux != 0) || t.Low == "which" || t.Low == "that" || t.Low == "first" || t.Low == "was" {
					continue
				}
				if t.Digit {
					break
				}
				return "thing:" + wstem(t.Low)
			}
			return ""
		}
	}
	return ""
}

// irregularPast are common past-tense verbs without -ed.
var irregularPast = setOf("spent,took,made,ran,went,came,kept,held,left,gave,got,put,set,paid,told,said,met,saw,found," +
	"brought,bought,sold,sent,won,lost,fell,rose,stood,began,broke,burst,struck,fought,caught,taught,thought,wrote,drove," +
	"flew,grew,knew,threw,wore,hung,led,fed,read,heard,felt,dealt,meant,sat,shot,slept,swept,built,hit,cut,shut,quit")

// dateBinding reads the verb a date belongs to by looking left from it
// ("arrested in May 2024", "broke out shortly before 5am on Tuesday"). It
// returns the key of a known event, "" when nothing decides, and false when
// the date belongs to a reporting verb ("said on Wednesday") or to a verb
// the lexicon does not know ("agreed last night", "recovered on Monday").
func (x *extractor) dateBinding(a int) (string, bool) {
	k, _, ok := x.dateBindingAt(a)
	return k, ok
}

// dateBindingAt is dateBinding with the token where the key word starts.
func (x *extractor) dateBindingAt(a int) (string, int, bool) {
	for k := a - 1; k >= 0 && k >= a-20; k-- {
		t := x.toks[k]
		if !t.Word {
			if t.Low == "," && k == a-1 && k > 0 && isWeekdayTok(x.toks[k-1]) {
				continue // "began on Monday, March 16": the weekday is the date's own
			}
			if t.Low == "," || t.Low == ";" || t.Low == ":" || t.Low == `"` {
				return "", -1, true
			}
			continue
		}
		if (t.Class&wcClause != 0) && t.Low != "before" && t.Low != "after" {
			return "", -1, true
		}
		// a phrase ending here ("war started", "broke out"); when its
		// subject is an event noun ("the avalanche swept", "the fire broke
		// out"), the event is the key
		for n := 3; n >= 1; n-- {
			if k-n+1 < 0 {
				continue
			}
			if kk, m := x.keyAt(k - n + 1); m == n && kk != "" {
				if tk, tp := x.topicSubject(k - n); tk != "" && tk != kk {
					return tk, tp, true
				}
				return kk, k - n + 1, true
			}
		}
		if t.Class&wcSpeech != 0 {
			return "", -1, false
		}
		if lightVerbsSet.has(t.Low) {
			continue // "the break-in ... happened in the early hours of yesterday": the subject is the event
		}
		if !t.Cap && (strings.HasSuffix(t.Low, "ed") && len(t.Low) > 4 || irregularSet.has(t.Low)) {
			// a verb the lexicon does not know: its subject may name the
			// event ("the avalanche that came down ... yesterday")
			if tk, tp := x.topicSubject(k - 1); tk != "" {
				return tk, tp, true
			}
			return "", -1, false
		}
		if t.Cap || t.Digit || (t.Class&wcStop != 0) || (t.Class&wcQualPrep != 0) || t.Low == "shortly" || t.Low == "early" || t.Low == "late" {
			continue
		}
	}
	return "", -1, true
}

// isWeekdayTok reports whether t is a weekday's name ("Monday").
func isWeekdayTok(t wtok) bool {
	_, ok := weekdays[t.Low]
	return ok && t.Cap
}

// clauseHasValue reports whether the clause of token i holds a value
// mention other than mention skip and other than dates.
func (x *extractor) clauseHasValue(i, skip int) bool {
	ci, cj := x.clause(i, i+1)
	lo, hi := x.toks[ci].Start, x.toks[cj-1].End
	for j, o := range x.mentions {
		if j != skip && o.Kind != KindDate && o.Start >= lo && o.End <= hi {
			return true
		}
	}
	return false
}

// reportingDate reports whether the date at token i is the date of a
// reporting verb ("said on Wednesday", "told reporters on Monday").
func (x *extractor) reportingDate(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if x.toks[k].Class&wcSpeech != 0 {
			return true
		}
	}
	return false
}

// opensClause reports whether the value at token a opens its clause, with
// only prepositions and time adverbs before it ("In 2023, ...", "Last
// year the council ...", "and in 2020 it closed ...").
func (x *extractor) opensClause(a int) bool {
	for k := a - 1; k >= 0; k-- {
		t := x.toks[k]
		if !t.Word {
			return t.Low == "," || t.Low == ";" || t.Low == "-"
		}
		switch t.Low {
		case "in", "on", "at", "by", "during", "last", "this", "next", "early", "late", "back", "since", "until", "from", "the":
			continue
		case "and", "but", "while", "when":
			return true
		}
		return false
	}
	return true
}

// DocContext returns the scan context of a document: its publication date,
// and the order of day and month in its numeric dates, decided by a date of
// the document whose day cannot be a month ("26/03/2026" makes the
// document's "02/06/2026" the 2nd of June). Without such a date, numeric
// dates with both parts at most 12 stay ambiguous and are never compared.
func DocContext(d *article.Document) ScanContext {
	return ScanContext{Published: d.Published, DayFirst: dayOrder(d.Text)}
}

// dayOrder scans text for numeric dates a/b/yyyy (or with dots or dashes):
// 1 when one has a > 12 (day first), -1 when one has b > 12, 0 when none
// decides or the document is inconsistent.
//
// It jumps from separator to separator (bytes.IndexByte): a date's first
// separator has one or two digits before it, not preceded by a third.
// Every date is found from its first separator, and the answer does not
// depend on the order in which dates are found.
func dayOrder(text []byte) int {
	seen := 0 // bit 0: a day-first date; bit 1: a month-first one
	for _, sep := range [...]byte{'/', '.', '-'} {
		for off := 0; off < len(text); {
			p := bytes.IndexByte(text[off:], sep)
			if p < 0 {
				break
			}
			p += off
			off = p + 1
			if p == 0 || !isDigitByte(text[p-1]) {
				continue
			}
			i := p - 1
			if i > 0 && isDigitByte(text[i-1]) {
				i--
			}
			if i > 0 && isDigitByte(text[i-1]) {
				continue
			}
			switch numericDateOrder(text, i, p) {
			case 1:
				seen |= 1
			case -1:
				seen |= 2
			}
		}
	}
	switch seen {
	case 1:
		return 1
	case 2:
		return -1
	}
	return 0 // none, or the document mixes both orders
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// numericDateOrder reads a/b/yyyy at text[i:] whose first separator is at
// j: 1 when a > 12 (day first), -1 when b > 12, 0 when it decides nothing
// or is no such date.
func numericDateOrder(text []byte, i, j int) int {
	a := 0
	for _, c := range text[i:j] {
		a = a*10 + int(c-'0')
	}
	sep := text[j]
	b, k := 0, j+1
	for k < len(text) && k-(j+1) < 2 && isDigitByte(text[k]) {
		b = b*10 + int(text[k]-'0')
		k++
	}
	if k == j+1 || k >= len(text) || text[k] != sep {
		return 0
	}
	y := k + 1
	for y < len(text) && isDigitByte(text[y]) {
		y++
	}
	if y-(k+1) != 4 || a == 0 || b == 0 || a > 31 || b > 31 {
		return 0
	}
	switch {
	case a > 12 && b <= 12:
		return 1
	case b > 12 && a <= 12:
		return -1
	}
	return 0
}

// whenFollows reports whether the date at token i is followed by ", when"
// ("since February 2021, when three ski tourers died"): the when-clause
// happened at that date.
func (x *extractor) whenFollows(i int) bool {
	for k := i; k < len(x.toks) && k <= i+4; k++ {
		if x.toks[k].Low == "when" {
			return true
		}
	}
	return false
}

// topicSubject returns the event-noun key of the subject ending at token j
// ("the avalanche [that] ...", "Fire ..."), skipping relative pronouns and
// auxiliaries, or "".
func (x *extractor) topicSubject(j int) (string, int) {
	for j >= 0 && (x.toks[j].Low == "that" || x.toks[j].Low == "which" || (x.toks[j].Class&wcAux != 0) || x.toks[j].Low == "first" || x.toks[j].Low == "then") {
		j--
	}
	if j < 0 {
		return "", -1
	}
	if kk, n := x.keyAt(j); kk != "" && n == 1 && topicKeys[kk] {
		return kk, j
	}
	return "", -1
}

// lightVerbs say that an event happened without naming it.
var lightVerbs = setOf("happened,occurred,took,place,unfolded,came,began,started")

// season returns the year of "last summer", "last winter" ... in the
// sentence, at year precision (the season before the publication date).
func (x *extractor) season() (Date, bool) {
	p := x.doc.Published
	if p.IsZero() {
		return Date{}, false
	}
	for k := 0; k+1 < len(x.toks); k++ {
		if x.toks[k].Low != "last" || k+2 < len(x.toks) && x.toks[k+2].Low == "'s" && !x.settingBefore(k) {
			continue // "last winter's cyberattack" dates the attack, not this value
		}
		y := p.Year()
		switch x.toks[k+1].Low {
		case "summer":
			if p.Month() <= 8 {
				y--
			}
		case "spring":
			if p.Month() <= 5 {
				y--
			}
		case "autumn", "fall":
			if p.Month() <= 11 {
				y--
			}
		case "winter":
			y-- // the winter that began in December of the year before
		default:
			continue
		}
		return Date{Year: y, Prec: PrecYear}, true
	}
	return Date{}, false
}

// settingBefore reports whether the phrase at token i is introduced by a
// preposition of setting ("in last year's race", "during Tuesday's storm").
func (x *extractor) settingBefore(i int) bool {
	if i == 0 {
		return false
	}
	switch x.toks[i-1].Low {
	case "in", "at", "during", "on", "throughout":
		return true
	}
	return false
}
