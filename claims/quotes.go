package claims

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/article"
)

// speechVerbs introduce or follow a quotation.
var speechVerbs = setOf("said,says,say,told,tells,added,adds,asked,wrote,writes,remarked,responded,replied,insisted,warned," +
	"explained,noted,stated,declared,argued,claimed,continued,recalled,admitted,acknowledged,conceded,urged,promised,posted," +
	"tweeted,blunt,according,quipped,joked,cautioned,stressed,emphasised,emphasized,announced,observed,commented,answered")

var pronouns = setOf("he,she,him,her")

type quoteSpan struct{ open, start, end, close int } // offsets into Doc.Text: marks and inner text

// findQuotes returns the quotations in Text[from:to].
func findQuotes(text []byte, from, to int) []quoteSpan {
	// no opening mark at all: nothing to find (the common case)
	if !hasQuoteMark(text[from:to]) {
		return nil
	}
	var out []quoteSpan
	open := false
	single := false
	var q quoteSpan
	prev := rune(' ')
	for i := from; i < to; {
		r, n := decodeRune(text[i:to])
		if !isQuoteRune(r) {
			// no case below can hold: only prev changes
			prev = r
			i += n
			continue
		}
		next := rune(' ')
		if i+n < to {
			next, _ = decodeRune(text[i+n : to])
		}
		switch {
		case r == '\u201c' || r == '\u201e' || r == '\u00ab' || r == '"' && !open:
			if !open {
				open, single = true, false
				q = quoteSpan{open: i, start: i + n}
			}
		case r == '\u201d' || r == '\u00bb' || r == '"' && open:
			if open && !single {
				q.end, q.close = i, i+n
				out = append(out, q)
				open = false
			}
		case r == '\u2018' || r == '\'' && !open && !isLetterOrDigit(prev) && unicode.IsLetter(next):
			if !open {
				open, single = true, true
				q = quoteSpan{open: i, start: i + n}
			}
		case (r == '\u2019' || r == '\'') && open && single && !isLetterOrDigit(next) && !unicode.IsSpace(prev):
			q.end, q.close = i, i+n
			out = append(out, q)
			open = false
		}
		prev = r
		i += n
	}
	return out
}

// isQuoteRune reports whether r is one of the marks findQuotes acts on.
func isQuoteRune(r rune) bool {
	if r < 0x80 {
		return r == '"' || r == '\''
	}
	switch r {
	case '\u201c', '\u201e', '\u00ab', '\u201d', '\u00bb', '\u2018', '\u2019':
		return true
	}
	return false
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// quoteClaims finds the quotations of the document with their speakers.
func (x *extractor) quoteClaims() {
	d := x.doc
	sents := d.Sentences
	lastPerson := ""
	// token buffers reused from quotation to quotation and document to
	// document (no claim keeps a token)
	qs := &x.quotes
	for pi := 0; pi < len(sents); {
		pj := pi
		for pj < len(sents) && sents[pj].Para == sents[pi].Para {
			pj++
		}
		quotes := findQuotes(d.Text, sents[pi].Start, sents[pj-1].End)
		paraSpeaker := ""
		for qi, q := range quotes {
			inner := d.Text[q.start:q.end]
			// first and last sentence of the evidence
			a, b := -1, -1
			for k := pi; k < pj; k++ {
				if sents[k].End > q.open && sents[k].Start < q.close {
					if a < 0 {
						a = k
					}
					b = k
				}
			}
			if a < 0 {
				continue
			}
			qs.words, qs.tail = x.tokensIn(a, q.start, q.end, qs.words, qs.tail)
			words := qs.words
			nw := 0
			for _, t := range words {
				if t.Word {
					nw++
				}
			}
			// a pronoun refers to the last person named before the quotation,
			// in this paragraph or an earlier one
			before := lastPerson
			qs.before, qs.tail = x.tokensIn(pi, sents[pi].Start, q.open, qs.before, qs.tail)
			btoks := qs.before
			for _, n := range findNames(btoks) {
				if n.TI > 0 && placeArticles[btoks[n.TI-1].Low] && !n.Person {
					continue // "in the Santa Ilda parish hall": a place, not a person
				}
				if n.TI > 0 && btoks[n.TI-1].Low == "of" || n.J < len(btoks) && btoks[n.J].Low == "'s" {
					continue // "Colm Adeyemi of St Brannock's said": an affiliation, not the speaker
				}
				if (len(n.Words) >= 2 || n.Person) && isPersonName(n) {
					before = n.Key()
				}
			}
			// the words after the quotation in its last sentence, and before
			// it in its first
			qs.post, qs.tail = x.tokensIn(b, q.close, sents[b].End, qs.post, qs.tail)
			qs.pre, qs.tail = x.tokensIn(a, sents[a].Start, q.open, qs.pre, qs.tail)
			speaker := x.speakerAfter(qs.post, before)
			if speaker == "" {
				speaker = x.speakerBefore(qs.pre)
			}
			if speaker == "" && qi > 0 && x.onlyAttribution(quotes[qi-1].close, q.open, qs) {
				// a second quotation after "..., said X." in the same
				// paragraph continues X's words
				speaker = paraSpeaker
			}
			speaker = x.fullName(speaker)
			paraSpeaker = speaker
			if speaker != "" {
				lastPerson = speaker
			}
			speakerName := x.surfaceOf(speaker)
			if nw < 4 {
				continue
			}
			span := article.Span{Start: sents[a].Start, End: sents[b].End}
			c := Claim{Doc: d, Type: TypeQuote, Sent: a, Span: span, Quoted: true,
				QuoteParts: &QuoteParts{Speaker: speaker, Quote: foldSpace(inner), SpeakerName: speakerName}}
			c.ValueSpan = article.Span{Start: q.start, End: q.end}
			c.Value = Mention{Start: q.start, End: q.end, Text: c.Quote}
			c.Words = quoteStems(words)
			// the occasion: the words around the quotation and the sentence before
			var sp speakerWords
			sp.set(speaker)
			n := contextCount(qs.pre, &sp) + contextCount(qs.post, &sp)
			var prev []wtok
			if n < 3 && a > 0 {
				// too few: the sentence before too (its tokens as the
				// extractor made them: the same text, tokenized alike)
				prev = x.sentToks[a-1]
				n += contextCount(prev, &sp)
			}
			if n > 0 {
				c.Context = appendContextStems(make([]string, 0, n), qs.pre, &sp)
				c.Context = appendContextStems(c.Context, qs.post, &sp)
				c.Context = appendContextStems(c.Context, prev, &sp)
			}
			c.Seq = foldedWords(words, nw)
			x.claims = append(x.claims, c)
		}
		// people named in the paragraph carry over to pronouns in the next one
		asks := 0 // whether the paragraph's last sentence is a question: 0 not read yet, 1 yes, 2 no
		for k := pi; k < pj; k++ {
			for _, n := range x.sentNames[k] {
				// a person, or a lone surname in a question ("What did Osterman say?")
				if (len(n.Words) >= 2 || n.Person) && isPersonName(n) {
					lastPerson = n.Key()
					continue
				}
				if k == pj-1 && len(n.Words) == 1 && !isOrgName(n) {
					if asks == 0 { // folded once a paragraph, not once a name
						asks = 2
						x.folded = d.AppendSentenceText(x.folded[:0], k)
						if len(x.folded) > 0 && x.folded[len(x.folded)-1] == '?' {
							asks = 1
						}
					}
					if asks == 1 {
						lastPerson = n.Key()
					}
				}
			}
		}
		pi = pj
	}
}

// speakerAfter reads `, said X` / `, X said` / `, she said` after a quotation.
// toks are the tokens of the text after the quotation.
func (x *extractor) speakerAfter(toks []wtok, lastPerson string) string {
	// skip leading punctuation
	i := 0
	for i < len(toks) && !toks[i].Word {
		if toks[i].Low == "." || toks[i].Low == "?" || toks[i].Low == "!" {
			// the sentence ended with the quotation: an attribution may still follow
			break
		}
		i++
	}
	if i >= len(toks) {
		return ""
	}
	names := findNames(toks)
	if toks[i].Class&wcSpeech != 0 {
		// "said NFSA flight director Tomas Rehn": the person, not the
		// organisation before the title
		first := ""
		for _, n := range names {
			if n.TI >= i && n.TI <= i+8 {
				if first == "" {
					first = n.Key()
				}
				if len(n.Words) >= 2 && !isOrgName(n) {
					return n.Key()
				}
			}
		}
		return first
	}
	// Name (said|told), or Name, an appositive, (said|told):
	// "Anja Kessler, who leads the rescue team, told reporters"
	for _, n := range names {
		if n.TI >= i && n.TI <= i+4 {
			for k := n.J; k < len(toks) && k <= n.J+1; k++ {
				if toks[k].Class&wcSpeech != 0 {
					return n.Key()
				}
			}
			if n.J < len(toks) && toks[n.J].Low == "," {
				for k := n.J + 1; k < len(toks) && k <= n.J+24; k++ {
					if toks[k].Low == "," && k+1 < len(toks) && (toks[k+1].Class&wcSpeech != 0) {
						return n.Key()
					}
					if toks[k].Low == "." || toks[k].Low == `"` {
						break
					}
				}
			}
		}
	}
	if pronouns[toks[i].Low] && i+1 < len(toks) && (toks[i+1].Class&wcSpeech != 0) {
		return lastPerson
	}
	// "the judge told Corlett": a title standing for a person named earlier
	if toks[i].Low == "the" && i+2 < len(toks) && roleHeads[toks[i+1].Low] && (toks[i+2].Class&wcSpeech != 0) {
		return x.personWithTitle(toks[i+1].Low)
	}
	return ""
}

// speakerBefore reads `X said:` / `X was blunt:` / `X responded,` before a
// quotation.
// toks are the tokens of the text before the quotation.
func (x *extractor) speakerBefore(toks []wtok) string {
	names := findNames(toks)
	// the last speech verb or colon before the quotation
	v := -1
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-8; k-- {
		if (toks[k].Class&wcSpeech != 0) || toks[k].Low == ":" {
			v = k
			break
		}
	}
	if v < 0 {
		return ""
	}
	// the person nearest the verb; an organisation only when no person is
	// there ("Dr Ilse Marrow from the Medicines Safety Agency said:")
	org := ""
	for k := len(names) - 1; k >= 0; k-- {
		n := names[k]
		if n.J > v || n.J < v-8 {
			continue
		}
		if isOrgName(n) {
			if org == "" && n.J >= v-4 {
				org = n.Key()
			}
			continue
		}
		return n.Key()
	}
	return org
}

// isOrgName reports whether a name is an organisation's.
func isOrgName(n name) bool {
	return !n.Person && n.orgEnd // orgEnd: findNames read the last word
}

// personWithTitle returns the person the document gave a title whose head
// is w ("judge"), when there is one such person.
func (x *extractor) personWithTitle(w string) string {
	found := ""
	for _, c := range x.claims {
		if c.Type != TypeRole {
			continue
		}
		for _, h := range c.Heads {
			if h == w {
				if found != "" && found != c.Person {
					return ""
				}
				found = c.Person
			}
		}
	}
	return found
}

// quoteScratch holds the token buffers of quoteClaims and its helpers.
type quoteScratch struct {
	words, before, pre, post, tmp, tail []wtok
}

// size is the number of tokens the buffers can hold.
func (q *quoteScratch) size() int {
	return cap(q.words) + cap(q.before) + cap(q.pre) + cap(q.post) + cap(q.tmp) + cap(q.tail)
}

// speakerWords are the words of a speaker's key (strings.Fields), most
// without an allocation.
type speakerWords struct {
	buf   [8]string
	words []string
}

func (sp *speakerWords) set(speaker string) {
	sp.words = sp.buf[:0]
	for w := range strings.FieldsSeq(speaker) {
		sp.words = append(sp.words, w)
	}
}

func (sp *speakerWords) has(w string) bool {
	for _, s := range sp.words {
		if s == w {
			return true
		}
	}
	return false
}

// contextWord reports whether a token of the words around a quotation is
// one of its content words: not a speech verb, a title word, a word of the
// speaker's name or a stop word (contentStems).
func contextWord(t *wtok, sp *speakerWords) bool {
	return t.Word && t.Class&(wcSpeech|wcTitle|wcStop) == 0 && !sp.has(t.Low)
}

// contextCount is the number of context stems of toks.
func contextCount(toks []wtok, sp *speakerWords) int {
	n := 0
	for i := range toks {
		if contextWord(&toks[i], sp) {
			n++
		}
	}
	return n
}

// appendContextStems appends the content stems of the words around a
// quotation, without the speech verbs, title words and the speaker's
// name, to out.
func appendContextStems(out []string, toks []wtok, sp *speakerWords) []string {
	for i := range toks {
		if t := &toks[i]; contextWord(t, sp) {
			out = append(out, wstem(t.Low))
		}
	}
	return out
}

// quoteStems is contentStems(toks), made in one allocation.
func quoteStems(toks []wtok) []string {
	n := 0
	for i := range toks {
		if toks[i].Word && toks[i].Class&wcStop == 0 {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for i := range toks {
		if t := &toks[i]; t.Word && t.Class&wcStop == 0 {
			out = append(out, wstem(t.Low))
		}
	}
	return out
}

// foldedWords returns every word of a quotation, lower-cased, in order;
// nw is the number of words.
func foldedWords(toks []wtok, nw int) []string {
	if nw == 0 {
		return nil
	}
	out := make([]string, 0, nw)
	for _, t := range toks {
		if t.Word {
			out = append(out, t.Low)
		}
	}
	return out
}

// hasQuoteMark reports whether b holds a double quotation mark, an opening
// typographic one, or a straight single quote that could open a quotation.
// Each kind is looked for on its own with bytes.IndexByte.
func hasQuoteMark(b []byte) bool {
	if bytes.IndexByte(b, '"') >= 0 {
		return true
	}
	for off := 0; ; {
		k := bytes.IndexByte(b[off:], '\'')
		if k < 0 {
			break
		}
		i := off + k
		if i == 0 || !isWordByteW(b[i-1]) {
			return true
		}
		off = i + 1
	}
	for off := 0; ; {
		k := bytes.IndexByte(b[off:], 0xE2)
		if k < 0 {
			break
		}
		i := off + k
		if i+2 < len(b) && b[i+1] == 0x80 && (b[i+2] == 0x9C || b[i+2] == 0x98 || b[i+2] == 0x9E) {
			return true
		}
		off = i + 1
	}
	for off := 0; ; {
		k := bytes.IndexByte(b[off:], 0xC2)
		if k < 0 {
			break
		}
		i := off + k
		if i+1 < len(b) && b[i+1] == 0xAB {
			return true
		}
		off = i + 1
	}
	return false
}

// placeArticles before a capitalised name make it a place or a thing.
var placeArticles = setOf("the,a,an,in,at,near")

// onlyAttribution reports whether the text between two quotations of a
// paragraph is no more than their attribution (", said Dr Imogen Farrant,
// director of public health for Lunmere."): no second sentence of the
// reporter's own.
func (x *extractor) onlyAttribution(from, to int, qs *quoteScratch) bool {
	if from >= to {
		return false
	}
	qs.tmp = wordTokensI(x.doc.Text[from:to], qs.tmp, x.intern)
	toks := qs.tmp
	stops := 0
	speech := false
	for _, t := range toks {
		if t.Low == "." || t.Low == "?" || t.Low == "!" {
			stops++
		}
		if t.Class&wcSpeech != 0 {
			speech = true
		}
	}
	return speech && stops <= 1 && len(toks) <= 30
}

// fullName returns the full name of a person the document named earlier
// when speaker is a lone surname ("Thorne" after "Health Minister Rasmus
// Thorne"), and speaker otherwise.
func (x *extractor) fullName(speaker string) string {
	if speaker == "" || strings.Contains(speaker, " ") {
		return speaker
	}
	found := ""
	for _, n := range x.persons {
		if len(n.Words) >= 2 && n.Words[len(n.Words)-1] == speaker && !isOrgName(n) {
			if found != "" && found != n.Key() {
				return speaker // two people of that surname
			}
			found = n.Key()
		}
	}
	if found == "" {
		return speaker
	}
	return found
}

// tokLookahead is more than the tokenizer reads past the end of a token
// (a connector, its next rune, a possessive "’s" and the byte after).
const tokLookahead = 8

// tokensIn returns wordTokensI(d.Text[from:to]) (offsets from from), taking
// the tokens from sentence k's tokens where the tokenizer could not tell
// the difference: all of them but those within tokLookahead bytes of to,
// which it tokenizes again. tail is a scratch buffer for those.
func (x *extractor) tokensIn(k, from, to int, dst, tail []wtok) (toks, tailBuf []wtok) {
	d := x.doc
	s := d.Sentences[k]
	if from < s.Start || to > s.End || from > to {
		return wordTokensI(d.Text[from:to], dst, x.intern), tail
	}
	st := x.sentToks[k]
	lo, hi := from-s.Start, to-s.Start
	i := 0
	for i < len(st) && st[i].End <= lo {
		i++
	}
	if i < len(st) && (st[i].Start < lo || st[i].Low == "'s" && !st[i].Word) {
		// a token across from, or the possessive of the word before it
		return wordTokensI(d.Text[from:to], dst, x.intern), tail
	}
	j := i
	for j < len(st) && st[j].End+tokLookahead <= hi {
		j++
	}
	// a possessive goes with its word into the part tokenized again
	for j > i && j < len(st) && st[j].Low == "'s" && !st[j].Word {
		j--
	}
	rest := lo
	if j > i {
		rest = st[j-1].End
	}
	tail = wordTokensI(d.Text[s.Start+rest:to], tail, x.intern)
	if need := j - i + len(tail); cap(dst) < need {
		dst = make([]wtok, 0, max(need, 2*cap(dst)))
	}
	dst = dst[:0]
	for _, t := range st[i:j] {
		t.Start -= lo
		t.End -= lo
		dst = append(dst, t)
	}
	for _, t := range tail {
		t.Start += rest - lo
		t.End += rest - lo
		dst = append(dst, t)
	}
	return dst, tail
}
