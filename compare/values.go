package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
)

// checkFor maps a value family to its check ID.
func checkFor(fam string) string {
	switch {
	case fam == "date":
		return "date-mismatch"
	case fam == "number", fam == "age":
		return "number-mismatch"
	case fam == "ratio":
		return "percent-mismatch"
	case strings.HasPrefix(fam, "money"):
		return "money-mismatch"
	case fam == "duration":
		return "duration-mismatch"
	case strings.HasPrefix(fam, "quantity"):
		return "quantity-mismatch"
	case fam == "score":
		return "score-mismatch"
	}
	return "value-mismatch"
}

// values aligns value claims by key and family and flags incompatible ones.
func (c *comparer) values() {
	// the claims grouped by key and family (a counting sort: each
	// claim's group, the groups' sizes, then the claims in place), the
	// groups in the order of key + "\x00" + family
	type groupKey struct{ key, fam string }
	type group struct {
		groupKey
		n, at int
	}
	index := map[groupKey]int32{}
	var groups []group
	of := make([]int32, len(c.claims))
	for i, cl := range c.claims {
		of[i] = -1
		if cl.Type != claims.TypeValue || cl.Increment {
			continue
		}
		fam := family(cl.Value)
		if fam == "" {
			continue
		}
		k := groupKey{cl.Key, fam}
		gi, ok := index[k]
		if !ok {
			gi = int32(len(groups))
			index[k] = gi
			groups = append(groups, group{groupKey: k})
		}
		groups[gi].n++
		of[i] = gi
	}
	total := 0
	for gi := range groups {
		groups[gi].at = total
		total += groups[gi].n
	}
	buf := make([]*claims.Claim, total)
	for i, gi := range of {
		if gi >= 0 {
			buf[groups[gi].at] = c.claims[i]
			groups[gi].at++
		}
	}
	slices.SortFunc(groups, func(a, b group) int { return cmpJoined(a.key, a.fam, b.key, b.fam) })
	for _, gr := range groups {
		g := buf[gr.at-gr.n : gr.at : gr.at]
		if docCount(g) < 2 {
			continue
		}
		fam := gr.fam
		if i := strings.IndexByte(gr.key, 0); i >= 0 {
			// the family as read back from the joined key
			fam = gr.key[i+1:] + "\x00" + gr.fam
		}
		if len(g) > c.opts.MaxPairwise {
			// bucket large groups by qualifier and subject signature: never all pairs
			buckets := map[string][]*claims.Claim{}
			var bk []string
			for _, cl := range g {
				s := strings.Join(cl.Qualifier(), "|") + "#" + strings.Join(cl.Subject(), "|") + "#" + cl.Counted
				if _, ok := buckets[s]; !ok {
					bk = append(bk, s)
				}
				buckets[s] = append(buckets[s], cl)
			}
			sort.Strings(bk)
			for _, s := range bk {
				if b := buckets[s]; len(b) <= c.opts.MaxPairwise {
					c.alignGroup(b, fam)
				} else {
					c.alignSorted(b, fam)
				}
			}
			continue
		}
		c.alignGroup(g, fam)
	}
}

// cmpJoined compares a1 + "\x00" + a2 with b1 + "\x00" + b2.
func cmpJoined(a1, a2, b1, b2 string) int {
	switch {
	case a1 == b1:
		return strings.Compare(a2, b2)
	case len(a1) < len(b1) && b1[:len(a1)] == a1:
		if b1[len(a1)] != 0 {
			return -1
		}
	case len(b1) < len(a1) && a1[:len(b1)] == b1:
		if a1[len(b1)] != 0 {
			return 1
		}
	default:
		return strings.Compare(a1, b1)
	}
	return strings.Compare(a1+"\x00"+a2, b1+"\x00"+b2)
}

// alignment of two value claims: 0 not aligned, 1 aligned, 2 aligned as a
// divergence (the same attribute of partly different subjects).
// ia and ib are a's and b's figures made once (see alignFacts).
func align(a, b *claims.Claim, ia, ib *alignFacts) int {
	if a.Doc == b.Doc {
		return 0
	}
	if a.Pinned || b.Pinned {
		// a fact pinned by the team: the key and its subjects decide
		p, o := a, b
		if b.Pinned {
			p, o = b, a
		}
		if len(p.Subject()) > 0 && disjoint(p.Subject(), append(append([]string{}, o.Subject()...), o.Qualifier()...)) {
			return 0
		}
		return 1
	}
	if a.Value.Kind == claims.KindDate && b.Value.Kind == claims.KindDate && ia.epoch != "" && ib.epoch != "" && ia.epoch != ib.epoch {
		// a recent event and a historical or future one are two events
		return 0
	}
	if !countedFit(a.Counted, b.Counted) {
		return 0
	}
	if !timeCompatible(a, b, ia, ib) {
		return 0
	}
	if len(a.Persons()) > 0 && len(b.Persons()) > 0 && disjoint(a.Persons(), b.Persons()) {
		return 0 // about different people ("Tarrant was sentenced to three years")
	}
	if len(a.Agents()) > 0 && len(b.Agents()) > 0 && disjoint(a.Agents(), b.Agents()) && disjoint(a.Agents(), b.Subject()) && disjoint(b.Agents(), a.Subject()) {
		return 0 // done by different actors ("Rival Kestrel Drives announced 2,000 job cuts")
	}
	qa, qb := len(a.Qualifier()) > 0, len(b.Qualifier()) > 0
	switch {
	case qa && qb && disjoint(a.Qualifier(), b.Qualifier()):
		return 2
	case qa != qb && partWhole(a.Value.Kind):
		// one is about a part ("350 jobs at Tollbridge"), the other about the whole
		other := b.Subject()
		q := a.Qualifier()
		if qb {
			other, q = a.Subject(), b.Qualifier()
		}
		if disjoint(q, other) {
			return 0
		}
	}
	return 1
}

// alignScratch are alignGroup's buffers, kept from group to group.
type alignScratch struct {
	facts     []alignFacts
	ints      []int
	divergent []bool
	roots     []int
	buf       []*claims.Claim
}

// alignFacts are the figures of a value claim that align reads for every
// pair, made once per claim.
type alignFacts struct {
	epoch          string  // epoch(c) of a date value
	timeLo, timeHi float64 // dateRange(*c.Time) when c.Time is set
}

func factsOf(c *claims.Claim) alignFacts {
	var f alignFacts
	if c.Value.Kind == claims.KindDate {
		f.epoch = epoch(c)
	}
	if c.Time != nil {
		f.timeLo, f.timeHi = dateRange(*c.Time)
	}
	return f
}

// epoch places a date relative to its document's publication: "past" (more
// than 60 days before), "now", or "future" (more than 60 days after); ""
// when the document's date is unknown.
func epoch(c *claims.Claim) string {
	p := c.Doc.Published
	if p.IsZero() {
		return "" // unknown: no constraint
	}
	lo, hi := dateRange(c.Value.Date)
	d := float64(p.Unix()) / 86400
	// a year or a month that ended before the article is past at its
	// precision ("last year" in February is not this week)
	margin := 60.0
	switch c.Value.Date.Prec {
	case claims.PrecYear:
		margin = 0
	case claims.PrecMonth:
		margin = 31
	}
	switch {
	case hi < d-margin:
		return "past"
	case lo > d+60:
		return "future"
	}
	return "now"
}

// timeCompatible reports whether two claims can be about one event in time.
// ia and ib hold the ranges of their times.
func timeCompatible(a, b *claims.Claim, ia, ib *alignFacts) bool {
	ta, tb := a.Time, b.Time
	if ta == nil && tb == nil {
		return true
	}
	if ta != nil && tb != nil {
		la, ha := ia.timeLo, ia.timeHi
		lb, hb := ib.timeLo, ib.timeHi
		return la <= hb && lb <= ha
	}
	// one is dated, the other is about the story's own time: the date must
	// be current for both documents (within ten days of the other's
	// publication, and not before its own article's time: "last year's
	// fine" is not this week's)
	d, own, other, dr := ta, a, b, ia
	if d == nil {
		d, own, other, dr = tb, b, a, ib
	}
	if other.Doc.Published.IsZero() {
		return d.Prec == claims.PrecDay
	}
	lo, hi := dr.timeLo, dr.timeHi
	p := float64(other.Doc.Published.Unix()) / 86400
	// a period reported now may have begun months ago ("got in in early
	// December and went undetected for six weeks")
	before, stale := 10.0, 30.0
	if own.Value.Kind == claims.KindDuration {
		before, stale = 365, 365
	}
	if !(lo <= p+10 && p-before <= hi) {
		return false
	}
	if !own.Doc.Published.IsZero() {
		q := float64(own.Doc.Published.Unix()) / 86400
		if hi < q-stale {
			return false
		}
	}
	return true
}

// alignGroup compares a group pair by pair (small groups only).
func (c *comparer) alignGroup(g []*claims.Claim, fam string) {
	n := len(g)
	// scratch kept by the comparer from group to group
	a := &c.align
	a.facts = a.facts[:0]
	for _, cl := range g {
		a.facts = append(a.facts, factsOf(cl))
	}
	facts := a.facts
	a.ints = slices.Grow(a.ints[:0], 3*n)[:3*n]
	uf, size, at := unionFind(a.ints[:n]), a.ints[n:2*n], a.ints[2*n:]
	for i := range uf {
		uf[i] = i
	}
	a.divergent = slices.Grow(a.divergent[:0], n)[:n]
	divergent := a.divergent
	clear(divergent)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			switch align(g[i], g[j], &facts[i], &facts[j]) {
			case 0:
				continue
			case 2:
				divergent[i], divergent[j] = true, true
			}
			uf.union(i, j)
		}
	}
	// the components in the order of their first claims, each in the
	// group's order (a counting sort by root)
	clear(size)
	roots := a.roots[:0]
	for i := 0; i < n; i++ {
		r := uf.find(i)
		if size[r] == 0 {
			roots = append(roots, r)
		}
		size[r]++
		divergent[r] = divergent[r] || divergent[i]
	}
	a.roots = roots
	if len(roots) == n {
		return // no two claims aligned
	}
	total := 0
	for _, r := range roots {
		at[r] = total
		total += size[r]
	}
	a.buf = slices.Grow(a.buf[:0], n)[:n]
	buf := a.buf
	for i := 0; i < n; i++ {
		r := uf.find(i)
		buf[at[r]] = g[i]
		at[r]++
	}
	for _, r := range roots {
		if size[r] > 1 {
			c.compareComponent(buf[at[r]-size[r]:at[r]:at[r]], fam, divergent[r])
		}
	}
}

// alignSorted handles a very large bucket: claims are sorted by value and
// compared as one component (already bucketed by subject and qualifier).
func (c *comparer) alignSorted(g []*claims.Claim, fam string) {
	c.compareComponent(g, fam, false)
}

// cluster is a set of claims whose values agree.
type cluster struct {
	claims []*claims.Claim
	iv     interval
	docs   int // docCount(claims), for byDocs
}

// compareComponent splits an aligned component into clusters of agreeing
// values and reports a finding when several clusters remain.
func (c *comparer) compareComponent(comp []*claims.Claim, fam string, divergent bool) {
	if docCount(comp) < 2 {
		return
	}
	// each claim's interval, computed once (not in every comparison)
	ivs := c.ivs[:0]
	for _, cl := range comp {
		ivs = append(ivs, c.iv(cl.Value))
	}
	c.ivs = ivs
	// sorted through the comparer's own sorter: no interface made a call
	c.byLo = byLo{comp, ivs}
	sort.Stable(&c.byLo)
	c.byLo = byLo{}
	// caps against caps ("fines of up to £1,000" against "up to £2,500"):
	// two different ceilings of one thing disagree, so compare the bounds
	sameBound := comp[0].Value.Mod
	for _, cl := range comp {
		if cl.Value.Mod != sameBound || cl.Value.Range != 0 {
			sameBound = claims.ModNone
		}
	}
	if sameBound == claims.ModMax || sameBound == claims.ModMin {
		for i, cl := range comp {
			m := cl.Value
			m.Mod = claims.ModNone
			ivs[i] = c.iv(m)
		}
	}
	// the clusters are made from one buffer (at most one a claim); a
	// sharp cluster's claims are a run of comp, extended in place while
	// the sweep adds to it (its capacity ends with it: anything else
	// added copies it)
	if cap(c.clusterBuf) < len(comp) {
		c.clusterBuf = make([]cluster, 0, max(len(comp), 2*cap(c.clusterBuf)))
	}
	pool := c.clusterBuf[:0]
	newCluster := func(cl []*claims.Claim, iv interval) *cluster {
		pool = append(pool, cluster{claims: cl, iv: iv})
		return &pool[len(pool)-1]
	}
	var clusters []*cluster
	currency := func(cl *claims.Claim) string {
		if cl.Value.Kind == claims.KindMoney {
			return cl.Value.Unit
		}
		return ""
	}
	// sharp values first, by sweeping in order
	var loose []int
	for i, cl := range comp {
		iv := ivs[i]
		if !iv.sharp {
			loose = append(loose, i)
			continue
		}
		if k := len(clusters) - 1; k >= 0 && clusters[k].iv.overlaps(iv) && currency(clusters[k].claims[0]) == currency(cl) {
			cu := clusters[k]
			if n := len(cu.claims); n == cap(cu.claims) && &comp[i-n] == &cu.claims[0] {
				// the run before i: take i in as well
				cu.claims = comp[i-n : i+1 : i+1]
			} else {
				cu.claims = append(cu.claims, cl)
			}
			cu.iv.lo = math.Max(cu.iv.lo, iv.lo)
			cu.iv.hi = math.Min(cu.iv.hi, iv.hi)
			if cu.iv.lo > cu.iv.hi {
				cu.iv.lo, cu.iv.hi = iv.lo, iv.hi
			}
			continue
		}
		clusters = append(clusters, newCluster(comp[i:i+1:i+1], iv))
	}
	// approximations and bounds support every cluster they fit; one that
	// fits none starts its own
	for _, i := range loose {
		cl, iv := comp[i], ivs[i]
		placed := false
		for _, cu := range clusters {
			if cu.iv.overlaps(iv) && currency(cu.claims[0]) == currency(cl) {
				cu.claims = append(cu.claims, cl)
				placed = true
				break
			}
		}
		if !placed {
			clusters = append(clusters, newCluster(comp[i:i+1:i+1], iv))
		}
	}
	// a stated update explains the values along its chain
	var upd []*claims.Claim
	for _, cl := range comp {
		if cl.Update {
			upd = append(upd, cl)
		}
	}
	if len(upd) > 0 {
		var merged []*cluster
		var rest []*cluster
		for _, cu := range clusters {
			explained := false
			for _, u := range upd {
				for _, cl := range cu.claims {
					if compatible(u.Value, cl.Value, c.opts.Tolerances) {
						explained = true
					}
				}
				// a figure an update has since overtaken: every claim of the
				// cluster comes from an article published before the update's
				earlier := !u.Doc.Published.IsZero()
				for _, cl := range cu.claims {
					if cl.Doc.Published.IsZero() || !cl.Doc.Published.Before(u.Doc.Published) {
						earlier = false
					}
				}
				explained = explained || earlier
			}
			if explained {
				merged = append(merged, cu)
			} else {
				rest = append(rest, cu)
			}
		}
		if len(merged) > 1 {
			c.updateNote(merged, fam)
			all := &cluster{iv: merged[0].iv}
			for _, cu := range merged {
				all.claims = append(all.claims, cu.claims...)
			}
			clusters = append([]*cluster{all}, rest...)
		}
	}
	// values orders of magnitude apart measure different things ("three
	// years" of war, "three hours" of talks): keep the clusters near the
	// best supported one
	byDocs(clusters)
	if lim := magnitudeLimit(fam); lim > 0 && len(clusters) > 1 {
		ref := mid(clusters[0].iv)
		kept := clusters[:1]
		for _, cu := range clusters[1:] {
			m := mid(cu.iv)
			if ref == 0 || m == 0 || math.Abs(m/ref) <= lim && math.Abs(ref/m) <= lim {
				kept = append(kept, cu)
			}
		}
		clusters = kept
	}
	// a cluster of superseded figures only ("had initially listed 11",
	// "at first ...") is stated history, not a side
	if len(upd) > 0 && len(clusters) > 1 {
		kept := clusters[:0:0]
		for _, cu := range clusters {
			allUpd := true
			for _, cl := range cu.claims {
				allUpd = allUpd && cl.Update
			}
			if !allUpd {
				kept = append(kept, cu)
			}
		}
		if len(kept) < len(clusters) {
			c.updateNote(clusters, fam)
			clusters = kept
		}
	}
	if len(clusters) < 2 {
		return
	}
	// only clusters backed by documents on both sides make a disagreement
	var all []*claims.Claim
	for _, cu := range clusters {
		all = append(all, cu.claims...)
	}
	if docCount(all) < 2 {
		return
	}
	// a document that appears in every cluster contradicts itself: it is no
	// side; drop clusters that only it backs
	byDocs(clusters)
	c.valueFinding(clusters, fam, divergent)
}

// byDocs sorts clusters by their number of documents, most first, stably.
func byDocs(clusters []*cluster) {
	for _, cu := range clusters {
		cu.docs = docCount(cu.claims)
	}
	slices.SortStableFunc(clusters, func(a, b *cluster) int { return b.docs - a.docs })
}

// byLo orders claims by the low end of their interval, then by path.
type byLo struct {
	cl []*claims.Claim
	iv []interval
}

func (s byLo) Len() int { return len(s.cl) }
func (s byLo) Less(i, j int) bool {
	if a, b := s.iv[i].lo, s.iv[j].lo; a != b {
		return a < b
	}
	return s.cl[i].Doc.Path < s.cl[j].Doc.Path
}
func (s byLo) Swap(i, j int) {
	s.cl[i], s.cl[j] = s.cl[j], s.cl[i]
	s.iv[i], s.iv[j] = s.iv[j], s.iv[i]
}

// valueFinding writes the finding for clusters of disagreeing values.
func (c *comparer) valueFinding(clusters []*cluster, fam string, divergent bool) {
	first := clusters[0].claims[0]
	f := Finding{Check: checkFor(fam), Kind: "contradiction"}
	conf := 0.9
	hedged, weak, relative, quoted := false, false, false, false
	for gi, cu := range clusters {
		sort.SliceStable(cu.claims, func(i, j int) bool { return cu.claims[i].Doc.Path < cu.claims[j].Doc.Path })
		v := cu.claims[0].Value
		for _, cl := range cu.claims {
			if c.iv(cl.Value).sharp {
				v = cl.Value
				break
			}
		}
		f.Values = append(f.Values, ValueGroup{Value: v.Text, Norm: normOf(v), Outlets: outletsOf(cu.claims)})
		for _, cl := range cu.claims {
			f.Claims = append(f.Claims, evidence(cl, cl.Value.Text, normOf(cl.Value), gi))
			hedged = hedged || cl.Hedged
			weak = weak || cl.Weak
			relative = relative || cl.Value.Relative
			quoted = quoted || cl.Quoted
		}
	}
	if hedged {
		conf -= 0.2
	}
	if weak {
		conf -= 0.3
	}
	if relative {
		conf -= 0.05
	}
	if quoted {
		conf -= 0.1
	}
	fact := factName(first)
	var quals []string
	for _, cu := range clusters {
		for _, cl := range cu.claims {
			for _, q := range cl.Qualifier() {
				quals = appendUnique(quals, q)
			}
		}
	}
	sort.Strings(quals)
	if len(quals) > 0 {
		fact += " (" + strings.Join(quals, " / ") + ")"
	}
	var subj []string
	for _, s := range first.Subject() {
		subj = appendUnique(subj, s)
	}
	f.Fact = fact
	f.Confidence = math.Round(conf*100) / 100
	switch {
	case divergent:
		f.Check = "value-divergence"
		f.Kind = "divergence"
		f.Severity = Warning
	case conf >= 0.75:
		f.Severity = Error
	case conf >= 0.5:
		f.Severity = Warning
	default:
		f.Severity = Note
	}
	f.Outlier = outlier(f.Values)
	f.Message = fmt.Sprintf("%s: %s", fact, consensusMessage(f.Values))
	var why []string
	why = append(why, fmt.Sprintf("aligned on %q", first.Key))
	if first.Head != "" && first.Head != first.Key {
		why[0] += fmt.Sprintf(" (%q)", first.Head)
	}
	if len(subj) > 0 {
		why = append(why, "about "+strings.Join(subj, ", "))
	}
	if first.Time != nil {
		why = append(why, "dated "+first.Time.String())
	} else {
		why = append(why, "no other event date in the sentences")
	}
	reason := "the values cannot both be true"
	switch {
	case divergent:
		reason = "the same attribute is given for different subjects (" + qualList(clusters) + ")"
	case fam == "money" && currencyDiffers(clusters):
		reason = "the amounts are in different currencies (no exchange rate makes them one figure)"
	case fam == "date":
		reason = "the dates do not overlap at their precision"
	}
	f.Why = strings.Join(why, "; ") + "; " + reason
	if hedged {
		f.Why += "; a sentence is hedged"
	}
	if weak {
		f.Why += "; aligned only on a counted noun or a change word"
	}
	c.findings = append(c.findings, f)
}

func qualList(clusters []*cluster) string {
	var out []string
	for _, cu := range clusters {
		for _, cl := range cu.claims {
			for _, q := range cl.Qualifier() {
				out = appendUnique(out, q)
			}
		}
	}
	return strings.Join(out, " / ")
}

func currencyDiffers(clusters []*cluster) bool {
	u := clusters[0].claims[0].Value.Unit
	for _, cu := range clusters {
		if cu.claims[0].Value.Unit != u {
			return true
		}
	}
	return false
}

// normOf is the normalized value with its modifier.
func normOf(m claims.Mention) string {
	s := m.Norm
	if m.Kind == claims.KindPercent {
		s += "%"
	}
	if m.Per != "" {
		s += "/" + m.Per
	}
	if m.Mod != claims.ModNone {
		s = m.Mod.String() + " " + s
	}
	return s
}

func mid(iv interval) float64 {
	if math.IsInf(iv.lo, 0) || math.IsInf(iv.hi, 0) {
		if math.IsInf(iv.lo, 0) {
			return iv.hi
		}
		return iv.lo
	}
	return (iv.lo + iv.hi) / 2
}

// magnitudeLimit is the largest ratio between values of one fact.
func magnitudeLimit(fam string) float64 {
	switch {
	case fam == "duration", strings.HasPrefix(fam, "money"), strings.HasPrefix(fam, "quantity"):
		return 20
	case fam == "number":
		return 50
	}
	return 0
}

// partWhole reports whether a value of this kind can be about a part of
// what another value measures whole (counts, shares, sums).
func partWhole(k claims.Kind) bool {
	return k == claims.KindNumber || k == claims.KindMoney
}

func (c *comparer) iv(m claims.Mention) interval { return tolInterval(m, c.opts.Tolerances) }

// updateNote records, as a note, values that changed over time when an
// article states the change ("rose to 14 on Thursday", "had put the toll
// at 12"): for the record, not a contradiction.
func (c *comparer) updateNote(clusters []*cluster, fam string) {
	if docCount(flatten(clusters)) < 2 {
		return
	}
	f := Finding{Check: "stated-update", Kind: "update", Severity: Note, Confidence: 0.9}
	first := clusters[0].claims[0]
	f.Fact = factName(first)
	for gi, cu := range clusters {
		v := cu.claims[0].Value
		f.Values = append(f.Values, ValueGroup{Value: v.Text, Norm: normOf(v), Outlets: outletsOf(cu.claims)})
		for _, cl := range cu.claims {
			f.Claims = append(f.Claims, evidence(cl, cl.Value.Text, normOf(cl.Value), gi))
		}
	}
	f.Message = fmt.Sprintf("%s changed over time, as an article says: %s", f.Fact, consensusMessage(f.Values))
	f.Why = fmt.Sprintf("aligned on %q; a sentence states the change (an update marker such as \"rose to\" or \"had put ... at\"), so the values are not in conflict", first.Key)
	c.findings = append(c.findings, f)
}

func flatten(clusters []*cluster) []*claims.Claim {
	var out []*claims.Claim
	for _, cu := range clusters {
		out = append(out, cu.claims...)
	}
	return out
}

// countedFit compares what two counts count: the noun or class must match
// when both name one, and so must the verb ("class|verb") when both have one.
func countedFit(a, b string) bool {
	na, va, _ := strings.Cut(a, "|")
	nb, vb, _ := strings.Cut(b, "|")
	if na != "" && nb != "" && na != nb {
		return false
	}
	return va == "" || vb == "" || va == vb
}

// factName names what a value claim measures for people: its key, or for a
// key made from the claim's own words ("t:ban", "n:dos") those words.
func factName(c *claims.Claim) string {
	kind, _, ok := strings.Cut(c.Key, ":")
	if !ok || c.Head == "" || strings.Contains(c.Head, ":") {
		return c.Key
	}
	switch kind {
	case "t":
		return "how long: " + c.Head
	case "n":
		return "number of " + c.Head
	}
	return c.Key
}
