package article

import (
	"bytes"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Boilerplate rules are data: word lists matched by small scanners on a
// lower-cased copy of the line.

// blockHeaders are standalone lines (compared lower-cased, without trailing
// ":", ">" or "»") that start a block of related links, promos or comments
// running to the end of the document.
var blockHeaders = setOf(
	"top stories", "top news", "related articles", "related", "related stories", "related news",
	"related posts", "related content", "related coverage", "related topics", "related reading",
	"read more", "read next", "also read", "read also", "more to read", "what to read next",
	"you might also like", "you may also like", "you might like", "you may like",
	"you might be interested in", "you may be interested in",
	"other news", "in other news", "more news", "more stories", "more headlines",
	"most popular", "most read", "most viewed", "most shared", "popular", "popular now", "popular stories",
	"trending", "trending now", "trending stories", "trending news",
	"newsletter", "newsletters", "download the app", "get the app",
	"recommended", "recommended for you", "recommended stories", "recommended articles",
	"comments", "latest news", "latest stories", "latest articles", "latest headlines",
	"editor's picks", "editors' picks", "editor’s picks", "don't miss", "don’t miss", "must read",
	"more on this story", "around the web", "from the web", "sponsored stories", "promoted stories",
	"leave a reply", "leave a comment", "join the conversation", "discussion", "explore more",
)

// boilerLines are whole lines (same folding as blockHeaders) that are page
// furniture.
var boilerLines = setOf(
	"logo", "image", "images", "photo", "photos", "picture", "video", "videos", "audio", "gallery",
	"live", "share", "print", "email", "e-mail", "menu", "search", "home", "close", "open",
	"advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "paid content", "promoted",
	"skip to content", "skip to main content", "skip to navigation", "jump to content",
	"see more", "see all", "load more", "show more", "view more", "more", "next", "previous", "prev",
	"back to top", "top", "subscribe", "sign in", "sign up", "log in", "login", "logout", "register",
	"listen", "watch", "play", "pause", "follow", "following", "facebook", "twitter", "x", "whatsapp",
	"telegram", "linkedin", "reddit", "instagram", "youtube", "pinterest", "copy link", "copied",
	"accept", "reject", "accept all", "reject all", "got it", "ok", "agree", "i agree", "manage preferences",
	"breaking", "breaking news", "exclusive", "opinion", "analysis", "news", "world", "business",
	"toggle navigation", "main menu", "navigation", "sections", "edition", "loading", "loading...",
	"no comments yet", "no comments yet...", "be the first to comment", "comments closed",
	"deal of the day", "app-storeplay-store", "google play", "app store",
)

// prefixRule drops a line that starts with p (lower-cased, at a word
// boundary) and has at most max words.
type prefixRule struct {
	p   string
	max int
	k   uint8
}

var boilerPrefixes = indexPrefixes([]prefixRule{
	{"skip to", 6, kDrop}, {"share:", 40, kDrop}, {"share this", 12, kDrop}, {"share on", 12, kDrop},
	{"share article", 12, kDrop}, {"share via", 12, kDrop}, {"follow us", 20, kDrop}, {"follow", 8, kDrop},
	{"sign up", 40, kDrop}, {"sign in", 20, kDrop}, {"log in", 20, kDrop}, {"subscribe", 40, kDrop},
	{"join", 12, kDrop}, {"download the", 30, kDrop}, {"download our", 30, kDrop}, {"get the app", 30, kDrop},
	{"get our", 30, kDrop}, {"get the latest", 30, kDrop}, {"get started", 12, kDrop}, {"find your next", 30, kDrop},
	{"forum:", 40, kDrop}, {"deal of the day", 40, kDrop}, {"support independent", 60, kDrop},
	{"support our", 40, kDrop}, {"not investment advice", 40, kDrop}, {"watch the full", 30, kDrop},
	{"watch:", 30, kDrop}, {"watch live", 20, kDrop}, {"watch now", 20, kDrop}, {"watch video", 20, kDrop},
	{"listen:", 30, kDrop}, {"listen to this", 20, kDrop}, {"have you been affected", 60, kDrop},
	{"contact our newsdesk", 40, kDrop}, {"leave a comment", 30, kDrop}, {"comments are open", 30, kDrop},
	{"comments (", 10, kDrop}, {"comments:", 10, kDrop}, {"no comments", 20, kDrop}, {"share this post", 20, kDrop},
	{"filed under", 40, kDrop}, {"tags:", 60, kDrop}, {"tagged:", 60, kDrop}, {"tagged with", 60, kDrop},
	{"topics:", 60, kDrop}, {"categories:", 60, kDrop}, {"category:", 60, kDrop},
	{"related article", 40, kDrop}, {"related:", 40, kDrop}, {"related story", 40, kDrop},
	{"read more", 40, kDrop}, {"read also", 40, kDrop}, {"also read", 40, kDrop}, {"also see", 40, kDrop},
	{"see also", 40, kDrop}, {"see more", 20, kDrop}, {"click here", 40, kDrop}, {"advertisement", 12, kDrop},
	{"sponsored", 12, kDrop}, {"cookies:", 80, kDrop}, {"cookie", 80, kDrop}, {"we use cookies", 80, kDrop},
	{"we and our", 80, kDrop}, {"this site uses", 80, kDrop}, {"this website uses", 80, kDrop},
	{"by continuing", 60, kDrop}, {"accept all", 30, kDrop}, {"accept cookies", 30, kDrop},
	{"manage cookies", 30, kDrop}, {"privacy policy", 30, kDrop}, {"terms of use", 30, kDrop},
	{"terms and conditions", 30, kDrop}, {"all rights reserved", 40, kDrop}, {"copyright", 40, kDrop},
	{"(c)", 40, kDrop}, {"©", 40, kDrop}, {"photo shows", 80, kDrop}, {"photo:", 60, kDrop},
	{"photograph:", 60, kDrop}, {"file photo", 60, kDrop}, {"pictured:", 60, kDrop}, {"image:", 60, kDrop},
	{"image source", 40, kDrop}, {"image caption", 60, kDrop}, {"media caption", 60, kDrop},
	{"caption:", 60, kDrop}, {"credit:", 30, kDrop}, {"photo credit", 30, kDrop}, {"originally published", 40, kDrop},
	{"story continues", 20, kDrop}, {"continue reading", 20, kDrop}, {"article continues", 20, kDrop},
	{"loading", 6, kDrop}, {"newsletter", 40, kDrop}, {"more from", 8, kHeader}, {"recommended", 5, kHeader},
	{"trending:", 40, kDrop}, {"most popular:", 40, kDrop}, {"you may also like:", 40, kDrop},
	{"last updated", 12, kMeta}, {"updated:", 12, kMeta}, {"published:", 12, kMeta}, {"posted on", 16, kMeta},
	{"posted by", 12, kMeta}, {"first published", 12, kMeta}, {"written by", 10, kMeta}, {"reported by", 10, kMeta},
	{"words by", 10, kMeta}, {"edited by", 10, kMeta}, {"reporting by", 20, kMeta}, {"additional reporting", 20, kMeta},
	{"original url", 20, kMeta}, {"source url", 20, kMeta}, {"source:", 12, kMeta}, {"sources:", 20, kMeta},
	{"url:", 4, kMeta}, {"link:", 4, kMeta}, {"http://", 1, kMeta}, {"https://", 1, kMeta}, {"www.", 1, kMeta},
	{"no comments yet", 20, kDrop}, {"be the first to", 20, kDrop}, {"try our", 8, kDrop},
	{"explore what", 16, kDrop},
})

// boilerNeedles drop a short line (at most maxNeedleLine bytes) that
// contains one of them.
var boilerNeedles = [][]byte{
	[]byte("use cookies"), []byte("uses cookies"), []byte("cookie policy"), []byte("cookie settings"),
	[]byte("all rights reserved"), []byte("may earn a commission"), []byte("earn a commission"),
	[]byte("affiliate link"), []byte("contact our newsdesk"), []byte("leave a comment"),
	[]byte("comments are open"), []byte("readers already"), []byte("our newsletter"),
	[]byte("free newsletter"), []byte("daily newsletter"), []byte("weekly newsletter"),
	[]byte("download the app"), []byte("download our app"), []byte("prices delayed"),
	[]byte("not investment advice"), []byte("appeared first on"), []byte("click here"),
	[]byte("support independent journalism"), []byte("support our journalism"),
	[]byte("become a member"), []byte("become a subscriber"), []byte("already a subscriber"),
	[]byte("subscribe now"), []byte("subscribe today"), []byte("subscribe for"), []byte("sign up for our"),
	[]byte("enable javascript"), []byte("your browser does not"), []byte("unlimited access"),
	[]byte("this article is for subscribers"), []byte("to continue reading"),
}

const maxNeedleLine = 320

// needles finds boilerNeedles and "©" in a lower-cased line in one pass.
// (On a short line, l holds all of s, and lower-casing leaves "©" as is.)
var needles = newNeedleSet(append(boilerNeedles[:len(boilerNeedles):len(boilerNeedles)], []byte("©")))

// needleSet matches a set of byte strings in one pass over a text: each
// needle is anchored on two overlapping byte pairs (three bytes), chosen to
// be rare in English text, and the text's pairs at even offsets are looked
// up: one of the two pairs of any match starts at an even offset. Needles
// shorter than three bytes are searched on their own.
type needleSet struct {
	bits    [1 << 10]uint64 // the anchor pairs, as a bit set over 16-bit values
	anchors []needleAnchor  // sorted by pairBucket
	bucket  [257]uint16     // anchors[bucket[b]:bucket[b+1]] have pairBucket b
	short   [][]byte
}

func pairBucket(p uint16) uint8 { return uint8((uint32(p) * 0x9E37) >> 8) }

type needleAnchor struct {
	pair uint16 // the anchor pair: needle[off]<<8 | needle[off+1]
	off  int
	n    []byte
}

// commonPairs are the most frequent byte pairs of English news text, most
// frequent first; letterFreq ranks the letters from the most frequent. Both
// only steer the choice of anchors, not what matches.
const (
	commonPairs = "e | t|s |th|he|in|d |re|er| a|  | s|n |es|or|t |r | w|en|ed|on| f| c|ar|ne| i| o|te|ou| h|at|an|" +
		"y |st|al|ho|ve|ti|ng| b|ha|le|ea| r|to|nt|it|ai|rs|pe|co|o | n| p|id|ll|li|ri|se|ro|nd|a |de|l |ur|fo| l|" +
		"il|ic| m|of|sa|as|fi|io|g |ra|la|lo|ce|ad|be|me|si|we|wh|ee|om|ke|is| e|ni|f | d|un|ir|tr|el|ut|et|iv|ta|" +
		"mi|op|ol|pl|wa|ma|ca|ie|ig|sh|ns|nc|po|ts|ul|ry|ow|gh|wo|em|mo|ld|ge|am|ch|ct|oc|wi|os|bo|ay|no|rt|ci| u|" +
		"h |us|ac|di|pp|ec|ef|sp|ot|ss|hi|cr|oo|da|bl|ia|na|ga|ff|fe|qu|ck|do|m |by|rn|ev|gi|mp|pa|br|ls|pr|xt|vi|" +
		"ew|so|cl|ht|fa|ab|ex|ei| v| g|sc|ui|pi|rd|fr|ap|rm|ep|bu|ok|ly|af|rr|eo|ue|ws|av"
	letterFreq = "etaoinshrdlcumwfgypbvkjxqz"
)

// pairCost estimates how often the pair a, b occurs in English text.
func pairCost(a, b byte) int {
	for i := 0; i+1 < len(commonPairs); i += 3 {
		if commonPairs[i] == a && commonPairs[i+1] == b {
			return 1000 * (len(commonPairs) - i)
		}
	}
	cost := func(c byte) int {
		if i := strings.IndexByte(letterFreq, c); i >= 0 {
			return len(letterFreq) - i
		}
		return 0
	}
	return cost(a) * cost(b)
}

func newNeedleSet(ns [][]byte) *needleSet {
	set := &needleSet{}
	for _, n := range ns {
		if len(n) < 3 {
			set.short = append(set.short, n)
			continue
		}
		best, bestCost := 0, -1
		for k := 0; k+2 < len(n); k++ {
			if c := pairCost(n[k], n[k+1]) + pairCost(n[k+1], n[k+2]); bestCost < 0 || c < bestCost {
				best, bestCost = k, c
			}
		}
		for k := best; k <= best+1; k++ {
			p := uint16(n[k])<<8 | uint16(n[k+1])
			set.bits[p>>6] |= 1 << (p & 63)
			set.anchors = append(set.anchors, needleAnchor{pair: p, off: k, n: n})
		}
	}
	sort.SliceStable(set.anchors, func(i, j int) bool {
		return pairBucket(set.anchors[i].pair) < pairBucket(set.anchors[j].pair)
	})
	for b := range set.bucket {
		set.bucket[b] = uint16(sort.Search(len(set.anchors), func(i int) bool { return int(pairBucket(set.anchors[i].pair)) >= b }))
	}
	return set
}

// in reports whether l contains one of the needles.
func (set *needleSet) in(l []byte) bool {
	for _, n := range set.short {
		if bytes.Contains(l, n) {
			return true
		}
	}
	for i := 0; i+1 < len(l); i += 2 {
		p := uint16(l[i])<<8 | uint16(l[i+1])
		if set.bits[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		b := pairBucket(p)
		for _, a := range set.anchors[set.bucket[b]:set.bucket[b+1]] {
			if a.pair == p && i >= a.off && bytes.HasPrefix(l[i-a.off:], a.n) {
				return true
			}
		}
	}
	return false
}

// counterWords are the nouns of engagement counters ("12 comments",
// "312 replies", "4 min read").
var counterWords = setOf("comment", "comments", "reply", "replies", "share", "shares", "view", "views",
	"read", "reads", "likes", "like", "reactions", "responses", "min", "mins", "minutes", "minute")

// menuWords are generic items of a navigation line.
var menuWords = setOf("home", "news", "world", "business", "sports", "sport", "politics", "opinion",
	"menu", "search", "login", "subscribe", "video", "videos", "live", "latest", "about", "contact",
	"entertainment", "tech", "technology", "science", "health", "culture", "lifestyle", "travel")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// indexPrefixes groups prefix rules by first byte.
func indexPrefixes(rules []prefixRule) *[256][]prefixRule {
	var idx [256][]prefixRule
	for _, r := range rules {
		idx[r.p[0]] = append(idx[r.p[0]], r)
	}
	return &idx
}

// lineKey returns the lower-cased line without trailing ":", ">", "»", "›"
// and spaces, for set lookups.
func lineKey(l []byte) []byte {
	e := len(l)
	for e > 0 {
		switch {
		case l[e-1] == ':' || l[e-1] == '>' || l[e-1] == ' ' || l[e-1] == '|':
			e--
		case e >= 2 && l[e-2] == 0xC2 && l[e-1] == 0xBB:
			e -= 2
		case e >= 3 && l[e-3] == 0xE2 && l[e-2] == 0x80 && l[e-1] == 0xBA:
			e -= 3
		default:
			return l[:e]
		}
	}
	return l[:e]
}

// lineWords caps the word count of a line in lineKind: more than any
// threshold it compares the count with.
var lineWords = func() int {
	n := 15
	for _, rules := range boilerPrefixes {
		for _, r := range rules {
			n = max(n, r.max+1)
		}
	}
	return n
}()

// lineKind classifies one non-blank line (trimmed) of plain text; l holds
// its first maxNeedleLine bytes lower-cased.
func lineKind(s, l []byte) uint8 {
	if !hasLetters(s, 2) {
		return kDrop
	}
	short := len(s) <= maxNeedleLine
	if short && len(s) <= 48 {
		key := lineKey(l)
		if blockHeaders[string(key)] {
			return kHeader
		}
		if boilerLines[string(key)] {
			return kDrop
		}
	}
	words := -1
	for _, r := range boilerPrefixes[l[0]] {
		if !hasPrefixWord(l, r.p) {
			continue
		}
		if words < 0 {
			words = countWordsMax(s, lineWords)
		}
		if words <= r.max && (r.k != kHeader || !endsTerminal(s)) {
			return r.k
		}
	}
	if words < 0 {
		// No prefix rule matched: the thresholds below go up to 14.
		words = countWordsMax(s, 15)
	}
	if isMenu(s, l, words) {
		return kDrop
	}
	if short && needles.in(l) {
		return kDrop
	}
	if words <= 6 {
		if isCounter(l) || bytes.HasSuffix(l, []byte(" ago")) || bytes.HasSuffix(l, []byte("ago.")) {
			return kDrop
		}
	}
	if words <= 8 && isByline(s, l) {
		return kMeta
	}
	if isCaption(l) {
		return kDrop
	}
	if words <= 14 && len(s) <= 160 {
		if _, ok := parseDateLine(s); ok {
			return kMeta
		}
	}
	return kProse
}

// hasPrefixWord reports whether l starts with p at a word boundary.
func hasPrefixWord(l []byte, p string) bool {
	if len(l) < len(p) || string(l[:len(p)]) != p {
		return false
	}
	if len(l) == len(p) {
		return true
	}
	last := p[len(p)-1]
	if !isLetter(last) && !isDigit(last) {
		return true
	}
	return !isLetter(l[len(p)]) && !isDigit(l[len(p)])
}

// isMenu reports navigation and ticker lines: several "|", "•" or "·"
// separators, many " - " separators, or mostly ALL-CAPS words.
func isMenu(s, l []byte, words int) bool {
	if bytes.Count(s, []byte("|")) >= 2 || countSpaced(s, "•") >= 2 || countSpaced(s, "·") >= 2 {
		return true
	}
	if countSpaced(s, "-") >= 4 && !endsTerminal(s) {
		return true
	}
	if words >= 3 && !endsTerminal(s) {
		caps, all := 0, 0
		for f := range bytes.FieldsSeq(s) {
			if !hasLetters(f, 1) {
				continue
			}
			all++
			if isAllCaps(f) {
				caps++
			}
		}
		if all >= 3 && caps*4 >= all*3 {
			return true
		}
	}
	return false
}

// countSpaced is bytes.Count(s, []byte(" "+mid+" ")), searching for mid,
// rarer than the space.
func countSpaced(s []byte, mid string) int {
	n := 0
	for pos := 0; pos+1 < len(s); {
		k := bytes.Index(s[pos+1:], []byte(mid))
		if k < 0 {
			break
		}
		k += pos + 1
		if e := k + len(mid); s[k-1] == ' ' && e < len(s) && s[e] == ' ' {
			n++
			pos = e + 1
		} else {
			pos = k
		}
	}
	return n
}

// isAllCaps reports whether the letters of w are all upper case (at least
// two letters).
func isAllCaps(w []byte) bool {
	n := 0
	for i := 0; i < len(w); {
		r, s := runeAt(w, i)
		i += s
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isCounter reports "12 comments", "Comments (23)", "4 min read",
// "312 replies".
func isCounter(l []byte) bool {
	digit := false
	for _, c := range l {
		if isDigit(c) {
			digit = true
			break
		}
	}
	if !digit {
		return false
	}
	// The runs of letters of l.
	start := -1
	for i := 0; i <= len(l); {
		letter, n := false, 1
		if i < len(l) {
			var r rune
			r, n = runeAt(l, i)
			letter = unicode.IsLetter(r)
		}
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			if counterWords[string(l[start:i])] {
				return true
			}
			start = -1
		}
		i += n
	}
	return false
}

// isByline reports "By Jane Doe", "By Continental Press staff".
func isByline(s, l []byte) bool {
	if !hasPrefixWord(l, "by") || len(s) < 4 || endsTerminal(s) && !bytes.HasSuffix(s, []byte("Jr.")) {
		return false
	}
	r, _ := utf8.DecodeRune(s[3:])
	return unicode.IsUpper(r)
}

// isCaption reports photo captions and credits.
func isCaption(l []byte) bool {
	if len(l) == 0 || l[len(l)-1] != ')' {
		return false
	}
	for _, suf := range [...]string{"photo)", "photos)", "images)", "photo/afp)", "/afp)", "/reuters)", "file photo)"} {
		if bytes.HasSuffix(l, []byte(suf)) {
			return true
		}
	}
	return false
}

// sentenceBoiler reports inline promos inside prose: a sentence starting
// "Also Read", "Read more", "Related:".
func sentenceBoiler(s []byte) bool {
	if len(s) < 2 {
		return false
	}
	if p := uint16(lowerByte(s[0]))<<8 | uint16(lowerByte(s[1])); sentenceBoilerStart[p>>6]&(1<<(p&63)) == 0 {
		return false
	}
	var lb [24]byte
	l := lowerASCII(lb[:], s)
	for _, p := range sentenceBoilerPrefixes {
		if hasPrefixWord(l, p) {
			return true
		}
	}
	return false
}

var sentenceBoilerPrefixes = [...]string{"also read", "read also", "read more", "related:", "related article",
	"see also", "click here", "watch:", "subscribe", "sign up", "advertisement"}

// sentenceBoilerStart holds the first two bytes of sentenceBoilerPrefixes,
// as a bit set over 16-bit values.
var sentenceBoilerStart = func() (b [1 << 10]uint64) {
	for _, p := range sentenceBoilerPrefixes {
		v := uint16(p[0])<<8 | uint16(p[1])
		b[v>>6] |= 1 << (v & 63)
	}
	return b
}()

// titleLike reports a headline: 3 to 30 words, not ending with a period,
// not a quote fragment.
func titleLike(s []byte) bool {
	n := countWordsMax(s, 31)
	if n < 3 || n > 30 || len(s) > 300 {
		return false
	}
	e := len(s)
	for e > 0 && (s[e-1] == '"' || s[e-1] == '\'' || s[e-1] == ')') {
		e--
	}
	if e > 0 && (s[e-1] == '.' || s[e-1] == ',' || s[e-1] == ':' || s[e-1] == ';') {
		return false
	}
	r, _ := runeAt(s, 0)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !isQuoteRune(r) {
		return false
	}
	n = 0
	splitSentences(s, 0, len(s), func(int, int) { n++ })
	return n == 1 // "He said no. Then he left!" is prose
}

// titleStopWords may be lower case in a Title Case headline.
var titleStopWords = setOf("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to",
	"for", "by", "with", "from", "as", "over", "into", "amid", "after", "vs", "via", "per", "is", "are")

// titleCase reports a short Title Case line ("Iraq Welcomes Recognition of
// Palestine by Several Countries."): a headline even when it ends with a
// period.
func titleCase(s []byte) bool {
	n := 0
	for f := range bytes.FieldsSeq(s) {
		n++
		if n > 15 {
			return false
		}
		i := 0
		var r rune
		for i < len(f) {
			var n int
			r, n = runeAt(f, i)
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			i += n
		}
		if i == len(f) || unicode.IsUpper(r) || unicode.IsDigit(r) {
			continue
		}
		w := bytes.TrimRight(f[i:], ".,;:!?")
		if len(w) < 8 && titleStopWords[string(w)] {
			continue
		}
		return false
	}
	return n >= 4
}
