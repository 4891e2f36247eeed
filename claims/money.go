package claims

// moneyPrefix recognizes an amount after a currency sign or code: "$1.2bn",
// "€3,4 million", "£46m", "US$5", "HK$12", "EUR 19", "$8 a month".
func (s *scanner) moneyPrefix(i int) (val, bool) {
	code, k := "", i
	switch s.kind(i) {
	case tPunct:
		c, ok := get2(fCurrencySymbols, s.raw(i))
		if !ok {
			return val{}, false
		}
		code, k = c, i+1
	case tWord:
		r := s.raw(i)
		if s.punct(i+1, "$") && s.adj(i+1) {
			if c, ok := get2(fDollarPrefixes, s.lw(i)); ok && allUpper(r) {
				code, k = c, i+2
			}
		} else if len(r) == 3 && allUpper(r) && isoCurrencies[string(r)] {
			code, k = string(r), i+1
		}
	}
	if code == "" || !s.isNum(k) {
		return val{}, false
	}
	d, ok := parseDigits(s.raw(k))
	if !ok {
		return val{i: i, j: k + 1, skip: true}, true
	}
	v := val{kind: KindMoney, i: i, j: k + 1, num: d, unit: code}
	if s.isWord(v.j) {
		suf := string(s.lw(v.j))
		if e, ok := get2(fScaleSuffixes, suf); ok && (s.adj(v.j) || suf != "k" && suf != "b") {
			v.num, v.scale, v.j = v.num.shift(e), e, v.j+1
		} else if e, ok := get2(fScaleWords, suf); ok {
			v.num, v.scale, v.j = v.num.shift(e), e, v.j+1
		} else if s.adj(v.j) {
			return val{i: i, j: v.j + 1, skip: true}, true
		}
	}
	if !v.num.valid() {
		return val{i: i, j: v.j, skip: true}, true
	}
	if s.dash(v.j) && s.adj(v.j) && s.word(v.j+1, "plus") && s.adj(v.j+1) {
		v.mod, v.j = ModMore, v.j+2
	}
	// "$5 million US dollars": the currency said twice
	if s.word(v.j, "dollars") && code != "EUR" && code != "GBP" {
		v.j++
	}
	v = s.withPer(v)
	return s.orMore(v), true
}

// allUpper reports whether b is ASCII capitals only.
func allUpper(b []byte) bool {
	for _, c := range b {
		if !isUpper(c) {
			return false
		}
	}
	return len(b) > 0
}

// withPer takes the period of a rate after an amount: "a month",
// "per year", "annually", "each week", "/month".
func (s *scanner) withPer(v val) val {
	j := v.j
	if s.word(j, "a") || s.word(j, "an") || s.word(j, "per") || s.word(j, "each") || s.word(j, "every") || s.punct(j, "/") && s.adj(j) {
		if p, ok := get2(fPerWords, s.lw(j+1)); ok && s.isWord(j+1) && !s.word(j+2, "ago") && !s.word(j+2, "earlier") && !s.word(j+2, "later") {
			v.per, v.j = p, j+2
			return v
		}
	}
	if s.isWord(j) {
		if p, ok := get2(fPerAdverbs, s.lw(j)); ok {
			v.per, v.j = p, j+1
		}
	}
	return v
}
