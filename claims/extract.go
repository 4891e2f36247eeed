package claims

import (
	"strings"

	"github.com/claimdiff/claimdiff/article"
)

// Extract reads the claims of one document.
func Extract(doc *article.Document, opts Options) []Claim {
	lex := opts.Lexicon
	if lex == nil {
		lex = defaultLexicon
	}
	x := extractor{doc: doc, lex: lex, claims: make([]Claim, 0, len(doc.Sentences)+8)}
	x.run()
	return x.claims
}

var defaultLexicon = NewLexicon()

type extractor struct {
	doc    *article.Document
	lex    *Lexicon
	claims []Claim

	toks      []wtok
	mentions  []Mention
	inQuote   []bool // per token of the current sentence
	open      bool   // a quotation is open at the end of the previous sentence of the paragraph
	para      int
	persons   []name // people named so far in the document, most recent last
	midCaps   map[string]bool
	surface   map[string]string // name key → the name as first written
	sentToks  [][]wtok          // the tokens of every sentence, made once
	sentNames [][]name          // the names of every sentence
	intern    map[string]string
	rolesBy   map[string][]int
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
	x.midCaps = map[string]bool{}
	x.surface = map[string]string{}
	x.intern = map[string]string{}
	x.sentToks = make([][]wtok, len(d.Sentences))
	x.sentNames = make([][]name, len(d.Sentences))
	for si, s := range d.Sentences {
		toks := wordTokensI(d.Text[s.Start:s.End], nil, x.intern)
		x.sentToks[si] = toks
		x.sentNames[si] = findNames(toks)
		for _, n := range x.sentNames[si] {
			if _, ok := x.surface[n.Key()]; !ok && n.J > n.I {
				x.surface[n.Key()] = foldSpace(d.Text[s.Start+toks[n.I].Start : s.Start+toks[n.J-1].End])
			}
		}
		for i, t := range toks {
			if i > 0 && t.Cap && t.Word && toks[i-1].Low != "." && toks[i-1].Low != `"` && toks[i-1].Low != ":" {
				x.midCaps[t.Low] = true
			}
		}
	}
	ctx := DocContext(d)
	x.rolesBy = map[string][]int{}
	for si, s := range d.Sentences {
		if s.Para != x.para {
			x.open = false
			x.para = s.Para
		}
		b := d.Text[s.Start:s.End]
		x.toks = x.sentToks[si]
		x.markQuotes()
		x.mentions = ScanAppend(x.mentions[:0], b, ctx)
		names := x.names(x.sentNames[si])
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

var updateBefore = setOf("rose,risen,climbed,increased,jumped,grew,soared,reached,revised,now,fell,dropped,declined,initially,originally,previously")

// valueClaims turns the value mentions of a sentence into claims.
func (x *extractor) valueClaims(si int, s article.Sentence, b []byte, names []name) {
	hedged := false
	for _, t := range x.toks {
		if t.Word && hedgeWords[t.Low] && !(t.Cap && t.Low == "may") || t.Low == "?" {
			hedged = true
		}
	}
	seenKey := map[string]int{}
	directKey := map[int]bool{}
	first := len(x.claims)
	defer func() {
		// drop the claims replaced by a better one of the same key
		out := x.claims[:first]
		for _, c := range x.claims[first:] {
			if c.Key != "" {
				out = append(out, c)
			}
		}
		x.claims = out
	}()
	dl := x.datelineEnd()
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
		keyPos := -1 // token of the key word
		// "N of the X": X is what is counted
		if after+1 < len(x.toks) && x.toks[after].Low == "of" {
			k := after + 1
			for k < cj && (x.toks[k].Low == "the" || x.toks[k].Low == "its" || x.toks[k].Low == "their" || x.toks[k].Low == "them" || x.toks[k].Low == "his" || x.toks[k].Low == "her" || x.toks[k].Low == "our") {
				k++
			}
			if k < len(x.toks) && x.toks[k].Word {
				if kk, _ := x.lex.keyAt(x.toks, k); kk != "" && (m.Kind == KindPercent || m.Kind == KindFraction) {
					key, keyPos = kk, k
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
					if topicKeys[kk] && k+n < cj && x.toks[k+n].Word && !wStop[x.toks[k+n].Low] && !auxWords[x.toks[k+n].Low] {
						continue // a topic word modifying the head: "eight avalanche dogs"
					}
					if !weakKeys[kk] || key == "" {
						key, keyPos = kk, k
						head = joinLow(x.toks[k : k+n])
					}
					if !weakKeys[kk] {
						break
					}
					continue
				}
				if hk, ok := builtinHeads[t.Low]; ok && key == "" {
					key, head, keyPos = hk, t.Low, k
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
					if kk, n := x.lex.keyAt(x.toks, k); kk != "" && (!weakKeys[kk] || key == "") && !(topicKeys[kk] && m.Kind != KindDuration) {
						key, head, keyPos = kk, joinLow(x.toks[k:k+n]), k
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
		if m.Kind == KindDate && (key == "" || weakKeys[key]) {
			k, pos, ok := x.dateBindingAt(a)
			if !ok {
				continue // dated verb is a reporting verb or an event the lexicon does not know
			}
			if k != "" {
				key, head, keyPos = k, k, pos
			}
		}
		direct := key != ""
		if key == "" && m.Kind == KindMoney {
			// a sum for each of several people: "€200 for every passenger"
			if cls := x.perRecipient(ci, cj); cls != "" {
				key, counted, direct = "payment", cls, true
			}
		}
		if key == "" && m.Kind == KindScore {
			for k := a; k < bEnd; k++ {
				if kk, _ := x.lex.keyAt(x.toks, k); kk == "vote" {
					key, head = kk, x.toks[k].Low
				}
			}
		}
		if key == "" || weakKeys[key] && !direct {
			// nearest key in the clause; dates and durations look over the
			// sentence ("broke out shortly before 5am on Tuesday"), left first
			switch m.Kind {
			case KindDate:
				// an opening adverbial ("In 2023 it eliminated 600 jobs")
				// dates the clause it opens
			case KindDuration, KindPercent, KindFraction:
				// "87 percent of members who voted backed the strike"
				ci, cj = x.punctClause(a, bEnd)
			}
			best, bestDist, bestPos := "", 1<<30, -1
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
				if m.Kind == KindDate && (k < a || !x.opensClause(a)) {
					continue // the verb before a date was read by dateBinding
				}
				if k > a {
					dist = k - bEnd + 1
				}
				k = last
				if topicKeys[kk] && (m.Kind == KindNumber || m.Kind == KindPercent || m.Kind == KindFraction || m.Kind == KindMoney || m.Kind == KindScore) {
					continue // "the avalanche danger at level 4" does not count avalanches
				}
				dist += 20 * keyTier(kk)
				if dist < bestDist {
					best, bestDist, bestPos = kk, dist, k
					head = joinLow(x.toks[k : k+n])
				}
			}
			if best != "" && (key == "" || !weakKeys[best]) {
				key, keyPos = best, bestPos
			}
		}
		if m.Kind == KindNumber && !direct && key != "" && counted == "" {
			// a count's own noun says what is counted: "completed eight
			// missions" and "completed three tests" are not one figure
			if fk, _ := x.fallbackKey(m, a, bEnd, ci, cj); fk != "" {
				counted = fk
			}
		}
		if key == "" || weakKeys[key] && !direct {
			// no event word: what the value itself names
			if fk, fc := x.fallbackKey(m, a, bEnd, ci, cj); fk != "" {
				key, head, keyPos, c.Weak = fk, fk, bEnd, true
				if fc != "" {
					counted = fc
				}
			}
		}
		if key == "" {
			continue
		}
		// a planned or earlier figure is another measure than the actual one:
		// "the original budget of 365 million euros", "a projected cost"
		if keyPos >= 0 {
			for k := keyPos - 1; k >= 0 && k >= keyPos-2; k-- {
				if plannedWords[x.toks[k].Low] {
					key += ":planned"
					break
				}
			}
		}
		if m.Kind == KindMoney && (key == "acquired" || key == "sold") {
			key = "price" // what a buyer pays is what a seller gets
		}
		if (m.Kind == KindPercent || m.Kind == KindFraction) && (key == "vote" || key == "support" || key == "turnout") {
			// a share of voters: those for it, unless only taking part is said
			key = x.shareKey(ci, cj, key)
		}
		if m.Kind == KindDate && (stateKeys[key] || a > 0 && x.toks[a-1].Low == "since") {
			continue // a date of a state ("remained closed on Wednesday"), not of an event
		}
		if m.Kind == KindDuration && x.isWindow(a) {
			continue // "in 24 hours", "within 30 days": a window, not how long the event lasted
		}
		if m.Kind == KindNumber && x.isBackground(a, bEnd) {
			continue
		}
		if thingKeys[key] {
			counted = x.thing(ci, a)
		}
		if weakKeys[key] && !direct {
			c.Weak = true // a change word found near the value, not the value's own noun
		}
		if m.Kind == KindAge {
			key = "age"
		}
		c.Key, c.Head, c.Counted = key, head, counted
		ci, cj = x.clause(a, bEnd)
		c.Qualifier = x.qualifiers(bEnd, names)

		// one value per key, kind and qualifier in a sentence: the one whose
		// own words name the key, else the first
		sk := key + "\x00" + string(m.Kind) + "\x00" + strings.Join(c.Qualifier, "|")
		if prev, ok := seenKey[sk]; ok && m.Range == 0 {
			if !direct || x.claims[prev].Value.Range != 0 || directKey[prev] {
				continue
			}
			x.claims[prev].Key = "" // replaced below
		}
		seenKey[sk] = len(x.claims)
		directKey[len(x.claims)] = direct

		// a difference, not a total: "55 million euros more than first planned"
		for k := bEnd; k < len(x.toks) && k <= bEnd+1; k++ {
			next := ""
			if k+1 < len(x.toks) {
				next = x.toks[k+1].Low
			}
			switch x.toks[k].Low {
			case "more", "less", "fewer", "higher", "lower", "greater", "bigger", "smaller":
				if next == "than" {
					c.Increment = true
				}
			case "above", "below", "over", "under":
				if comparisonObjects[next] || next == "the" && k+2 < len(x.toks) && comparisonObjects[x.toks[k+2].Low] {
					c.Increment = true
				}
			}
		}
		// update markers: "rose to 14", "had put the toll at 12"
		for k := a - 1; k >= ci && k >= a-4; k-- {
			if updateBefore[x.toks[k].Low] {
				c.Update = true
			}
		}
		for k := ci; k < a; k++ {
			if x.toks[k].Low == "first" && (k > 0 && x.toks[k-1].Low == "at" || m.Kind == KindNumber) {
				c.Update = true // "At first the agency listed 11 batches", "first named 11 batches"
			}
			if x.toks[k].Low == "had" && k+1 < a && (x.toks[k+1].Low == "put" || x.toks[k+1].Low == "given" || x.toks[k+1].Low == "said" || x.toks[k+1].Low == "reported" || x.toks[k+1].Low == "estimated") {
				c.Update = true
			}
		}

		// subjects: names of the clause; qualifiers: a prepositional phrase
		// after the value ("on Indian goods", "at its Tollbridge site")
		for _, n := range names {
			if n.I < dl {
				continue
			}
			if n.I >= ci && n.J <= cj && !(n.I >= a && n.J <= bEnd) {
				if n.I > bEnd && x.isQualifier(bEnd, n.TI) {
					continue
				}
				c.Subject = append(c.Subject, n.Key())
				if isPersonName(n) {
					c.Persons = append(c.Persons, n.Key())
				}
			}
		}
		if len(c.Subject) == 0 {
			// the sentence's subject: a name that opens the sentence
			for _, n := range names {
				if n.TI <= dl+1 && n.I >= dl && n.J <= a {
					c.Subject = append(c.Subject, n.Key())
					if isPersonName(n) {
						c.Persons = append(c.Persons, n.Key())
					}
				}
			}
		}
		// agents: the names before the key word (or before the value when
		// the key follows it); names after the verb are its objects
		lim := a
		if keyPos >= 0 && keyPos < a {
			lim = keyPos
		}
		for _, n := range names {
			if n.I >= dl && n.I >= ci && n.J <= lim {
				c.Agents = append(c.Agents, n.Key())
			}
		}
		if len(c.Agents) == 0 {
			// the subject of the sentence: the first name before the value's
			// clause ("Rival operator Bluefin Line ... said it had carried 1,400")
			for _, n := range names {
				if n.I >= dl && n.J <= lim && n.J <= a && (n.TI <= dl+1 || n.J <= ci) {
					// not a name inside a phrase ("According to Russian media")
					if n.TI > 0 && (qualPreps[x.toks[n.TI-1].Low] || x.toks[n.TI-1].Low == "by" || x.toks[n.TI-1].Low == "of" || x.toks[n.TI-1].Low == "with") {
						break
					}
					c.Agents = append(c.Agents, n.Key())
					break
				}
			}
		}
		if p := x.partOf(a); p != "" {
			c.Qualifier = appendUnique(c.Qualifier, p)
		}
		if m.Kind == KindDate {
			c.Qualifier = nil
		}
		c.Time = x.timeScope(mi, ci, cj)
		x.claims = append(x.claims, c)
	}
}

// weakKeys are keys that anchor a value only weakly: change verbs, and the
// start and end of things ("at the start of", "by the end of the day"),
// which date events but seldom measure values.
var weakKeys = map[string]bool{"rise": true, "fall": true, "announced": true, "affected": true, "start": true, "end": true}

// topicKeys name what a story is about rather than what a value measures:
// "the number killed in the fire rose to 14" measures the killed, not the fire.
var topicKeys = map[string]bool{"fire": true, "quake": true, "protest": true, "meeting": true, "strike": true, "crash": true, "avalanche": true}

// keyTier ranks keys for the nearest-key search: attributes and events
// first, then topics, then change words.
func keyTier(k string) int {
	switch {
	case weakKeys[k]:
		return 2
	case topicKeys[k]:
		return 1
	}
	return 0
}

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
		if n.TI < from || n.TI > from+16 {
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
				if !x.toks[j].Word || clauseWords[x.toks[j].Low] && x.toks[j].Low != "and" {
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
func (x *extractor) timeScope(mi, ci, cj int) *Date {
	m := x.mentions[mi]
	if m.Kind == KindDate {
		return nil
	}
	lo, hi := x.toks[ci].Start, x.toks[cj-1].End
	best, bestDist := -1, 1<<30
	for j, o := range x.mentions {
		if j == mi || o.Kind != KindDate || o.Ambiguous || o.Range != 0 && o.Range == m.Range {
			continue
		}
		oi := x.tokAt(o.Start)
		if oi > 0 && x.toks[oi-1].Low == "since" && !x.whenFollows(oi) {
			continue // "has built propellers since 1911": a span, not the time of this value
		}
		if _, ok := x.dateBinding(oi); !ok && x.reportingDate(oi) {
			continue // "said on Wednesday": when it was said, not when it happened
		}
		inClause := o.Start >= lo && o.End <= hi
		if !inClause && (o.Start > m.Start || x.clauseHasValue(oi, mi)) {
			// a later clause's date ("..., which sounds a lot until you
			// remember last year's sale") or another value's ("savings ...
			// expected from 2028") does not date this value
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

// stateKeys are keys of states and measures whose dates say when the
// state was observed ("remained closed on Wednesday", "in critical
// condition on Thursday"), not when an event happened: their dates are
// not compared. Change words (rise, fall) do not date events either.
var stateKeys = map[string]bool{
	"closed": true, "critical": true, "trapped": true, "missing": true, "population": true, "capacity": true,
	"depth": true, "distance": true, "height": true, "length": true, "area": true, "speed": true,
	"temperature": true, "age": true, "workforce": true, "rise": true, "fall": true, "affected": true,
	"customers": true, "records": true, "attendance": true, "shares": true, "margin": true, "inflation": true,
	"unemployment": true, "interest": true, "price": true, "fees": true, "rain": true, "wind": true,
	"topic": true, "announced": true, "undetected": true, "ordeal": true, "control": true,
}

// thingKeys are keys whose subject noun says which thing began, was built
// or opened ("the fire broke out", "talks began").
var thingKeys = map[string]bool{"start": true, "built": true, "opened": true, "founded": true, "closed": true, "closure": true, "effective": true}

// thing returns the head noun before the key verb of a clause: "the fire
// broke out" → "fire", "The dam, completed in 1989" → "dam".
func (x *extractor) thing(ci, a int) string {
	// find the key word in the clause before the value, then the noun before it
	for k := a - 1; k >= 0 && k >= a-12; k-- {
		if kk, _ := x.lex.keyAt(x.toks, k); kk != "" && thingKeys[kk] {
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				t := x.toks[j]
				if !t.Word || wStop[t.Low] || auxWords[t.Low] || t.Low == "which" || t.Low == "that" || t.Low == "first" || t.Low == "was" {
					continue
				}
				if t.Digit {
					break
				}
				return "thing:" + wstem(t.Low)
			}
			return ""
		}
	}
	return ""
}

// isWindow reports whether the duration at token a is a window ("in 24
// hours", "within 30 days", "every two weeks").
func (x *extractor) isWindow(a int) bool {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		switch x.toks[k].Low {
		case "in", "within", "every", "per", "each", "inside":
			return true
		case "less", "more", "than", "under", "over", "just", "about", "around", "nearly", "almost", "a":
			continue
		}
		return false
	}
	return false
}

// isBackground reports whether a count is background, not a claim about the
// story: "the club's 48 members", "its 14 plants", "38 of them".
func (x *extractor) isBackground(a, b int) bool {
	if a > 0 {
		switch x.toks[a-1].Low {
		case "'s", "its", "their", "our", "his", "her", "whose":
			return true
		}
	}
	if b+1 < len(x.toks) && x.toks[b].Low == "of" {
		switch x.toks[b+1].Low {
		case "them", "those", "these", "us", "whom", "which":
			return true
		}
	}
	// a subset of a count just given: "among them four firefighters",
	// "including 530 at the plant" keeps its own qualifier and is kept
	if a >= 2 && x.toks[a-1].Low == "them" && (x.toks[a-2].Low == "among" || x.toks[a-2].Low == "of") {
		return true
	}
	return false
}

// irregularPast are common past-tense verbs without -ed.
var irregularPast = setOf("spent,took,made,ran,went,came,kept,held,left,gave,got,put,set,paid,told,said,met,saw,found," +
	"brought,bought,sold,sent,won,lost,fell,rose,stood,began,broke,burst,struck,fought,caught,taught,thought,wrote,drove," +
	"flew,grew,knew,threw,wore,hung,led,fed,read,heard,felt,dealt,meant,sat,shot,slept,swept,built,hit,cut,shut,quit")

// dateBinding reads the verb a date belongs to by looking left from it
// ("arrested in May 2024", "broke out shortly before 5am on Tuesday"). It
// returns the key of a known event, "" when nothing decides, and false when
// the date belongs to a reporting verb ("said on Wednesday") or to a verb
// the lexicon does not know ("agreed last night", "recovered on Monday").
func (x *extractor) dateBinding(a int) (string, bool) {
	k, _, ok := x.dateBindingAt(a)
	return k, ok
}

// dateBindingAt is dateBinding with the token where the key word starts.
func (x *extractor) dateBindingAt(a int) (string, int, bool) {
	for k := a - 1; k >= 0 && k >= a-20; k-- {
		t := x.toks[k]
		if !t.Word {
			if t.Low == "," || t.Low == ";" || t.Low == ":" || t.Low == `"` {
				return "", -1, true
			}
			continue
		}
		if clauseWords[t.Low] && t.Low != "before" && t.Low != "after" {
			return "", -1, true
		}
		// a phrase ending here ("war started", "broke out"); when its
		// subject is an event noun ("the avalanche swept", "the fire broke
		// out"), the event is the key
		for n := 3; n >= 1; n-- {
			if k-n+1 < 0 {
				continue
			}
			if kk, m := x.lex.keyAt(x.toks, k-n+1); m == n && kk != "" {
				if tk, tp := x.topicSubject(k - n); tk != "" && tk != kk {
					return tk, tp, true
				}
				return kk, k - n + 1, true
			}
		}
		if speechVerbs[t.Low] {
			return "", -1, false
		}
		if !t.Cap && (strings.HasSuffix(t.Low, "ed") && len(t.Low) > 4 || irregularPast[t.Low]) {
			// a verb the lexicon does not know: its subject may name the
			// event ("the avalanche that came down ... yesterday")
			if tk, tp := x.topicSubject(k - 1); tk != "" {
				return tk, tp, true
			}
			return "", -1, false
		}
		if t.Cap || t.Digit || wStop[t.Low] || qualPreps[t.Low] || t.Low == "shortly" || t.Low == "early" || t.Low == "late" {
			continue
		}
	}
	return "", -1, true
}

// punctClause returns the clause around [a, b) bounded by punctuation only.
func (x *extractor) punctClause(a, b int) (int, int) {
	i := a
	for i > 0 && !(isClausePunct(x.toks[i-1].Low) || x.toks[i-1].Low == ".") {
		i--
	}
	j := b
	for j < len(x.toks) && !(isClausePunct(x.toks[j].Low) || x.toks[j].Low == ".") {
		j++
	}
	return i, j
}

// clauseHasValue reports whether the clause of token i holds a value
// mention other than mention skip and other than dates.
func (x *extractor) clauseHasValue(i, skip int) bool {
	ci, cj := x.clause(i, i+1)
	lo, hi := x.toks[ci].Start, x.toks[cj-1].End
	for j, o := range x.mentions {
		if j != skip && o.Kind != KindDate && o.Start >= lo && o.End <= hi {
			return true
		}
	}
	return false
}

// datelineEnd returns the number of tokens of a dateline that opens the
// sentence ("WEXMOOR -", "HARWICK, March 4 (CP) -", "KELMINO, Kasmaria (CP) -").
func (x *extractor) datelineEnd() int {
	caps := 0
	for k, t := range x.toks {
		if k > 12 {
			return 0
		}
		if t.Word && t.Upper {
			caps++
			continue
		}
		if t.Low == "-" && caps > 0 && k > 0 && (x.toks[k-1].Upper || x.toks[k-1].Low == ")") && k+1 < len(x.toks) {
			return k + 1
		}
		if caps == 0 {
			return 0
		}
	}
	return 0
}

// reportingDate reports whether the date at token i is the date of a
// reporting verb ("said on Wednesday", "told reporters on Monday").
func (x *extractor) reportingDate(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if speechVerbs[x.toks[k].Low] {
			return true
		}
	}
	return false
}

// perRecipient returns the class of the noun after "each", "every" or "per"
// in a clause ("pay every passenger", "£500 per household"), or "".
func (x *extractor) perRecipient(ci, cj int) string {
	for k := ci; k+1 < cj; k++ {
		switch x.toks[k].Low {
		case "each", "every", "per":
			if c := x.countedAt(k + 1); c != "" {
				return c
			}
			if x.toks[k+1].Word && !x.toks[k+1].Digit {
				return wstem(x.toks[k+1].Low)
			}
		}
	}
	return ""
}

// shareKey decides what a share of voters measures: support (voted for,
// backed, in favour) or turnout (took part) when only that is said.
func (x *extractor) shareKey(ci, cj int, key string) string {
	support, vote, turnout := false, false, false
	lo, hi := x.punctClause(ci, cj)
	for k := lo; k < hi; k++ {
		switch kk, _ := x.lex.keyAt(x.toks, k); kk {
		case "support":
			support = true
		case "vote":
			// "voted for", "voted in favour": support; "took part in the vote": turnout
			if k+1 < hi && (x.toks[k+1].Low == "for" || x.toks[k+1].Low == "in") {
				support = true
			}
			vote = true
		case "turnout":
			turnout = true
		}
	}
	switch {
	case support:
		return "support"
	case turnout:
		return "turnout"
	case vote:
		return "support"
	}
	return key
}

// opensClause reports whether the value at token a opens its clause, with
// only prepositions and time adverbs before it ("In 2023, ...", "Last
// year the council ...", "and in 2020 it closed ...").
func (x *extractor) opensClause(a int) bool {
	for k := a - 1; k >= 0; k-- {
		t := x.toks[k]
		if !t.Word {
			return t.Low == "," || t.Low == ";" || t.Low == "-"
		}
		switch t.Low {
		case "in", "on", "at", "by", "during", "last", "this", "next", "early", "late", "back", "since", "until", "from", "the":
			continue
		case "and", "but", "while", "when":
			return true
		}
		return false
	}
	return true
}

// isPersonName reports whether a name may be a person's: it has a title,
// or it has one to three words and is neither an organisation nor a
// country. compare keeps only those the batch shows to be people (given a
// title somewhere, or quoted as a speaker).
func isPersonName(n name) bool {
	if n.Person {
		return true
	}
	if isOrgName(n) || len(n.Words) > 3 {
		return false
	}
	if _, ok := demonymPlaces[n.Key()]; ok {
		return false
	}
	return true
}

// demonymPlaces are the places of the demonym table.
var demonymPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range demonyms {
		m[p] = true
	}
	return m
}()

// DocContext returns the scan context of a document: its publication date,
// and the order of day and month in its numeric dates, decided by a date of
// the document whose day cannot be a month ("26/03/2026" makes the
// document's "02/06/2026" the 2nd of June). Without such a date, numeric
// dates with both parts at most 12 stay ambiguous and are never compared.
func DocContext(d *article.Document) ScanContext {
	return ScanContext{Published: d.Published, DayFirst: dayOrder(d.Text)}
}

// dayOrder scans text for numeric dates a/b/yyyy (or with dots or dashes):
// 1 when one has a > 12 (day first), -1 when one has b > 12, 0 when none
// decides or the document is inconsistent.
func dayOrder(text []byte) int {
	order := 0
	num := func(i int) (int, int) {
		v, j := 0, i
		for j < len(text) && j-i < 2 && text[j] >= '0' && text[j] <= '9' {
			v = v*10 + int(text[j]-'0')
			j++
		}
		return v, j
	}
	for i := 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' || i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
			continue
		}
		a, j := num(i)
		if j == i || j >= len(text) || (text[j] != '/' && text[j] != '.' && text[j] != '-') {
			continue
		}
		sep := text[j]
		b, k := num(j + 1)
		if k == j+1 || k >= len(text) || text[k] != sep {
			continue
		}
		y := k + 1
		n := 0
		for y < len(text) && text[y] >= '0' && text[y] <= '9' {
			y++
			n++
		}
		if n != 4 || a == 0 || b == 0 || a > 31 || b > 31 {
			continue
		}
		o := 0
		switch {
		case a > 12 && b <= 12:
			o = 1
		case b > 12 && a <= 12:
			o = -1
		}
		if o != 0 {
			if order != 0 && order != o {
				return 0 // the document mixes both orders
			}
			order = o
		}
		i = y
	}
	return order
}

// genericHeads are nouns too general to anchor a value on their own.
var genericHeads = setOf("people,persons,person,residents,others,times,things,ways,days,years,months,weeks,hours," +
	"minutes,members,workers,employees,staff,children,adults,men,women,families,households,cases,places,parts," +
	"points,percent,per,cent,items,units,pieces,sites,areas,cities,towns,villages,countries,groups,teams,one,ones")

// fallbackKey gives a value that no event word anchors a weaker key from
// its own words: the noun it counts ("five small rideshare payloads"),
// the noun of its of-phrase ("60 percent of the crop"), a quantity's
// dimension ("2,300 hectares"), the thing a sum prices ("a $210 million
// satellite"), or the subject of a duration's clause ("the leak lasted
// about 90 minutes"). It returns the key and the counted class, or "".
func (x *extractor) fallbackKey(m Mention, a, b, ci, cj int) (string, string) {
	headAfter := func() string {
		h := ""
		for k := b; k < cj && k < b+4; k++ {
			t := x.toks[k]
			if !t.Word || t.Digit || wStop[t.Low] || auxWords[t.Low] || clauseWords[t.Low] || t.Cap && k > b || particles[t.Low] {
				break
			}
			if strings.HasSuffix(t.Low, "ed") && k > b || irregularPast[t.Low] {
				break
			}
			h = t.Low
		}
		return h
	}
	switch m.Kind {
	case KindNumber:
		if h := headAfter(); h != "" && !genericHeads[h] {
			return "n:" + wstem(h), ""
		}
	case KindPercent, KindFraction:
		if b+1 < cj && x.toks[b].Low == "of" {
			for k := b + 1; k < cj && k < b+5; k++ {
				t := x.toks[k]
				if !t.Word || clauseWords[t.Low] {
					break
				}
				if wStop[t.Low] || qualDets[t.Low] || t.Low == "'s" {
					continue
				}
				if !genericHeads[t.Low] {
					return "n:" + wstem(t.Low), ""
				}
				break
			}
		}
	case KindQuantity:
		if d := quantityDims[m.Unit]; d != "" {
			return "q:" + d, ""
		}
	case KindMoney:
		if h := headAfter(); h != "" && !genericHeads[h] {
			return "cost", "thing:" + wstem(h)
		}
	case KindDuration:
		// the subject of the clause: the noun before its verb
		for k := a - 1; k >= ci; k-- {
			t := x.toks[k]
			if !t.Word || t.Digit || t.Cap {
				continue
			}
			if wStop[t.Low] || auxWords[t.Low] || qualPreps[t.Low] || t.Low == "about" || t.Low == "almost" || t.Low == "nearly" ||
				strings.HasSuffix(t.Low, "ed") || strings.HasSuffix(t.Low, "ing") || irregularPast[t.Low] || speechVerbs[t.Low] ||
				t.Low == "lasted" || t.Low == "lasts" || t.Low == "last" || t.Low == "went" || t.Low == "took" || t.Low == "takes" {
				continue
			}
			if genericHeads[t.Low] {
				return "", ""
			}
			return "t:" + wstem(t.Low), ""
		}
	}
	return "", ""
}

// quantityDims names the dimension of a quantity's unit, for the
// dimensions whose amounts a story seldom gives for several things (areas
// burned or flooded, volumes spilled, masses seized); lengths and speeds
// are too varied to anchor a value alone.
var quantityDims = map[string]string{
	"ha": "area", "acre": "area", "km2": "area", "m2": "area", "sq mi": "area",
	"l": "volume", "m3": "volume", "gal": "volume", "kg": "mass", "g": "mass", "t": "mass", "lb": "mass", "tonne": "mass",
}

// whenFollows reports whether the date at token i is followed by ", when"
// ("since February 2021, when three ski tourers died"): the when-clause
// happened at that date.
func (x *extractor) whenFollows(i int) bool {
	for k := i; k < len(x.toks) && k <= i+4; k++ {
		if x.toks[k].Low == "when" {
			return true
		}
	}
	return false
}

// plannedWords before a key mark a planned, estimated or earlier figure.
var plannedWords = setOf("original,originally,initial,initially,planned,projected,forecast,expected,estimated,budgeted,proposed,previous,earlier,target,targeted")

// comparisonObjects follow "over", "under", "above" or "below" when a value
// is a difference from a plan: "15% over budget", "2,000 above forecast".
var comparisonObjects = setOf("budget,forecast,target,estimate,estimates,plan,expectations,projections,average")

// topicSubject returns the event-noun key of the subject ending at token j
// ("the avalanche [that] ...", "Fire ..."), skipping relative pronouns and
// auxiliaries, or "".
func (x *extractor) topicSubject(j int) (string, int) {
	for j >= 0 && (x.toks[j].Low == "that" || x.toks[j].Low == "which" || auxWords[x.toks[j].Low] || x.toks[j].Low == "first" || x.toks[j].Low == "then") {
		j--
	}
	if j < 0 {
		return "", -1
	}
	if kk, n := x.lex.keyAt(x.toks, j); kk != "" && n == 1 && topicKeys[kk] {
		return kk, j
	}
	return "", -1
}

// particles end a noun phrase: "five skiers down a gully".
var particles = setOf("down,up,into,onto,through,across,along,away,back,off,out,around,toward,towards,near,inside,outside,below,above,behind,beyond,during,per,via,amid")

// partOf says when a value is about a part rather than the whole: the
// sentence is about one of many ("One customer ... received payments of
// more than $200 million") or counts only up to a time of day ("By 6 p.m.,
// passengers had made about 48,000 trips"). It returns a qualifier, or "".
func (x *extractor) partOf(a int) string {
	for k := 0; k < a; k++ {
		t := x.toks[k]
		switch {
		case (t.Low == "one" || t.Low == "single") && k+1 < a && x.toks[k+1].Word && !x.toks[k+1].Digit &&
			x.toks[k+1].Low != "of" && x.toks[k+1].Low != "in" && !wStop[x.toks[k+1].Low] && (k == 0 || t.Low == "single" || x.toks[k-1].Low == "a" || !x.toks[k-1].Word):
			return "part:one " + x.toks[k+1].Low
		case t.Low == "by" && k+1 < a && (x.toks[k+1].Digit && k+2 < len(x.toks) && timeOfDay[x.toks[k+2].Low] || timeOfDay[x.toks[k+1].Low]):
			return "part:by time of day"
		}
	}
	return ""
}

var timeOfDay = setOf("a.m,p.m,am,pm,a.m.,p.m.,noon,midday,lunchtime,midnight,mid-morning,mid-afternoon,o'clock")
