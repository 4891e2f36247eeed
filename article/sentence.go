package article

import (
	"unicode"
)

// splitSentences splits the prose block t[s:e] into sentences and calls emit
// with the trimmed bounds of each. A sentence ends at ".", "!", "?" or "…"
// (with any closing quotes and brackets) followed by white space and an
// upper-case letter, digit, opening quote or bracket; abbreviations,
// initials and decimals do not end sentences.
func splitSentences(t []byte, s, e int, emit func(s, e int)) {
	start := s
	out := func(a, b int) {
		a, b = trimSpace(t, a, b)
		if a < b {
			emit(a, b)
		}
	}
	for i := s; i < e; {
		for i < e && !sentenceStop[t[i]] {
			i++
		}
		if i >= e {
			break
		}
		c := t[i]
		pl := 0
		switch {
		case c == '.' || c == '!' || c == '?':
			pl = 1
		case c == 0xE2 && i+2 < e && t[i+1] == 0x80 && t[i+2] == 0xA6: // …
			pl = 3
		default:
			i++
			continue
		}
		j := i + pl
		for j < e {
			n := closerLen(t[:e], j)
			if n == 0 {
				break
			}
			j += n
		}
		if j >= e {
			break
		}
		k := j
		for k < e {
			n := wsAt(t[:e], k)
			if n == 0 {
				break
			}
			k += n
		}
		if k == j || k >= e {
			i = j
			continue
		}
		if !opensSentence(t[:e], k) || c == '.' && pl == 1 && j == i+1 && abbreviation(t, start, i, t[k:e]) {
			i = k
			continue
		}
		out(start, j)
		start, i = k, k
	}
	out(start, e)
}

// sentenceStop holds the bytes that may start a sentence end: ".", "!",
// "?" and the first byte of "…".
var sentenceStop = [256]bool{'.': true, '!': true, '?': true, 0xE2: true}

// opensSentence reports whether a sentence may start at t[k].
func opensSentence(t []byte, k int) bool {
	c := t[k]
	if isUpper(c) || isDigit(c) {
		return true
	}
	switch c {
	case '"', '\'', '(', '[', '*', '_', '$', '#':
		return true
	}
	r, _ := runeAt(t, k)
	return unicode.IsUpper(r) || unicode.IsTitle(r) || isQuoteRune(r) || r == '¿' || r == '¡' || r == '€' || r == '£'
}

// abbrevs are words that end with a period without ending the sentence.
var abbrevs = setOf("Mr", "Mrs", "Ms", "Mx", "Dr", "St", "Gen", "Gov", "Sen", "Rep", "Reps", "Sens", "Lt",
	"Col", "Capt", "Cpt", "Sgt", "Cmdr", "Adm", "Maj", "Brig", "Prof", "Rev", "Hon", "Pres", "Jr", "Sr",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Ave", "Blvd", "Rd", "Mt", "Ft", "Fig", "Vol",
	"vs", "approx", "est", "cf", "al", "Gens", "Govt", "Messrs", "Mme", "Mlle", "Rt", "ca")

// sentenceStarters commonly open a sentence after a dotted acronym ("in the
// U.S. The ...").
var sentenceStarters = setOf("The", "He", "She", "It", "They", "We", "I", "But", "This", "That", "These",
	"Those", "In", "On", "A", "An", "And", "His", "Her", "Their", "Its", "There", "However", "Meanwhile",
	"Yet", "So", "Still", "Now", "Then", "Earlier", "Later")

// abbreviation reports whether the period at t[i] ends an abbreviation, an
// initial or a dotted acronym rather than the sentence; next is the text
// after the following white space.
func abbreviation(t []byte, start, i int, next []byte) bool {
	w := i
	for w > start && i-w < 16 && (isLetter(t[w-1]) || t[w-1] == '.') {
		w--
	}
	if w > start && (isLetter(t[w-1]) || t[w-1] == '.') {
		return false // a long token, not an abbreviation
	}
	word := t[w:i]
	if len(word) == 0 {
		return false
	}
	if w > start && t[w-1] >= 0x80 {
		return false // the word goes on in another script
	}
	if len(word) == 1 {
		return isUpper(word[0]) // an initial: "J. Smith"
	}
	dotted := false
	for _, c := range word {
		if c == '.' {
			dotted = true
			break
		}
	}
	if dotted { // "U.S", "e.g", "i.e", "a.m"
		nw := next
		for n := 0; n < len(nw); n++ {
			if !isLetter(nw[n]) {
				nw = nw[:n]
				break
			}
		}
		return !sentenceStarters[string(nw)]
	}
	if string(word) == "No" || string(word) == "no" || string(word) == "Nos" {
		return len(next) > 0 && isDigit(next[0])
	}
	return abbrevs[string(word)]
}
