package article

import (
	"time"
)

// dateHit is a date found on a line.
type dateHit struct {
	t        time.Time
	amb      bool   // numeric with day and month both <= 12, read month-first
	labelled bool   // after "Published", "Updated", "Posted", "Date" ...
	label    string // the label's first word, lower case
	end      int    // offset in the line just after the date
}

// dateLabels open a labelled date line (lower case, longest first where
// they share a start).
var dateLabels = [...]string{
	"last updated", "last modified", "first published", "originally published", "published on",
	"published at", "published", "updated on", "updated at", "updated", "posted on", "posted at",
	"posted", "publication date", "publish date", "pub date", "dated", "date", "modified", "released",
}

// dateLabelsBy holds dateLabels by first byte, in the same order.
var dateLabelsBy = func() (idx [256][]string) {
	for _, lab := range dateLabels {
		idx[lab[0]] = append(idx[lab[0]], lab)
	}
	return idx
}()

// parseDateLine finds a publication date on a header line: a labelled line
// ("Published: March 4, 2026 06:12 GMT", "Updated Thu 5 Mar 2026 18:40",
// "Posted on March 6, 2026 by ...", "date 2025-08-08 ...") or a short line
// that is mostly a date ("Fri, 08 August 2025", "Apr 25, 2025 9:41 PM",
// "02/17/2026 14:05 GMT", "2026-03-04T06:12:00Z").
func parseDateLine(s []byte) (dateHit, bool) {
	i := 0
	for i < len(s) {
		if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		if c := s[i]; c == '-' || c == '*' || c == '|' || c == '>' {
			i++
			continue
		}
		if i+2 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0xA2 || s[i+2] == 0x94) { // • —
			i += 3
			continue
		}
		break
	}
	var lb [24]byte
	l := lowerASCII(lb[:], s[i:])
	var labels []string
	if len(l) > 0 {
		labels = dateLabelsBy[l[0]]
	}
	for _, lab := range labels {
		if !hasPrefixWord(l, lab) {
			continue
		}
		j := i + len(lab)
		// Try each word start in the next 60 bytes.
		limit := j + 60
		if limit > len(s) {
			limit = len(s)
		}
		for k := j; k < limit; k++ {
			if k > j && isWordByte(s[k-1]) {
				continue
			}
			if y, m, d, n, amb, ok := parseDateAt(s[k:]); ok {
				if t, ok := mkDate(y, m, d); ok {
					first := lab
					for x := 0; x < len(lab); x++ {
						if lab[x] == ' ' {
							first = lab[:x]
							break
						}
					}
					if first == "last" || first == "first" || first == "originally" {
						first = "updated"
					}
					return dateHit{t: t, amb: amb, labelled: true, label: first, end: k + n}, true
				}
			}
		}
		return dateHit{}, false
	}
	// A bare date: at the line start or after a separator, on a short line
	// that is not a sentence.
	if endsTerminal(s) && !endsWithAbbrevDate(s) || countWordsMax(s, 13) > 12 {
		return dateHit{}, false
	}
	for k := i; k < len(s); k++ {
		if k > i && !afterSeparator(s, k) {
			continue
		}
		if y, m, d, n, amb, ok := parseDateAt(s[k:]); ok {
			if t, ok := mkDate(y, m, d); ok {
				return dateHit{t: t, amb: amb, end: k + n}, true
			}
		}
	}
	return dateHit{}, false
}

// endsWithAbbrevDate allows a short date line to end with a period after a
// time ("9:41 p.m.").
func endsWithAbbrevDate(s []byte) bool {
	n := len(s)
	return n >= 4 && (string(s[n-4:]) == "a.m." || string(s[n-4:]) == "p.m.")
}

// afterSeparator reports whether s[k] starts a field after a separator
// ("|", "-", ",", "·", "•", "—", "–"), possibly followed by spaces.
func afterSeparator(s []byte, k int) bool {
	if isWordByte(s[k-1]) {
		return false
	}
	j := k
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return false
	}
	switch s[j-1] {
	case '|', '-', ',':
		return true
	case 0xB7, 0xA2, 0x94, 0x93: // last byte of · • — –
		return j >= 2 && s[j-2] >= 0x80
	}
	return false
}

func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c >= 0x80 }

// digitsAt reads up to 4 digits at s[i].
func digitsAt(s []byte, i int) (end, v int) {
	end = i
	for end < len(s) && end-i < 5 && isDigit(s[end]) {
		v = v*10 + int(s[end]-'0')
		end++
	}
	return end, v
}

// wordAt reads the ASCII letters at s[i], lower-cased into buf.
func wordAt(s []byte, i int, buf []byte) ([]byte, int) {
	n := 0
	for i < len(s) && isLetter(s[i]) {
		if n < len(buf) {
			buf[n] = lowerByte(s[i])
		}
		n++
		i++
	}
	if n > len(buf) {
		return nil, i
	}
	return buf[:n], i
}

var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var weekdays = setOf("mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
	"thursday", "fri", "friday", "sat", "saturday", "sun", "sunday")

// monthAt reads a month name at s[i] (with an optional period).
func monthAt(s []byte, i int) (int, int) {
	var buf [10]byte
	w, j := wordAt(s, i, buf[:])
	m := months[string(w)]
	if m == 0 {
		return 0, i
	}
	if j < len(s) && s[j] == '.' {
		j++
	}
	return m, j
}

func skipBlanks(s []byte, i int, commas bool) int {
	for i < len(s) {
		if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		if commas && s[i] == ',' {
			i++
			continue
		}
		break
	}
	return i
}

// skipOrdinal skips "st", "nd", "rd", "th" after a day number.
func skipOrdinal(s []byte, i int) int {
	if i+1 < len(s) {
		a, b := lowerByte(s[i]), lowerByte(s[i+1])
		if (a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h') &&
			(i+2 >= len(s) || !isLetter(s[i+2])) {
			return i + 2
		}
	}
	return i
}

// boundary reports whether a date may end at s[i].
func boundary(s []byte, i int) bool {
	return i >= len(s) || !isLetter(s[i]) && !isDigit(s[i])
}

// parseDateAt parses a date at the start of s, after an optional weekday:
// 2025-08-08, 2026-03-04T06:12:00Z, 02/17/2026, 26/03/2026, 8 August 2025,
// 5th Mar 2026, March 4, 2026, Sept. 4 2026. It returns the date's fields,
// the bytes read and whether a numeric date was ambiguous.
func parseDateAt(s []byte) (y, m, d, n int, amb, ok bool) {
	i := 0
	var buf [10]byte
	if w, j := wordAt(s, 0, buf[:]); weekdays[string(w)] {
		if j < len(s) && s[j] == '.' {
			j++
		}
		i = skipBlanks(s, j, true)
	}
	if i >= len(s) {
		return
	}
	if isDigit(s[i]) {
		j, v := digitsAt(s, i)
		nd := j - i
		switch {
		case nd == 4 && j+1 < len(s) && (s[j] == '-' || s[j] == '/' || s[j] == '.'):
			sep := s[j]
			k, mo := digitsAt(s, j+1)
			if k-(j+1) < 1 || k-(j+1) > 2 || k >= len(s) || s[k] != sep {
				return
			}
			e, dd := digitsAt(s, k+1)
			if e-(k+1) < 1 || e-(k+1) > 2 {
				return
			}
			if e < len(s) && s[e] == 'T' && e+1 < len(s) && isDigit(s[e+1]) {
				return v, mo, dd, e, false, true
			}
			if !boundary(s, e) {
				return
			}
			return v, mo, dd, e, false, true
		case nd <= 2 && j+1 < len(s) && (s[j] == '/' || s[j] == '.' || s[j] == '-') && isDigit(s[j+1]):
			sep := s[j]
			k, b := digitsAt(s, j+1)
			if k-(j+1) > 2 || k >= len(s) || s[k] != sep {
				return
			}
			e, yy := digitsAt(s, k+1)
			if e-(k+1) != 4 || !boundary(s, e) {
				return
			}
			a := v
			switch {
			case a > 12 && b <= 12:
				return yy, b, a, e, false, true
			case a <= 12 && b > 12:
				return yy, a, b, e, false, true
			case a <= 12 && b <= 12:
				return yy, a, b, e, a != b, true
			}
			return
		case nd <= 2:
			k := skipOrdinal(s, j)
			k2 := skipBlanks(s, k, false)
			if k2 == k && !(k < len(s) && s[k] == '-') {
				return
			}
			if k2 < len(s) && s[k2] == '-' {
				k2++
			}
			mo, e := monthAt(s, k2)
			if mo == 0 {
				return
			}
			if e < len(s) && s[e] == '-' {
				e++
			}
			e = skipBlanks(s, e, true)
			f, yy := digitsAt(s, e)
			if f-e != 4 || !boundary(s, f) {
				return
			}
			return yy, mo, v, f, false, true
		}
		return
	}
	mo, j := monthAt(s, i)
	if mo == 0 {
		return
	}
	k := skipBlanks(s, j, false)
	if k == j {
		return
	}
	e, dd := digitsAt(s, k)
	if e-k < 1 || e-k > 2 {
		return
	}
	e = skipOrdinal(s, e)
	f := skipBlanks(s, e, true)
	if f == e {
		return
	}
	g, yy := digitsAt(s, f)
	if g-f != 4 || !boundary(s, g) {
		return
	}
	return yy, mo, dd, g, false, true
}

// parseDateValue reads a date from a metadata value (front matter, JSON,
// HTML meta): ISO 8601 or any form parseDateLine knows.
func parseDateValue(v string) (time.Time, bool) {
	b := []byte(v)
	if y, m, d, _, _, ok := parseDateAt(b); ok {
		return mkDate(y, m, d)
	}
	if h, ok := parseDateLine(b); ok {
		return h.t, true
	}
	return time.Time{}, false
}
