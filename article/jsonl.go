package article

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// parseJSONL reads one article per line: an object with "text" (required),
// "title", "url", "outlet" (or "source", "site"), "published" (or "date").
// Each record's Text is its decoded text field, mapped onto the bytes of the
// JSON string in Src. Bad lines yield *Error values (joined) while the
// other records load.
func parseJSONL(path string, src []byte, opts Options) ([]*Document, error) {
	var docs []*Document
	var errs []error
	var ls []int
	lineNo := 0
	for off := bomLen(src); off < len(src); {
		l, next := lineAt(src, off)
		lineNo++
		start := off
		off = next
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		if !validJSON(l) {
			errs = append(errs, &Error{Path: path, Line: lineNo, Err: ErrBadJSON})
			continue
		}
		rec, ok := scanRecord(src, start, start+len(l))
		if !ok {
			errs = append(errs, &Error{Path: path, Line: lineNo, Err: ErrBadJSON})
			continue
		}
		if rec.text[1] <= rec.text[0] {
			errs = append(errs, &Error{Path: path, Line: lineNo, Err: ErrNoText})
			continue
		}
		d := &Document{Path: path + "#" + strconv.Itoa(lineNo), Format: FormatJSONL, Src: src}
		ts, te := rec.text[0], rec.text[1]
		esc := bytes.Count(src[ts:te], []byte{'\\'})
		d.Text, d.segs = decodeJSONString(src, ts, te, make([]byte, 0, te-ts), make([]Segment, 0, 2*esc+1), true)
		if len(d.segs) == 0 {
			d.segs = []Segment{{SrcStart: rec.text[0]}}
		}
		str := func(f [2]int) string {
			if f[1] <= f[0] {
				return ""
			}
			b, _ := decodeJSONString(src, f[0], f[1], nil, nil, false)
			return strings.Join(strings.Fields(string(b)), " ")
		}
		d.Title = str(rec.title)
		d.URL = str(rec.url)
		d.Outlet = str(rec.outlet)
		if t, ok := parseDateValue(str(rec.published)); ok {
			d.Published, d.DateSource = t, "json"
		}
		if ls == nil {
			ls = LineStarts(src)
		}
		d.lineStarts = ls
		analyze(d, 0, false, nil, opts)
		docs = append(docs, d)
	}
	return docs, errors.Join(errs...)
}

// record holds the source bounds [start, end) of the contents (between the
// quotes) of a JSONL record's string fields.
type record struct {
	text, title, url, outlet, published [2]int
}

// scanRecord scans a valid JSON line for the top-level string fields.
func scanRecord(src []byte, s, e int) (record, bool) {
	var r record
	i := skipJSONSpace(src, s, e)
	if i >= e || src[i] != '{' {
		return r, false
	}
	i++
	hasText := false
	for {
		i = skipJSONSpace(src, i, e)
		if i >= e {
			return r, false
		}
		if src[i] == '}' {
			break
		}
		if src[i] == ',' {
			i++
			continue
		}
		if src[i] != '"' {
			return r, false
		}
		ke := jsonStringEnd(src, i+1, e)
		key, _ := decodeJSONString(src, i+1, ke, nil, nil, false)
		i = skipJSONSpace(src, ke+1, e)
		if i >= e || src[i] != ':' {
			return r, false
		}
		i = skipJSONSpace(src, i+1, e)
		if i >= e {
			return r, false
		}
		if src[i] != '"' {
			i = skipJSONValue(src, i, e)
			continue
		}
		ve := jsonStringEnd(src, i+1, e)
		span := [2]int{i + 1, ve}
		switch strings.ToLower(string(key)) {
		case "text", "body", "content":
			if !hasText || strings.EqualFold(string(key), "text") {
				r.text, hasText = span, true
			}
		case "title", "headline":
			r.title = span
		case "url", "link":
			r.url = span
		case "outlet", "source", "site", "publisher":
			if r.outlet[1] == 0 {
				r.outlet = span
			}
		case "published", "date", "published_at", "publishedat":
			if r.published[1] == 0 {
				r.published = span
			}
		}
		i = ve + 1
	}
	if !hasText {
		r.text = [2]int{}
	}
	return r, true
}

func skipJSONSpace(src []byte, i, e int) int {
	for i < e && (src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r') {
		i++
	}
	return i
}

// jsonStringEnd returns the offset of the closing quote of a string whose
// contents start at i.
func jsonStringEnd(src []byte, i, e int) int {
	q := -1 // the first '"' at or after i, e if none
	for i < e {
		if q < i {
			q = i + bytes.IndexByte(src[i:e], '"')
			if q < i {
				q = e
			}
		}
		b := bytes.IndexByte(src[i:q], '\\')
		if b < 0 {
			return q
		}
		i += b + 2
	}
	return e
}

// skipJSONValue skips a non-string value (number, literal, object, array).
func skipJSONValue(src []byte, i, e int) int {
	depth := 0
	for i < e {
		switch src[i] {
		case '"':
			i = jsonStringEnd(src, i+1, e) + 1
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return i
			}
			depth--
			if depth == 0 {
				return i + 1
			}
		case ',':
			if depth == 0 {
				return i
			}
		}
		i++
	}
	return i
}

// decodeJSONString decodes the JSON string contents src[s:e] (valid JSON)
// into dst; with segs set it records exact segments for literal runs and
// inexact ones for escapes.
func decodeJSONString(src []byte, s, e int, dst []byte, segs []Segment, mapping bool) ([]byte, []Segment) {
	exact := func(a, b int) {
		if !mapping || a >= b {
			return
		}
		segs = append(segs, Segment{TextStart: len(dst), SrcStart: a, Len: b - a, Exact: true})
	}
	run := s
	for i := s; i < e; {
		k := bytes.IndexByte(src[i:e], '\\')
		if k < 0 {
			break
		}
		i += k
		exact(run, i)
		dst = append(dst, src[run:i]...)
		if i+1 >= e {
			break
		}
		start, before := i, len(dst)
		switch c := src[i+1]; c {
		case 'n':
			dst = append(dst, '\n')
			i += 2
		case 't':
			dst = append(dst, '\t')
			i += 2
		case 'r':
			dst = append(dst, '\r')
			i += 2
		case 'b', 'f':
			dst = append(dst, ' ')
			i += 2
		case 'u':
			r := rune(hex4(src, i+2, e))
			i += 6
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+6 <= e && src[i] == '\\' && src[i+1] == 'u' {
					r2 = rune(hex4(src, i+2, e))
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			dst = utf8.AppendRune(dst, r)
		default:
			dst = append(dst, c)
			i += 2
		}
		if mapping && len(dst) > before {
			segs = append(segs, Segment{TextStart: before, SrcStart: start, Len: len(dst) - before})
		}
		run = i
	}
	if run < e {
		exact(run, e)
		dst = append(dst, src[run:e]...)
	}
	return dst, segs
}

func hex4(src []byte, i, e int) int {
	if i+4 > e {
		return 0xFFFD
	}
	v := 0
	for _, c := range src[i : i+4] {
		switch {
		case isDigit(c):
			v = v<<4 | int(c-'0')
		case 'a' <= c|0x20 && c|0x20 <= 'f':
			v = v<<4 | int(c|0x20-'a'+10)
		default:
			return 0xFFFD
		}
	}
	return v
}
