package claims

import (
	"encoding/binary"
	"math/bits"
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Scan finds the value mentions in one sentence: numbers, ordinals,
// percentages, fractions, money, durations, dates, quantities, scores and
// ages. Runs of white space, line breaks included, count as one space;
// offsets index sentence. The mentions are sorted by Start, do not overlap,
// and each Text is sentence[Start:End]. Relative dates ("on Friday",
// "yesterday", "1 May" without a year) need ctx.Published and are dropped
// when it is zero. Scan never panics and is deterministic.
func Scan(sentence []byte, ctx ScanContext) []Mention {
	return ScanAppend(nil, sentence, ctx)
}

// ScanAppend is Scan appending to dst, for loops that reuse a buffer.
// Range ids start at 1 within each call.
func ScanAppend(dst []Mention, sentence []byte, ctx ScanContext) []Mention {
	if !mayHoldValue(sentence) {
		return dst
	}
	return scanAppend(dst, sentence, ctx)
}

// scanAppend is ScanAppend without the prefilter.
func scanAppend(dst []Mention, sentence []byte, ctx ScanContext) []Mention {
	s := scannerPool.Get().(*scanner)
	if cap(s.low) < len(sentence) {
		s.low = make([]byte, len(sentence))
	}
	*s = scanner{src: sentence, low: s.low[:len(sentence)], toks: s.toks[:0], ctx: ctx, out: dst, base: len(dst), tbuf: s.tbuf}
	s.toks = tokenize(sentence, s.low, s.toks)
	s.run()
	out := s.out
	if cap(s.low) > maxPooled || cap(s.toks) > maxPooled/4 || cap(s.tbuf) > maxPooled/2 {
		*s = scanner{}
	} else {
		*s = scanner{low: s.low[:0], toks: s.toks[:0], tbuf: s.tbuf[:0]}
	}
	scannerPool.Put(s)
	return out
}

// scannerPool holds scanners with their buffers for reuse.
var scannerPool = sync.Pool{New: func() any { return new(scanner) }}

// maxPooled bounds the buffers kept in scannerPool (bytes of sentence).
const maxPooled = 1 << 16

// Token kinds.
const (
	tWord  uint8 = iota // a run of letters
	tNum                // digits with inner separators: "1,150", "3.5"
	tPunct              // one other character: "$", "-", "%"
	tID                 // skipped: URL, e-mail address, letters and digits mixed ("G7", "a90138")
)

// token is a piece of the sentence.
type token struct {
	s, e int32  // byte offsets
	k    uint8  // kind
	sp   bool   // white space (or the sentence start) before the token
	up   bool   // starts with an upper-case letter
	nl   bool   // a line break before the token
	st   bool   // a value may start at the token (see at)
	cls  uint16 // word classes (see wordClasses) of a word
}

// scanner holds the state of one scan.
type scanner struct {
	src, low []byte
	toks     []token
	ctx      ScanContext
	out      []Mention
	base     int // len(out) when the scan started
	rangeID  int32
	tidx     *tenseIndex // built on first use by tense
	tbuf     []int32     // the buffer of tidx, kept for reuse
	tix      tenseIndex  // the storage of tidx
}

// tokenize splits src into tokens and fills low with its ASCII lower case.
func tokenize(src, low []byte, toks []token) []token {
	low = low[:len(src)]
	var marks uint8
	var markLanes uint64
	i := 0
	for ; i+8 <= len(low); i += 8 {
		x := binary.LittleEndian.Uint64(src[i:])
		binary.LittleEndian.PutUint64(low[i:], x|upperLanes(x)>>2)
		markLanes |= zeroLanes(x^'@'*lanes01) | zeroLanes(x^':'*lanes01) | zeroLanes(x^'/'*lanes01)
	}
	for ; i < len(low); i++ {
		c := src[i]
		low[i] = lowerByte[c]
		marks |= idMark[c]
	}
	// idChunk finds a URL or an e-mail address only in a chunk with '@',
	// ':' or '/', or one that starts with "www."
	mayID := marks != 0 || markLanes != 0
	sp, nl := true, false
	chunk := true // at the start of a white-space separated chunk
	for i := 0; i < len(src); {
		c := src[i]
		cl := byteClass[c]
		if cl == bSpace {
			if c == '\n' {
				nl = true
			}
			sp, chunk = true, true
			i++
			continue
		}
		var r rune = rune(c)
		size := 1
		if cl == bHigh {
			r, size = utf8.DecodeRune(src[i:])
			if unicode.IsSpace(r) {
				sp, chunk = true, true
				i += size
				continue
			}
		}
		if chunk {
			chunk = false
			if mayID || i+4 < len(src) && c|0x20 == 'w' && (string(src[i:i+4]) == "www." || string(src[i:i+4]) == "WWW.") {
				if end := idChunk(src, i); end > i {
					toks = append(toks, token{s: int32(i), e: int32(end), k: tID, sp: sp, nl: nl})
					sp, nl = false, false
					i = end
					continue
				}
			}
		}
		tk := token{s: int32(i), sp: sp, nl: nl}
		sp, nl = false, false
		switch {
		case cl == bDigit:
			j := i + 1
			for j < len(src) {
				d := src[j]
				if isDigit(d) {
					j++
					continue
				}
				if (d == ',' || d == '.') && j+1 < len(src) && isDigit(src[j+1]) {
					j += 2
					continue
				}
				break
			}
			tk.k, tk.e, tk.st = tNum, int32(j), true
			i = j
		case cl == bLetter || cl == bHigh && isLetterRune(r):
			if cl == bLetter {
				tk.up = isUpper(c)
			} else {
				tk.up = unicode.IsUpper(r)
			}
			j := i + size
			for j < len(src) {
				if j+8 <= len(src) {
					// skip ASCII letters eight at a time
					nl := ^letterLanes(binary.LittleEndian.Uint64(src[j:])) & lanes80
					j += bits.TrailingZeros64(nl) >> 3
					if nl == 0 {
						continue
					}
				}
				d := src[j]
				if byteClass[d] == bLetter {
					j++
					continue
				}
				if d < utf8.RuneSelf {
					break
				}
				r2, n := utf8.DecodeRune(src[j:])
				if !isLetterRune(r2) {
					break
				}
				j += n
			}
			tk.k = tWord
			if j < len(src) && isDigit(src[j]) {
				// Letters then digits: an identifier ("G7", "A320", "EU261").
				for j < len(src) {
					r2, n := rune(src[j]), 1
					if src[j] >= utf8.RuneSelf {
						r2, n = utf8.DecodeRune(src[j:])
					}
					if !isLetterRune(r2) && !isDigit(src[j]) {
						break
					}
					j += n
				}
				tk.k = tID
			}
			tk.e = int32(j)
			if n := j - i; tk.k == tWord && n < maxTabLen && wordClassTab.shape[n][low[i]&31]&(1<<(low[j-1]&31)) != 0 {
				if h := find(wordClassTab, low[i:j], false); h >= 0 {
					tk.cls = wordClassTab.vals[h]
					tk.st = tk.cls != 0
				}
			}
			i = j
		default:
			tk.k, tk.e = tPunct, int32(i+size)
			if size == 1 {
				tk.st = punctStarts[c]
			} else {
				_, cur := get2(fCurrencySymbols, src[i:i+size])
				p := string(src[i : i+size])
				tk.st = cur || p == "–" || p == "‑" || p == "−"
			}
			i += size
		}
		toks = append(toks, tk)
	}
	return toks
}

// lowerByte is the ASCII lower case of each byte.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// punctStarts marks the one-byte currency signs and the hyphen: the
// one-byte punctuation a value may start at.
var punctStarts = func() (t [256]bool) {
	for sym := range currencySymbols {
		if len(sym) == 1 {
			t[sym[0]] = true
		}
	}
	t['-'] = true
	return t
}()

// idMark marks the bytes without which idChunk finds nothing but "www."
// chunks.
var idMark = func() (t [256]uint8) {
	t['@'], t[':'], t['/'] = 1, 1, 1
	return t
}()

// wordClassTab is wordClasses for the tokenizer.
var wordClassTab = newWordTab(wordClasses)

// idChunk reports the end of the white-space separated chunk at i when it
// is a URL or an e-mail address, else i.
func idChunk(src []byte, i int) int {
	end := i
	at, slash, colon, dot := false, false, false, false
	for end < len(src) {
		c := src[end]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			break
		}
		if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRune(src[end:])
			if unicode.IsSpace(r) {
				break
			}
		}
		switch c {
		case '@':
			at = at || (end > i && end+1 < len(src) && isAlnum(src[end-1]) && isAlnum(src[end+1]))
		case '/':
			slash = true
		case ':':
			colon = colon || (end+2 < len(src) && src[end+1] == '/' && src[end+2] == '/')
		case '.':
			dot = dot || (end > i && end+1 < len(src) && isAlnum(src[end-1]) && isAlpha(src[end+1]))
		}
		end++
	}
	if at || colon {
		return end
	}
	if end-i > 4 && (string(src[i:i+4]) == "www." || string(src[i:i+4]) == "WWW.") {
		return end
	}
	if slash && dot && !isDigit(src[i]) {
		return end
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// Token helpers. All take any index and report false out of range.

// lw is the lower-cased bytes of token i (nil out of range).
func (s *scanner) lw(i int) []byte {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	t := s.toks[i]
	return s.low[t.s:t.e]
}

// raw is the bytes of token i as written.
func (s *scanner) raw(i int) []byte {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	t := s.toks[i]
	return s.src[t.s:t.e]
}

// kind is the kind of token i, or 255 out of range.
func (s *scanner) kind(i int) uint8 {
	if i < 0 || i >= len(s.toks) {
		return 255
	}
	return s.toks[i].k
}

// word reports whether token i is the word w (lower case).
func (s *scanner) word(i int, w string) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[i]
	return t.k == tWord && int(t.e-t.s) == len(w) && string(s.low[t.s:t.e]) == w
}

// isWord reports whether token i is a word.
func (s *scanner) isWord(i int) bool { return s.kind(i) == tWord }

// isNum reports whether token i is digits.
func (s *scanner) isNum(i int) bool { return s.kind(i) == tNum }

// punct reports whether token i is the punctuation p.
func (s *scanner) punct(i int, p string) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[i]
	return t.k == tPunct && int(t.e-t.s) == len(p) && string(s.src[t.s:t.e]) == p
}

// dash reports whether token i is a hyphen or an en dash.
func (s *scanner) dash(i int) bool {
	if s.kind(i) != tPunct {
		return false
	}
	r := s.raw(i)
	return string(r) == "-" || string(r) == "–" || string(r) == "‑"
}

// apos reports whether token i is an apostrophe.
func (s *scanner) apos(i int) bool {
	if s.kind(i) != tPunct {
		return false
	}
	r := s.raw(i)
	return string(r) == "'" || string(r) == "’"
}

// adj reports whether token i directly follows token i-1 with no space.
func (s *scanner) adj(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].sp
}

// sentenceStart reports whether token i begins the sentence or a line.
func (s *scanner) sentenceStart(i int) bool {
	if i <= 0 {
		return true
	}
	if i >= len(s.toks) {
		return false
	}
	if s.toks[i].nl {
		return true
	}
	p := s.raw(i - 1)
	if len(p) == 1 && (p[0] == '.' || p[0] == '"' || p[0] == ':' || p[0] == '(' || p[0] == '!' || p[0] == '?') {
		return true
	}
	return string(p) == "“" || string(p) == "‘" || string(p) == "—"
}

// val is a value being recognized, before it becomes a Mention.
type val struct {
	kind  Kind
	i, j  int // token span [i, j)
	num   dec
	frac  float64 // fractions
	unit  string
	per   string
	date  Date
	score [2]int
	rel   bool
	amb   bool
	mod   Mod
	scale int   // power of ten of a scale word applied to num (0 if none)
	bare  bool  // a plain number: no unit, scale or suffix
	year  bool  // a year written as a bare number
	skip  bool  // consume the tokens, report nothing
	rng   int32 // range id

	// A second date of a day span ("March 17 and 18").
	d2     Date
	d2i    int
	d2j    int
	d2rng  bool
	hasD2  bool
	dayEnd bool // the date ends with its day number
}

// run scans all tokens left to right.
func (s *scanner) run() {
	for i := 0; i < len(s.toks); {
		if !s.toks[i].st {
			i++
		} else if n := s.at(i); n > i {
			i = n
		} else {
			i++
		}
	}
}

// at recognizes a value starting at token i and returns the index after
// what it consumed, or i if nothing starts there. Values start only at
// digits, at a currency sign, a dash or a minus sign, and at a word of
// wordClasses: the tokens that tokenize marks st.
func (s *scanner) at(i int) int {
	if n := s.between(i); n > i {
		return n
	}
	mod, j := s.modifier(i)
	if j > i {
		if v, ok := s.value(j, true); ok {
			if v.skip {
				return v.j
			}
			if v.kind == KindDuration && j == i+1 && s.word(i, "over") && (s.word(j, "a") || s.word(j, "an")) {
				// "spread over a decade": a span, not a bound
				return s.finish(v)
			}
			v.i = i
			v.mod = joinMod(mod, v.mod)
			return s.finish(v)
		}
	}
	v, ok := s.value(i, false)
	if !ok {
		return i
	}
	if v.skip {
		return v.j
	}
	return s.finish(v)
}

// joinMod combines a modifier before a value with one found in it.
func joinMod(before, in Mod) Mod {
	if before != ModNone {
		return before
	}
	return in
}

// modifier matches a modifier phrase at i and returns it with the index
// after it, or ModNone and i.
func (s *scanner) modifier(i int) (Mod, int) {
	if !s.isWord(i) || s.toks[i].cls&cMod == 0 {
		return ModNone, i
	}
	for _, p := range get(fModByFirst, s.lw(i)) {
		ok := true
		for k, w := range p.words {
			if !s.word(i+k, w) {
				ok = false
				break
			}
		}
		if ok {
			return p.mod, i + len(p.words)
		}
	}
	return ModNone, i
}

// value recognizes a value starting exactly at token i. modded tells that
// a modifier precedes it, which makes a four-digit number a count.
func (s *scanner) value(i int, modded bool) (val, bool) {
	var c uint16
	switch s.kind(i) {
	case tID, 255:
		return val{}, false
	case tWord:
		c = s.toks[i].cls
	case tNum:
		c = cDate | cFrac | cNum
	case tPunct:
		c = cMoney | cNum
	}
	if c&cDate != 0 {
		if v, ok := s.date(i, modded); ok {
			return v, true
		}
	}
	if c&cMoney != 0 {
		if v, ok := s.moneyPrefix(i); ok {
			return v, true
		}
	}
	if c&cFrac != 0 {
		if v, ok := s.fraction(i); ok {
			return v, true
		}
	}
	if c&cDur != 0 {
		if v, ok := s.durationWords(i); ok {
			return v, true
		}
	}
	if c&cAge != 0 {
		if v, ok := s.age(i); ok {
			return v, true
		}
	}
	if c&cNum != 0 {
		if v, ok := s.numberValue(i, modded); ok {
			return v, true
		}
	}
	if c&cOrd != 0 {
		if v, ok := s.ordinalWord(i); ok {
			return v, true
		}
	}
	return val{}, false
}

// finish looks past a recognized value for a second value that makes a
// range or a score, emits the result and returns the index after it.
func (s *scanner) finish(v val) int {
	if v.hasD2 {
		if v.d2rng {
			s.rangeID++
			v.rng = s.rangeID
			v.mod = ModMin
		}
		s.emit(v)
		w := val{kind: KindDate, i: v.d2i, j: v.d2j, date: v.d2, rel: v.rel, rng: v.rng}
		if v.d2rng {
			w.mod = ModMax
		}
		s.emit(w)
		return v.d2j
	}
	j := v.j
	// "eight votes to three", "8 votes to 3"
	if v.bare && v.num.isSmallInt() && (s.word(j, "votes") || s.word(j, "vote")) && s.word(j+1, "to") {
		if w, ok := s.value(j+2, false); ok && w.bare && w.num.isSmallInt() {
			v.kind, v.j, v.bare = KindScore, w.j, false
			v.score = [2]int{int(v.num.int()), int(w.num.int())}
			if s.word(w.j, "votes") {
				v.j = w.j + 1
			}
			s.emit(v)
			return v.j
		}
	}
	// N-M: a score or a range.
	if (v.bare || v.year || v.kind == KindMoney && v.per == "") && s.dash(j) && s.adj(j) && s.isNum(j+1) && s.adj(j+1) {
		if s.dash(j+2) && s.adj(j+2) && s.isNum(j+3) && s.adj(j+3) {
			// "4-4-2": neither a score nor a range
			k := j + 3
			for s.dash(k+1) && s.adj(k+1) && s.isNum(k+2) && s.adj(k+2) {
				k += 2
			}
			return k + 1
		}
		if w, ok := s.value(j+1, false); ok && !w.skip {
			if v.bare && w.bare && v.num.isSmallInt() && w.num.isSmallInt() && v.mod == ModNone && s.isScore(v, w) {
				v.kind, v.j, v.bare = KindScore, w.j, false
				v.score = [2]int{int(v.num.int()), int(w.num.int())}
				s.emit(v)
				return v.j
			}
			if v2, w2, ok := s.rangePair(v, w); ok {
				s.emitRange(v2, w2)
				return w2.j
			}
		}
	}
	// "X to Y": a range only when X is a bare number and Y gives it a unit,
	// or both are years ("from 2019 to 2022").
	if s.word(j, "to") && (v.bare || v.year) && (v.year || !s.word(v.i-1, "from")) {
		if w, ok := s.value(j+1, false); ok && !w.skip {
			// "voted 9 to 2"
			if v.bare && w.bare && v.num.isSmallInt() && w.num.isSmallInt() && v.mod == ModNone &&
				(s.near(v.i-1, fScoreWords) || s.near(v.i-2, fScoreWords) || s.near(w.j, fScoreWords)) {
				v.kind, v.j, v.bare = KindScore, w.j, false
				v.score = [2]int{int(v.num.int()), int(w.num.int())}
				s.emit(v)
				return v.j
			}
			if v.year && (w.year || w.bare && w.num.isSmallInt()) || v.bare && !w.year && w.kind != KindDate {
				if v2, w2, ok := s.rangePair(v, w); ok {
					s.emitRange(v2, w2)
					return w2.j
				}
			}
		}
	}
	s.emit(v)
	return v.j
}

// isScore decides whether N-M (both small integers) is a score.
func (s *scanner) isScore(v, w val) bool {
	if s.near(v.i-1, fScoreWords) || s.near(v.i-2, fScoreWords) || s.near(v.i-3, fScoreWords) || s.near(w.j, fScoreWords) {
		return true
	}
	a, b := v.num.int(), w.num.int()
	if a <= b {
		return false
	}
	// a unit or a counted noun after it makes a range: "20-15 metres"
	if s.isWord(w.j) && !s.toks[w.j].up {
		lw := s.lw(w.j)
		if len(lw) > 2 && lw[len(lw)-1] == 's' && lw[len(lw)-2] != 's' {
			return false
		}
		if _, ok := get2(fQuantityUnits, lw); ok {
			return false
		}
	}
	return true
}

// near reports whether token i is a word of set.
func (s *scanner) near(i int, set fastMap[bool]) bool {
	return s.isWord(i) && get(set, s.lw(i))
}

// between recognizes "between X and Y" and "aged between X and Y".
func (s *scanner) between(i int) int {
	k := i
	aged := false
	if s.kind(i) != tWord || s.toks[i].cls&cBetween == 0 {
		return i
	}
	if s.word(k, "aged") || s.word(k, "ages") {
		aged = true
		k++
	}
	if !s.word(k, "between") {
		return i
	}
	for _, modded := range [2]bool{false, true} {
		if n := s.betweenPair(i, k, aged, modded); n > i {
			return n
		}
	}
	return i
}

// betweenPair reads the "X and Y" of a between range at k+1.
func (s *scanner) betweenPair(i, k int, aged, modded bool) int {
	v, ok := s.value(k+1, modded)
	if !ok || v.skip || !s.word(v.j, "and") || aged && modded {
		return i
	}
	w, ok := s.value(v.j+1, modded)
	if !ok || w.skip {
		return i
	}
	if aged {
		if !v.bare || !(w.bare || w.kind == KindAge) {
			return i
		}
		v.kind, w.kind = KindAge, KindAge
		v.bare, w.bare = false, false
	}
	v2, w2, ok := s.rangePair(v, w)
	if !ok {
		return i
	}
	v2.i = i
	s.emitRange(v2, w2)
	return w2.j
}

// rangePair makes the two ends of a range agree: a bare first end takes
// the kind, unit and scale of the second ("between 250 and 600 euros",
// "2 to 3 million"), and a bare second end takes the currency of the
// first ("$5-10 million").
func (s *scanner) rangePair(v, w val) (val, val, bool) {
	if v.year {
		switch {
		case w.year:
		case w.bare && w.num.isSmallInt() && w.num.int() < 100:
			y := v.date.Year/100*100 + int(w.num.int())
			if y <= v.date.Year {
				return v, w, false
			}
			w = val{kind: KindDate, i: w.i, j: w.j, date: Date{Year: y, Prec: PrecYear}, year: true}
		case w.bare && w.num.isSmallInt() && w.num.int() >= 1800 && w.num.int() <= 2100:
			w = val{kind: KindDate, i: w.i, j: w.j, date: Date{Year: int(w.num.int()), Prec: PrecYear}, year: true}
		default:
			return v, w, false
		}
		if w.date.Year < v.date.Year {
			return v, w, false
		}
		return v, w, true
	}
	if v.kind == KindDate || w.kind == KindDate || v.kind == KindScore || w.kind == KindScore {
		if v.kind == KindDate && w.kind == KindDate {
			return v, w, true
		}
		return v, w, false
	}
	if w.year {
		// "between 10 and 2000": the second end is a count after all
		w.year, w.bare, w.kind = false, true, KindNumber
	}
	vPlain, wPlain := v.kind == KindNumber, w.kind == KindNumber
	switch {
	case vPlain && !wPlain:
		if w.scale > 0 && v.scale == 0 && v.num.lessPow(w.scale) {
			v.num = v.num.shift(w.scale)
			v.scale = w.scale
		}
		i, j, mod := v.i, v.j, v.mod
		n, sc := v.num, v.scale
		v = w
		v.i, v.j, v.mod, v.num, v.scale = i, j, mod, n, sc
	case wPlain && !vPlain:
		if v.kind != KindMoney && v.kind != KindPercent && v.kind != KindQuantity {
			return v, w, false
		}
		if w.scale > 0 && v.scale == 0 && v.num.lessPow(w.scale) {
			v.num = v.num.shift(w.scale)
			v.scale = w.scale
		}
		i, j, n, sc := w.i, w.j, w.num, w.scale
		w = v
		w.i, w.j, w.num, w.scale, w.mod = i, j, n, sc, ModNone
	case vPlain && wPlain:
		if w.scale > 0 && v.scale == 0 && v.num.lessPow(w.scale) {
			v.num = v.num.shift(w.scale)
			v.scale = w.scale
		}
	default:
		if v.kind != w.kind || v.unit != w.unit {
			return v, w, false
		}
	}
	v.bare, w.bare = false, false
	return v, w, true
}

// emitRange emits the two ends of a range with a fresh range id.
func (s *scanner) emitRange(v, w val) {
	s.rangeID++
	v.rng, w.rng = s.rangeID, s.rangeID
	v.mod, w.mod = ModMin, ModMax
	s.emit(v)
	s.emit(w)
}

// emit appends the Mention of v.
func (s *scanner) emit(v val) {
	if v.skip || v.i < 0 || v.j > len(s.toks) || v.i >= v.j {
		return
	}
	start, end := int(s.toks[v.i].s), int(s.toks[v.j-1].e)
	if n := len(s.out); n > s.base && s.out[n-1].End > start {
		return // never overlap
	}
	m := Mention{
		Start: start, End: end, Kind: v.kind,
		Mod: v.mod, Unit: v.unit, Per: v.per, Relative: v.rel, Ambiguous: v.amb,
		Range: v.rng,
	}
	if m.Kind == KindNone || v.bare {
		m.Kind = KindNumber
	}
	// Text and Norm share one allocation: the text, then the norm.
	var buf [192]byte
	b := append(buf[:0], s.src[start:end]...)
	switch m.Kind {
	case KindDate:
		m.Date = v.date
		var ok bool
		if b, ok = appendDateNorm(b, v.date); !ok {
			return
		}
	case KindFraction:
		m.Num = v.frac
		b = appendFraction(b, v.frac)
	case KindScore:
		m.Score = v.score
		b = strconv.AppendInt(b, int64(v.score[0]), 10)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(v.score[1]), 10)
	case KindMoney, KindQuantity:
		m.Num = v.num.float()
		b = v.num.appendTo(b)
		b = append(b, ' ')
		b = append(b, v.unit...)
	case KindDuration:
		m.Num = v.num.float()
		b = appendDurationNorm(b, v.num, v.unit)
	default:
		m.Num = v.num.float()
		b = v.num.appendTo(b)
	}
	str := string(b)
	m.Text, m.Norm = str[:end-start], str[end-start:]
	s.out = append(s.out, m)
}

// The prefilter. Every mention begins at a token that at accepts: digits,
// a currency sign or a dash before digits, or a word of wordClasses. Money,
// signs and dashes need digits. Without digits, a value can only be read
// from words, and each word-borne value holds one of these trigger words:
//
//   - date: a capitalized month or weekday name; yesterday, today, tonight,
//     tomorrow; "this/last/next/previous/following" + morning, afternoon,
//     evening, night, month or year (or a weekday or month name; "earlier
//     this month" has "this" too); "a day ago", "an hour ago" (ago);
//   - number, age, score: a spelled number needs a word of smallNumbers or
//     tensNumbers, or "a" + hundred, dozen or a scale word, or "half a
//     million", "a quarter of a million";
//   - fraction: a spelled count ("one in five", "a hundred"), "half", or a
//     word of fractionWords ("a quarter of");
//   - duration: "half an hour", "a fortnight", or "a"/"an" + a singular
//     duration unit ("for a year"; durationWords turns plurals other than
//     "hrs" down);
//   - ordinal: a word of ordinalWords.
//
// Modifiers, "between" and ranges only extend a value that is read on its
// own. A sentence with no ASCII digit and no trigger thus yields no
// mention, and mayHoldValue lets ScanAppend skip it.

// Trigger flags of a word.
const (
	trigAny      uint8 = 1 << iota // triggers in any case
	trigCap                        // triggers capitalized
	trigAfterA                     // triggers right after "a" or "an"
	trigAfterRel                   // triggers right after this, last, next, previous or following
	trigA                          // is "a" or "an"
	trigRel                        // is this, last, next, previous or following
)

// triggerWords are the words (lower case) that may begin or carry a value
// in a sentence without digits, with their trigger flags.
var triggerWords = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(f uint8, words ...string) {
		for _, w := range words {
			m[w] |= f
		}
	}
	add(trigAny, "yesterday", "today", "tonight", "tomorrow", "ago",
		"hundred", "dozen", "half", "quarter", "fortnight")
	add(trigAfterRel, "morning", "afternoon", "evening", "night", "month", "year")
	add(trigA, "a", "an")
	add(trigRel, "this", "last", "next", "previous", "following")
	for w := range smallNumbers {
		add(trigAny, w)
	}
	for w := range tensNumbers {
		add(trigAny, w)
	}
	for w := range scaleWords {
		add(trigAny, w)
	}
	for w := range ordinalWords {
		add(trigAny, w)
	}
	for w := range fractionWords {
		add(trigAny, w)
	}
	for w := range durationUnits {
		if w[len(w)-1] != 's' || w == "hrs" {
			add(trigAfterA, w)
		}
	}
	for w := range months {
		add(trigCap, w)
	}
	for w := range weekdays {
		add(trigCap, w)
	}
	return m
}()

// triggerTab is triggerWords for mayHoldValue.
var triggerTab = func() *wordTab {
	m := map[string]uint16{}
	for w, f := range triggerWords {
		m[w] = uint16(f)
	}
	return newWordTab(m)
}()

// mayHoldValue reports whether sentence has an ASCII digit or a trigger
// word. It reads words as runs of ASCII letters: a word of the tokenizer
// made of ASCII letters is such a run, since a word ends only where the
// letters end. Two words are taken to follow each other when only white
// space or non-ASCII bytes stand between them, which covers every pair of
// tokenizer words that follow each other.
//
// It tests eight bytes at a time for digits, then finds the words of each
// 64-byte block from a bit mask of its letters, and looks up only the
// words whose length, first and last letter may be those of a trigger.
func mayHoldValue(src []byte) bool {
	if hasDigit(src) {
		return true
	}
	shape := &triggerTab.shape
	start := -1 // the start of the word being read, or -1
	for base := 0; base < len(src); base += 64 {
		l := letterMask(src[base:])
		carry := uint64(0)
		if start >= 0 {
			carry = 1
		}
		// the bytes where a word starts or the byte after a word
		edges := l ^ (l<<1 | carry)
		for edges != 0 {
			k := base + bits.TrailingZeros64(edges)
			edges &= edges - 1
			if start < 0 {
				start = k
				continue
			}
			if n := k - start; n < maxTabLen && shape[n][src[start]&31]&(1<<(src[k-1]&31)) != 0 && triggers(src, start, k) {
				return true
			}
			start = -1
		}
	}
	if start >= 0 {
		k := len(src)
		if n := k - start; n < maxTabLen && shape[n][src[start]&31]&(1<<(src[k-1]&31)) != 0 && triggers(src, start, k) {
			return true
		}
	}
	return false
}

// triggers reports whether the word src[i:j] of a sentence without digits
// is a trigger.
func triggers(src []byte, i, j int) bool {
	f16, _ := triggerTab.lookup(src[i:j])
	f := uint8(f16)
	if f&trigAny != 0 || f&trigCap != 0 && isUpper(src[i]) {
		return true
	}
	if f&(trigAfterA|trigAfterRel) == 0 {
		return false
	}
	// the flags of the word before, if only white space or non-ASCII bytes
	// stand between them
	k := i - 1
	for k >= 0 && (byteClass[src[k]] == bSpace || byteClass[src[k]] == bHigh) {
		k--
	}
	if k < 0 || byteClass[src[k]] != bLetter {
		return false
	}
	e := k + 1
	for k >= 0 && byteClass[src[k]] == bLetter {
		k--
	}
	p16, _ := triggerTab.lookup(src[k+1 : e])
	prev := uint8(p16)
	return f&trigAfterA != 0 && prev&trigA != 0 || f&trigAfterRel != 0 && prev&trigRel != 0
}

// Eight-byte lanes.
const (
	lanes01 = 0x0101010101010101
	lanes7f = 0x7f * lanes01
	lanes80 = 0x80 * lanes01
)

// hasDigit reports whether b holds an ASCII digit.
func hasDigit(b []byte) bool {
	i := 0
	for ; i+16 <= len(b); i += 16 {
		if digitLanes(binary.LittleEndian.Uint64(b[i:]))|digitLanes(binary.LittleEndian.Uint64(b[i+8:])) != 0 {
			return true
		}
	}
	if i+8 <= len(b) {
		if digitLanes(binary.LittleEndian.Uint64(b[i:])) != 0 {
			return true
		}
		i += 8
	}
	for ; i < len(b); i++ {
		if isDigit(b[i]) {
			return true
		}
	}
	return false
}

// digitLanes sets the high bit of each byte of x that is an ASCII digit.
func digitLanes(x uint64) uint64 {
	t := x & lanes7f
	return (t + (0x80-'0')*lanes01) &^ (t + (0x7f-'9')*lanes01) &^ x & lanes80
}

// upperLanes sets the high bit of each byte of x that is an ASCII capital.
func upperLanes(x uint64) uint64 {
	t := x & lanes7f
	return (t + (0x80-'A')*lanes01) &^ (t + (0x7f-'Z')*lanes01) &^ x & lanes80
}

// zeroLanes is not zero when a byte of x is zero.
func zeroLanes(x uint64) uint64 {
	return (x - lanes01) &^ x & lanes80
}

// letterLanes sets the high bit of each byte of x that is an ASCII letter.
func letterLanes(x uint64) uint64 {
	y := x | 0x20*lanes01 // lower case; no other byte lands on a letter
	t := y & lanes7f
	return (t + (0x80-'a')*lanes01) &^ (t + (0x7f-'z')*lanes01) &^ y & lanes80
}

// letterMask sets bit k for each of the first 64 bytes of b that is an
// ASCII letter.
func letterMask(b []byte) uint64 {
	if len(b) > 64 {
		b = b[:64]
	}
	var m uint64
	k := 0
	for ; k+8 <= len(b); k += 8 {
		// gather the high bits of the lanes into eight bits
		m |= (letterLanes(binary.LittleEndian.Uint64(b[k:])) >> 7 * 0x0102040810204080 >> 56) << k
	}
	for ; k < len(b); k++ {
		if byteClass[b[k]] == bLetter {
			m |= 1 << k
		}
	}
	return m
}

// Byte classes.
const (
	bOther  uint8 = iota
	bLetter       // ASCII letter
	bDigit        // ASCII digit
	bSpace        // ASCII white space
	bHigh         // a byte of a multi-byte UTF-8 sequence
)

// byteClass is the class of each byte.
var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = bLetter
		case '0' <= c && c <= '9':
			t[c] = bDigit
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			t[c] = bSpace
		case c >= utf8.RuneSelf:
			t[c] = bHigh
		}
	}
	return t
}()

// maxTabLen bounds the length of the words of a wordTab.
const maxTabLen = 24

// wordTab is a read-only table of words with small values: a test on
// length, first and last byte, then an open-addressing hash table. It is
// faster than a map for the recognizers' many misses. Its keys hold no
// ASCII capitals.
type wordTab struct {
	shape [maxTabLen][32]uint32 // bit last&31 of [len][first&31], lower-cased
	keys  []string
	vals  []uint16
	mask  uint32
}

// newWordTab builds the wordTab of m.
func newWordTab(m map[string]uint16) *wordTab {
	t := &wordTab{}
	size := 64
	for size < 4*len(m) {
		size *= 2
	}
	t.keys, t.vals, t.mask = make([]string, size), make([]uint16, size), uint32(size-1)
	for w, v := range m {
		if len(w) == 0 || len(w) >= maxTabLen {
			panic("claims: bad table word: " + w)
		}
		for k := 0; k < len(w); k++ {
			if lowerByte[w[k]] != w[k] {
				panic("claims: table word not in lower case: " + w)
			}
		}
		t.shape[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
		h := hashWord(w) & t.mask
		for t.keys[h] != "" {
			h = (h + 1) & t.mask
		}
		t.keys[h], t.vals[h] = w, v
	}
	return t
}

// hashWord hashes w folded to ASCII lower case.
func hashWord[T string | []byte](w T) uint32 {
	h := uint32(2166136261)
	for k := 0; k < len(w); k++ {
		h = (h ^ uint32(lowerByte[w[k]])) * 16777619
	}
	return h ^ h>>15
}

// find is the slot of w (compared folded to ASCII lower case when fold),
// or -1.
func find[T string | []byte](t *wordTab, w T, fold bool) int {
	n := len(w)
	if n == 0 || n >= maxTabLen || t.shape[n][lowerByte[w[0]]&31]&(1<<(lowerByte[w[n-1]]&31)) == 0 {
		return -1
	}
	for h := hashWord(w) & t.mask; ; h = (h + 1) & t.mask {
		k := t.keys[h]
		if k == "" {
			return -1
		}
		if len(k) != n {
			continue
		}
		if fold {
			if foldEq(k, w) {
				return int(h)
			}
		} else if k == string(w) {
			return int(h)
		}
	}
}

// lookup finds w in any case.
func (t *wordTab) lookup(w []byte) (uint16, bool) {
	if h := find(t, w, true); h >= 0 {
		return t.vals[h], true
	}
	return 0, false
}

// foldEq reports whether w folded to ASCII lower case equals the key k of
// the same length.
func foldEq[T string | []byte](k string, w T) bool {
	for i := 0; i < len(k); i++ {
		if k[i] != lowerByte[w[i]] {
			return false
		}
	}
	return true
}

// fastMap is a read-only map from words to V over a wordTab: get and has
// behave as the map they were built from.
type fastMap[V any] struct {
	t    *wordTab
	vals []V
}

// newFastMap builds the fastMap of m.
func newFastMap[V any](m map[string]V) fastMap[V] {
	idx := map[string]uint16{}
	var vals []V
	for w, v := range m {
		idx[w] = uint16(len(vals))
		vals = append(vals, v)
	}
	return fastMap[V]{newWordTab(idx), vals}
}

// get is m[w].
func get[V any, T string | []byte](f fastMap[V], w T) V {
	if h := find(f.t, w, false); h >= 0 {
		return f.vals[f.t.vals[h]]
	}
	var zero V
	return zero
}

// get2 is m[w] with its ok.
func get2[V any, T string | []byte](f fastMap[V], w T) (V, bool) {
	if h := find(f.t, w, false); h >= 0 {
		return f.vals[f.t.vals[h]], true
	}
	var zero V
	return zero, false
}

// appendDateNorm appends d.String() to b; ok is false when that is empty.
func appendDateNorm(b []byte, d Date) ([]byte, bool) {
	switch d.Prec {
	case PrecYear, PrecMonth, PrecDay:
	default:
		return b, false
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return append(b, d.String()...), true
	}
	y := d.Year
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	if d.Prec >= PrecMonth {
		b = append(b, '-', byte('0'+d.Month/10), byte('0'+d.Month%10))
	}
	if d.Prec == PrecDay {
		b = append(b, '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
	}
	return b, true
}

// Fast forms of the word tables for the recognizers.
var (
	fSmallNumbers     = newFastMap(smallNumbers)
	fTensNumbers      = newFastMap(tensNumbers)
	fScaleWords       = newFastMap(scaleWords)
	fScaleSuffixes    = newFastMap(scaleSuffixes)
	fOrdinalWords     = newFastMap(ordinalWords)
	fOrdinalSuffixes  = newFastMap(ordinalSuffixes)
	fFractionWords    = newFastMap(fractionWords)
	fMonths           = newFastMap(months)
	fWeekdays         = newFastMap(weekdays)
	fDayParts         = newFastMap(dayParts)
	fNewspaperWords   = newFastMap(newspaperWords)
	fYearCues         = newFastMap(yearCues)
	fCurrencySymbols  = newFastMap(currencySymbols)
	fDollarPrefixes   = newFastMap(dollarPrefixes)
	fCurrencyWords    = newFastMap(currencyWords)
	fDollarAdjectives = newFastMap(dollarAdjectives)
	fPerWords         = newFastMap(perWords)
	fPerAdverbs       = newFastMap(perAdverbs)
	fDurationUnits    = newFastMap(durationUnits)
	fQuantityUnits    = newFastMap(quantityUnits)
	fAttachedUnits    = newFastMap(attachedUnits)
	fDimensionWords   = newFastMap(dimensionWords)
	fBlockWords       = newFastMap(blockWords)
	fDotBlockWords    = newFastMap(dotBlockWords)
	fOneNext          = newFastMap(oneNext)
	fOnePrev          = newFastMap(onePrev)
	fOneCompounds     = newFastMap(oneCompounds)
	fTimeWords        = newFastMap(timeWords)
	fPastCues         = newFastMap(pastCues)
	fNotPast          = newFastMap(notPast)
	fFutureCues       = newFastMap(futureCues)
	fDueToCause       = newFastMap(dueToCause)
	fPastIrregular    = newFastMap(pastIrregular)
	fFullMonths       = newFastMap(fullMonths)
	fMonthCues        = newFastMap(monthCues)
	fScheduleVerbs    = newFastMap(scheduleVerbs)
	fIrregularPast    = newFastMap(irregularPast)
	fModByFirst       = newFastMap(modByFirst)
	fScoreWords       = newFastMap(scoreWords)
	fDurationCues     = newFastMap(durationCues)
)
