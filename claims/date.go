package claims

import (
	"strings"
	"time"
)

// Date recognition. Absolute dates ("25 April 2025", "February 2024",
// "2026-03-04", "02/06/2026") need no context. Dates without a year
// ("1 May", "in April"), weekdays and relative expressions ("yesterday",
// "last July", "two days ago") are resolved against ScanContext.Published
// and marked Relative; without a publication date they are dropped. A date
// without a year is placed before the publication date when the sentence
// speaks of the past and after it when it speaks of the future (see
// future). "last week", "this week" and "next week" are not reported: a
// week is no date.

// pub is the publication day at midnight UTC.
func (s *scanner) pub() (time.Time, bool) {
	p := s.ctx.Published
	if p.IsZero() {
		return time.Time{}, false
	}
	return time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC), true
}

// dayDate is the day of t.
func dayDate(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Prec: PrecDay}
}

// validDay reports whether y-m-d is a calendar day.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// fullMonths are the month names written in full.
var fullMonths = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true,
}

// monthCues before a bare month name make it a month ("in May").
var monthCues = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "till": true, "by": true,
	"of": true, "during": true, "from": true, "to": true, "before": true,
	"after": true, "through": true, "early": true, "late": true, "mid": true,
	"end": true, "start": true, "beginning": true, "between": true, "and": true,
	"last": true, "next": true, "this": true, "throughout": true, "each": true,
	"every": true, "or": true,
}

// isMonthAt reports whether token i is a capitalized month name.
func (s *scanner) isMonthAt(i int) bool {
	return s.isWord(i) && s.toks[i].up && get(fMonths, s.lw(i)) > 0
}

// monthAt returns the month of a capitalized month name at i.
func (s *scanner) monthAt(i int) int {
	if !s.isMonthAt(i) {
		return 0
	}
	return get(fMonths, s.lw(i))
}

// dayNumAt parses a day of the month at i ("17", "17th") and returns it
// with the index after it.
func (s *scanner) dayNumAt(i int) (int, int, bool) {
	if !s.isNum(i) {
		return 0, i, false
	}
	r := s.raw(i)
	if len(r) > 2 {
		return 0, i, false
	}
	d := 0
	for _, c := range r {
		if !isDigit(c) {
			return 0, i, false
		}
		d = d*10 + int(c-'0')
	}
	if d < 1 || d > 31 {
		return 0, i, false
	}
	j := i + 1
	if s.isWord(j) && s.adj(j) {
		if !get(fOrdinalSuffixes, s.lw(j)) {
			return 0, i, false
		}
		j++
	}
	if s.punct(j, ":") && s.adj(j) || s.punct(j, "%") || s.punct(j, ".") && s.adj(j) && s.isNum(j+1) {
		return 0, i, false
	}
	return d, j, true
}

// yearAt parses a four-digit year (1800–2100) at i.
func (s *scanner) yearAt(i int) (int, bool) {
	if !s.isNum(i) {
		return 0, false
	}
	r := s.raw(i)
	if len(r) != 4 {
		return 0, false
	}
	y := 0
	for _, c := range r {
		if !isDigit(c) {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	if y < 1800 || y > 2100 || s.isAmountAfter(i+1) {
		return 0, false
	}
	return y, true
}

// optYear parses ", 2025" or "2025" at i.
func (s *scanner) optYear(i int) (int, int, bool) {
	k := i
	if s.punct(k, ",") {
		k++
	}
	if y, ok := s.yearAt(k); ok {
		return y, k + 1, true
	}
	return 0, i, false
}

// date recognizes a date starting at i.
func (s *scanner) date(i int, modded bool) (val, bool) {
	switch s.kind(i) {
	case tNum:
		return s.numericDate(i)
	case tWord:
	default:
		return val{}, false
	}
	w := string(s.lw(i))
	up := s.toks[i].up
	if m, ok := get2(fMonths, w); ok && up {
		return s.monthDate(i, i, m)
	}
	if w == "mid" && s.dash(i+1) && s.adj(i+1) && s.adj(i+2) {
		if m := s.monthAt(i + 2); m > 0 {
			return s.monthDate(i, i+2, m)
		}
	}
	if wd, ok := get2(fWeekdays, w); ok && up {
		return s.weekdayDate(i, i, wd, "")
	}
	switch w {
	case "yesterday", "today", "tonight", "tomorrow":
		off := map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[w]
		j := i + 1
		if s.isWord(j) && get(fDayParts, s.lw(j)) && w != "tonight" {
			j++
		}
		if w == "today" && s.word(i-1, "usa") {
			return val{}, false
		}
		return s.relDays(i, j, off)
	case "this", "last", "next", "previous", "following", "earlier", "later":
		return s.relWord(i, w)
	case "a", "an":
		if s.isWord(i+1) && s.word(i+2, "ago") {
			if du, ok := get2(fDurationUnits, s.lw(i+1)); ok {
				v := s.agoDate(val{kind: KindDuration, i: i, num: dec{du.mult, 0}, unit: du.unit}, i+3)
				return v, true
			}
		}
	}
	return val{}, false
}

// relDays is the publication day plus off days, over tokens [i, j).
func (s *scanner) relDays(i, j, off int) (val, bool) {
	p, ok := s.pub()
	if !ok {
		return val{i: i, j: j, skip: true}, true
	}
	return val{kind: KindDate, i: i, j: j, date: dayDate(p.AddDate(0, 0, off)), rel: true}, true
}

// relWord handles "this/last/next/previous/following ..." and
// "earlier/later this month".
func (s *scanner) relWord(i int, w string) (val, bool) {
	k := i + 1
	if w == "earlier" || w == "later" {
		if !s.word(k, "this") {
			return val{}, false
		}
		w = "this"
		k++
	}
	if !s.isWord(k) {
		return val{}, false
	}
	n := string(s.lw(k))
	p, havePub := s.pub()
	res := func(d Date) (val, bool) {
		if !havePub {
			return val{i: i, j: k + 1, skip: true}, true
		}
		return val{kind: KindDate, i: i, j: k + 1, date: d, rel: true}, true
	}
	if wd, ok := get2(fWeekdays, n); ok && s.toks[k].up {
		if w == "previous" {
			w = "last"
		} else if w == "following" {
			w = "next"
		}
		return s.weekdayDate(i, k, wd, w)
	}
	if m, ok := get2(fMonths, n); ok && s.toks[k].up && get(fFullMonths, n) {
		if !havePub {
			return val{i: i, j: k + 1, skip: true}, true
		}
		y := p.Year()
		pm := int(p.Month())
		switch w {
		case "last", "previous":
			if m >= pm {
				y--
			}
		case "next", "following":
			if m <= pm {
				y++
			}
		case "this":
		default:
			return val{}, false
		}
		return val{kind: KindDate, i: i, j: k + 1, date: Date{Year: y, Month: m, Prec: PrecMonth}, rel: true}, true
	}
	switch n {
	case "morning", "afternoon", "evening":
		if w == "this" && havePub {
			return res(dayDate(p))
		}
	case "night":
		switch w {
		case "last":
			if havePub {
				return res(dayDate(p.AddDate(0, 0, -1)))
			}
			return res(Date{})
		case "this":
			if havePub {
				return res(dayDate(p))
			}
			return res(Date{})
		}
	case "month":
		off := map[string]int{"this": 0, "last": -1, "next": 1, "previous": -1, "following": 1}[w]
		if !havePub {
			return res(Date{})
		}
		t := time.Date(p.Year(), p.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		return res(Date{Year: t.Year(), Month: int(t.Month()), Prec: PrecMonth})
	case "year":
		off := map[string]int{"this": 0, "last": -1, "next": 1, "previous": -1, "following": 1}[w]
		if w == "previous" || w == "following" {
			return val{}, false // "the previous year" is relative to another date
		}
		if !havePub {
			return res(Date{})
		}
		return res(Date{Year: p.Year() + off, Prec: PrecYear})
	case "week", "weekend", "weeks":
		if w == "last" || w == "this" || w == "next" {
			return val{i: i, j: k + 1, skip: true}, true
		}
	}
	return val{}, false
}

// weekdayDate resolves a weekday at k (the phrase starts at i). how is
// "last" (strictly before the publication day), "next" (strictly after),
// "this" or "" (by the tense of the sentence).
func (s *scanner) weekdayDate(i, k int, wd time.Weekday, how string) (val, bool) {
	j := k + 1
	// "Sunday Times"
	if how == "" && s.isWord(j) && s.toks[j].up && get(fNewspaperWords, s.lw(j)) {
		return val{i: i, j: j + 1, skip: true}, true
	}
	// "Friday, March 6": the full date follows
	if how == "" && s.punct(j, ",") && (s.isMonthAt(j+1) || s.isNum(j+1) && s.isMonthAt(j+2)) {
		return val{i: i, j: j + 1, skip: true}, true
	}
	// "Friday March 6", "Friday 6 March": so it does without the comma
	if how == "" && (s.isMonthAt(j) && s.isNum(j+1) || s.isNum(j) && s.isMonthAt(j+1)) {
		return val{i: i, j: j, skip: true}, true
	}
	week := 0 // calendar week offset: "Tuesday of last week"
	switch {
	case s.word(j, "of") && s.word(j+2, "week") && (s.word(j+1, "last") || s.word(j+1, "next") || s.word(j+1, "this")):
		week = map[string]int{"last": -1, "next": 1, "this": 0}[string(s.lw(j+1))]
		how, j = "week", j+3
	case s.word(j+1, "week") && (s.word(j, "last") || s.word(j, "next") || s.word(j, "this")):
		week = map[string]int{"last": -1, "next": 1, "this": 0}[string(s.lw(j))]
		how, j = "week", j+2
	case s.isWord(j) && get(fDayParts, s.lw(j)):
		j++
	}
	p, ok := s.pub()
	if !ok {
		return val{i: i, j: j, skip: true}, true
	}
	pw := int(p.Weekday())
	t := int(wd)
	var off int
	switch how {
	case "last":
		off = -((pw - t + 7) % 7)
		if off == 0 {
			off = -7
		}
	case "next":
		off = (t - pw + 7) % 7
		if off == 0 {
			off = 7
		}
	case "week":
		monday := -((pw + 6) % 7)
		off = monday + 7*week + (t+6)%7
	default:
		switch s.tense(i, j) {
		case tenseFuture:
			off = (t - pw + 7) % 7
		case tensePast:
			off = -((pw - t + 7) % 7)
		default:
			// no tense in the sentence at all ("Members' meeting: Friday,
			// 7pm"): the past day is a guess, marked ambiguous unless it
			// is the publication day itself
			off = -((pw - t + 7) % 7)
			if off != 0 {
				return val{kind: KindDate, i: i, j: j, date: dayDate(p.AddDate(0, 0, off)), rel: true, amb: true}, true
			}
		}
	}
	return val{kind: KindDate, i: i, j: j, date: dayDate(p.AddDate(0, 0, off)), rel: true}, true
}

// monthDate recognizes a date around the month name at mi (the phrase
// starts at i): "April 25, 2025", "Apr 25", "February 2024", "in April",
// "mid-April", "March 17 and 18".
func (s *scanner) monthDate(i, mi, m int) (val, bool) {
	name := string(s.lw(mi))
	abbr := !get(fFullMonths, name)
	k := mi + 1
	if abbr && s.punct(k, ".") && s.adj(k) {
		k++
	}
	// "April 25", "April 25, 2025"
	if d, j, ok := s.dayNumAt(k); ok && !s.isAmountAfter(j) && !s.dash(j) || ok && s.dash(j) && s.isNum(j+1) {
		v := val{kind: KindDate, i: i, j: j, dayEnd: true}
		y, yj, hasYear := s.optYear(j)
		// "March 17 and 18", "March 17-18"
		d2, d2i, d2j, rng := 0, 0, 0, false
		if !hasYear {
			c := j
			if s.word(c, "and") || s.word(c, "to") || s.word(c, "through") || s.dash(c) {
				rng = !s.word(c, "and")
				if dd, e, ok := s.dayNumAt(c + 1); ok && dd > d && !s.isMonthAt(e) && !s.isAmountAfter(e) {
					d2, d2i, d2j = dd, c+1, e
					y, yj, hasYear = s.optYear(e)
				}
			}
		}
		if hasYear {
			if !validDay(y, m, d) {
				return val{}, false
			}
			v.date = Date{Year: y, Month: m, Day: d, Prec: PrecDay}
			if d2 == 0 {
				v.j = yj
			} else {
				d2j = yj
			}
		} else {
			p, ok := s.pub()
			if !ok {
				end := j
				if d2 > 0 {
					end = d2j
				}
				return val{i: i, j: end, skip: true}, true
			}
			y = s.resolveYear(p, m, d, i, j)
			if !validDay(y, m, d) {
				return val{}, false
			}
			v.date, v.rel = Date{Year: y, Month: m, Day: d, Prec: PrecDay}, true
		}
		if d2 > 0 && validDay(v.date.Year, m, d2) {
			v.hasD2, v.d2i, v.d2j, v.d2rng = true, d2i, d2j, rng
			v.d2 = Date{Year: v.date.Year, Month: m, Day: d2, Prec: PrecDay}
		}
		return v, true
	}
	// "February 2024", "May, 2024"
	if y, yj, ok := s.optYear(k); ok {
		return val{kind: KindDate, i: i, j: yj, date: Date{Year: y, Month: m, Prec: PrecMonth}}, true
	}
	if abbr {
		return val{}, false
	}
	// a month alone
	cue := i < mi || s.isWord(i-1) && get(fMonthCues, s.lw(i-1))
	if !cue {
		if name == "may" || name == "march" {
			return val{}, false
		}
		if s.isWord(mi+1) && s.toks[mi+1].up || s.isWord(i-1) && s.toks[i-1].up && !s.sentenceStart(i-1) {
			return val{}, false // "April Smith", "Kim June"
		}
	}
	if name == "may" && s.isWord(mi+1) && !s.toks[mi+1].up && !s.word(mi+1, "and") && !s.word(mi+1, "or") && !s.word(mi+1, "to") && !s.word(mi+1, "last") && !s.word(mi+1, "this") && !s.word(mi+1, "next") && !s.word(mi+1, "s") {
		// "in May" only when no verb seems to follow: "they may visit" is lower case already
		if s.word(mi+1, "be") || s.word(mi+1, "have") || s.word(mi+1, "not") {
			return val{}, false
		}
	}
	p, ok := s.pub()
	if !ok {
		return val{i: i, j: mi + 1, skip: true}, true
	}
	y, pm := p.Year(), int(p.Month())
	switch s.tense(i, mi+1) {
	case tenseFuture:
		if m < pm {
			y++
		}
	case tensePast:
		if m > pm {
			y--
		}
	default:
		if m > pm && m-pm > 6 {
			y--
		} else if m < pm && pm-m > 6 {
			y++
		}
	}
	return val{kind: KindDate, i: i, j: mi + 1, date: Date{Year: y, Month: m, Prec: PrecMonth}, rel: true}, true
}

// resolveYear places month m, day d before or after the publication day
// by the tense of the sentence.
func (s *scanner) resolveYear(p time.Time, m, d, i, j int) int {
	y := p.Year()
	c := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	switch s.tense(i, j) {
	case tenseFuture:
		if c.Before(p) {
			y++
		}
	case tensePast:
		if c.After(p) {
			y--
		}
	default:
		// the nearest occurrence
		if c.After(p) && c.Sub(p) > p.Sub(c.AddDate(-1, 0, 0)) {
			y--
		} else if c.Before(p) && p.Sub(c) > c.AddDate(1, 0, 0).Sub(p) {
			y++
		}
	}
	return y
}

// numericDate recognizes "2026-03-04", "2026-03-04T06:12:00Z",
// "02/06/2026", "2.6.2026", "25 April 2025", "1 May", "17 and 18 March".
func (s *scanner) numericDate(i int) (val, bool) {
	raw := s.raw(i)
	// ISO 8601
	if len(raw) == 4 && s.dash(i+1) && s.adj(i+1) && s.isNum(i+2) && s.adj(i+2) && len(s.raw(i+2)) == 2 &&
		s.dash(i+3) && s.adj(i+3) && s.isNum(i+4) && s.adj(i+4) && len(s.raw(i+4)) == 2 {
		y, m, d := atoi(raw), atoi(s.raw(i+2)), atoi(s.raw(i+4))
		if y < 0 || m < 0 || d < 0 || !validDay(y, m, d) {
			return val{i: i, j: i + 5, skip: true}, true
		}
		j := i + 5
		// a time part: "T06:12:00Z"
		if j < len(s.toks) && s.adj(j) && (s.kind(j) == tID || s.kind(j) == tWord) && (s.raw(j)[0] == 'T' || s.raw(j)[0] == 't') {
			j++
			for j < len(s.toks) && s.adj(j) && (s.kind(j) != tPunct || (s.punct(j, ":") || s.punct(j, "+") || s.punct(j, "-") || s.punct(j, ".")) && s.adj(j+1) && !s.isWord(j+1)) {
				j++
			}
		}
		return val{kind: KindDate, i: i, j: j, date: Date{Year: y, Month: m, Day: d, Prec: PrecDay}}, true
	}
	// "02/06/2026", "2-6-26", and "02.06.2026" as one token
	var a, b, c int
	var cLen, end int
	found := false
	if len(raw) <= 2 && s.isNum(i+2) && s.isNum(i+4) && s.adj(i+1) && s.adj(i+2) && s.adj(i+3) && s.adj(i+4) &&
		len(s.raw(i+2)) <= 2 && (len(s.raw(i+4)) == 4 || len(s.raw(i+4)) == 2) &&
		(s.punct(i+1, "/") && s.punct(i+3, "/") || s.punct(i+1, "-") && s.punct(i+3, "-")) {
		a, b, c, cLen, end = atoi(raw), atoi(s.raw(i+2)), atoi(s.raw(i+4)), len(s.raw(i+4)), i+5
		found = true
	} else if p1, p2, p3, ok := splitDotted(raw); ok {
		a, b, c, cLen, end = p1, p2, p3, 4, i+1
		found = true
	}
	if found {
		if a < 0 || b < 0 || c < 0 {
			return val{i: i, j: end, skip: true}, true
		}
		if cLen == 2 {
			if c < 70 {
				c += 2000
			} else {
				c += 1900
			}
		}
		day, mon, amb := b, a, false
		switch {
		case s.ctx.DayFirst > 0:
			day, mon = a, b
		case s.ctx.DayFirst < 0:
		case a > 12:
			day, mon = a, b
		case b > 12:
		default:
			amb = a != b
		}
		if !validDay(c, mon, day) {
			return val{i: i, j: end, skip: true}, true
		}
		return val{kind: KindDate, i: i, j: end, date: Date{Year: c, Month: mon, Day: day, Prec: PrecDay}, amb: amb}, true
	}
	// "25 April 2025", "1 May", "the 25th of April"
	d, j, ok := s.dayNumAt(i)
	if !ok {
		return val{}, false
	}
	// "17 and 18 March", "17-18 March"
	d1, d1j := d, j
	var d2i int
	if s.word(j, "and") || s.word(j, "to") || s.dash(j) {
		if dd, e, ok := s.dayNumAt(j + 1); ok && dd > d && s.monthAt(e) > 0 {
			d2i = j + 1
			d, j = dd, e
		}
	}
	if s.word(j, "of") {
		j++
	}
	m := s.monthAt(j)
	if m == 0 || s.word(j-1, "of") && d2i > 0 {
		return val{}, false
	}
	k := j + 1
	if !get(fFullMonths, s.lw(j)) && s.punct(k, ".") && s.adj(k) {
		k++
	}
	v := val{kind: KindDate, i: i, j: k}
	if y, ok := s.yearAt(k); ok {
		if !validDay(y, m, d) || !validDay(y, m, d1) {
			return val{}, false
		}
		v.j = k + 1
		v.date = Date{Year: y, Month: m, Day: d, Prec: PrecDay}
	} else {
		p, ok := s.pub()
		if !ok {
			return val{i: i, j: k, skip: true}, true
		}
		y := s.resolveYear(p, m, d, i, k)
		if !validDay(y, m, d) || !validDay(y, m, d1) {
			return val{}, false
		}
		v.date, v.rel = Date{Year: y, Month: m, Day: d, Prec: PrecDay}, true
	}
	if d2i > 0 {
		// the first day is a mention of its own: "17" and "18 March"
		first := val{kind: KindDate, i: i, j: d1j, date: Date{Year: v.date.Year, Month: m, Day: d1, Prec: PrecDay}, rel: v.rel}
		first.hasD2, first.d2i, first.d2j, first.d2 = true, d2i, v.j, v.date
		first.d2rng = !s.word(d1j, "and")
		return first, true
	}
	return v, true
}

// splitDotted splits "02.06.2026" into its three parts.
func splitDotted(b []byte) (int, int, int, bool) {
	var parts [3]int
	n, cur, digits := 0, 0, 0
	for _, c := range b {
		switch {
		case isDigit(c):
			cur = cur*10 + int(c-'0')
			digits++
		case c == '.':
			if n >= 2 || digits == 0 || digits > 2 {
				return 0, 0, 0, false
			}
			parts[n] = cur
			n++
			cur, digits = 0, 0
		default:
			return 0, 0, 0, false
		}
	}
	if n != 2 || digits != 4 {
		return 0, 0, 0, false
	}
	parts[2] = cur
	return parts[0], parts[1], parts[2], true
}

// atoi parses a short digit string; -1 if it is not one.
func atoi(b []byte) int {
	if len(b) == 0 || len(b) > 6 {
		return -1
	}
	n := 0
	for _, c := range b {
		if !isDigit(c) {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// Tense of a sentence around a date.
const (
	tensePast    = -1
	tenseUnknown = 0
	tenseFuture  = 1
)

// tense decides whether the date at tokens [i, j) lies in the future of
// the publication: it follows "from" or "next", or a future cue (will,
// would, is to, plans, expected to, due to, take effect, scheduled...)
// stands in the sentence with no reporting verb in the past (said,
// announced, was...) between the cue and the date, nor right before it.
// Otherwise a verb in the past anywhere makes it past; with no cue at all
// the tense is unknown.
func (s *scanner) tense(i, j int) int {
	if s.isWord(i-1) && superlative(string(s.lw(i-1))) {
		return tensePast // "the driest July since 1976": a period on record
	}
	if t := s.governingTense(i); t != tenseUnknown {
		return t
	}
	if s.word(i-1, "from") || s.word(i-1, "next") || s.word(i-2, "from") && s.word(i-1, "on") ||
		s.word(i-1, "until") || s.word(i-1, "till") || s.word(i-1, "for") && s.weekdayAt(i) {
		return tenseFuture
	}
	for k := i - 1; k >= i-5 && k >= 0; k-- {
		if s.near(k, fPastCues) {
			return tensePast
		}
	}
	t := s.tenseIndex()
	// the nearest future cue before the date, and after it
	if c := t.prevCue[i]; c >= 0 && t.past[i]-t.past[c+1] == 0 {
		return tenseFuture
	}
	if j < len(s.toks) && t.past[i] == 0 {
		if c := t.nextCue[j]; c >= 0 && t.past[c]-t.past[j] == 0 {
			return tenseFuture
		}
	}
	if t.pastWords[len(s.toks)]-t.pastWords[j]+t.pastWords[i] > 0 {
		return tensePast
	}
	return tenseUnknown
}

// tenseIndex holds prefix counts of the tense cues of a sentence so that
// deciding the tense of a date takes constant time.
type tenseIndex struct {
	past      []int32 // past[k]: reporting verbs in the past among tokens [0, k)
	pastWords []int32 // pastWords[k]: verbs in the past among tokens [0, k)
	prevCue   []int32 // prevCue[k]: the last future cue before token k, or -1
	nextCue   []int32 // nextCue[k]: the first future cue at or after token k, or -1
}

// tenseIndex builds the tense index on first use.
func (s *scanner) tenseIndex() *tenseIndex {
	if s.tidx != nil {
		return s.tidx
	}
	n := len(s.toks)
	if cap(s.tbuf) < 4*(n+1) {
		s.tbuf = make([]int32, 4*(n+1))
	}
	buf := s.tbuf[:4*(n+1)]
	clear(buf)
	t := &s.tix
	*t = tenseIndex{past: buf[:n+1], pastWords: buf[n+1 : 2*n+2], prevCue: buf[2*n+2 : 3*n+3], nextCue: buf[3*n+3:]}
	last := int32(-1)
	for k := 0; k < n; k++ {
		t.prevCue[k] = last
		t.past[k+1], t.pastWords[k+1] = t.past[k], t.pastWords[k]
		tk := &s.toks[k]
		if tk.k != tWord {
			continue
		}
		var f uint16
		if h := find(tenseTab, s.low[tk.s:tk.e], false); h >= 0 {
			f = tenseTab.vals[h]
		}
		if f&tfPastCue != 0 {
			t.past[k+1]++
		}
		if s.isPastWordF(k, f) {
			t.pastWords[k+1]++
		}
		if f&(tfFutureCue|tfTo) != 0 && s.isFutureCue(k) {
			last = int32(k)
			t.nextCue[k] = 1 // a mark, read below
		}
	}
	t.prevCue[n] = last
	next := int32(-1)
	for k := n; k >= 0; k-- {
		if k < n && t.nextCue[k] == 1 {
			next = int32(k)
		}
		t.nextCue[k] = next
	}
	s.tidx = t
	return t
}

// Tense flags of a word (tenseTab).
const (
	tfPastCue   uint16 = 1 << iota // in pastCues
	tfPastIrreg                    // in pastIrregular
	tfNotPast                      // in notPast
	tfFutureCue                    // in futureCues
	tfTo                           // "to"
)

// tenseTab holds the tense flags of the words of pastCues, pastIrregular,
// notPast and futureCues, and "to", for one lookup a token in tenseIndex.
var tenseTab = func() *wordTab {
	m := map[string]uint16{"to": tfTo}
	for _, set := range []struct {
		words map[string]bool
		f     uint16
	}{{pastCues, tfPastCue}, {pastIrregular, tfPastIrreg}, {notPast, tfNotPast}, {futureCues, tfFutureCue}} {
		for w, ok := range set.words {
			if ok {
				m[w] |= set.f
			}
		}
	}
	return newWordTab(m)
}()

// isPastWordF reports whether the word at token k, with the tense flags
// f, looks like a verb in the past.
func (s *scanner) isPastWordF(k int, f uint16) bool {
	if s.toks[k].up && !s.sentenceStart(k) {
		return false
	}
	if f&(tfPastCue|tfPastIrreg) != 0 {
		return true
	}
	w := s.lw(k)
	n := len(w)
	if n < 5 || w[n-2] != 'e' || w[n-1] != 'd' || f&tfNotPast != 0 {
		return false
	}
	// "has closed" is past too; "will be closed" is not
	return !s.word(k-1, "be") && !s.word(k-1, "been") && !s.word(k-1, "is") && !s.word(k-1, "are")
}

// isFutureCue reports whether token c puts the sentence in the future.
func (s *scanner) isFutureCue(c int) bool {
	if !s.isWord(c) {
		return false
	}
	w := string(s.lw(c))
	if w == "to" {
		return s.word(c-1, "is") || s.word(c-1, "are")
	}
	if !get(fFutureCues, w) {
		return false
	}
	switch w {
	case "expected", "expects", "intends", "set", "going", "aims":
		return s.word(c+1, "to")
	case "due":
		return s.word(c+1, "to") && s.isWord(c+2) && !get(fDueToCause, s.lw(c+2))
	case "effect":
		return s.word(c-1, "take") || s.word(c-1, "takes") || s.word(c-1, "taking") || s.word(c-1, "into")
	case "ll":
		return s.apos(c - 1)
	case "may", "might":
		return !s.word(c+1, "have") && !s.toks[c].up
	}
	return true
}

// weekdayAt reports whether token i is a weekday name ("for Friday": a
// day something is planned for).
func (s *scanner) weekdayAt(i int) bool {
	switch string(s.lw(i)) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// scheduleVerbs in the present tense put a date in the future: "the strike
// ends on Thursday", "the exhibition opens on Friday".
var scheduleVerbs = map[string]bool{
	"ends": true, "starts": true, "begins": true, "opens": true, "closes": true, "expires": true,
	"resumes": true, "finishes": true, "returns": true, "reopens": true, "launches": true,
	"kicks": true, "runs": true, "comes": true, "goes": true, "lands": true, "arrives": true,
	"departs": true, "leaves": true,
}

// governingTense reads the tense of the verb that a date at token i
// modifies, looking left over prepositions and times of day ("began on
// Monday morning", "ends at 6am on Thursday", "will open in May").
func (s *scanner) governingTense(i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if !s.isWord(k) {
			if s.isNum(k) {
				continue
			}
			return tenseUnknown
		}
		w := string(s.lw(k))
		switch w {
		case "on", "at", "in", "by", "of", "from", "around", "about", "shortly", "early", "late",
			"morning", "afternoon", "evening", "night", "am", "pm", "a.m.", "p.m.", "noon", "midnight",
			"the", "this", "last", "before", "after", "until", "till", "since", "just":
			continue
		}
		switch {
		case get(fFutureCues, w) || get(fScheduleVerbs, w):
			if s.word(k-1, "was") || s.word(k-1, "were") || s.word(k-1, "had") {
				return tensePast // "was due in June", "had planned"
			}
			return tenseFuture
		case get(fPastCues, w) || get(fIrregularPast, w) || len(w) > 4 && strings.HasSuffix(w, "ed"):
			if s.word(k-1, "be") && (s.word(k-2, "will") || s.word(k-2, "would") || s.word(k-2, "to") || s.word(k-2, "shall")) {
				return tenseFuture // "will be paid from April"
			}
			return tensePast
		}
		return tenseUnknown
	}
	return tenseUnknown
}

// superlative reports whether w is a superlative adjective ("driest",
// "hottest", "worst").
func superlative(w string) bool {
	switch w {
	case "worst", "best", "most", "least":
		return true
	case "honest", "modest", "interest", "harvest", "protest", "request", "contest", "forest", "latest":
		return false
	}
	return len(w) > 5 && strings.HasSuffix(w, "est")
}
