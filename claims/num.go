package claims

import (
	"math"
	"strconv"
)

// dec is an exact decimal m × 10^e, so that "3,4 million" normalizes to
// "3400000" without floating-point noise.
type dec struct {
	m int64
	e int
}

// maxExp bounds the exponent of a dec so that its string stays short.
const maxExp = 24

// norm strips trailing zeros of the mantissa.
func (d dec) norm() dec {
	if d.m == 0 {
		return dec{}
	}
	for d.m%10 == 0 {
		d.m /= 10
		d.e++
	}
	return d
}

// String is the plain decimal form: "1200000000", "3.5", "-3".
func (d dec) String() string {
	var buf [64]byte
	return string(d.appendTo(buf[:0]))
}

// appendTo appends the plain decimal form of d to b.
func (d dec) appendTo(b []byte) []byte {
	d = d.norm()
	if d.m == 0 {
		return append(b, '0')
	}
	neg := d.m < 0
	m := d.m
	if neg {
		m = -m
	}
	var dbuf [24]byte
	digits := strconv.AppendInt(dbuf[:0], m, 10)
	if neg {
		b = append(b, '-')
	}
	switch {
	case d.e >= 0:
		b = append(b, digits...)
		for k := 0; k < d.e; k++ {
			b = append(b, '0')
		}
	case -d.e >= len(digits):
		b = append(b, '0', '.')
		for k := 0; k < -d.e-len(digits); k++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	default:
		p := len(digits) + d.e
		b = append(b, digits[:p]...)
		b = append(b, '.')
		b = append(b, digits[p:]...)
	}
	return b
}

// float is the value of d.
func (d dec) float() float64 {
	if d.e >= 0 {
		return float64(d.m) * math.Pow10(d.e)
	}
	return float64(d.m) / math.Pow10(-d.e)
}

// shift multiplies d by 10^k.
func (d dec) shift(k int) dec {
	if d.m == 0 {
		return d
	}
	d.e += k
	return d
}

// mul multiplies d by an integer; ok is false on overflow.
func (d dec) mul(k int64) (dec, bool) {
	if k == 0 || d.m == 0 {
		return dec{}, true
	}
	r := d.m * k
	if r/k != d.m || r > 1e17 || r < -1e17 {
		return d, false
	}
	return dec{r, d.e}, true
}

// add adds two decimals; ok is false on overflow.
func (d dec) add(o dec) (dec, bool) { return addAligned(d.norm(), o.norm()) }

// addAligned adds two normalized decimals by aligning their exponents.
func addAligned(a, b dec) (dec, bool) {
	for a.e > b.e {
		m := a.m * 10
		if m/10 != a.m || m > 1e17 || m < -1e17 {
			return a, false
		}
		a = dec{m, a.e - 1}
	}
	for b.e > a.e {
		m := b.m * 10
		if m/10 != b.m || m > 1e17 || m < -1e17 {
			return a, false
		}
		b = dec{m, b.e - 1}
	}
	return dec{a.m + b.m, a.e}, true
}

// isSmallInt reports whether d is a non-negative integer below 10^6.
func (d dec) isSmallInt() bool {
	d = d.norm()
	return d.m >= 0 && d.e >= 0 && d.e <= 6 && d.float() < 1e6
}

// int is the integer value of d (truncated).
func (d dec) int() int64 { return int64(d.float()) }

// lessPow reports whether 0 ≤ d < 10^k.
func (d dec) lessPow(k int) bool { return d.m >= 0 && d.float() < math.Pow10(k) }

// valid reports whether the exponent is in range.
func (d dec) valid() bool { n := d.norm(); return n.e <= maxExp && n.e >= -12 }

// parseDigits parses a digit token: "1,150", "3.5", "3,4" (decimal comma),
// "1.234.567" (dotted thousands), "1,234.56", "1.234,56". ok is false for
// what is no amount ("1,2,3").
func parseDigits(b []byte) (dec, bool) {
	commas, dots := 0, 0
	lastSep := byte(0)
	for _, c := range b {
		switch c {
		case ',':
			commas++
			lastSep = c
		case '.':
			dots++
			lastSep = c
		}
	}
	var decSep byte
	switch {
	case commas == 0 && dots == 0:
	case commas > 0 && dots > 0:
		decSep = lastSep
		if (decSep == ',' && commas > 1) || (decSep == '.' && dots > 1) {
			return dec{}, false
		}
	case dots == 1:
		decSep = '.'
	case commas == 1:
		// "1,150" thousands; "3,4" decimal comma
		k := len(b) - 1
		for b[k] != ',' {
			k--
		}
		if len(b)-k-1 != 3 {
			decSep = ','
		}
	}
	// the grouping separators must separate groups of three
	var d dec
	digits, frac, group := 0, false, -1
	for _, c := range b {
		if isDigit(c) {
			if d.m > 1e16 {
				return dec{}, false
			}
			d.m = d.m*10 + int64(c-'0')
			digits++
			if frac {
				d.e--
			}
			if group >= 0 {
				group++
			}
			continue
		}
		if c == decSep {
			if group >= 0 && group != 3 {
				return dec{}, false
			}
			frac, group = true, -1
			continue
		}
		// a grouping separator
		if frac || group >= 0 && group != 3 {
			return dec{}, false
		}
		group = 0
	}
	if group >= 0 && group != 3 {
		return dec{}, false
	}
	return d, digits > 0
}

// wordNumber parses a spelled number at i: "twelve", "twenty-seven",
// "one hundred and twenty", "a dozen", "two dozen", "a hundred",
// "half a million", "a quarter of a million". It returns the value, the
// index after it and whether the number is the lone word "one".
func (s *scanner) wordNumber(i int) (dec, int, bool, bool) {
	if !s.isWord(i) {
		return dec{}, i, false, false
	}
	w := string(s.lw(i))
	// "half a million", "a quarter of a million", "three quarters of a million"
	if w == "half" && (s.word(i+1, "a") || s.word(i+1, "an")) {
		if e, ok := get2(fScaleWords, s.lw(i+2)); ok && s.isWord(i+2) {
			return dec{5, e - 1}, i + 3, true, false
		}
		return dec{}, i, false, false
	}
	if (w == "a" || w == "one") && s.word(i+1, "quarter") && s.word(i+2, "of") && (s.word(i+3, "a") || s.word(i+3, "an")) {
		if e, ok := get2(fScaleWords, s.lw(i+4)); ok && s.isWord(i+4) {
			return dec{25, e - 2}, i + 5, true, false
		}
		return dec{}, i, false, false
	}
	var total, cur int64
	j := i
	// last is what the previous word was: 0 nothing, 1 a unit or teen,
	// 2 a multiple of ten, 3 "hundred", 4 a scale word.
	last := 0
	any, lone := false, false
	if w == "a" || w == "an" {
		// "a hundred", "a dozen", "a million"
		n := string(s.lw(i + 1))
		if _, ok := get2(fScaleWords, n); (ok || n == "hundred" || n == "dozen") && s.isWord(i+1) {
			cur, j, any, last = 1, i+1, true, 1
		} else {
			return dec{}, i, false, false
		}
	}
loop:
	for j < len(s.toks) && s.isWord(j) {
		n := string(s.lw(j))
		if v, ok := get2(fSmallNumbers, n); ok {
			if !(last == 0 || last == 3 || last == 4 || last == 2 && v > 0 && v < 10) {
				break
			}
			lone = last == 0 && n == "one"
			cur += v
			any, last = true, 1
			j++
			continue
		}
		if v, ok := get2(fTensNumbers, n); ok {
			if !(last == 0 || last == 3 || last == 4) {
				break
			}
			cur += v
			j++
			any, lone, last = true, false, 2
			// "twenty-seven"
			if s.dash(j) && s.adj(j) && s.adj(j+1) && s.isWord(j+1) {
				if u, ok := get2(fSmallNumbers, s.lw(j+1)); ok && u > 0 && u < 10 {
					cur += u
					j += 2
					last = 1
				}
			}
			continue
		}
		if !any {
			break
		}
		switch {
		case n == "hundred":
			if (last != 1 && last != 2) || cur%100 == 0 || cur%100 != cur%1000 {
				break loop
			}
			cur = cur/100*100 + cur%100*100
			j++
			lone, last = false, 3
			if s.word(j, "and") && s.isWord(j+1) && (get(fSmallNumbers, s.lw(j+1)) > 0 || get(fTensNumbers, s.lw(j+1)) > 0) {
				j++
			}
			continue
		case n == "dozen":
			if (last != 1 && last != 2) || cur >= 100 {
				break loop
			}
			cur *= 12
			j++
			lone = false
			break loop
		}
		if e, ok := get2(fScaleWords, n); ok {
			if cur == 0 || last == 4 {
				break
			}
			total += cur * int64(math.Pow10(e))
			cur = 0
			j++
			lone, last = false, 4
			if s.word(j, "and") && s.isWord(j+1) && (get(fSmallNumbers, s.lw(j+1)) > 0 || get(fTensNumbers, s.lw(j+1)) > 0) {
				j++
			}
			continue
		}
		break
	}
	if !any {
		return dec{}, i, false, false
	}
	// a dangling "and" was not part of the number
	if s.word(j-1, "and") {
		j--
	}
	total += cur
	return dec{total, 0}, j, true, lone
}

// numberValue recognizes a number at i with what follows it: a percent
// sign, a currency, a duration or quantity unit, an age, or nothing.
func (s *scanner) numberValue(i int, modded bool) (val, bool) {
	v := val{kind: KindNumber, i: i, bare: true}
	k := i
	neg := false
	if (s.punct(k, "-") || s.punct(k, "−") || s.word(k, "minus")) && (s.toks[k].sp || k == 0) && s.isNum(k+1) && (s.adj(k+1) || s.word(k, "minus")) {
		neg = true
		k++
	}
	switch s.kind(k) {
	case tNum:
		if skip, j := s.numberSkip(k); skip {
			if neg {
				return val{}, false
			}
			return val{i: i, j: j, skip: true}, true
		}
		d, ok := parseDigits(s.raw(k))
		if !ok {
			return val{i: i, j: k + 1, skip: true}, true
		}
		v.num, v.j = d, k+1
		if neg {
			v.num.m = -v.num.m
		}
		// attached letters: "4.5m", "1.2bn", "21st", "30km"
		if s.isWord(v.j) && s.adj(v.j) {
			suf := string(s.lw(v.j))
			switch {
			case get(fOrdinalSuffixes, suf) && d.e == 0 && !neg:
				if s.isMonthAt(v.j+1) || s.word(v.j+1, "of") && s.isMonthAt(v.j+2) {
					return val{}, false
				}
				v.kind, v.bare, v.j = KindOrdinal, false, v.j+1
				return v, true
			case suf == "m":
				if s.isWord(v.j+1) && get(fDimensionWords, s.lw(v.j+1)) || s.dash(v.j+1) && s.adj(v.j+1) && s.isWord(v.j+2) && get(fDimensionWords, s.lw(v.j+2)) {
					v.kind, v.bare, v.unit, v.j = KindQuantity, false, "m", v.j+1
					return s.afterNum(v, modded), true
				}
				v.num, v.scale, v.bare, v.j = v.num.shift(6), 6, false, v.j+1
			default:
				if e, ok := get2(fScaleSuffixes, suf); ok {
					v.num, v.scale, v.bare, v.j = v.num.shift(e), e, false, v.j+1
				} else if suf == "p" {
					v.kind, v.bare, v.unit, v.num, v.j = KindMoney, false, "GBP", v.num.shift(-2), v.j+1
					return s.withPer(v), true
				} else if u, ok := get2(fQuantityUnits, suf); ok {
					v.kind, v.bare, v.unit, v.j = KindQuantity, false, u, v.j+1
					v = s.unitTail(v)
					return s.afterNum(v, modded), true
				} else if u, ok := get2(fAttachedUnits, suf); ok && (suf == "c" || suf == "f") == s.toks[v.j].up {
					if u == "H" {
						v.kind, v.bare, v.unit, v.j = KindDuration, false, "H", v.j+1
						return v, true
					}
					v.kind, v.bare, v.unit, v.j = KindQuantity, false, u, v.j+1
					return s.afterNum(v, modded), true
				} else if du, ok := get2(fDurationUnits, suf); ok {
					v.kind, v.bare, v.unit, v.j = KindDuration, false, du.unit, v.j+1
					v.num, _ = v.num.mul(du.mult)
					return s.afterDuration(v), true
				} else {
					// "737MAX", "3D", "5G"
					return val{i: i, j: v.j + 1, skip: true}, true
				}
			}
		}
		// spaced scale: "1.2 billion", "1,200 million", "$1.2 bn"
		if s.isWord(v.j) && v.scale == 0 {
			n := string(s.lw(v.j))
			if e, ok := get2(fScaleWords, n); ok {
				v.num, v.scale, v.bare, v.j = v.num.shift(e), e, false, v.j+1
			} else if n == "bn" || n == "mn" || n == "tn" {
				e := get(fScaleSuffixes, n)
				v.num, v.scale, v.bare, v.j = v.num.shift(e), e, false, v.j+1
			} else if n == "hundred" && d.e == 0 && d.m < 100 {
				v.num, v.j = v.num.shift(2), v.j+1
			}
		}
		if !v.num.valid() {
			return val{i: i, j: v.j, skip: true}, true
		}
		v = s.afterNum(v, modded)
		// a four-digit count or a year?
		if v.bare && !neg && v.mod == ModNone && v.j == k+1 && len(s.raw(k)) == 4 && d.e == 0 && d.m >= 1800 && d.m <= 2100 && !modded {
			if s.yearLike(k) {
				v.kind, v.bare, v.year = KindDate, false, true
				v.date = Date{Year: int(d.m), Prec: PrecYear}
			}
		}
		return v, true
	case tWord:
		if neg {
			return val{}, false
		}
		d, j, ok, lone := s.wordNumber(k)
		if !ok {
			return val{}, false
		}
		if s.word(k, "minus") {
			return val{}, false
		}
		v.num, v.j = d, j
		// "twenty-first"
		if s.dash(j) && s.adj(j) && s.adj(j+1) {
			if o, ok := get2(fOrdinalWords, s.lw(j+1)); ok && o < 10 && s.isWord(j+1) {
				v.kind, v.bare, v.j = KindOrdinal, false, j+2
				v.num, _ = v.num.add(dec{o, 0})
				return v, true
			}
		}
		if s.isTime(j) {
			return val{i: i, j: j + 1, skip: true}, true
		}
		// "ten past five", "five o'clock"
		if s.word(j, "past") && (s.isNum(j+1) || s.isWord(j+1) && (get(fSmallNumbers, s.lw(j+1)) > 0 || s.word(j+1, "noon") || s.word(j+1, "midnight"))) {
			return val{i: i, j: j + 2, skip: true}, true
		}
		if s.word(j, "o") && s.apos(j+1) && s.word(j+2, "clock") {
			return val{i: i, j: j + 3, skip: true}, true
		}
		v = s.afterNum(v, modded)
		if lone && v.bare && v.mod == ModNone && !s.oneIsNumber(k) {
			return val{i: i, j: k + 1, skip: true}, true
		}
		return v, true
	}
	return val{}, false
}

// oneIsNumber reports whether the lone word "one" at i counts something
// ("one person died") rather than being a pronoun ("one of the", "no one",
// "one by one", "one another", "one-off").
func (s *scanner) oneIsNumber(i int) bool {
	if s.isWord(i-1) && get(fOnePrev, s.lw(i-1)) {
		return false
	}
	if s.dash(i+1) && s.adj(i+1) {
		return s.isWord(i+2) && !get(fOneCompounds, s.lw(i+2))
	}
	if !s.isWord(i + 1) {
		return false
	}
	return !get(fOneNext, s.lw(i+1)) && !s.toks[i+1].up
}

// numberSkip reports whether the digits at k are not a value: phone
// numbers, times of day, identifiers, list markers, decades. It returns the
// index after what is to be skipped.
func (s *scanner) numberSkip(k int) (bool, int) {
	raw := s.raw(k)
	// list marker "1." at the start of a line
	if s.sentenceStart(k) && len(raw) <= 2 && (s.punct(k+1, ".") || s.punct(k+1, ")")) && s.adj(k+1) && (k+2 >= len(s.toks) || s.toks[k+2].sp) {
		return true, k + 2
	}
	// phone numbers: "+44 20 7946 0958", "0800 123 4567"
	plain := true
	for _, c := range raw {
		if !isDigit(c) {
			plain = false
		}
	}
	if (s.punct(k-1, "+") && s.adj(k)) || plain && len(raw) >= 2 && raw[0] == '0' && !s.isAmountAfter(k+1) {
		return true, s.digitRun(k)
	}
	if plain && s.isNum(k+1) && !s.adj(k+1) && len(raw) >= 2 {
		r2 := s.raw(k + 1)
		plain2 := len(r2) >= 3
		for _, c := range r2 {
			if !isDigit(c) {
				plain2 = false
			}
		}
		if plain2 {
			return true, s.digitRun(k)
		}
	}
	// "COVID-19", "F-16", "Su-27"
	if s.dash(k-1) && s.adj(k) && s.adj(k-1) && (s.isWord(k-2) || s.kind(k-2) == tID) {
		w := s.lw(k - 2)
		if _, ok := get2(fSmallNumbers, w); !ok && string(w) != "mid" {
			if _, ok := get2(fTensNumbers, w); !ok {
				return true, k + 1
			}
		}
	}
	// "#10", "No. 10", "Section 230", "Boeing 737", flight "AI 171"
	if s.punct(k-1, "#") && s.adj(k) {
		return true, k + 1
	}
	if s.punct(k-1, ".") && s.isWord(k-2) && get(fDotBlockWords, s.lw(k-2)) {
		return true, k + 1
	}
	// "Boeing's 787"
	if s.word(k-1, "s") && s.apos(k-2) && s.isWord(k-3) {
		if any, ok := get2(fBlockWords, s.lw(k-3)); ok && (any || s.toks[k-3].up) {
			return true, s.idTail(k)
		}
	}
	if s.isWord(k - 1) {
		pw := string(s.lw(k - 1))
		if any, ok := get2(fBlockWords, pw); ok && (any || s.toks[k-1].up) {
			return true, s.idTail(k)
		}
		r := s.raw(k - 1)
		if len(r) == 2 && isUpper(r[0]) && isUpper(r[1]) && !s.isAmountAfter(k+1) {
			return true, k + 1
		}
		// a proper noun then a bare number: "Apollo 11", "Windows 11"
		if s.toks[k-1].up && !s.sentenceStart(k-1) && plain && !s.isAmountAfter(k+1) && get(fMonths, pw) == 0 && !s.isWord(k+1) && !s.dash(k+1) {
			if _, wd := get2(fWeekdays, pw); !wd && get(fModByFirst, pw) == nil {
				return true, k + 1
			}
		}
	}
	// times of day: "9:41", "18:40", "5am", "6.10 pm", "7 p.m."
	if s.punct(k+1, ":") && s.adj(k+1) && s.isNum(k+2) && s.adj(k+2) {
		j := k + 3
		for s.punct(j, ":") && s.adj(j) && s.isNum(j+1) && s.adj(j+1) {
			j += 2
		}
		if s.isTime(j) {
			j++
			if s.punct(j, ".") && s.adj(j) && s.word(j+1, "m") {
				j += 3
			}
		}
		return true, j
	}
	if s.isTime(k + 1) {
		j := k + 2
		if s.punct(j, ".") && s.adj(j) && s.word(j+1, "m") {
			j += 2
			if s.punct(j, ".") && s.adj(j) {
				j++
			}
		}
		return true, j
	}
	// "5 o'clock"
	if s.word(k+1, "o") && s.apos(k+2) && s.word(k+3, "clock") {
		return true, k + 4
	}
	// decades: "1990s", "the 2020s", "80s"
	if s.word(k+1, "s") && s.adj(k+1) && raw[len(raw)-1] == '0' {
		return true, k + 2
	}
	// "24/7", "9/11", "1/2"
	if s.punct(k+1, "/") && s.adj(k+1) && s.isNum(k+2) && s.adj(k+2) {
		return true, k + 3
	}
	if s.punct(k-1, "/") && s.adj(k) {
		return true, k + 1
	}
	return false, k
}

// isUpper reports whether c is an ASCII capital.
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// isTime reports whether token j is "am"/"pm" or "a.m."/"p.m." after a
// number (the caller checks the number).
func (s *scanner) isTime(j int) bool {
	if !s.isWord(j) {
		return false
	}
	w := string(s.lw(j))
	if get(fTimeWords, w) {
		return true
	}
	return (w == "a" || w == "p") && s.punct(j+1, ".") && s.adj(j+1) && s.word(j+2, "m") && s.adj(j+2)
}

// digitRun is the index after a run of digit groups (a phone number).
func (s *scanner) digitRun(k int) int {
	j := k + 1
	for s.isNum(j) || (s.punct(j, "-") || s.punct(j, "(") || s.punct(j, ")")) && s.isNum(j+1) {
		j++
	}
	return j
}

// idTail is the index after a number used as a name, with a letter or
// a dashed part attached ("737-800", "A320neo").
func (s *scanner) idTail(k int) int {
	j := k + 1
	for j < len(s.toks) && s.adj(j) && (s.isNum(j) || s.isWord(j) || s.kind(j) == tID || s.dash(j) && s.adj(j+1) && !s.isWord(j+1)) {
		j++
	}
	return j
}

// isAmountAfter reports whether token j turns a number into an amount
// (a unit, a currency, a percent sign, a scale word).
func (s *scanner) isAmountAfter(j int) bool {
	if s.punct(j, "%") {
		return true
	}
	if !s.isWord(j) {
		return false
	}
	w := string(s.lw(j))
	if _, ok := get2(fQuantityUnits, w); ok {
		return true
	}
	if _, ok := get2(fCurrencyWords, w); ok {
		return true
	}
	if _, ok := get2(fDurationUnits, w); ok {
		return true
	}
	if _, ok := get2(fScaleWords, w); ok {
		return true
	}
	return w == "percent" || w == "per" || w == "pct" || w == "people"
}

// yearLike decides whether the four-digit number at k (1800–2100) is a
// year: after a year cue ("in 2022", "since 2013"), or when no counted
// noun follows ("the 2022 invasion", "2025's").
func (s *scanner) yearLike(k int) bool {
	if s.isWord(k-1) && get(fYearCues, s.lw(k-1)) {
		return true
	}
	if s.dash(k-1) && s.adj(k) && s.word(k-2, "mid") {
		return true
	}
	j := k + 1
	if s.isWord(j) && !s.toks[j].up {
		w := s.lw(j)
		if len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' {
			return false // "2000 people"
		}
	}
	return true
}

// afterNum attaches what follows a number: "-plus", a percent sign, a
// currency, a duration or a quantity unit, an age, "or more".
func (s *scanner) afterNum(v val, modded bool) val {
	j := v.j
	// "1,100-plus"
	if s.dash(j) && s.adj(j) && s.word(j+1, "plus") && s.adj(j+1) {
		v.mod, v.j = ModMore, j+2
		j = v.j
	}
	if v.kind == KindQuantity {
		return s.orMore(v)
	}
	// percent
	switch {
	case s.punct(j, "%") || s.punct(j, "％"):
		v.kind, v.bare, v.j = KindPercent, false, j+1
		return s.percentTail(v)
	case s.word(j, "percent") || s.word(j, "pct") || s.word(j, "pc") && !s.toks[j].up:
		v.kind, v.bare, v.j = KindPercent, false, j+1
		if s.punct(j+1, ".") && s.adj(j+1) && s.word(j, "pct") && !s.sentenceEndAt(j+1) {
			v.j++
		}
		return s.percentTail(v)
	case s.word(j, "per") && s.word(j+1, "cent"):
		v.kind, v.bare, v.j = KindPercent, false, j+2
		return s.percentTail(v)
	case s.word(j, "percentage") && (s.word(j+1, "point") || s.word(j+1, "points")):
		v.kind, v.bare, v.unit, v.j = KindPercent, false, "pp", j+2
		return v
	}
	// currency after the amount
	if s.isWord(j) {
		w := string(s.lw(j))
		if code, ok := get2(fDollarAdjectives, w); ok && (s.word(j+1, "dollars") || s.word(j+1, "dollar")) {
			v.kind, v.bare, v.unit, v.j = KindMoney, false, code, j+2
			return s.withPer(v)
		}
		if (w == "hong" && s.word(j+1, "kong") || w == "new" && s.word(j+1, "zealand")) && (s.word(j+2, "dollars") || s.word(j+2, "dollar")) {
			code := "HKD"
			if w == "new" {
				code = "NZD"
			}
			v.kind, v.bare, v.unit, v.j = KindMoney, false, code, j+3
			return s.withPer(v)
		}
		if w == "swiss" && (s.word(j+1, "francs") || s.word(j+1, "franc")) {
			v.kind, v.bare, v.unit, v.j = KindMoney, false, "CHF", j+2
			return s.withPer(v)
		}
		if cw, ok := get2(fCurrencyWords, w); ok && !(w == "real" || w == "rand") || ok && s.toks[j].up {
			if cw.shift != 0 && v.scale != 0 {
				return v
			}
			v.kind, v.bare, v.unit, v.j = KindMoney, false, cw.code, j+1
			v.num = v.num.shift(cw.shift)
			if cw.shift < 0 && s.word(j-1, "euro") {
				v.unit = "EUR"
			}
			if (w == "pounds" || w == "pound") && s.word(j+1, "sterling") {
				v.j++
			}
			return s.withPer(v)
		}
		if r := s.raw(j); len(r) == 3 && isUpper(r[0]) && isUpper(r[1]) && isUpper(r[2]) && isoCurrencies[string(r)] {
			v.kind, v.bare, v.unit, v.j = KindMoney, false, string(r), j+1
			return s.withPer(v)
		}
	}
	// "two and a half years"
	half := false
	if s.word(j, "and") && s.word(j+1, "a") && s.word(j+2, "half") && s.isUnitAt(j+3) {
		if n, ok := v.num.add(dec{5, -1}); ok {
			v.num, half = n, true
			j += 3
		}
	}
	// duration: "three hours", "three-hour", "42-day"
	dj := j
	if s.dash(j) && s.adj(j) && s.adj(j+1) && !half {
		dj = j + 1
	}
	if s.isWord(dj) && (dj == j || s.isWord(dj)) {
		w := string(s.lw(dj))
		if du, ok := get2(fDurationUnits, w); ok && !(w == "second" && dj == j) && !(w == "min" && dj == j && !s.toks[dj].sp) {
			n, ok := v.num.mul(du.mult)
			if !ok {
				return v
			}
			v.kind, v.bare, v.unit, v.num, v.j = KindDuration, false, du.unit, n, dj+1
			return s.afterDuration(v)
		}
	}
	if u, ok := s.quantityUnitAt(dj); ok && (dj == j || s.isWord(dj)) {
		v.kind, v.bare, v.unit = KindQuantity, false, u.sym
		v.j = u.end
		return s.orMore(v)
	}
	return s.orMore(v)
}

// sentenceEndAt reports whether the full stop at j ends the sentence.
func (s *scanner) sentenceEndAt(j int) bool { return j+1 >= len(s.toks) }

// percentTail handles "of" fractions written as percents; nothing yet.
func (s *scanner) percentTail(v val) val { return s.orMore(v) }

// orMore takes "or more" / "or so" after a value.
func (s *scanner) orMore(v val) val {
	if s.word(v.j, "or") && v.mod == ModNone {
		switch {
		case s.word(v.j+1, "more") || s.word(v.j+1, "above") || s.word(v.j+1, "over"):
			v.mod, v.j = ModMin, v.j+2
		case s.word(v.j+1, "so"):
			v.mod, v.j = ModApprox, v.j+2
		case s.word(v.j+1, "less") || s.word(v.j+1, "fewer") || s.word(v.j+1, "under"):
			v.mod, v.j = ModMax, v.j+2
		}
	}
	return v
}

// isUnitAt reports whether a duration or quantity unit starts at j.
func (s *scanner) isUnitAt(j int) bool {
	if !s.isWord(j) {
		return false
	}
	if _, ok := get2(fDurationUnits, s.lw(j)); ok {
		return true
	}
	_, ok := s.quantityUnitAt(j)
	return ok
}

// age recognizes "aged 67" and "age 67".
func (s *scanner) age(i int) (val, bool) {
	if !(s.word(i, "aged") || s.word(i, "age")) || !s.isNum(i+1) && !s.isWord(i+1) {
		return val{}, false
	}
	v, ok := s.numberValue(i+1, true)
	if !ok || v.skip || !(v.bare || v.kind == KindAge) || v.num.m <= 0 {
		return val{}, false
	}
	v.kind, v.bare, v.i = KindAge, false, i
	return v, true
}

// ordinalWord recognizes "third", "twenty-first" (the latter through
// numberValue) and skips idioms such as "at first".
func (s *scanner) ordinalWord(i int) (val, bool) {
	if !s.isWord(i) {
		return val{}, false
	}
	w := string(s.lw(i))
	o, ok := get2(fOrdinalWords, w)
	if !ok {
		return val{}, false
	}
	if (w == "first" || w == "second") && !s.sentenceStart(i) && !s.isDeterminer(i-1) {
		return val{i: i, j: i + 1, skip: true}, true
	}
	switch w {
	case "first":
		if s.word(i-1, "at") || s.word(i+1, "of") && s.word(i+2, "all") || s.dash(i+1) && s.adj(i+1) && (s.word(i+2, "hand") || s.word(i+2, "time")) || s.word(i+1, "and") && s.word(i+2, "foremost") || s.isWord(i+1) && s.toks[i+1].up && !s.sentenceStart(i) {
			return val{i: i, j: i + 1, skip: true}, true
		}
	case "second":
		if s.word(i-1, "a") && !s.isWord(i+1) || s.word(i-1, "per") || s.word(i-1, "split") || s.word(i-1, "one") || s.dash(i+1) && s.word(i+2, "hand") {
			return val{i: i, j: i + 1, skip: true}, true
		}
	}
	if (s.word(i+1, "of") || s.word(i+1, "the")) && s.isMonthAt(i+2) {
		return val{}, false
	}
	return val{kind: KindOrdinal, i: i, j: i + 1, num: dec{o, 0}}, true
}

// fraction recognizes "a quarter of", "half of", "two-thirds", "one in
// five", "nine out of 10", "a fifth".
func (s *scanner) fraction(i int) (val, bool) {
	if !s.isWord(i) && !s.isNum(i) {
		return val{}, false
	}
	// "N in M", "N out of M", "N in every M"
	if n, j, ok := s.smallCount(i); ok {
		k := j
		if s.word(k, "in") {
			k++
		} else if s.word(k, "out") && s.word(k+1, "of") {
			k += 2
		} else {
			k = -1
		}
		if k > 0 {
			if s.word(k, "every") {
				k++
			}
			if d, e, ok := s.smallCount(k); ok && d > 0 && n <= d && d <= 1000 && (d < 1800 || s.isWord(k)) {
				return val{kind: KindFraction, i: i, j: e, frac: float64(n) / float64(d)}, true
			}
		}
	}
	if !s.isWord(i) {
		return val{}, false
	}
	w := string(s.lw(i))
	// "half of", "half the"
	if w == "half" {
		if s.isWord(i + 1) {
			switch string(s.lw(i + 1)) {
			case "of", "the", "its", "their", "his", "her", "our", "all", "them", "those", "these", "that", "this", "my", "your":
				return val{kind: KindFraction, i: i, j: i + 1, frac: 0.5}, true
			}
		}
		if s.word(i-1, "than") || s.word(i-1, "about") || s.word(i-1, "nearly") || s.word(i-1, "almost") {
			return val{kind: KindFraction, i: i, j: i + 1, frac: 0.5}, true
		}
		return val{}, false
	}
	// "a quarter of", "a third of", "one-third", "a fifth"
	num := int64(0)
	j := i + 1
	if w == "a" || w == "one" {
		num = 1
	} else if n, ok := get2(fSmallNumbers, w); ok && n > 1 {
		num = n
	} else {
		return val{}, false
	}
	hy := false
	if s.dash(j) && s.adj(j) && s.adj(j+1) {
		hy = true
		j++
	}
	if !s.isWord(j) || hy && w == "a" {
		return val{}, false
	}
	fw := string(s.lw(j))
	den, ok := get2(fFractionWords, fw)
	if !ok || den == 2 {
		return val{}, false
	}
	plural := fw[len(fw)-1] == 's'
	if num > 1 && !plural || num == 1 && plural || num >= den {
		return val{}, false
	}
	// "a quarter of a million" is a number
	if s.word(j+1, "of") && (s.word(j+2, "a") || s.word(j+2, "an")) && s.isWord(j+3) {
		if _, ok := get2(fScaleWords, s.lw(j+3)); ok {
			return val{}, false
		}
	}
	if !hy && !s.word(j+1, "of") && s.isWord(j+1) && !(num > 1 && s.word(j+1, "majority")) {
		return val{}, false
	}
	if !hy && w == "one" && !s.word(j+1, "of") {
		return val{}, false
	}
	return val{kind: KindFraction, i: i, j: j + 1, frac: float64(num) / float64(den)}, true
}

// smallCount parses a count written as one word or digits ("one", "five",
// "10") for "one in five".
func (s *scanner) smallCount(i int) (int64, int, bool) {
	if s.isNum(i) {
		r := s.raw(i)
		if len(r) > 4 {
			return 0, i, false
		}
		var n int64
		for _, c := range r {
			if !isDigit(c) {
				return 0, i, false
			}
			n = n*10 + int64(c-'0')
		}
		return n, i + 1, true
	}
	if !s.isWord(i) {
		return 0, i, false
	}
	w := string(s.lw(i))
	if n, ok := get2(fSmallNumbers, w); ok {
		return n, i + 1, true
	}
	if n, ok := get2(fTensNumbers, w); ok {
		return n, i + 1, true
	}
	if w == "a" && s.word(i+1, "hundred") {
		return 100, i + 2, true
	}
	return 0, i, false
}

// appendFraction appends formatFraction(f) to b.
func appendFraction(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0')
	}
	return strconv.AppendFloat(b, math.Round(f*1e6)/1e6, 'f', -1, 64)
}

// isDeterminer reports whether token i is a word that may stand before an
// ordinal ("the", "its", "a") or the "s" of a possessive.
func (s *scanner) isDeterminer(i int) bool {
	if s.word(i, "s") && s.apos(i-1) {
		return true
	}
	if !s.isWord(i) {
		return false
	}
	switch string(s.lw(i)) {
	case "the", "its", "their", "his", "her", "our", "your", "my", "a", "an", "this", "that", "every", "each":
		return true
	}
	return false
}
