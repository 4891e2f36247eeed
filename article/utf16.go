package article

import (
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Map is a UTF-16 file decoded to UTF-8: text, and for every byte of
// text the offset in the source of the code unit it came from.
type utf16Map struct {
	text  []byte
	src   []int32 // len(text)+1 entries
	big   bool
	input []byte
}

// isUTF16 reports whether src starts with a UTF-16 byte order mark.
func isUTF16(src []byte) bool {
	return len(src) >= 2 && (src[0] == 0xFE && src[1] == 0xFF || src[0] == 0xFF && src[1] == 0xFE)
}

// decodeUTF16 decodes a UTF-16 file with a byte order mark; unpaired
// surrogates and a trailing odd byte become U+FFFD.
func decodeUTF16(src []byte) *utf16Map {
	m := &utf16Map{big: src[0] == 0xFE, input: src}
	m.text = make([]byte, 0, len(src))
	m.src = make([]int32, 0, len(src)+1)
	unit := func(i int) uint16 {
		if m.big {
			return uint16(src[i])<<8 | uint16(src[i+1])
		}
		return uint16(src[i+1])<<8 | uint16(src[i])
	}
	var buf [4]byte
	for i := 2; i < len(src); {
		start := i
		var r rune
		if i+1 >= len(src) {
			r, i = utf8.RuneError, len(src)
		} else {
			u := unit(i)
			i += 2
			r = rune(u)
			if utf16.IsSurrogate(r) {
				r = utf8.RuneError
				if u < 0xDC00 && i+1 < len(src) {
					if r2 := utf16.DecodeRune(rune(u), rune(unit(i))); r2 != utf8.RuneError {
						r = r2
						i += 2
					}
				}
			}
		}
		n := utf8.EncodeRune(buf[:], r)
		m.text = append(m.text, buf[:n]...)
		for k := 0; k < n; k++ {
			m.src = append(m.src, int32(start))
		}
	}
	m.src = append(m.src, int32(len(src)))
	return m
}

// remap rewrites the Text→Src mapping of d, built against the decoded text,
// so that it points into the original UTF-16 bytes (one inexact segment per
// character), and restores the original Src.
func (m *utf16Map) remap(d *Document, orig []byte) {
	segs := make([]Segment, 0, len(d.Text)/2+1)
	for t := 0; t < len(d.Text); {
		_, n := utf8.DecodeRune(d.Text[t:])
		u := d.SrcOffset(t)
		if u < 0 {
			u = 0
		}
		if u >= len(m.src) {
			u = len(m.src) - 1
		}
		so := int(m.src[u])
		if k := len(segs) - 1; k >= 0 && segs[k].SrcStart == so {
			segs[k].Len += n
		} else {
			segs = append(segs, Segment{TextStart: t, SrcStart: so, Len: n})
		}
		t += n
	}
	if segs == nil {
		segs = []Segment{{SrcStart: 2}}
	}
	d.segs = segs
	d.Src = orig
}

// lineStarts returns the source offsets of the lines of the UTF-16 file.
func (m *utf16Map) lineStarts() []int {
	src := m.input
	starts := []int{0}
	unit := func(i int) uint16 {
		if m.big {
			return uint16(src[i])<<8 | uint16(src[i+1])
		}
		return uint16(src[i+1])<<8 | uint16(src[i])
	}
	for i := 2; i+1 < len(src); i += 2 {
		switch unit(i) {
		case '\n':
			starts = append(starts, i+2)
		case '\r':
			if i+3 < len(src) && unit(i+2) == '\n' {
				i += 2
			}
			starts = append(starts, i+2)
		}
	}
	return starts
}
