package claims

import (
	"unicode"
	"unicode/utf8"
)

// wtok is a word or a punctuation mark of a sentence.
type wtok struct {
	Start, End int    // byte offsets into the sentence
	Low        string // lower-cased word, or the punctuation mark itself
	Cap        bool   // starts with an upper-case letter
	Word       bool   // letters or digits (with inner ' - . kept: "U.S.", "Fenwick-Obi", "don't")
	Digit      bool   // starts with a digit
	Upper      bool   // two or more letters, all capitals ("WEXMOOR", "UNF")
	Class      uint16 // the word sets Low belongs to (see wordClass)
}

// Word classes: membership of a token's Low in the word sets that the
// extractor tests on most tokens, read once per word.
const (
	wcStop uint16 = 1 << iota
	wcSpeech
	wcAux
	wcClause
	wcQualPrep
	wcTitle
	wcDeny
	wcReject
	wcClaimNoun
	wcPropStop
	wcPlacePrep
	wcQualDet
)

// classSets are the sets behind the classes, bit i for set i.
var classSets = []*map[string]bool{&wStop, &speechVerbs, &auxWords, &clauseWords, &qualPreps, &titleWords,
	&denyWords, &rejectWords, &claimNouns, &propStop, &placePreps, &qualDets}

// classTable maps every word of the class sets to its classes.
var classTable = func() map[string]uint16 {
	t := map[string]uint16{}
	for i, m := range classSets {
		for w := range *m {
			t[w] |= 1 << uint(i)
		}
	}
	return t
}()

// wordClass returns the classes of a lower-cased word or mark.
func wordClass(w string) uint16 { return classTable[w] }

// wordTokens splits a sentence into words and punctuation marks. Possessive
// "'s" / "’s" is split off as its own token ("'s").
func wordTokens(s []byte, dst []wtok) []wtok { return wordTokensI(s, dst, nil) }

// wordTokensI is wordTokens with an intern table for the lower-cased words,
// so that a document's repeated words share one string.
func wordTokensI(s []byte, dst []wtok, intern *internTable) []wtok {
	dst = dst[:0]
	if dst == nil {
		dst = make([]wtok, 0, len(s)/5+4)
	}
	i := 0
	for i < len(s) {
		r, n := decodeRune(s[i:])
		if isSpaceRune(r) || r == utf8.RuneError && n <= 1 && s[i] < 0x80 {
			i += n
			continue
		}
		if isAlnumRune(r) {
			start := i
			j := i
			for j < len(s) {
				if c := s[j]; c < 0x80 && asciiAlnum[c] {
					j++
					continue
				}
				r2, n2 := decodeRune(s[j:])
				if isAlnumRune(r2) {
					j += n2
					continue
				}
				// inner connectors: ' ’ - . , (digits) followed by a letter or digit
				if (r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '.' || r2 == '\u2010' || r2 == '\u2011' || r2 == ',') && j+n2 < len(s) {
					r3, _ := decodeRune(s[j+n2:])
					if r2 == ',' {
						// 1,150: comma only between digits
						if j > start && s[j-1] >= '0' && s[j-1] <= '9' && r3 >= '0' && r3 <= '9' {
							j += n2
							continue
						}
						break
					}
					if (r2 == '\'' || r2 == '\u2019') && (r3 == 's' || r3 == 'S') {
						// possessive: split, unless a contraction like "it's" continues
						if j+n2+1 >= len(s) || !isWordByteW(s[j+n2+1]) {
							break
						}
					}
					if isAlnumRune(r3) {
						j += n2
						continue
					}
					// "U.S." : a dot after a single letter, keep it
					if r2 == '.' && j-start <= 2 && isUpperRune(r) {
						j += n2
						continue
					}
				}
				break
			}
			w := s[start:j]
			low, class := lowerInterned(w, intern)
			dst = append(dst, wtok{Start: start, End: j, Low: low, Class: class, Cap: isUpperRune(r), Word: true, Digit: isDigitRune(r), Upper: capsWord(w)})
			i = j
			// possessive
			if i+1 < len(s) && (s[i] == '\'' || s[i] == 's') {
				if s[i] == '\'' && (s[i+1] == 's' || s[i+1] == 'S') && (i+2 >= len(s) || !isWordByteW(s[i+2])) {
					dst = append(dst, wtok{Start: i, End: i + 2, Low: "'s", Class: possClass})
					i += 2
				}
			} else if i+3 < len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && s[i+2] == 0x99 && (s[i+3] == 's' || s[i+3] == 'S') && (i+4 >= len(s) || !isWordByteW(s[i+4])) {
				dst = append(dst, wtok{Start: i, End: i + 4, Low: "'s", Class: possClass})
				i += 4
			}
			continue
		}
		var low string
		class := uint16(0)
		switch r {
		case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
			low = `"`
		case '\u2018', '\u2019':
			low = "'"
		case '\u2013', '\u2014', '\u2012', '\u2015':
			low = "-"
		}
		switch {
		case low != "":
			class = byteClasses[low[0]] // a mark folded to one byte
		default:
			if n == 1 {
				low, class = asciiStrings[s[i]], byteClasses[s[i]]
			} else {
				low = string(s[i : i+n])
				class = wordClass(low)
			}
		}
		dst = append(dst, wtok{Start: i, End: i + n, Low: low, Class: class})
		i += n
	}
	return dst
}

// byteClasses are the classes of the one-byte marks.
var byteClasses = func() (t [256]uint16) {
	for c := range t {
		t[c] = wordClass(string([]byte{byte(c)}))
	}
	return t
}()

// possClass is the class of the possessive "'s".
var possClass = wordClass("'s")

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// asciiStrings holds every one-byte string, so that a punctuation token
// costs no allocation.
var asciiStrings = func() (t [256]string) {
	for c := range t {
		t[c] = string([]byte{byte(c)})
	}
	return t
}()

// decodeRune is utf8.DecodeRune with an ASCII fast path.
func decodeRune(s []byte) (rune, int) {
	if s[0] < 0x80 {
		return rune(s[0]), 1
	}
	return utf8.DecodeRune(s)
}

func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}

func isAlnumRune(r rune) bool {
	if r < 0x80 {
		return asciiAlnum[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isUpperRune(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isDigitRune(r rune) bool {
	if r < 0x80 {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}

func isWordByteW(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// lowerWord lower-cases a word, folding typographic apostrophes to '.
func lowerWord(b []byte) string {
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		buf := make([]byte, len(b))
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		return string(buf)
	}
	out := make([]rune, 0, len(b))
	for _, r := range string(b) {
		switch r {
		case '\u2019', '\u2018':
			r = '\''
		case '\u2010', '\u2011':
			r = '-'
		}
		out = append(out, unicode.ToLower(r))
	}
	return string(out)
}

// wstem reduces an English word to a rough wstem for matching: plural and
// verb endings are dropped ("killed", "killing", "kills" → "kill").
func wstem(w string) string {
	if s, ok := wIrregular[w]; ok {
		return s
	}
	n := len(w)
	switch {
	case n > 5 && (w[n-3:] == "ies" || w[n-3:] == "ied"):
		return w[:n-3] + "y"
	case n > 5 && w[n-3:] == "ing":
		w = w[:n-3]
	case n > 4 && w[n-2:] == "ed":
		w = w[:n-2]
	case n > 4 && w[n-2:] == "es" && (w[n-3] == 's' || w[n-3] == 'x' || w[n-3] == 'h'):
		w = w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u':
		w = w[:n-1]
	}
	// doubled final consonant: stopped → stopp → stop
	if m := len(w); m > 3 && w[m-1] == w[m-2] && w[m-1] != 'l' && w[m-1] != 's' && w[m-1] != 'e' {
		w = w[:m-1]
	}
	// drop a final e so that "close"/"closed", "move"/"moving" meet
	if m := len(w); m > 3 && w[m-1] == 'e' {
		w = w[:m-1]
	}
	return w
}

var wIrregular = map[string]string{
	"died": "die", "dies": "die", "dying": "die", "dead": "die", "death": "die", "deaths": "die",
	"men": "man", "women": "woman", "children": "child", "people": "people",
	"told": "tell", "said": "say", "says": "say", "got": "get", "getting": "get", "gets": "get",
	"went": "go", "gone": "go", "made": "make", "built": "build", "held": "hold", "left": "leave",
	"ran": "run", "running": "run", "began": "begin", "begun": "begin", "beginning": "begin",
	"broke": "break", "broken": "break", "stood": "stand", "brought": "bring", "caught": "catch",
	"fell": "fall", "fallen": "fall", "rose": "rise", "risen": "rise", "paid": "pay", "spent": "spend",
	"cut": "cut", "cuts": "cut", "cutting": "cut", "shut": "shut", "hit": "hit", "put": "put",
	"lost": "lose", "won": "win", "sold": "sell", "bought": "buy", "found": "find", "kept": "keep",
	"being": "be", "was": "be", "were": "be", "is": "be", "are": "be", "been": "be",
	"news": "news", "series": "series", "species": "species", "its": "its", "this": "this", "has": "have", "had": "have",
}

// wStop are words that carry no content for matching.
var wStop = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "to": true, "in": true,
	"on": true, "at": true, "for": true, "by": true, "with": true, "from": true, "as": true, "that": true,
	"this": true, "these": true, "those": true, "it": true, "its": true, "is": true, "are": true, "was": true,
	"were": true, "be": true, "been": true, "being": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "could": true, "should": true, "can": true, "may": true, "might": true, "must": true,
	"shall": true, "do": true, "does": true, "did": true, "he": true, "she": true, "they": true, "we": true,
	"i": true, "you": true, "his": true, "her": true, "their": true, "our": true, "your": true, "my": true,
	"him": true, "them": true, "us": true, "me": true, "who": true, "which": true, "what": true, "when": true,
	"where": true, "there": true, "here": true, "than": true, "then": true, "so": true, "if": true, "into": true,
	"about": true, "also": true, "not": true, "no": true, "any": true, "all": true, "some": true, "such": true,
	"up": true, "out": true, "over": true, "after": true, "before": true, "while": true, "said": true, "says": true,
	"'s": true, "just": true, "very": true, "more": true, "most": true, "yet": true, "still": true, "only": true,
	"whether": true, "how": true, "why": true, "one": true, "other": true, "both": true, "each": true,
}

// capsWord reports whether a word has two or more letters, all capitals.
func capsWord(w []byte) bool {
	if len(w) < 2 || w[0] < 0x80 && !isUpperRune(rune(w[0])) && asciiAlnum[w[0]] && !isDigitRune(rune(w[0])) {
		return false // the common case: a lower-case first letter
	}
	n := 0
	for _, r := range string(w) {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// internTable shares the strings of lower-cased ASCII words between the
// tokens of a document (and the next documents of a worker): a
// direct-mapped cache, so that a word seen recently costs no allocation and
// the table never grows.
type internTable struct {
	slots [1 << 13]interned
}

type interned struct {
	s     string
	class uint16
}

// lowerInterned lower-cases a word through the intern table: an ASCII
// word seen recently (still in its slot) costs no allocation.
func lowerInterned(w []byte, intern *internTable) (string, uint16) {
	if intern == nil || len(w) > 32 {
		low := lowerWord(w)
		return low, wordClass(low)
	}
	var buf [32]byte
	h := uint32(2166136261)
	for i, c := range w {
		if c >= 0x80 {
			low := lowerWord(w)
			return low, wordClass(low)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = (h ^ uint32(c)) * 16777619
	}
	slot := &intern.slots[h&(uint32(len(intern.slots))-1)]
	if slot.s == string(buf[:len(w)]) && slot.s != "" {
		return slot.s, slot.class
	}
	low := string(buf[:len(w)])
	*slot = interned{low, wordClass(low)}
	return low, slot.class
}
