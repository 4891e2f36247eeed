package claims

import (
	"sync"

	"github.com/claimdiff/claimdiff/article"
)

// Extract reads the claims of one document.
func Extract(doc *article.Document, opts Options) []Claim {
	lex := opts.Lexicon
	if lex == nil {
		lex = defaultLexicon
	}
	sc := scratchPool.Get().(*scratch)
	x := extractor{doc: doc, lex: lex, claims: sc.claims[:0], intern: sc.intern, arena: sc.toks[:0], docScratch: sc.doc}
	x.run()
	// the claims in a slice of their own size (they are kept for the whole
	// run); the scratch, emptied, goes to the next document of this worker
	var out []Claim
	if len(x.claims) > 0 {
		out = make([]Claim, len(x.claims))
		copy(out, x.claims)
		// and their entity parts in a slice of its own size (the claims
		// point into the worker's scratch until now)
		n := 0
		for i := range out {
			if out[i].Ents != nil {
				n++
			}
		}
		if n > 0 {
			ents := make([]EntityParts, 0, n)
			for i := range out {
				if out[i].Ents != nil {
					ents = append(ents, *out[i].Ents)
					out[i].Ents = &ents[len(ents)-1]
				}
			}
		}
	}
	clear(x.claims)
	sc.claims, sc.toks = nil, nil
	// buffers grown by an odd document (one huge sentence) are let go
	if cap(x.claims) <= maxPooledClaims {
		sc.claims = x.claims[:0]
	}
	if cap(x.arena) <= maxPooledTokens {
		sc.toks = x.arena[:0]
	}
	sc.doc = x.docScratch
	sc.doc.release()
	scratchPool.Put(sc)
	return out
}

// scratch is what an extraction can hand on to the next one: the intern
// table of lower-cased words, the token buffer and the claims buffer. No
// claim refers to any of them (claims keep strings, which are never
// rewritten, and are copied out of the buffer).
type scratch struct {
	intern *internTable
	toks   []wtok
	claims []Claim
	doc    docScratch
}

// docScratch is the extractor's per-document working state: tables of the
// whole document, emptied and handed on to the worker's next document.
type docScratch struct {
	persons   []name // people named so far in the document, most recent last
	midCaps   map[string]bool
	surface   map[string]article.Span // name key → where the name is first written in the document's text (see surfaceOf)
	sentToks  [][]wtok                // the tokens of every sentence, made once
	sentNames [][]name                // the names of every sentence
	mentions  []Mention
	inQuote   []bool   // per token of the current sentence
	keys      []keyHit // lexicon entries at the tokens of the current sentence, read once
	quotes    quoteScratch
	folded    []byte        // a sentence's folded text
	nameArena []name        // backing store of sentNames
	ents      []EntityParts // the claims' entity parts until Extract copies them out
}

// maxPooledSentences bounds the tables kept for the next document (entries
// of the per-sentence tables, people, mentions, names).
const maxPooledSentences = 1 << 12

// reset readies the tables for a document of n sentences.
func (s *docScratch) reset(n int) {
	if s.midCaps == nil {
		s.midCaps = map[string]bool{}
		s.surface = map[string]article.Span{}
	}
	if cap(s.sentToks) < n {
		s.sentToks = make([][]wtok, n)
		s.sentNames = make([][]name, n)
	}
	s.sentToks = s.sentToks[:n]
	s.sentNames = s.sentNames[:n]
}

// release empties the tables (nothing of a document stays reachable from the
// pool) and lets go of the ones an odd document grew too large.
func (s *docScratch) release() {
	if len(s.midCaps)+len(s.surface) > 4*maxPooledSentences || cap(s.sentToks) > maxPooledSentences ||
		cap(s.persons) > maxPooledSentences || cap(s.mentions) > maxPooledSentences || cap(s.ents) > maxPooledSentences ||
		s.quotes.size() > maxPooledTokens || cap(s.folded) > maxPooledTokens || cap(s.nameArena) > maxPooledSentences {
		*s = docScratch{}
		return
	}
	clear(s.midCaps)
	clear(s.surface)
	clear(s.sentToks)
	clear(s.sentNames)
	clear(s.persons)
	clear(s.mentions)
	clear(s.nameArena)
	s.nameArena = s.nameArena[:0]
	clear(s.ents)
	s.ents = s.ents[:0]
	s.persons, s.mentions = s.persons[:0], s.mentions[:0]
	s.sentToks, s.sentNames = s.sentToks[:0], s.sentNames[:0]
}

// The largest buffers kept for the next document.
const (
	maxPooledClaims = 1 << 10
	maxPooledTokens = 1 << 16
)

var scratchPool = sync.Pool{New: func() any { return &scratch{intern: new(internTable)} }}

// sentenceTokens tokenizes one sentence into the extractor's token arena.
func (x *extractor) sentenceTokens(b []byte) []wtok {
	need := len(b)/4 + 8
	if cap(x.arena)-len(x.arena) < need {
		x.arena = make([]wtok, 0, max(4096, 4*need))
	}
	free := x.arena[len(x.arena):cap(x.arena)]
	toks := wordTokensI(b, free[:0], x.intern)
	if len(toks) > 0 && len(toks) <= len(free) && &toks[0] == &free[0] {
		x.arena = x.arena[:len(x.arena)+len(toks)]
	}
	return toks[:len(toks):len(toks)]
}

// sentenceNames returns findNames(toks), kept in the document's name arena.
func (x *extractor) sentenceNames(toks []wtok) []name {
	// a name takes one token at least
	if cap(x.nameArena)-len(x.nameArena) < len(toks) {
		x.nameArena = make([]name, 0, max(256, 2*len(toks)))
	}
	n0 := len(x.nameArena)
	x.nameArena = appendNames(x.nameArena, toks)
	if len(x.nameArena) == n0 {
		return nil
	}
	return x.nameArena[n0:len(x.nameArena):len(x.nameArena)]
}

var defaultLexicon = NewLexicon()

type extractor struct {
	doc    *article.Document
	lex    *Lexicon
	claims []Claim

	docScratch

	toks     []wtok
	open     bool // a quotation is open at the end of the previous sentence of the paragraph
	para     int
	intern   *internTable
	arena    []wtok  // backing store of sentToks
	prevDate *Date   // the last date of the previous sentence (for "then")
	topic    *string // the document's incident (docTopic), once read
}

// clause boundaries: punctuation and words that start a new clause.
var clauseWords = setOf("and,but,while,whereas,although,though,including,which,who,whom,whose,where,after,before,when,because,as,with,amid,despite,plus,then,saying,telling,adding,according")

// names returns the names of the current sentence, without a capitalised
// common word that merely opens it ("Passengers whose flights ...").
func (x *extractor) names(ns []name) []name {
	// a single capitalised word that opens the sentence and is never written
	// with a capital inside one is a common word ("Essential goods ..."),
	// unless it owns something ("Russia's 2022 invasion")
	if len(ns) > 0 && ns[0].I == 0 && len(ns[0].Words) == 1 && ns[0].TI == 0 && !x.midCaps[ns[0].Words[0]] &&
		!(ns[0].J < len(x.toks) && x.toks[ns[0].J].Low == "'s") {
		ns = ns[1:]
	}
	return ns
}

func (x *extractor) run() {
	d := x.doc
	// words written with a capital inside sentences: names, not sentence openers
	x.docScratch.reset(len(d.Sentences))
	for si, s := range d.Sentences {
		toks := x.sentenceTokens(d.Text[s.Start:s.End])
		x.sentToks[si] = toks
		x.sentNames[si] = x.sentenceNames(toks)
		for _, n := range x.sentNames[si] {
			if _, ok := x.surface[n.Key()]; !ok && n.J > n.I {
				x.surface[n.Key()] = article.Span{Start: s.Start + toks[n.I].Start, End: s.Start + toks[n.J-1].End}
			}
		}
		for i, t := range toks {
			if i > 0 && t.Cap && t.Word && toks[i-1].Low != "." && toks[i-1].Low != `"` && toks[i-1].Low != ":" {
				x.midCaps[t.Low] = true
			}
		}
	}
	ctx := DocContext(d)
	for si, s := range d.Sentences {
		if s.Para != x.para {
			x.open = false
			x.para = s.Para
		}
		b := d.Text[s.Start:s.End]
		x.toks = x.sentToks[si]
		x.resetKeys()
		x.markQuotes()
		x.mentions = ScanAppend(x.mentions[:0], b, ctx)
		names := x.names(x.sentNames[si])
		x.valueClaims(si, s, b, names)
		x.prevDate = nil
		for _, m := range x.mentions {
			if m.Kind == KindDate && !m.Ambiguous {
				d := m.Date
				x.prevDate = &d
			}
		}
		x.zeroCounts(si, s)
		x.roleClaims(si, s, names)
		x.propClaims(si, s)
		x.placeClaims(si, s, names)
		for _, n := range names {
			if n.Person || len(n.Words) >= 2 {
				x.persons = append(x.persons, n)
			}
		}
	}
	x.quoteClaims()
}

// markQuotes marks the tokens of the sentence that stand inside double
// quotation marks (or single ones used as quotation marks), carrying an open
// quotation over from the previous sentence of the paragraph.
func (x *extractor) markQuotes() {
	n := len(x.toks)
	if cap(x.inQuote) < n {
		x.inQuote = make([]bool, n)
	}
	x.inQuote = x.inQuote[:n]
	open := x.open
	var single bool
	for i, t := range x.toks {
		switch {
		case t.Low == `"`:
			open = !open
			single = false
			x.inQuote[i] = true
			continue
		case t.Low == "'" && !t.Word:
			// a single quotation mark: opening when nothing word-like stands
			// before it, closing when open
			if open && single {
				open = false
				x.inQuote[i] = true
				continue
			}
			if !open && (i == 0 || !x.toks[i-1].Word || x.toks[i-1].End < t.Start) && i+1 < n && x.toks[i+1].Word && x.toks[i+1].Start == t.End {
				open, single = true, true
				x.inQuote[i] = true
				continue
			}
		}
		x.inQuote[i] = open
	}
	x.open = open && !single
}

// tokAt returns the index of the first token that ends after off.
func (x *extractor) tokAt(off int) int {
	for i, t := range x.toks {
		if t.End > off {
			return i
		}
	}
	return len(x.toks)
}

// clause returns the token range [i, j) of the clause around tokens [a, b).
func (x *extractor) clause(a, b int) (int, int) {
	i := a
	for i > 0 {
		t := x.toks[i-1]
		if !t.Word && isClausePunct(t.Low) || t.Word && (t.Class&wcClause != 0) || x.inQuote[i-1] != x.inQuote[a] {
			break
		}
		i--
	}
	j := b
	for j < len(x.toks) {
		t := x.toks[j]
		if !t.Word && isClausePunct(t.Low) || t.Word && (t.Class&wcClause != 0) || x.inQuote[j] != x.inQuote[min(b, len(x.toks)-1)] {
			break
		}
		j++
	}
	return i, j
}

func isClausePunct(p string) bool {
	switch p {
	case ",", ";", ":", "(", ")", "-", `"`, "?", "!", "[", "]":
		return true
	}
	return false
}

// keyHit is the lexicon entry found at a token: its key and length in
// tokens; n < 0 means not looked up yet.
type keyHit struct {
	key string
	n   int
}

// surfaceOf returns the name of the key as first written in the document
// ("" when no name of the document has that key).
func (x *extractor) surfaceOf(key string) string {
	sp, ok := x.surface[key]
	if !ok {
		return ""
	}
	return foldSpace(x.doc.Text[sp.Start:sp.End])
}

// resetKeys forgets the lexicon entries of the previous sentence.
func (x *extractor) resetKeys() {
	if cap(x.keys) < len(x.toks) {
		x.keys = make([]keyHit, len(x.toks), 2*len(x.toks))
	}
	x.keys = x.keys[:len(x.toks)]
	for i := range x.keys {
		x.keys[i] = keyHit{n: -1}
	}
}

// keyAt is Lexicon.keyAt on the current sentence's tokens, read once per
// token.
func (x *extractor) keyAt(i int) (string, int) {
	h := &x.keys[i]
	if h.n < 0 {
		h.key, h.n = x.lex.keyAt(x.toks, i)
	}
	return h.key, h.n
}
