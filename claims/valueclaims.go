package claims

// What a value measures: its key, counted noun, subjects, agents,
// qualifiers and time scope (see extractor.valueClaims).

import (
	"strings"

	"github.com/claimdiff/claimdiff/article"
)

var hedgeWords = setOf("reportedly,allegedly,could,may,might,possibly,perhaps,whether,if,rumoured,rumored,unconfirmed,unverified,apparently,purportedly,believed,suggested,claimed")

var updateBefore = setOf("rose,risen,climbed,increased,jumped,grew,grown,soared,reached,revised,now,fell,fallen,dropped,declined,initially,originally,previously")

// movementVerbs are the update markers that also state a change by an amount.
var movementVerbs = setOf("rose,risen,climbed,increased,jumped,grew,grown,soared,fell,fallen,dropped,declined")

// seenValue is a claim kept in valueClaims for its key, kind and
// qualifiers, whose words are skBuf[lo:hi].
type seenValue struct {
	lo, hi, at int
	direct     bool
}

// The value reader's word sets tested in loops, behind a filter.
var (
	hedgeSet      = newWordSet(hedgeWords)
	demandSet     = newWordSet(demandWords)
	updateSet     = newWordSet(updateBefore)
	irregularSet  = newWordSet(irregularPast)
	particlesSet  = newWordSet(particles)
	genericSet    = newWordSet(genericHeads)
	lightVerbsSet = newWordSet(lightVerbs)
)

// hedged reports whether the sentence hedges its claims ("reportedly",
// "may", a question).
func (x *extractor) hedged() bool {
	for _, t := range x.toks {
		if t.Low == "?" {
			return true
		}
		if t.Word && hedgeSet.has(t.Low) && !(t.Cap && t.Low == "may") {
			return true
		}
	}
	return false
}

// valueClaims turns the value mentions of a sentence into claims.
func (x *extractor) valueClaims(si int, s article.Sentence, b []byte, names []name) {
	if len(x.mentions) == 0 {
		return // most sentences hold no value
	}
	hedged, hedgeRead := false, false
	// the claims kept so far per key, kind and qualifiers (the words of
	// the key in skBuf), and whether their own words name the key
	var skArr [256]byte
	var seenArr [8]seenValue
	skBuf, seen := skArr[:0], seenArr[:0]
	first, replaced := len(x.claims), false
	defer func() {
		if !replaced {
			return
		}
		// drop the claims replaced by a better one of the same key
		out := first
		for i := first; i < len(x.claims); i++ {
			if x.claims[i].Key != "" {
				if out != i {
					x.claims[out] = x.claims[i]
				}
				out++
			}
		}
		clear(x.claims[out:])
		x.claims = x.claims[:out]
	}()
	dl := x.datelineEnd()
	var nkArr [8]string
	var dates []Date   // the times of the claims
	var lists []string // the subjects, people, agents and qualifiers of the claims
	var infoArr [8]dateInfo
	infos := x.dateInfos(infoArr[:])
	nk := nameKeys{names: names, keys: nkArr[:0]}
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
		if m.Kind == KindNumber && x.negatedObject(a, ci) {
			continue // "pupils who have not had two doses": not a figure anyone reports
		}
		if x.benchmark(a, ci) {
			continue // "more than double the 6 percent increase across the region": a yardstick
		}
		c := Claim{Doc: x.doc, Type: TypeValue, Sent: si, Span: s.Span, Value: m, Quoted: x.inQuote[a]}
		c.Value.Start += s.Start
		c.Value.End += s.Start
		c.ValueSpan = article.Span{Start: c.Value.Start, End: c.Value.End}

		// what the value measures: the noun phrase right after it, the noun
		// before "of"/"worth"/"at", then the nearest key in the clause.
		after := bEnd
		if after < cj && x.toks[after].Low == "'s" {
			after++ // "Tuesday's explosion", "last year's fine"
		}
		key, head, counted := "", "", ""
		keyPos := -1 // token of the key word
		// "N of the X": X is what is counted
		if after+1 < len(x.toks) && x.toks[after].Low == "of" {
			k := after + 1
			for k < cj && (x.toks[k].Low == "the" || x.toks[k].Low == "its" || x.toks[k].Low == "their" || x.toks[k].Low == "them" || x.toks[k].Low == "his" || x.toks[k].Low == "her" || x.toks[k].Low == "our") {
				k++
			}
			if k < len(x.toks) && x.toks[k].Word {
				if kk, _ := x.keyAt(k); kk != "" && (m.Kind == KindPercent || m.Kind == KindFraction) {
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
				if !t.Word || (t.Class&wcStop != 0) && k > after {
					break
				}
				if t.Low == "more" || t.Low == "additional" || t.Low == "extra" || t.Low == "other" || t.Low == "further" {
					if k == after && m.Kind == KindNumber {
						c.Increment = true
					}
					continue
				}
				if kk, n := x.keyAt(k); kk != "" {
					if topicKeys[kk] && k+n < cj && x.toks[k+n].Word && !(x.toks[k+n].Class&wcStop != 0) && !(x.toks[k+n].Class&wcAux != 0) {
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
			if a >= 2 && x.toks[a-1].Low == "worth" && (m.Kind == KindMoney) {
				if hk, ok := builtinHeads[x.toks[a-2].Low]; ok {
					key, head, keyPos = hk, x.toks[a-2].Low, a-2 // "a deal worth 2.4 billion euros"
				}
			}
			if key == "" && a >= 2 && (x.toks[a-1].Low == "of" || x.toks[a-1].Low == "worth" || x.toks[a-1].Low == "at" || x.toks[a-1].Low == "totalling" || x.toks[a-1].Low == "totaling") {
				for k := a - 2; k >= ci && k >= a-5; k-- {
					if kk, n := x.keyAt(k); kk != "" && (!weakKeys[kk] || key == "") && !(topicKeys[kk] && m.Kind != KindDuration) {
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
		if m.Kind == KindDate && a > 0 && x.toks[a-1].Low == "since" {
			if noun, ok := x.recordSince(a-1, ci); ok {
				// "the worst hailstorm since 1987"; two records of two
				// things are two facts
				key, head, keyPos, counted = "record-since", "a record since", a-1, noun
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
				if kk, _ := x.keyAt(k); kk == "vote" {
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
				kk, n := x.keyAt(k)
				if kk == "" {
					continue
				}
				if x.inNameRun(k, n) {
					continue // "Chief Fire Officer Radwood said the inquiry would take three weeks": a title, not the fire
				}
				// a phrase ("war started") wins over its own words
				start, last := k, k+n-1
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
					head = joinLow(x.toks[start : start+n])
				}
			}
			if best != "" && (key == "" || !weakKeys[best]) {
				key, keyPos = best, bestPos
			}
		}
		if m.Kind == KindNumber && !direct && key != "" {
			// a count's own noun says what is counted: "completed eight
			// missions" and "completed three tests" are not one figure;
			// and its verb what happened to them: "64 admitted buying
			// answers" is not "221 were investigated for buying them"
			if counted == "" {
				if fk, _ := x.fallbackKey(m, a, bEnd, ci, cj); fk != "" {
					counted = firstTwoFields(fk)
				}
			}
			if v := x.verbAfter(bEnd, cj); v != "" && !strings.Contains(counted, "|") {
				counted += "|" + v
			}
		}
		wide := scopeWide(x.toks, ci, cj)
		if (key == "" || weakKeys[key] && !direct || strings.HasPrefix(key, "n:")) && m.Kind == KindPercent && x.marketShare(bEnd, cj) {
			key, head, direct = "market-share", "share of the market", true
		}
		if key == "" || weakKeys[key] && !direct {
			// no event word: what the value itself names
			fk, fc := x.fallbackKey(m, a, bEnd, ci, cj)
			if fk == "" && m.Kind == KindNumber {
				fk = x.peopleCountKey(a, bEnd, ci, cj)
			}
			if fk != "" {
				key, head, keyPos, c.Weak = fk, x.wordOf(fk, ci, cj), bEnd, true
				if m.Kind == KindDuration && x.lastingVerb(ci, cj) {
					c.Weak = false // "the ban is expected to last eight weeks": the subject's own length
				}
				if fc != "" {
					counted = fc
				}
			}
		}
		if key == "" {
			continue
		}
		// a demand is another measure than what is offered or agreed:
		// "the union is demanding 9 percent"
		for k := ci; k < cj; k++ {
			if demandSet.has(x.toks[k].Low) {
				key += ":demand"
				break
			}
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
		if m.Kind == KindQuantity && x.isConversion(mi) {
			continue // "50 km/h is roughly 31 mph": a definition, not a claim
		}
		if m.Kind == KindScore && key == "support" {
			key = "vote" // "passed by 221 to 187 in favour"
		}
		if m.Kind == KindNumber && a > 0 && x.toks[a-1].Low == "by" && bEnd < len(x.toks) && (x.toks[bEnd].Low == "votes" || x.toks[bEnd].Low == "seats" || x.toks[bEnd].Low == "points") {
			key = "margin" // "fell by 27 votes": a margin, not a tally
		}
		if m.Kind == KindDuration && episodeKeys[key] {
			// how long an incident lasted, however it is put ("took six
			// hours to bring the blaze under control", "burned for nine
			// hours", "spent six hours fighting the fire"): the incident
			// the sentence names
			tk := x.topicIn(ci, cj)
			if tk == "" && (key == "control" || key == "fire") {
				tk = x.docTopic() // "fought it for six hours": the story's incident
			}
			if tk != "" {
				key, head, c.Weak = "t:"+wstem(tk), tk, false
			} else if key != "control" {
				continue // a time spent, not a sum or a damage
			}
		}
		if m.Kind == KindDuration && key == "effective" {
			// "come into force on Monday and run for six weeks": how long
			// what comes into force lasts
			if fk, _ := x.fallbackKey(m, a, bEnd, ci, cj); fk != "" {
				key, head, c.Weak = fk, x.wordOf(fk, ci, cj), !x.lastingVerb(ci, cj)
			} else {
				continue
			}
		}
		if m.Kind == KindMoney && (key == "acquired" || key == "sold") {
			key = "price" // what a buyer pays is what a seller gets
		}
		if (m.Kind == KindPercent || m.Kind == KindFraction) && (key == "vote" || key == "support" || key == "turnout") {
			// a share of voters: those for it, unless only taking part is said
			key = x.shareKey(ci, cj, key)
		}
		if m.Kind == KindDate && key != "record-since" && (stateKeys[key] || a > 0 && x.toks[a-1].Low == "since") {
			continue // a date of a state ("remained closed on Wednesday"), not of an event
		}
		if m.Kind == KindDuration && x.isWindow(a) {
			// "in 24 hours": a window, not how long the event lasted; but
			// "refunded within 14 days" is a deadline, compared by what
			// must happen
			dk := x.deadline(a, ci)
			if dk == "" {
				continue
			}
			key, head, c.Weak, counted = "within:"+dk, "within", false, ""
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
		var qualArr [8]string
		qual := x.qualifiers(qualArr[:0], bEnd, names, &nk)
		if wide {
			qual = appendUnique(qual, "scope:wide")
		}

		// one value per key, kind and qualifier in a sentence: the one whose
		// own words name the key, else the first
		lo := len(skBuf)
		skBuf = append(skBuf, key...)
		skBuf = append(skBuf, 0)
		skBuf = append(skBuf, byte(m.Kind))
		skBuf = append(skBuf, 0)
		for i, q := range qual {
			if i > 0 {
				skBuf = append(skBuf, '|')
			}
			skBuf = append(skBuf, q...)
		}
		sk := skBuf[lo:]
		found := -1
		for i, e := range seen {
			if string(skBuf[e.lo:e.hi]) == string(sk) {
				found = i
				break
			}
		}
		if found >= 0 {
			skBuf = skBuf[:lo] // known already
			if m.Range == 0 {
				prev := seen[found].at
				if !direct || x.claims[prev].Value.Range != 0 || seen[found].direct {
					continue
				}
				x.claims[prev].Key = "" // replaced below
				replaced = true
			}
			seen[found].at, seen[found].direct = len(x.claims), direct
		} else {
			seen = append(seen, seenValue{lo: lo, hi: len(skBuf), at: len(x.claims), direct: direct})
		}

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
		// A movement verb marks an update only with "to" or "from" before the
		// value; "shares rose 2 percent" states a change, not a new figure.
		for k := a - 1; k >= ci && k >= a-4; k-- {
			w := x.toks[k].Low
			if !updateSet.has(w) {
				continue
			}
			if !movementVerbs[w] {
				c.Update = true
				continue
			}
			for j := k + 1; j < a; j++ {
				if x.toks[j].Low == "to" || x.toks[j].Low == "from" {
					c.Update = true
				}
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

		var subArr, perArr, agArr [8]string
		sub, per, ag := subArr[:0], perArr[:0], agArr[:0]
		// subjects: names of the clause; qualifiers: a prepositional phrase
		// after the value ("on Indian goods", "at its Tollbridge site")
		for ni, n := range names {
			if n.I < dl {
				continue
			}
			if n.I >= ci && n.J <= cj && !(n.I >= a && n.J <= bEnd) {
				if n.I > bEnd && x.isQualifier(bEnd, n.TI) {
					continue
				}
				sub = append(sub, nk.at(ni))
				if isPersonNameKey(n, nk.at(ni)) {
					per = append(per, nk.at(ni))
				}
			}
		}
		if len(sub) == 0 {
			// the sentence's subject: a name that opens the sentence
			for ni, n := range names {
				if n.TI <= dl+1 && n.I >= dl && n.J <= a {
					sub = append(sub, nk.at(ni))
					if isPersonNameKey(n, nk.at(ni)) {
						per = append(per, nk.at(ni))
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
		for ni, n := range names {
			if n.I >= dl && n.I >= ci && n.J <= lim {
				ag = append(ag, nk.at(ni))
			}
		}
		if len(ag) == 0 {
			// the subject of the sentence: the first name before the value's
			// clause ("Rival operator Bluefin Line ... said it had carried 1,400")
			for ni, n := range names {
				if n.I >= dl && n.J <= lim && n.J <= a && (n.TI <= dl+1 || n.J <= ci) {
					// not a name inside a phrase ("According to Russian media")
					if n.TI > 0 && ((x.toks[n.TI-1].Class&wcQualPrep != 0) || x.toks[n.TI-1].Low == "by" || x.toks[n.TI-1].Low == "of" || x.toks[n.TI-1].Low == "with") {
						break
					}
					ag = append(ag, nk.at(ni))
					break
				}
			}
		}
		if p := x.partOf(a); p != "" {
			qual = appendUnique(qual, p)
		}
		if m.Kind == KindDate {
			qual = nil
		}
		if len(sub)+len(per)+len(ag)+len(qual) > 0 {
			if len(x.ents) == cap(x.ents) {
				// a new block; the claims still point into the full one
				// (Extract copies the parts out)
				x.ents = make([]EntityParts, 0, max(64, 2*cap(x.ents)))
			}
			x.ents = append(x.ents, EntityParts{})
			e := &x.ents[len(x.ents)-1]
			e.Subject, e.Persons, e.Agents, e.Qualifier = pack4(&lists, len(x.mentions)-mi-1, sub, per, ag, qual)
			c.Ents = e
		}
		if d, ok := x.timeScope(mi, ci, cj, infos); ok {
			if len(dates) == cap(dates) {
				dates = make([]Date, 0, len(x.mentions)-mi) // one claim per mention at most
			}
			dates = append(dates, d)
			c.Time = &dates[len(dates)-1]
		}
		if !hedgeRead {
			hedged, hedgeRead = x.hedged(), true
		}
		c.Hedged = hedged
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
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].Low
	}
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t.Low)
	}
	var sb strings.Builder
	sb.Grow(n)
	for i, t := range toks {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(t.Low)
	}
	return sb.String()
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
	for k < nameStart && k < from+4 && x.toks[k].Word && !(x.toks[k].Class&wcQualPrep != 0) {
		k++
	}
	if k >= nameStart || !(x.toks[k].Class&wcQualPrep != 0) {
		return false
	}
	k++
	for k < nameStart && (x.toks[k].Class&wcQualDet != 0) {
		k++
	}
	return k == nameStart
}

// qualifiers appends to out the entity keys of prepositional phrases on
// the value (names with their keys in nk).
func (x *extractor) qualifiers(out []string, from int, names []name, nk *nameKeys) []string {
	for ni, n := range names {
		if n.TI < from || n.TI > from+16 {
			continue
		}
		if x.isQualifier(from, n.TI) {
			out = append(out, nk.at(ni))
			continue
		}
		// "at its Tollbridge site": a name before the head of the phrase
		k := n.TI - 1
		for k > from && (x.toks[k].Class&wcQualDet != 0) {
			k--
		}
		if k >= from && (x.toks[k].Class&wcQualPrep != 0) {
			ok := true
			for j := from; j < k; j++ {
				if !x.toks[j].Word || (x.toks[j].Class&wcClause != 0) && x.toks[j].Low != "and" {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, nk.at(ni))
			}
		}
	}
	// demonyms in the phrase ("on Indian goods")
	for k := from; k < len(x.toks) && k < from+6; k++ {
		t := x.toks[k]
		if !t.Word && t.Low != "-" || t.Word && (t.Class&wcClause != 0) {
			break
		}
		if p, ok := demonyms[t.Low]; ok && t.Cap && k > from && (x.toks[k-1].Class&wcQualPrep != 0) {
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
	// "one of only 14 paintings by the artist": a class the thing belongs to
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if x.toks[k].Low == "of" && k > 0 && x.toks[k-1].Low == "one" {
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
		switch kk, _ := x.keyAt(k); kk {
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

// firstTwoFields is strings.Join(strings.SplitN(k, ":", 3)[:2], ":") for
// a non-empty k: its words up to a second colon ("n:dos" of "n:dos:held").
func firstTwoFields(k string) string {
	i := strings.IndexByte(k, ':')
	if i < 0 {
		return k + ":"
	}
	if j := strings.IndexByte(k[i+1:], ':'); j >= 0 {
		return k[:i+1+j]
	}
	return k
}

// nameKeys holds the keys of a sentence's names, each made once when
// first asked for.
type nameKeys struct {
	names []name
	keys  []string
}

// at returns the key of names[i].
func (nk *nameKeys) at(i int) string {
	if len(nk.keys) < len(nk.names) {
		if cap(nk.keys) < len(nk.names) {
			nk.keys = make([]string, len(nk.names))
		}
		nk.keys = nk.keys[:len(nk.names)]
	}
	if nk.keys[i] == "" {
		nk.keys[i] = nk.names[i].Key()
	}
	return nk.keys[i]
}

// pack4 returns copies of four lists (nil for an empty one) at the free
// end of *slab. A slab without room is replaced by one with room for these
// lists and as many words for each of the sentence's more values (at most
// 64).
func pack4(slab *[]string, more int, a, b, c, d []string) ([]string, []string, []string, []string) {
	n := len(a) + len(b) + len(c) + len(d)
	if n == 0 {
		return nil, nil, nil, nil
	}
	if cap(*slab)-len(*slab) < n {
		*slab = make([]string, 0, max(n, min(n*(1+more), 64)))
	}
	l := len(*slab)
	*slab = (*slab)[:l+n]
	buf := (*slab)[l : l+n]
	part := func(l []string) []string {
		if len(l) == 0 {
			return nil
		}
		p := buf[:len(l):len(l)]
		copy(p, l)
		buf = buf[len(l):]
		return p
	}
	ra := part(a)
	rb := part(b)
	rc := part(c)
	return ra, rb, rc, part(d)
}

// isPersonNameKey is isPersonName of a name whose key is key.
func isPersonNameKey(n name, key string) bool {
	if n.Person {
		return true
	}
	if isOrgName(n) || len(n.Words) > 3 {
		return false
	}
	if _, ok := demonymPlaces[key]; ok {
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
			if !t.Word || t.Digit || (t.Class&wcStop != 0) || (t.Class&wcAux != 0) || (t.Class&wcClause != 0) || t.Cap && k > b || particlesSet.has(t.Low) {
				break
			}
			if strings.HasSuffix(t.Low, "ed") && k > b || irregularSet.has(t.Low) {
				break
			}
			h = t.Low
		}
		return h
	}
	switch m.Kind {
	case KindNumber:
		if h := headAfter(); h != "" {
			noun := ""
			if cls := x.lex.countedClass(h); cls != "" && cls != "people" {
				noun = cls // "23,000 households" and "32,000 homes" count one thing
			} else if !genericSet.has(h) {
				noun = wstem(h)
			}
			if noun != "" {
				// and what happened to them: "four riders abandoned" is not
				// "23 riders were brought down"
				if v := x.verbAfter(b, cj); v != "" {
					return "n:" + noun + ":" + v, ""
				}
				return "n:" + noun, ""
			}
		}
	case KindPercent, KindFraction:
		if b+1 < cj && x.toks[b].Low == "of" {
			for k := b + 1; k < cj && k < b+5; k++ {
				t := x.toks[k]
				if !t.Word || (t.Class&wcClause != 0) {
					break
				}
				if (t.Class&wcStop != 0) || (t.Class&wcQualDet != 0) || t.Low == "'s" || t.Digit {
					continue // "12 percent of the 150 samples"
				}
				if !genericSet.has(t.Low) {
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
		if h := headAfter(); h != "" && !genericSet.has(h) {
			return "cost", "thing:" + wstem(h)
		}
	case KindDuration:
		// the subject of the clause: the noun before its verb
		for k := a - 1; k >= ci; k-- {
			t := x.toks[k]
			if !t.Word || t.Digit || t.Cap {
				continue
			}
			if k > ci && (x.toks[k-1].Low == "in" || x.toks[k-1].Low == "into" || (x.toks[k-1].Class&wcAux != 0) || x.toks[k-1].Low == "to") {
				continue // "in place for two months", "will come": no subject
			}
			if (t.Class&wcStop != 0) || (t.Class&wcAux != 0) || (t.Class&wcQualPrep != 0) || t.Low == "about" || t.Low == "almost" || t.Low == "nearly" ||
				len(t.Low) > 4 && strings.HasSuffix(t.Low, "ly") || t.Low == "run" || t.Low == "runs" || t.Low == "be" ||
				t.Low == "yesterday" || t.Low == "today" || t.Low == "tonight" || t.Low == "tomorrow" ||
				strings.HasSuffix(t.Low, "ed") || strings.HasSuffix(t.Low, "ing") || irregularSet.has(t.Low) || (t.Class&wcSpeech != 0) ||
				t.Low == "lasted" || t.Low == "lasts" || t.Low == "last" || t.Low == "went" || t.Low == "took" || t.Low == "takes" ||
				particlesSet.has(t.Low) || t.Low == "steps" || t.Low == "just" {
				continue
			}
			if genericSet.has(t.Low) {
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

// plannedWords before a key mark a planned, estimated or earlier figure.
var plannedWords = setOf("original,originally,initial,initially,planned,projected,forecast,expected,estimated,budgeted,proposed,previous,earlier,target,targeted")

// comparisonObjects follow "over", "under", "above" or "below" when a value
// is a difference from a plan: "15% over budget", "2,000 above forecast".
var comparisonObjects = setOf("budget,forecast,target,estimate,estimates,plan,expectations,projections,average")

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
			x.toks[k+1].Low != "of" && x.toks[k+1].Low != "in" && !(x.toks[k+1].Class&wcStop != 0) && (k == 0 || t.Low == "single" || x.toks[k-1].Low == "a" || !x.toks[k-1].Word):
			return "part:one " + x.toks[k+1].Low
		case t.Low == "by" && k+1 < a && (x.toks[k+1].Digit && k+2 < len(x.toks) && timeOfDay[x.toks[k+2].Low] || timeOfDay[x.toks[k+1].Low]):
			return "part:by time of day"
		}
	}
	return ""
}

var timeOfDay = setOf("a.m,p.m,am,pm,a.m.,p.m.,noon,midday,lunchtime,midnight,mid-morning,mid-afternoon,o'clock")

// demandWords mark a figure that is asked for, not agreed.
var demandWords = setOf("demand,demands,demanding,demanded,seeking,seeks,sought,wants,wanted,claim,claiming,asking,requesting,calls,calling")

// scopeWide reports whether a clause speaks of a wider whole than the
// story: "nationwide", "across the country", "this year so far".
func scopeWide(toks []wtok, ci, cj int) bool {
	for k := ci; k < cj; k++ {
		switch toks[k].Low {
		case "nationwide", "nationally", "countrywide", "worldwide", "globally", "statewide":
			return true
		case "across", "throughout":
			if k+2 < cj && toks[k+1].Low == "the" && (toks[k+2].Low == "country" || toks[k+2].Low == "nation" || toks[k+2].Low == "world" || toks[k+2].Low == "region") {
				return true
			}
		}
	}
	return false
}

// verbAfter returns the stem of the first verb after a count's noun phrase
// in its clause ("riders abandoned", "were brought down"), or "".
func (x *extractor) verbAfter(b, cj int) string {
	punct := false
	for k := b; k < cj && k < b+8; k++ {
		t := x.toks[k]
		if !t.Word || t.Digit {
			punct = punct || !t.Word
			continue
		}
		if (t.Low == "not" || strings.HasSuffix(t.Low, "n't")) && k+1 < cj && x.toks[k+1].Word {
			return "not-" + propStem(x.toks[k+1].Low) // "four riders did not continue"
		}
		if (t.Class&wcAux != 0) || t.Low == "being" || t.Low == "been" {
			continue
		}
		if t.Class&wcSpeech != 0 {
			if punct {
				return "" // "12 workers, officials said": the report, not the event
			}
			return propStem(t.Low) // "64 students admitted buying answers"
		}
		if participleLike(t.Low) || irregularSet.has(t.Low) {
			return propStem(t.Low)
		}
	}
	return ""
}

// peopleCountKey keys a count of people said plainly ("22,000 people",
// with no event word) by the participle that tells what happens to them,
// after the noun or before the count: "22,000 people expected" and
// "expecting 32,000 people" are one figure. A count of people with no such
// verb says too little to align, and gets "". Tokens [a, b) are the
// count's; the clause is [ci, cj).
func (x *extractor) peopleCountKey(a, b, ci, cj int) string {
	if b >= cj {
		return ""
	}
	if t := x.toks[b]; !t.Word || !genericSet.has(t.Low) || x.lex.countedClass(t.Low) != "people" {
		return ""
	}
	v := x.participleAfter(b+1, cj)
	if v == "" {
		v = x.participleBefore(a, ci)
	}
	if v == "" {
		return ""
	}
	return "n:people:" + v
}

// participleAfter returns the stem of the participle at token k, after
// auxiliaries ("were evacuated", "had been expected", "are waiting"), or "".
func (x *extractor) participleAfter(k, cj int) string {
	for ; k < cj; k++ {
		t := x.toks[k]
		if t.Word && (t.Class&wcAux != 0 || t.Low == "being" || t.Low == "been") {
			continue
		}
		if t.Word && !t.Cap && participleLike(t.Low) {
			return propStem(t.Low)
		}
		return ""
	}
	return ""
}

// participleBefore returns the stem of the participle that takes the
// count starting at token a as its object ("expecting 32,000 people"), or "".
func (x *extractor) participleBefore(a, ci int) string {
	k := a - 1
	if k < ci || k < 0 {
		return ""
	}
	t := x.toks[k]
	if !t.Word || t.Digit || t.Cap || t.Class&wcSpeech != 0 {
		return ""
	}
	if participleLike(t.Low) {
		return propStem(t.Low)
	}
	return ""
}

// participleLike reports whether a word reads as a regular participle
// ("expected", "waiting").
func participleLike(w string) bool {
	return strings.HasSuffix(w, "ed") && len(w) > 4 || strings.HasSuffix(w, "ing") && len(w) > 5
}

// isConversion reports whether quantity mention mi is one side of a unit
// conversion: "30 km/h is about 19 mph", "X equals Y".
func (x *extractor) isConversion(mi int) bool {
	m := x.mentions[mi]
	between := func(a, b Mention) bool {
		if a.Kind != KindQuantity || b.Kind != KindQuantity || a.End > b.Start {
			return false
		}
		for _, w := range strings.Fields(strings.ToLower(string(x.doc.Text[0:0]) + betweenText(x, a, b))) {
			switch w {
			case "is", "are", "equals", "equal", "means", "=":
				return true
			}
		}
		return false
	}
	if mi+1 < len(x.mentions) && between(m, x.mentions[mi+1]) {
		return true
	}
	return mi > 0 && between(x.mentions[mi-1], m)
}

func betweenText(x *extractor, a, b Mention) string {
	i, j := x.tokAt(a.End-1)+1, x.tokAt(b.Start)
	out := ""
	for k := i; k < j && k < len(x.toks); k++ {
		out += " " + x.toks[k].Low
	}
	if j-i > 4 {
		return "" // too far apart to be one conversion
	}
	return out
}

// negatedObject reports whether the count at token a is the object of a
// negated verb ("have not had two doses", "did not find 12 faults"); a
// bound ("not more than 12", "no fewer than 40") is a figure and is kept.
func (x *extractor) negatedObject(a, ci int) bool {
	for k := a - 1; k >= ci && k >= a-3; k-- {
		w := x.toks[k].Low
		if !x.toks[k].Word || boundWords[w] {
			return false
		}
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
			return k < a-1 // a verb between the negation and the count
		}
	}
	return false
}

// boundWords turn a negation before a count into a bound.
var boundWords = setOf("more,less,fewer,than,over,under,above,below,least,most,quite,only,just,even,exceed,exceeding")

// episodeKeys are the keys a duration gets from the words of an incident's
// course rather than its name.
var episodeKeys = map[string]bool{"cost": true, "damage": true, "payment": true, "control": true, "fire": true}

// topicIn returns the first topic key (an incident: "fire", "strike") named
// in tokens [ci, cj), or "".
func (x *extractor) topicIn(ci, cj int) string {
	for k := ci; k < cj; k++ {
		if kk, _ := x.keyAt(k); topicKeys[kk] {
			return kk
		}
	}
	return ""
}

// docTopic returns the topic key the document names most often (its
// incident), or "".
func (x *extractor) docTopic() string {
	if x.topic != nil {
		return *x.topic
	}
	counts := map[string]int{}
	best := ""
	for _, toks := range x.sentToks {
		for k := range toks {
			if kk, _ := x.lex.keyAt(toks, k); topicKeys[kk] {
				counts[kk]++
				if best == "" || counts[kk] > counts[best] {
					best = kk
				}
			}
		}
	}
	x.topic = &best
	return best
}

// inNameRun reports whether the words [k, k+n) are capitalised inside a
// run of capitalised words, a name or title ("Chief Fire Officer", "the
// Strike Committee"), not an event the sentence tells. A word opening the
// sentence (or a quotation, or what follows a colon) is capitalised by its
// place, and a weekday or month by rule: neither makes a run ("The Strike
// lasted three weeks", "Talks Monday lasted six hours").
func (x *extractor) inNameRun(k, n int) bool {
	if !x.toks[k].Cap {
		return false
	}
	opens := func(i int) bool {
		return i == 0 || x.toks[i-1].Low == `"` || x.toks[i-1].Low == ":" || x.toks[i-1].Low == "\u201c"
	}
	nameWord := func(i int) bool {
		if i < 0 || i >= len(x.toks) || !x.toks[i].Word || !x.toks[i].Cap || opens(i) {
			return false
		}
		_, day := weekdays[x.toks[i].Low]
		_, month := months[x.toks[i].Low]
		return !day && !month
	}
	return nameWord(k-1) || nameWord(k+n)
}

// lastingVerb reports whether tokens [ci, cj) say how long something lasts
// ("last", "run for", "in place for", "continued for").
func (x *extractor) lastingVerb(ci, cj int) bool {
	for k := ci; k < cj; k++ {
		switch x.toks[k].Low {
		case "last", "lasts", "lasted", "lasting", "run", "runs", "ran", "continue", "continues", "continued", "remain", "remains", "remained":
			return true
		case "place":
			if k > ci && x.toks[k-1].Low == "in" {
				return true
			}
		}
	}
	return false
}

// wordOf returns the word of tokens [ci, cj) that a fallback key ("t:ban",
// "n:dos") was made from, for explanations; the key itself when none is.
func (x *extractor) wordOf(key string, ci, cj int) string {
	_, stem, ok := strings.Cut(key, ":")
	if !ok {
		return key
	}
	for k := ci; k < cj; k++ {
		if x.toks[k].Word && wstem(x.toks[k].Low) == stem {
			return x.toks[k].Low
		}
	}
	return key
}

// marketShare reports whether the percent ending at token b is a share of
// a market: "a 19 percent share of the grocery market", "29 percent of the
// market".
func (x *extractor) marketShare(b, cj int) bool {
	for k := b; k < cj && k < b+6; k++ {
		w := x.toks[k].Low
		if w == "market" || w == "markets" {
			return true
		}
		if !x.toks[k].Word || k > b && !(w == "of" || w == "the" || w == "share" || !x.toks[k].Cap) {
			return false
		}
	}
	return false
}

// recordSince reports whether the "since" at token k closes a record: a
// superlative a few words before it ("the worst hailstorm in the valley
// since", "the driest July since"). noun is "record:" and the stem of the
// noun after the superlative, or "" when there is none ("the worst since").
func (x *extractor) recordSince(k, ci int) (noun string, ok bool) {
	for j := k - 1; j >= ci && j >= k-7; j-- {
		if !x.toks[j].Word {
			return "", false
		}
		if superlative(x.toks[j].Low) {
			if n := x.toks[j+1]; j+1 < k && n.Word && !wStop[n.Low] && !qualPreps[n.Low] {
				return "record:" + wstem(n.Low), true
			}
			return "", true
		}
	}
	return "", false
}

// deadline returns the stem of what must happen by the "within" before the
// duration at token a ("will receive a full refund within 30 days",
// "refunded in full within a month"), or "" when the window is no deadline.
func (x *extractor) deadline(a, ci int) string {
	w := -1
	for k := a - 1; k >= ci && k >= a-3; k-- {
		if x.toks[k].Low == "within" {
			w = k
			break
		}
	}
	if w < 0 {
		return ""
	}
	for k := w - 1; k >= ci && k >= w-4; k-- {
		t := x.toks[k]
		if !t.Word {
			return ""
		}
		if (t.Class&wcStop != 0) || (t.Class&wcAux != 0) || t.Low == "in" || t.Low == "full" || t.Low == "be" || t.Low == "been" || t.Low == "all" {
			continue
		}
		if t.Cap || t.Digit {
			return ""
		}
		return propStem(t.Low)
	}
	return ""
}

// benchmark reports whether the value at token a is the yardstick of a
// comparison rather than the story's figure: "more than double the 6
// percent increase", "compared with 12 a year earlier" ("more than 200"
// is a bound the recognizer reads and never reaches here).
func (x *extractor) benchmark(a, ci int) bool {
	for k := a - 1; k >= ci && k >= a-4; k-- {
		switch x.toks[k].Low {
		case "than":
			return k < a-1 && (x.toks[k+1].Low == "double" || x.toks[k+1].Low == "twice" || x.toks[k+1].Low == "triple" || x.toks[k+1].Low == "the")
		case "compared", "versus", "vs":
			return true
		}
		if !x.toks[k].Word {
			return false
		}
	}
	return false
}
