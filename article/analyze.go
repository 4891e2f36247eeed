package article

import (
	"slices"
	"sort"
	"sync"
)

// Line kinds.
const (
	kNone    uint8 = iota // not classified yet
	kBlank                // empty line
	kProse                // candidate prose
	kDrop                 // boilerplate line
	kMeta                 // metadata line (date, byline, URL): recorded as boilerplate
	kMarkup               // Markdown markup: neither prose nor boilerplate
	kHeading              // Markdown heading
	kHeader               // header of a related/promo block that runs to the end
)

// headerZone is how many non-empty lines at the top of a document are
// searched for its title, date and outlet.
const headerZone = 15

// analyzer turns Document.Text into sentences, boilerplate spans and
// metadata. It is used once per document.
type analyzer struct {
	d     *Document
	t     []byte
	low   []byte // t with ASCII letters lower-cased
	lines []line
	kinds []uint8
	md    bool
	fence bool
	drop  []Span // sorted spans dropped before analysis (HTML outside the main text)

	seen      hashSet
	titleHash uint64
	titleSet  bool // the title is known (metadata or found in the text)
	titleSeen bool // the title line was met in the text

	sawProse bool
	nonEmpty int // non-empty lines met so far
	lastHdr  int // in the header: 1 after the title, 2 after a date line, else 0
	para     int

	hard  bool // the text is hard-wrapped
	wrapW int  // its wrap width in bytes

	meta metaInfo

	buf []byte // the folded title

	// Scratch: the document's sentences and boilerplate spans, copied to it
	// at the end; the line lengths and spaced lines of detectWrap.
	sents  []Sentence
	boiled []Span
	lens   []int
	spaced []bool
}

// analyzers keeps analyzers with their buffers for reuse.
var analyzers = sync.Pool{New: func() any { return new(analyzer) }}

// maxKeep is the largest buffer (in elements) an analyzer keeps for reuse.
const maxKeep = 1 << 16

// keep returns s emptied for reuse, or nil if it is too large to keep.
func keep[S ~[]E, E any](s S) S {
	if cap(s) > maxKeep {
		return nil
	}
	return s[:0]
}

// analyze fills d.Sentences, d.Boilerplate and the metadata missing from d,
// reading d.Text from offset from. md enables Markdown rules; drop lists
// spans known not to be main text.
func analyze(d *Document, from int, md bool, drop []Span, opts Options) {
	a := analyzers.Get().(*analyzer)
	*a = analyzer{d: d, t: d.Text, md: md, drop: drop, seen: a.seen, low: a.low,
		lines: a.lines, kinds: a.kinds, buf: a.buf,
		sents: append(a.sents, d.Sentences...), boiled: append(a.boiled, d.Boilerplate...), lens: a.lens, spaced: a.spaced}
	a.low = lowerASCII(slices.Grow(a.low, len(a.t))[:len(a.t)], a.t)
	a.lines = appendLines(a.lines, a.t, from)
	a.kinds = append(a.kinds, make([]uint8, len(a.lines))...)
	a.seen.reset(len(a.lines))
	if d.Title != "" {
		a.titleHash = foldHash([]byte(d.Title))
		a.titleSet = true
		a.seen.add(a.titleHash)
	}
	a.scanMeta()
	a.detectWrap()
	a.run()
	a.finishSentences()
	a.finishMeta(opts)
	if len(a.boiled) > 0 {
		d.Boilerplate = append(make([]Span, 0, len(a.boiled)), a.boiled...)
	}
	*a = analyzer{seen: a.seen, low: keep(a.low), lines: keep(a.lines), kinds: keep(a.kinds), buf: keep(a.buf),
		sents: keep(a.sents), boiled: keep(a.boiled), lens: keep(a.lens), spaced: keep(a.spaced)}
	analyzers.Put(a)
}

// run classifies the lines in order, groups prose lines into blocks and
// splits the blocks into sentences.
func (a *analyzer) run() {
	bs, be, bn, bz := 0, 0, 0, 0
	prev := -1
	for i := range a.lines {
		k := a.classify(i)
		ln := a.lines[i]
		if k != kBlank {
			a.nonEmpty++
		}
		if k == kProse {
			if bn > 0 && !a.join(prev, i) {
				a.flush(bs, be, bn, bz)
				bn = 0
			}
			if bn == 0 {
				bs, bz = ln.start, a.nonEmpty
			}
			be = ln.end
			bn++
			prev = i
			continue
		}
		if bn > 0 {
			a.flush(bs, be, bn, bz)
			bn = 0
		}
		switch k {
		case kDrop:
			a.boiler(ln.start, ln.end)
			a.lastHdr = 0
		case kMeta:
			a.boiler(ln.start, ln.end)
			if a.meta.dateLine == i {
				a.lastHdr = 2
			}
		case kHeader:
			if a.sawProse {
				_, e := trimSpace(a.t, ln.start, len(a.t))
				a.boiler(ln.start, e)
				return
			}
			a.boiler(ln.start, ln.end)
		case kHeading:
			if a.d.Title == "" && !a.sawProse && a.lines[i].end > a.lines[i].start {
				a.setTitle(a.t[ln.start:ln.end])
			}
		}
	}
	if bn > 0 {
		a.flush(bs, be, bn, bz)
	}
}

// classify returns the kind of line i.
func (a *analyzer) classify(i int) uint8 {
	if k := a.kinds[i]; k != kNone {
		return k
	}
	ln := &a.lines[i]
	if ln.start == ln.end {
		return kBlank
	}
	if a.md {
		if k := a.mdLine(ln); k != kNone {
			return k
		}
		if ln.start == ln.end {
			return kBlank
		}
	}
	return lineKind(a.t[ln.start:ln.end], a.lower(ln.start, ln.end))
}

// lower returns the first maxNeedleLine bytes of t[s:e] lower-cased.
func (a *analyzer) lower(s, e int) []byte {
	return a.low[s:min(e, s+maxNeedleLine)]
}

// join reports whether line i continues the sentence of line prev (a
// hard-wrapped or broken line) rather than starting a new block.
func (a *analyzer) join(prev, i int) bool {
	p, c := a.lines[prev], a.lines[i]
	if c.list {
		return false
	}
	pt := a.t[p.start:p.end]
	term := endsTerminal(pt)
	if a.hard && (p.end-p.start)*10 >= a.wrapW*6 {
		return true
	}
	return !term && startsLower(a.t[c.start:c.end])
}

// detectWrap decides whether the text is hard-wrapped: most lines inside
// paragraphs are about as long as the longest lines (at most ~200 bytes)
// and end without terminal punctuation.
func (a *analyzer) detectWrap() {
	lens, spaced := a.lens, a.spaced
	defer func() { a.lens, a.spaced = lens, spaced }()
	for _, ln := range a.lines {
		n := ln.end - ln.start
		sp := n > 0 && hasSpaces(a.t[ln.start:ln.end], 3)
		spaced = append(spaced, sp)
		if sp {
			lens = append(lens, n)
		}
	}
	if len(lens) < 4 {
		return
	}
	sort.Ints(lens)
	w := lens[len(lens)*9/10]
	if w > 200 || w < 30 {
		return
	}
	inner, long, open := 0, 0, 0
	for i := 0; i+1 < len(a.lines); i++ {
		ln, nx := a.lines[i], a.lines[i+1]
		if ln.start == ln.end || nx.start == nx.end || !spaced[i] {
			continue
		}
		inner++
		if (ln.end-ln.start)*10 >= w*6 {
			long++
		}
		if !endsTerminal(a.t[ln.start:ln.end]) {
			open++
		}
	}
	if inner >= 3 && long*10 >= inner*6 && open*10 >= inner*4 {
		a.hard, a.wrapW = true, w
	}
}

// hasSpaces reports whether t has at least n spaces.
func hasSpaces(t []byte, n int) bool {
	for _, c := range t {
		if c == ' ' {
			n--
			if n <= 0 {
				return true
			}
		}
	}
	return false
}

// flush handles one block of prose candidate lines: title, outlet line,
// heading, repeat or prose.
func (a *analyzer) flush(s, e, nlines, zone int) {
	seg := a.t[s:e]
	if a.dropped(s, e) {
		a.boiler(s, e)
		a.lastHdr = 0
		return
	}
	h := foldHash(seg)
	if a.titleSet && !a.titleSeen && h == a.titleHash {
		a.titleSeen = true
		a.lastHdr = 1
		return
	}
	if a.seen.has(h) {
		a.boiler(s, e)
		return
	}
	inZone := zone <= headerZone
	if !a.sawProse && a.d.Title == "" && inZone && nlines == 1 && titleLike(seg) {
		a.setTitle(seg)
		a.lastHdr = 1
		return
	}
	// (The word count first: it settles most paragraphs.)
	if countWordsMax(seg, 21) > 20 || endsTerminal(a.t[s:trimCredit(a.t, s, e)]) && !titleCase(seg) {
		a.sentences(s, e, h)
		a.lastHdr = 0
		return
	}
	// A heading, or the outlet's name under the headline or date line.
	if !a.sawProse && inZone && a.lastHdr != 0 && nlines == 1 {
		if name := outletName(seg); name != "" {
			a.meta.outlet(name, prioStandalone)
			a.boiler(s, e)
			a.lastHdr = 0
			return
		}
	}
	a.seen.add(h)
	a.lastHdr = 0
}

func (a *analyzer) setTitle(seg []byte) {
	// Folded at the end of buf, taken back at once.
	n := len(a.buf)
	a.buf = appendFolded(a.buf, seg, a.md)
	a.d.Title = string(a.buf[n:])
	a.buf = a.buf[:n]
	a.titleHash = foldHash(seg)
	a.titleSet, a.titleSeen = true, true
	a.seen.add(a.titleHash)
}

// dropped reports whether [s, e) lies in a span dropped before analysis.
func (a *analyzer) dropped(s, e int) bool {
	if len(a.drop) == 0 {
		return false
	}
	i := sort.Search(len(a.drop), func(i int) bool { return a.drop[i].End > s })
	return i < len(a.drop) && a.drop[i].Start <= s && e <= a.drop[i].End
}

// boiler records [s, e) as boilerplate.
func (a *analyzer) boiler(s, e int) {
	if s >= e {
		return
	}
	b := a.boiled
	if n := len(b); n > 0 && s <= b[n-1].End {
		if e > b[n-1].End {
			b[n-1].End = e
		}
		return
	}
	a.boiled = append(b, Span{s, e})
}

// sentences splits the prose block [s, e), whose foldHash is bh, and keeps
// its new sentences.
func (a *analyzer) sentences(bs, be int, bh uint64) {
	kept := false
	splitSentences(a.t, bs, be, func(s, e int) {
		if c := trimCredit(a.t, s, e); c < e {
			a.boiler(c, e)
			_, e = trimSpace(a.t, s, c)
		}
		seg := a.t[s:e]
		if sentenceBoiler(seg) {
			a.boiler(s, e)
			return
		}
		if !hasLetters(seg, 2) {
			return
		}
		h := bh
		if s != bs || e != be {
			h = foldHash(seg)
		}
		if a.seen.has(h) {
			a.boiler(s, e)
			return
		}
		a.seen.add(h)
		a.sents = append(a.sents, Sentence{Span: Span{s, e}, Para: a.para})
		kept = true
	})
	if kept {
		a.sawProse = true
		a.para++
	}
}

// finishSentences gives the new sentences to the document, in a slice of
// their own size.
func (a *analyzer) finishSentences() {
	if len(a.sents) == 0 {
		return
	}
	a.d.Sentences = append(make([]Sentence, 0, len(a.sents)), a.sents...)
}

// trimCredit returns where an agency credit at the end of a sentence
// ("... to Moscow. -- PTI", "— AFP") starts, or e.
func trimCredit(t []byte, s, e int) int {
	i := e
	words := 0
	for i > s {
		j := i
		for j > s && isUpper(t[j-1]) {
			j--
		}
		if j == i || i-j < 2 || j == s || t[j-1] != ' ' {
			return e
		}
		words++
		i = j - 1
		switch {
		case i >= s+2 && t[i-1] == '-' && t[i-2] == '-':
			return i - 2
		case i >= s+3 && t[i-3] == 0xE2 && t[i-2] == 0x80 && (t[i-1] == 0x94 || t[i-1] == 0x93):
			return i - 3
		}
		if words >= 3 {
			return e
		}
	}
	return e
}
