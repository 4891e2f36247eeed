package article

import (
	"encoding/binary"
	"encoding/json"
)

// validJSON is json.Valid(b). A quick scanner accepts the common case; what
// it does not accept (invalid JSON, deep nesting) is left to json.Valid.
func validJSON(b []byte) bool {
	return quickValidJSON(b) || json.Valid(b)
}

// quickValidJSON reports whether b is one JSON value with white space
// around it. It accepts no more than json.Valid; it may reject valid JSON
// nested too deeply.
func quickValidJSON(b []byte) bool {
	i, ok := jsonValue(b, jsonSpace(b, 0), 0)
	return ok && jsonSpace(b, i) == len(b)
}

// maxQuickDepth is the deepest nesting quickValidJSON reads.
const maxQuickDepth = 100

func jsonSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// jsonValue reads the value at b[i] and returns where it ends.
func jsonValue(b []byte, i, depth int) (int, bool) {
	if i >= len(b) {
		return i, false
	}
	switch c := b[i]; {
	case c == '"':
		return jsonString(b, i+1)
	case c == '{':
		if depth >= maxQuickDepth {
			return i, false
		}
		i = jsonSpace(b, i+1)
		if i < len(b) && b[i] == '}' {
			return i + 1, true
		}
		for {
			if i >= len(b) || b[i] != '"' {
				return i, false
			}
			var ok bool
			if i, ok = jsonString(b, i+1); !ok {
				return i, false
			}
			i = jsonSpace(b, i)
			if i >= len(b) || b[i] != ':' {
				return i, false
			}
			if i, ok = jsonValue(b, jsonSpace(b, i+1), depth+1); !ok {
				return i, false
			}
			i = jsonSpace(b, i)
			if i >= len(b) {
				return i, false
			}
			switch b[i] {
			case '}':
				return i + 1, true
			case ',':
				i = jsonSpace(b, i+1)
			default:
				return i, false
			}
		}
	case c == '[':
		if depth >= maxQuickDepth {
			return i, false
		}
		i = jsonSpace(b, i+1)
		if i < len(b) && b[i] == ']' {
			return i + 1, true
		}
		for {
			var ok bool
			if i, ok = jsonValue(b, i, depth+1); !ok {
				return i, false
			}
			i = jsonSpace(b, i)
			if i >= len(b) {
				return i, false
			}
			switch b[i] {
			case ']':
				return i + 1, true
			case ',':
				i = jsonSpace(b, i+1)
			default:
				return i, false
			}
		}
	case c == '-' || isDigit(c):
		return jsonNumber(b, i)
	case c == 't':
		return jsonLiteral(b, i, "true")
	case c == 'f':
		return jsonLiteral(b, i, "false")
	case c == 'n':
		return jsonLiteral(b, i, "null")
	}
	return i, false
}

func jsonLiteral(b []byte, i int, lit string) (int, bool) {
	if len(b)-i >= len(lit) && string(b[i:i+len(lit)]) == lit {
		return i + len(lit), true
	}
	return i, false
}

// jsonNumber reads -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func jsonNumber(b []byte, i int) (int, bool) {
	if b[i] == '-' {
		i++
	}
	digits := func() bool {
		j := i
		for i < len(b) && isDigit(b[i]) {
			i++
		}
		return i > j
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		digits()
	default:
		return i, false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if !digits() {
			return i, false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if !digits() {
			return i, false
		}
	}
	return i, true
}

// jsonString reads the rest of a string whose contents start at b[i] and
// returns the offset after its closing quote. Any byte from 0x20 up but '"'
// and '\' stands for itself, as in json.Valid.
func jsonString(b []byte, i int) (int, bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for {
		// Skip 8 plain bytes at a time: no '"', '\' or control byte.
		for i+8 <= len(b) {
			x := binary.LittleEndian.Uint64(b[i:])
			q := x ^ (ones * '"')
			s := x ^ (ones * '\\')
			special := (q-ones)&^q | (s-ones)&^s | (x - ones*0x20)
			if special&^x&highs != 0 {
				break
			}
			i += 8
		}
		if i >= len(b) {
			return i, false
		}
		switch c := b[i]; {
		case c == '"':
			return i + 1, true
		case c == '\\':
			if i+1 >= len(b) {
				return i, false
			}
			switch b[i+1] {
			case 'b', 'f', 'n', 'r', 't', '\\', '/', '"':
				i += 2
			case 'u':
				if i+6 > len(b) || !isHex(b[i+2]) || !isHex(b[i+3]) || !isHex(b[i+4]) || !isHex(b[i+5]) {
					return i, false
				}
				i += 6
			default:
				return i, false
			}
		case c < 0x20:
			return i, false
		default:
			i++
		}
	}
}

func isHex(c byte) bool { return isDigit(c) || 'a' <= c|0x20 && c|0x20 <= 'f' }
