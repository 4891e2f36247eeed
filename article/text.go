package article

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// This file holds the byte-level helpers shared by the scanners: white
// space, lines, folding and hashing.

// spaceAt returns the byte length of the horizontal white space character
// (ASCII blank, NBSP, the U+2000 spaces, zero-width space, BOM, ideographic
// space) starting at t[i], or 0.
func spaceAt(t []byte, i int) int {
	switch c := t[i]; c {
	case ' ', '\t', '\f', '\v':
		return 1
	case 0xC2:
		if i+1 < len(t) && t[i+1] == 0xA0 {
			return 2
		}
	case 0xE2:
		if i+2 < len(t) {
			if t[i+1] == 0x80 && (t[i+2] >= 0x80 && t[i+2] <= 0x8B || t[i+2] == 0xA8 || t[i+2] == 0xA9 || t[i+2] == 0xAF) ||
				t[i+1] == 0x81 && (t[i+2] == 0x9F || t[i+2] == 0xA0) {
				return 3
			}
		}
	case 0xE3:
		if i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x80 {
			return 3
		}
	case 0xEF:
		if i+2 < len(t) && t[i+1] == 0xBB && t[i+2] == 0xBF {
			return 3
		}
	}
	return 0
}

// spaceBefore returns the byte length of the white space character ending
// just before t[i], or 0.
func spaceBefore(t []byte, i int) int {
	if i <= 0 {
		return 0
	}
	if t[i-1] < 0x80 {
		if spaceAt(t, i-1) == 1 {
			return 1
		}
		return 0
	}
	for n := 2; n <= 3 && n <= i; n++ {
		if spaceAt(t[:i], i-n) == n {
			return n
		}
	}
	return 0
}

// wsAt is spaceAt plus line breaks.
func wsAt(t []byte, i int) int {
	if c := t[i]; c == '\n' || c == '\r' {
		return 1
	}
	return spaceAt(t, i)
}

// trimSpace returns the bounds of t[s:e] without surrounding white space
// (line breaks included).
func trimSpace(t []byte, s, e int) (int, int) {
	for s < e {
		n := wsAt(t[:e], s)
		if n == 0 {
			break
		}
		s += n
	}
	for e > s {
		if c := t[e-1]; c == '\n' || c == '\r' {
			e--
			continue
		}
		n := spaceBefore(t[:e], e)
		if n == 0 {
			break
		}
		e -= n
	}
	return s, e
}

// line is one line of Text: [start, end) is its content without the line
// break and surrounding white space (start == end for a blank line).
type line struct {
	start, end int
	list       bool // a Markdown list item or block quote: never joined to the previous line
}

// splitLines splits t[from:] into lines ending at "\n", "\r\n" or "\r".
func splitLines(t []byte, from int) []line {
	n := 1
	for i := from; i < len(t); i++ {
		if t[i] == '\n' || t[i] == '\r' {
			n++
		}
	}
	return appendLines(make([]line, 0, n), t, from)
}

// appendLines appends the lines of t[from:] to lines.
func appendLines(lines []line, t []byte, from int) []line {
	// nl and cr are the next "\n" and "\r" at or after s (len(t) if none).
	nl, cr := -1, -1
	for s := from; ; {
		if nl < s {
			nl = indexByteFrom(t, s, '\n')
		}
		if cr < s {
			cr = indexByteFrom(t, s, '\r')
		}
		i := min(nl, cr)
		a, b := trimSpace(t, s, i)
		lines = append(lines, line{start: a, end: b})
		if i == len(t) {
			return lines
		}
		if t[i] == '\r' && i+1 < len(t) && t[i+1] == '\n' {
			i++
		}
		s = i + 1
	}
}

// indexByteFrom returns the index of the first c in t at or after from, or
// len(t).
func indexByteFrom(t []byte, from int, c byte) int {
	if i := bytes.IndexByte(t[from:], c); i >= 0 {
		return from + i
	}
	return len(t)
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func lowerByte(c byte) byte {
	if isUpper(c) {
		return c + 32
	}
	return c
}

// runeAt decodes the rune at t[i].
func runeAt(t []byte, i int) (rune, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(t[i:])
}

// isQuoteRune reports quote marks folded away when comparing text.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '`', '‘', '’', '‚', '‛', '“', '”', '„', '‟', '«', '»', '‹', '›', '′', '″':
		return true
	}
	return false
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// foldHash hashes t folded for duplicate detection: case, white space and
// quote marks are ignored.
func foldHash(t []byte) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			// Without a branch: a skipped byte has hashFold 0 and
			// hashMul 1, which leave h as it is.
			i++
			h = (h ^ uint64(hashFold[c])) * hashMul[c]
			continue
		}
		r, n := utf8.DecodeRune(t[i:])
		i += n
		if unicode.IsSpace(r) || isQuoteRune(r) || r == 0x200B || r == 0xFEFF {
			continue
		}
		h ^= uint64(unicode.ToLower(r))
		h *= fnvPrime
	}
	return h
}

// hashFold maps an ASCII byte to what foldHash hashes: the byte lower-cased,
// or 0 for white space, control bytes and quote marks, which are skipped.
// hashMul is fnvPrime for the bytes hashed and 1 for the others.
var hashFold, hashMul = func() (f [utf8.RuneSelf]byte, m [utf8.RuneSelf]uint64) {
	for c := range f {
		m[c] = 1
		if c <= ' ' || c == '"' || c == '\'' || c == '`' {
			continue
		}
		f[c] = lowerByte(byte(c))
		m[c] = fnvPrime
	}
	return f, m
}()

// appendFoldCompact appends t lower-cased with white space and quote marks
// removed (the form used to look paragraphs up in readability's text).
func appendFoldCompact(dst, t []byte) []byte {
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' || c == '"' || c == '\'' || c == '`' {
				continue
			}
			dst = append(dst, lowerByte(c))
			continue
		}
		r, n := utf8.DecodeRune(t[i:])
		i += n
		if unicode.IsSpace(r) || isQuoteRune(r) || r == 0x200B || r == 0xFEFF {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// appendFolded appends t with every run of white space (line breaks
// included) folded to one space, surrounding space trimmed and invalid UTF-8
// replaced by U+FFFD. With md set, Markdown inline markup is removed: block
// quote and list markers at line starts, emphasis stars, code ticks, and
// links [text](url) keep only their text.
func appendFolded(dst, t []byte, md bool) []byte {
	start := len(dst)
	space := false
	lineStart := true
	plain := &plainText
	if md {
		plain = &plainMarkdown
	}
	for i := 0; i < len(t); {
		c := t[i]
		if plain[c] && !(md && lineStart) {
			// A run of bytes copied as they are, single spaces between
			// them included.
			j := i + 1
			for j < len(t) {
				if plain[t[j]] {
					j++
				} else if t[j] == ' ' && j+1 < len(t) && plain[t[j+1]] {
					j += 2
				} else {
					break
				}
			}
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space, lineStart = false, false
			dst = append(dst, t[i:j]...)
			i = j
			continue
		}
		if c == '\n' || c == '\r' {
			space, lineStart = true, true
			i++
			continue
		}
		if n := spaceAt(t, i); n > 0 {
			space = true
			i += n
			continue
		}
		if md {
			if lineStart {
				lineStart = false
				if n := mdMarkerLen(t[i:]); n > 0 {
					i += n
					space = true
					continue
				}
			}
			switch c {
			case '*', '`':
				i++
				continue
			case '_':
				if i+1 < len(t) && t[i+1] == '_' {
					i += 2
					continue
				}
			case '!':
				if i+1 < len(t) && t[i+1] == '[' {
					if _, end, ok := mdLink(t, i+1); ok {
						i = end
						continue
					}
				}
			case '[':
				if ts, end, ok := mdLink(t, i); ok {
					if space && len(dst) > start {
						dst = append(dst, ' ')
					}
					space = false
					dst = appendFolded(dst, ts, true)
					i = end
					continue
				}
			}
		}
		lineStart = false
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(t[i:])
		if r == utf8.RuneError && n <= 1 {
			dst = append(dst, "\uFFFD"...)
			i++
			continue
		}
		dst = append(dst, t[i:i+n]...)
		i += n
	}
	return dst
}

// plainText and plainMarkdown hold the bytes that appendFolded copies as
// they are, in plain text and in Markdown: ASCII but for white space (and
// Markdown markup characters).
var plainText, plainMarkdown = func() (p, m [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if byteClass[c] == clSpace {
			continue
		}
		p[c] = true
		switch c {
		case '*', '`', '_', '!', '[':
		default:
			m[c] = true
		}
	}
	return p, m
}()

// foldString is appendFolded as a string.
func foldString(t []byte, md bool) string {
	return string(appendFolded(nil, t, md))
}

// countWordsMax counts the runs of non-space bytes of t, stopping at max.
func countWordsMax(t []byte, max int) int {
	n := 0
	prev := uint8(clSpace) // the class of the previous byte: clSpace or clOther
	for i := 0; i < len(t); {
		if i+8 <= len(t) {
			// 8 ASCII bytes at a time.
			x := binary.LittleEndian.Uint64(t[i:])
			if x&highBits == 0 {
				sp := asciiSpaces8(x)
				n += bits.OnesCount64(^sp & highBits & (sp<<8 | uint64(prev)<<7))
				if n >= max {
					return max
				}
				prev = uint8(sp >> 63)
				i += 8
				continue
			}
		}
		cl := byteClass[t[i]]
		if cl == clSpaceLead {
			if w := spaceAt(t, i); w > 0 {
				prev = clSpace
				i += w
				continue
			}
			cl = clOther
		}
		n += int(prev &^ cl) // a space followed by a non-space byte
		if n >= max {
			return max
		}
		prev = cl
		i++
	}
	return n
}

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// asciiSpaces8 sets the high bit of each of the 8 ASCII bytes of x that is
// white space (' ', '\t', '\n', '\v', '\f', '\r'), and no other bit.
func asciiSpaces8(x uint64) uint64 {
	const low7 = 0x7F7F7F7F7F7F7F7F
	b := x ^ lowBits*' '
	blank := ^((b&low7 + low7) | b) & highBits                      // bytes equal to ' '
	ctl := (x + lowBits*(0x80-'\t')) &^ (x + lowBits*(0x80-'\r'-1)) // '\t' to '\r'
	return (blank | ctl) & highBits
}

// Byte classes for the white space scanners.
const (
	clOther     = iota
	clSpace     // an ASCII white space byte, line breaks included
	clSpaceLead // the first byte of a multi-byte white space character
)

var byteClass = func() (c [256]uint8) {
	for _, b := range []byte(" \t\f\v\n\r") {
		c[b] = clSpace
	}
	for _, b := range []byte{0xC2, 0xE2, 0xE3, 0xEF} {
		c[b] = clSpaceLead
	}
	return c
}()

// hasLetter reports whether t has at least min letters (any script).
func hasLetters(t []byte, min int) bool {
	n := 0
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			if isLetter(c) {
				n++
				if n >= min {
					return true
				}
			}
			i++
			continue
		}
		r, s := utf8.DecodeRune(t[i:])
		if unicode.IsLetter(r) {
			n++
			if n >= min {
				return true
			}
		}
		i += s
	}
	return false
}

// closerLen returns the length of a closing quote, bracket or terminal
// punctuation mark at t[i] (what may follow the end of a sentence), or 0.
func closerLen(t []byte, i int) int {
	switch c := t[i]; c {
	case '"', '\'', ')', ']', '.', '!', '?', '*', '_':
		return 1
	case 0xE2:
		if i+2 < len(t) && t[i+1] == 0x80 {
			switch t[i+2] {
			case 0x99, 0x9D, 0xA6, 0xBA: // ’ ” … ›
				return 3
			}
		}
	case 0xC2:
		if i+1 < len(t) && t[i+1] == 0xBB { // »
			return 2
		}
	}
	return 0
}

// endsTerminal reports whether t ends with sentence-final punctuation,
// possibly followed by closing quotes or brackets.
func endsTerminal(t []byte) bool {
	e := len(t)
	for e > 0 {
		if n := spaceBefore(t, e); n > 0 {
			e -= n
			continue
		}
		c := t[e-1]
		switch c {
		case '.', '!', '?':
			return true
		case '"', '\'', ')', ']', '*', '_':
			e--
			continue
		}
		if e >= 3 && t[e-3] == 0xE2 && t[e-2] == 0x80 {
			switch t[e-1] {
			case 0xA6:
				return true
			case 0x99, 0x9D, 0xBA:
				e -= 3
				continue
			}
		}
		if e >= 2 && t[e-2] == 0xC2 && t[e-1] == 0xBB {
			e -= 2
			continue
		}
		return false
	}
	return false
}

// startsLower reports whether t starts with a lower-case letter.
func startsLower(t []byte) bool {
	if len(t) == 0 {
		return false
	}
	r, _ := runeAt(t, 0)
	return unicode.IsLower(r)
}

// lowerASCII copies the first len(buf) bytes of t into buf with ASCII
// letters lower-cased.
func lowerASCII(buf []byte, t []byte) []byte {
	n := copy(buf, t)
	i := 0
	for ; i+8 <= n; i += 8 {
		x := binary.LittleEndian.Uint64(buf[i:])
		binary.LittleEndian.PutUint64(buf[i:], lowerASCII8(x))
	}
	for ; i < n; i++ {
		buf[i] = lowerByte(buf[i])
	}
	return buf[:n]
}

// lowerASCII8 lower-cases the ASCII letters among the 8 bytes of x.
func lowerASCII8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	h := x &^ highs            // each byte's low 7 bits: adding below cannot carry into the next byte
	geA := h + ones*(0x80-'A') // high bit set where h >= 'A'
	gtZ := h + ones*(0x7F-'Z') // high bit set where h > 'Z'
	up := (geA &^ gtZ) &^ x & highs
	return x | up>>2 // 0x80>>2 is 0x20
}

// hashSet is a set of 64-bit hashes (open addressing, linear probing).
type hashSet struct {
	slots []uint64 // 0 marks a free slot
	n     int      // hashes held in slots
	zero  bool     // the set holds 0
	shift uint     // 64 - log2(len(slots))
}

// reset empties the set, sized for about hint hashes.
func (s *hashSet) reset(hint int) {
	size := 64
	for size < 2*hint {
		size *= 2
	}
	if cap(s.slots) >= size && cap(s.slots) <= 4*size {
		s.slots = s.slots[:size]
		clear(s.slots)
	} else {
		s.slots = make([]uint64, size)
	}
	s.n, s.zero = 0, false
	s.shift = uint(64 - bits.TrailingZeros(uint(size)))
}

func (s *hashSet) slot(h uint64) int {
	return int((h * 0x9E3779B97F4A7C15) >> s.shift)
}

// has reports whether h is in the set.
func (s *hashSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	mask := len(s.slots) - 1
	for i := s.slot(h); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// add puts h in the set.
func (s *hashSet) add(h uint64) {
	if h == 0 {
		s.zero = true
		return
	}
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		s.slots = make([]uint64, 2*len(old))
		s.shift--
		s.n = 0
		for _, x := range old {
			if x != 0 {
				s.insert(x)
			}
		}
	}
	s.insert(h)
}

func (s *hashSet) insert(h uint64) {
	mask := len(s.slots) - 1
	for i := s.slot(h); ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.n++
			return
		}
	}
}
