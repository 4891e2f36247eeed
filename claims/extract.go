package claims

import (
	"github.com/claimdiff/claimdiff/article"
)

// Extract reads the claims of one document.
func Extract(doc *article.Document, opts Options) []Claim {
	lex := opts.Lexicon
	if lex == nil {
		lex = defaultLexicon
	}
	x := extractor{doc: doc, lex: lex}
	x.run()
	return x.claims
}

var defaultLexicon = NewLexicon()

type extractor struct {
	doc    *article.Document
	lex    *Lexicon
	claims []Claim

	toks     []wtok
	mentions []Mention
	inQuote  []bool // per token of the current sentence
	open     bool   // a quotation is open at the end of the previous sentence of the paragraph
	para     int
	persons  []name // people named so far in the document, most recent last
	rolesBy  map[string][]int
}

// clause boundaries: punctuation and words that start a new clause.
var clauseWords = setOf("and,but,while,whereas,although,though,including,which,who,whom,whose,where,after,before,when,because,as,with,amid,despite,plus,then,saying,telling,adding,according")

func (x *extractor) run() {
	d := x.doc
	ctx := ScanContext{Published: d.Published}
	x.rolesBy = map[string][]int{}
	for si, s := range d.Sentences {
		if s.Para != x.para {
			x.open = false
			x.para = s.Para
		}
		b := d.Text[s.Start:s.End]
		x.toks = wordTokens(b, x.toks)
		x.markQuotes()
		x.mentions = ScanAppend(x.mentions[:0], b, ctx)
		names := findNames(x.toks)
		x.valueClaims(si, s, b, names)
		x.zeroCounts(si, s)
		x.roleClaims(si, s, names)
		x.propClaims(si, s)
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
		if !t.Word && isClausePunct(t.Low) || t.Word && clauseWords[t.Low] || x.inQuote[i-1] != x.inQuote[a] {
			break
		}
		i--
	}
	j := b
	for j < len(x.toks) {
		t := x.toks[j]
		if !t.Word && isClausePunct(t.Low) || t.Word && clauseWords[t.Low] || x.inQuote[j] != x.inQuote[min(b, len(x.toks)-1)] {
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

var hedgeWords = setOf("reportedly,allegedly,could,may,might,possibly,perhaps,whether,if,rumoured,rumored,unconfirmed,unverified,apparently,purportedly,believed,suggested,claimed")

var updateBefore = setOf("rose,risen,climbed,increased,jumped,grew,soared,reached,revised,now,fell,dropped,declined")

// valueClaims turns the value mentions of a sentence into claims.
func (x *extractor) valueClaims(si int, s article.Sentence, b []byte, names []name) {
	hedged := false
	for _, t := range x.toks {
		if t.Word && hedgeWords[t.Low] || t.Low == "?" {
			hedged = true
		}
	}
	seenKey := map[string]bool{}
	for mi := range x.mentions {
		m := x.mentions[mi]
		a := x.tokAt(m.Start)
		bEnd := a
		for bEnd < len(x.toks) && x.toks[bEnd].Start < m.End {
			bEnd++
		}
		if a >= len(x.toks) || bEnd == a {
			continue
		}
		ci, cj := x.clause(a, bEnd)
		c := Claim{Doc: x.doc, Type: TypeValue, Sent: si, Span: s.Span, Value: m, Hedged: hedged, Quoted: x.inQuote[a]}
		c.Value.Start += s.Start
		c.Value.End += s.Start
		c.ValueSpan = article.Span{Start: c.Value.Start, End: c.Value.End}

		// what the value measures: the noun phrase right after it, the noun
		// before "of"/"worth"/"at", then the nearest key in the clause.
		after := bEnd
		key, head, counted := "", "", ""
		// "N of the X": X is what is counted
		if after+1 < len(x.toks) && x.toks[after].Low == "of" {
			k := after + 1
			for k < cj && (x.toks[k].Low == "the" || x.toks[k].Low == "its" || x.toks[k].Low == "their" || x.toks[k].Low == "them" || x.toks[k].Low == "his" || x.toks[k].Low == "her" || x.toks[k].Low == "our") {
				k++
			}
			if k < len(x.toks) && x.toks[k].Word {
				if kk, _ := x.lex.keyAt(x.toks, k); kk != "" && (m.Kind == KindPercent || m.Kind == KindFraction) {
					key = kk
				}
				if counted == "" {
					counted = x.countedAt(k)
				}
				head = x.toks[k].Low
			}
		}
		if key == "" {
			for k := after; k < cj && k < after+4; k++ {
				t := x.toks[k]
				if !t.Word || wStop[t.Low] && k > after {
					break
				}
				if t.Low == "more" || t.Low == "additional" || t.Low == "extra" || t.Low == "other" || t.Low == "further" {
					if k == after && m.Kind == KindNumber {
						c.Increment = true
					}
					continue
				}
				if kk, n := x.lex.keyAt(x.toks, k); kk != "" {
					if !weakKeys[kk] || key == "" {
						key = kk
						head = joinLow(x.toks[k : k+n])
					}
					if !weakKeys[kk] {
						break
					}
					continue
				}
				if hk, ok := builtinHeads[t.Low]; ok && key == "" {
					key, head = hk, t.Low
					break
				}
				if counted == "" {
					counted = x.countedAt(k)
				}
			}
		}
		if counted == "" && after < cj && m.Kind == KindNumber {
			counted = x.countedAt(after)
		}
		if key == "" {
			// the noun before "of", "worth", "at", "to", "by" ("a fine of $25,000")
			if a >= 2 && (x.toks[a-1].Low == "of" || x.toks[a-1].Low == "worth" || x.toks[a-1].Low == "at" || x.toks[a-1].Low == "totalling" || x.toks[a-1].Low == "totaling") {
				for k := a - 2; k >= ci && k >= a-5; k-- {
					if kk, n := x.lex.keyAt(x.toks, k); kk != "" && (!weakKeys[kk] || key == "") {
						key, head = kk, joinLow(x.toks[k:k+n])
						if !weakKeys[kk] {
							break
						}
					}
					if !x.toks[k].Word {
						break
					}
				}
			}
		}
		if key == "" || weakKeys[key] {
			// nearest key in the clause; dates look left first
			best, bestDist := "", 1<<30
			for k := ci; k < cj; k++ {
				if k >= a && k < bEnd {
					continue
				}
				kk, n := x.lex.keyAt(x.toks, k)
				if kk == "" {
					continue
				}
				// a phrase ("war started") wins over its own words
				last := k + n - 1
				dist := a - last
				if k > a {
					dist = k - bEnd + 1
					if m.Kind == KindDate {
						dist += 3
					}
				}
				k = last
				if weakKeys[kk] && best != "" {
					continue
				}
				if weakKeys[kk] {
					dist += 20
				}
				if dist < bestDist {
					best, bestDist = kk, dist
					head = joinLow(x.toks[k : k+n])
				}
			}
			if best != "" && (key == "" || !weakKeys[best]) {
				key = best
			}
		}
		if key == "" && counted != "" && m.Kind == KindNumber {
			key = "n:" + counted
			c.Weak = true
		}
		if key == "" {
			continue
		}
		if weakKeys[key] {
			c.Weak = true
		}
		if m.Kind == KindAge {
			key = "age"
		}
		c.Key, c.Head, c.Counted = key, head, counted

		// one value per key and kind in a sentence: the first is the main one
		sk := key + "\x00" + string(m.Kind)
		if seenKey[sk] && m.Range == 0 {
			continue
		}
		seenKey[sk] = true

		// update markers: "rose to 14", "had put the toll at 12"
		for k := a - 1; k >= ci && k >= a-4; k-- {
			if updateBefore[x.toks[k].Low] {
				c.Update = true
			}
		}
		for k := ci; k < a; k++ {
			if x.toks[k].Low == "had" && k+1 < a && (x.toks[k+1].Low == "put" || x.toks[k+1].Low == "given" || x.toks[k+1].Low == "said" || x.toks[k+1].Low == "reported" || x.toks[k+1].Low == "estimated") {
				c.Update = true
			}
		}

		// subjects: names of the clause; qualifiers: a prepositional phrase
		// after the value ("on Indian goods", "at its Tollbridge site")
		for _, n := range names {
			if n.I >= ci && n.J <= cj && !(n.I >= a && n.J <= bEnd) {
				if n.I > bEnd && x.isQualifier(bEnd, n.TI) {
					continue
				}
				c.Subject = append(c.Subject, n.Key())
			}
		}
		c.Qualifier = x.qualifiers(bEnd, names)
		c.Time = x.timeScope(mi)
		x.claims = append(x.claims, c)
	}
}

// weakKeys are keys that anchor a value only weakly: change verbs.
var weakKeys = map[string]bool{"rise": true, "fall": true, "announced": true, "affected": true, "lasted": false}

func joinLow(toks []wtok) string {
	s := ""
	for i, t := range toks {
		if i > 0 {
			s += " "
		}
		s += t.Low
	}
	return s
}

// countedAt returns the counted-noun class of the word at k (or of the
// word after an adjective), or "".
func (x *extractor) countedAt(k int) string {
	for j := k; j < len(x.toks) && j < k+3; j++ {
		t := x.toks[j]
		if !t.Word {
			return ""
		}
		if c := x.lex.countedClass(t.Low); c != "" {
			return c
		}
	}
	return ""
}

var qualPreps = setOf("on,at,in,for,against,from,to")
var qualDets = setOf("the,its,their,his,her,a,an,our")

// isQualifier reports whether the tokens between the value's end and a
// name are a preposition and determiners only.
func (x *extractor) isQualifier(from, nameStart int) bool {
	k := from
	// allow the head noun phrase ("tariff on", "jobs at")
	for k < nameStart && k < from+4 && x.toks[k].Word && !qualPreps[x.toks[k].Low] {
		k++
	}
	if k >= nameStart || !qualPreps[x.toks[k].Low] {
		return false
	}
	k++
	for k < nameStart && qualDets[x.toks[k].Low] {
		k++
	}
	return k == nameStart
}

// qualifiers returns the entity keys of prepositional phrases on the value.
func (x *extractor) qualifiers(from int, names []name) []string {
	var out []string
	for _, n := range names {
		if n.TI < from || n.TI > from+12 {
			continue
		}
		if x.isQualifier(from, n.TI) {
			out = append(out, n.Key())
			continue
		}
		// "at its Tollbridge site": a name before the head of the phrase
		k := n.TI - 1
		for k > from && qualDets[x.toks[k].Low] {
			k--
		}
		if k >= from && qualPreps[x.toks[k].Low] {
			ok := true
			for j := from; j < k; j++ {
				if !x.toks[j].Word || clauseWords[x.toks[j].Low] {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, n.Key())
			}
		}
	}
	// demonyms in the phrase ("on Indian goods")
	for k := from; k < len(x.toks) && k < from+6; k++ {
		t := x.toks[k]
		if !t.Word && t.Low != "-" || t.Word && clauseWords[t.Low] {
			break
		}
		if p, ok := demonyms[t.Low]; ok && t.Cap && k > from && qualPreps[x.toks[k-1].Low] {
			out = appendUnique(out, p)
		}
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// timeScope returns the date the sentence gives to the event of mention mi
// when that date is another mention of the sentence: the nearest date.
func (x *extractor) timeScope(mi int) *Date {
	m := x.mentions[mi]
	if m.Kind == KindDate {
		return nil
	}
	best, bestDist := -1, 1<<30
	for j, o := range x.mentions {
		if j == mi || o.Kind != KindDate || o.Ambiguous || o.Range != 0 && o.Range == m.Range {
			continue
		}
		d := o.Start - m.End
		if d < 0 {
			d = m.Start - o.End
		}
		if d < bestDist {
			best, bestDist = j, d
		}
	}
	if best < 0 {
		return nil
	}
	d := x.mentions[best].Date
	return &d
}
