package claims

// appendDurationNorm appends durationNorm(n, unit) to b.
func appendDurationNorm(b []byte, n dec, unit string) []byte {
	var pre, suf string
	switch unit {
	case "Y":
		pre, suf = "P", "Y"
	case "MO":
		pre, suf = "P", "M"
	case "W":
		pre, suf = "P", "W"
	case "D":
		pre, suf = "P", "D"
	case "H":
		pre, suf = "PT", "H"
	case "MIN":
		pre, suf = "PT", "M"
	case "S":
		pre, suf = "PT", "S"
	default:
		return b
	}
	b = append(b, pre...)
	b = n.appendTo(b)
	return append(b, suf...)
}

// smallerUnit turns a fractional duration into a whole number of the next
// smaller unit when it divides evenly: 1.5 years → 18 months, 1.5 days → 36
// hours, half an hour → 30 minutes.
func smallerUnit(n dec, unit string) (dec, string) {
	n = n.norm()
	if n.e >= 0 {
		return n, unit
	}
	var k int64
	var u string
	switch unit {
	case "Y":
		k, u = 12, "MO"
	case "D":
		k, u = 24, "H"
	case "H":
		k, u = 60, "MIN"
	case "MIN":
		k, u = 60, "S"
	case "W":
		k, u = 7, "D"
	default:
		return n, unit
	}
	m, ok := n.mul(k)
	if !ok || m.norm().e < 0 {
		return n, unit
	}
	return m.norm(), u
}

// afterDuration completes a duration: "-old" and "years old" make an age,
// "ago" a date, "earlier"/"later" a date relative to an earlier date of the
// sentence; fractional amounts move to the next smaller unit.
func (s *scanner) afterDuration(v val) val {
	j := v.j
	// ages: "67-year-old", "67 years old"
	if s.dash(j) && s.adj(j) && (s.word(j+1, "old") || s.word(j+1, "olds")) && s.adj(j+1) || s.word(j, "old") && !s.toks[j].up {
		end := j + 2
		if s.word(j, "old") {
			end = j + 1
		}
		if v.unit != "Y" {
			return val{i: v.i, j: end, skip: true}
		}
		v.kind, v.j = KindAge, end
		return v
	}
	if s.word(j, "ago") {
		return s.agoDate(v, j+1)
	}
	if (s.word(j, "earlier") || s.word(j, "later")) && v.num.isSmallInt() {
		if a, ok := s.anchorDate(); ok {
			n := v.num.int()
			days := int64(-1)
			switch v.unit {
			case "D":
				days = n
			case "W":
				days = 7 * n
			case "H":
				if n%24 == 0 {
					days = n / 24
				}
			}
			if days >= 0 {
				if s.word(j, "earlier") {
					days = -days
				}
				t := a.Time().AddDate(0, 0, int(days))
				return val{kind: KindDate, i: v.i, j: j + 1, date: dayDate(t), rel: true, mod: v.mod}
			}
		}
	}
	v.num, v.unit = smallerUnit(v.num, v.unit)
	return s.orMore(v)
}

// agoDate resolves "two days ago", "about 15 years ago", "a month ago".
func (s *scanner) agoDate(v val, end int) val {
	p, ok := s.pub()
	if !ok || !v.num.isSmallInt() {
		return val{i: v.i, j: end, skip: true}
	}
	n := int(v.num.int())
	d := Date{}
	switch v.unit {
	case "Y":
		d = Date{Year: p.Year() - n, Prec: PrecYear}
	case "MO":
		t := p.AddDate(0, -n, 0)
		if t.Day() != p.Day() {
			t = p.AddDate(0, -n, -p.Day()+1)
		}
		d = Date{Year: t.Year(), Month: int(t.Month()), Prec: PrecMonth}
	case "W":
		d = dayDate(p.AddDate(0, 0, -7*n))
	case "D":
		d = dayDate(p.AddDate(0, 0, -n))
	case "H":
		d = dayDate(p.AddDate(0, 0, -n/24))
	default:
		d = dayDate(p)
	}
	return val{kind: KindDate, i: v.i, j: end, date: d, rel: true, mod: v.mod}
}

// anchorDate is the last day-precision date found so far in the sentence.
func (s *scanner) anchorDate() (Date, bool) {
	for k := len(s.out) - 1; k >= s.base; k-- {
		if s.out[k].Kind == KindDate && s.out[k].Date.Prec == PrecDay {
			return s.out[k].Date, true
		}
	}
	return Date{}, false
}

// durationWords recognizes durations without digits: "an hour",
// "a fortnight", "half an hour", "a year and a half", "for a year",
// "the next fortnight".
func (s *scanner) durationWords(i int) (val, bool) {
	if !s.isWord(i) {
		return val{}, false
	}
	w := string(s.lw(i))
	switch w {
	case "half":
		if (s.word(i+1, "an") || s.word(i+1, "a")) && s.isWord(i+2) {
			if du, ok := get2(fDurationUnits, s.lw(i+2)); ok && du.mult == 1 && !s.word(i+3, "ago") {
				n, u := smallerUnit(dec{5, -1}, du.unit)
				v := val{kind: KindDuration, i: i, j: i + 3, num: n, unit: u}
				return s.orMore(v), true
			}
		}
	case "a", "an":
		if !s.isWord(i + 1) {
			return val{}, false
		}
		uw := string(s.lw(i + 1))
		du, ok := get2(fDurationUnits, uw)
		if !ok || uw[len(uw)-1] == 's' && uw != "hrs" || s.word(i+2, "ago") || s.dash(i+2) && s.adj(i+2) {
			return val{}, false
		}
		v := val{kind: KindDuration, i: i, j: i + 2, num: dec{du.mult, 0}, unit: du.unit}
		if s.word(i+2, "and") && s.word(i+3, "a") && s.word(i+4, "half") {
			v.num, _ = v.num.add(dec{int64(5 * du.mult), -1})
			v.j = i + 5
			v.num, v.unit = smallerUnit(v.num, v.unit)
			return s.orMore(v), true
		}
		if uw == "hour" || uw == "fortnight" || uw == "decade" || s.near(i-1, fDurationCues) {
			if uw == "second" {
				return val{}, false
			}
			return s.orMore(v), true
		}
	case "fortnight":
		if s.word(i-1, "next") || s.word(i-1, "past") || s.word(i-1, "last") || s.word(i-1, "this") || s.word(i-1, "the") || s.word(i-1, "following") || s.word(i-1, "previous") {
			return val{kind: KindDuration, i: i, j: i + 1, num: dec{2, 0}, unit: "W"}, true
		}
	}
	return val{}, false
}
