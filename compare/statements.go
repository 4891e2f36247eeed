package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
)

// foldQuote folds a quote for comparison: case, punctuation, quotes and
// dashes, white space.
func foldQuote(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		case r == '\'' || r == '\u2019':
			// apostrophes inside words are kept out
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSpace(b.String())
}

func setSim(a, b []string) (jaccard, overlap float64, shared int) {
	sa := map[string]bool{}
	for _, x := range a {
		sa[x] = true
	}
	sb := map[string]bool{}
	for _, x := range b {
		sb[x] = true
	}
	for x := range sa {
		if sb[x] {
			shared++
		}
	}
	union := len(sa) + len(sb) - shared
	if union == 0 {
		return 0, 0, 0
	}
	small := len(sa)
	if len(sb) < small {
		small = len(sb)
	}
	if small == 0 {
		return float64(shared) / float64(union), 0, shared
	}
	return float64(shared) / float64(union), float64(shared) / float64(small), shared
}

// sortedSet returns the distinct words of a list, sorted.
func sortedSet(ws []string) []string {
	s := slices.Clone(ws)
	slices.Sort(s)
	return slices.Compact(s)
}

// sortedSetSim is setSim of two sorted sets.
func sortedSetSim(a, b []string) (jaccard, overlap float64, shared int) {
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - shared
	if union == 0 {
		return 0, 0, 0
	}
	small := min(len(a), len(b))
	if small == 0 {
		return float64(shared) / float64(union), 0, shared
	}
	return float64(shared) / float64(union), float64(shared) / float64(small), shared
}

// quotes flags the same speaker's words quoted differently (quote drift) and
// the same words given to different people (attribution conflict).
func (c *comparer) quotes() {
	var qs []*claims.Claim
	for i := range c.claims {
		if c.claims[i].Type == claims.TypeQuote {
			qs = append(qs, c.claims[i])
		}
	}
	folded := make([]string, len(qs))
	for i, q := range qs {
		folded[i] = foldQuote(q.Quote)
	}
	// each quote's words and context as sorted sets, made once
	words := make([][]string, len(qs))
	ctxs := make([][]string, len(qs))
	for i, q := range qs {
		words[i] = sortedSet(q.Words)
		ctxs[i] = sortedSet(q.Context)
	}
	// index by content stem so that only quotes sharing words are compared
	// (the quotes of each stem in one array: each stem's count, then the
	// quotes in order)
	stemID := map[string]int32{}
	var start []int32 // by stem: where its quotes begin, after a count
	var ids []int32   // the stems of words[0], words[1], ...
	for i := range qs {
		for _, w := range words[i] {
			id, ok := stemID[w]
			if !ok {
				id = int32(len(start))
				stemID[w] = id
				start = append(start, 0)
			}
			start[id]++
			ids = append(ids, id)
		}
	}
	start = append(start, 0)
	for n, sum := 0, int32(0); n < len(start); n++ {
		sum, start[n] = sum+start[n], sum
	}
	flat := make([]int, start[len(start)-1])
	fill := slices.Clone(start)
	for i := range qs {
		for range words[i] {
			id := ids[0]
			ids = ids[1:]
			flat[fill[id]] = i
			fill[id]++
		}
	}
	byStem := func(w string) []int {
		id, ok := stemID[w]
		if !ok {
			return nil
		}
		return flat[start[id]:start[id+1]]
	}
	uf := newUnionFind(len(qs))
	type attr struct{ i, j int }
	var attrs []attr
	mark := make([]int, len(qs)) // by quote: the quote it is a candidate of, +1
	var cands []int
	for i, q := range qs {
		cands = cands[:0]
		for _, w := range q.Words {
			if list := byStem(w); len(list) <= 64 {
				for _, j := range list {
					if j > i && mark[j] != i+1 {
						mark[j] = i + 1
						cands = append(cands, j)
					}
				}
			}
		}
		slices.Sort(cands)
		for _, j := range cands {
			p := qs[j]
			if p.Doc == q.Doc {
				continue
			}
			same := folded[i] == folded[j] || containsWords(folded[i], folded[j]) || containsWords(folded[j], folded[i])
			jac, _, shared := sortedSetSim(words[i], words[j])
			if q.Speaker != "" && p.Speaker != "" && q.Speaker != p.Speaker {
				// the same words given to two people (named in full: a
				// committee or a place next to "said" is not a speaker)
				if ((same && shared >= 4) || jac >= 0.8) && namedInFull(q) && namedInFull(p) {
					attrs = append(attrs, attr{i, j})
				}
				continue
			}
			if q.Speaker == "" || p.Speaker == "" {
				continue
			}
			// the same words, the same sequence of words, or some of the
			// same words on the same occasion (each test made only when the
			// ones before fail)
			join := same || jac >= 0.5
			if !join && min(len(q.Seq), len(p.Seq)) >= 6 {
				join = lcsRatio(q.Seq, p.Seq) >= 0.6
			}
			if !join && jac >= 0.2 {
				_, ctxOverlap, ctxShared := sortedSetSim(ctxs[i], ctxs[j])
				join = ctxOverlap >= 0.5 && ctxShared >= 4
			}
			// the same opening words and some of the same content: one
			// remark reworded ("We will not allow ..." / "We will not let ...")
			if !join {
				join = sameOpening(q.Seq, p.Seq, 3) && jac >= 0.2 && shared >= 3
			}
			if join {
				uf.union(i, j)
			}
		}
	}
	// quote drift: a group of one speaker's quotes with different wordings
	groups := map[int][]int{}
	var roots []int
	for i := range qs {
		r := uf.find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	for _, r := range roots {
		c.driftFinding(qs, folded, groups[r])
	}
	// attribution conflicts: one finding per wording, with every quote of it
	done := map[string]bool{}
	byText := map[string][]*claims.Claim{}
	for i, q := range qs {
		if q.Speaker != "" {
			byText[folded[i]] = append(byText[folded[i]], q)
		}
	}
	pairs := map[string]bool{}
	for _, a := range attrs {
		k := folded[a.i]
		if done[k] {
			continue
		}
		done[k] = true
		// a remark in two quotations ("...," said X. "...") given to the
		// same two people by the same two articles is one conflict
		pa, pb := qs[a.i].Doc.Path+"\x00"+qs[a.i].Speaker, qs[a.j].Doc.Path+"\x00"+qs[a.j].Speaker
		if pa > pb {
			pa, pb = pb, pa
		}
		if pairs[pa+"\x01"+pb] {
			continue
		}
		pairs[pa+"\x01"+pb] = true
		group := append([]*claims.Claim{}, byText[k]...)
		if k2 := folded[a.j]; k2 != k {
			group = append(group, byText[k2]...)
		}
		c.attributionFinding(qs[a.i], group)
	}
}

// containsWords reports whether b's words stand in a as a run.
func containsWords(a, b string) bool {
	return len(b) > 0 && strings.Contains(" "+a+" ", " "+b+" ")
}

func (c *comparer) driftFinding(qs []*claims.Claim, folded []string, idx []int) {
	if len(idx) < 2 {
		return
	}
	// variants: quotes that no other quote of the group contains
	type variant struct {
		text  string
		claim []*claims.Claim
	}
	var vars []*variant
	sort.SliceStable(idx, func(a, b int) bool { return len(folded[idx[a]]) > len(folded[idx[b]]) })
	for _, i := range idx {
		placed := false
		for _, v := range vars {
			if containsWords(v.text, folded[i]) {
				v.claim = append(v.claim, qs[i])
				placed = true
				break
			}
		}
		if !placed {
			vars = append(vars, &variant{text: folded[i], claim: []*claims.Claim{qs[i]}})
		}
	}
	if len(vars) < 2 {
		return
	}
	var all []*claims.Claim
	for _, v := range vars {
		all = append(all, v.claim...)
	}
	if docCount(all) < 2 {
		return
	}
	sort.SliceStable(vars, func(a, b int) bool { return docCount(vars[a].claim) > docCount(vars[b].claim) })
	f := Finding{Check: "quote-drift", Kind: "contradiction", Severity: Error, Confidence: 0.8}
	speaker := displayName(vars[0].claim)
	f.Fact = "quote of " + speaker
	for gi, v := range vars {
		q := v.claim[0]
		f.Values = append(f.Values, ValueGroup{Value: q.Quote, Norm: v.text, Outlets: outletsOf(v.claim)})
		for _, cl := range v.claim {
			f.Claims = append(f.Claims, evidence(cl, cl.Quote, "", gi))
		}
	}
	f.Diff = wordDiff(vars[0].claim[0].Quote, vars[1].claim[0].Quote)
	f.Outlier = outlier(f.Values)
	f.Message = fmt.Sprintf("%s is quoted in different words: %s", speaker, consensusMessage(quoted(f.Values)))
	_, ctx, _ := setSim(vars[0].claim[0].Context, vars[1].claim[0].Context)
	jac, _, _ := setSim(vars[0].claim[0].Words, vars[1].claim[0].Words)
	f.Why = fmt.Sprintf("same speaker (%s); the quotes share %.0f%% of their words and %.0f%% of the words around them (the occasion); the wordings differ", speaker, jac*100, ctx*100)
	if jac < 0.5 {
		f.Confidence = 0.7
	}
	c.findings = append(c.findings, f)
}

func quoted(groups []ValueGroup) []ValueGroup {
	out := make([]ValueGroup, len(groups))
	for i, g := range groups {
		out[i] = g
		out[i].Value = "“" + g.Value + "”"
	}
	return out
}

// attributionFinding reports the quotes of one wording (group) given to
// different speakers.
func (c *comparer) attributionFinding(a *claims.Claim, group []*claims.Claim) {
	f := Finding{Check: "attribution-conflict", Kind: "contradiction", Severity: Error, Confidence: 0.85}
	bySpeaker := map[string][]*claims.Claim{}
	var speakers []string
	for _, q := range group {
		if _, ok := bySpeaker[q.Speaker]; !ok {
			speakers = append(speakers, q.Speaker)
		}
		bySpeaker[q.Speaker] = append(bySpeaker[q.Speaker], q)
	}
	sort.Strings(speakers)
	f.Fact = "speaker of “" + a.Quote + "”"
	for gi, s := range speakers {
		name := displayName(bySpeaker[s])
		f.Values = append(f.Values, ValueGroup{Value: name, Norm: s, Outlets: outletsOf(bySpeaker[s])})
		for _, cl := range bySpeaker[s] {
			f.Claims = append(f.Claims, evidence(cl, name, s, gi))
		}
	}
	f.Outlier = outlier(f.Values)
	f.Message = fmt.Sprintf("the same words are given to different people: %s", consensusMessage(f.Values))
	f.Why = "the quotes are the same words (folded); their speakers are different people"
	c.findings = append(c.findings, f)
}

// roles flags a person given different titles or affiliations.
func (c *comparer) roles() {
	byPerson := map[string][]*claims.Claim{}
	var people []string
	for i := range c.claims {
		cl := c.claims[i]
		if cl.Type != claims.TypeRole || cl.Person == "" || !strings.Contains(cl.Person, " ") {
			continue
		}
		if _, ok := byPerson[cl.Person]; !ok {
			people = append(people, cl.Person)
		}
		byPerson[cl.Person] = append(byPerson[cl.Person], cl)
	}
	sort.Strings(people)
	for _, p := range people {
		rs := byPerson[p]
		if docCount(rs) < 2 {
			continue
		}
		conflict := false
		why := ""
		for i := 0; i < len(rs) && !conflict; i++ {
			for j := i + 1; j < len(rs); j++ {
				if rs[i].Doc == rs[j].Doc {
					continue
				}
				if w := roleConflict(rs[i], rs[j], rs); w != "" {
					conflict, why = true, w
					break
				}
			}
		}
		if !conflict {
			continue
		}
		f := Finding{Check: "role-conflict", Kind: "contradiction", Severity: Error, Confidence: 0.8}
		name := p
		for _, r := range rs {
			if r.PersonName != "" {
				name = r.PersonName
				break
			}
		}
		f.Fact = "title of " + name
		byTitle := map[string][]*claims.Claim{}
		var titles []string
		for _, r := range rs {
			t := roleNorm(r)
			if _, ok := byTitle[t]; !ok {
				titles = append(titles, t)
			}
			byTitle[t] = append(byTitle[t], r)
		}
		sort.SliceStable(titles, func(a, b int) bool { return docCount(byTitle[titles[a]]) > docCount(byTitle[titles[b]]) })
		for gi, t := range titles {
			f.Values = append(f.Values, ValueGroup{Value: byTitle[t][0].Title + orgSuffix(byTitle[t][0]), Norm: t, Outlets: outletsOf(byTitle[t])})
			for _, r := range byTitle[t] {
				f.Claims = append(f.Claims, evidence(r, r.Title+orgSuffix(r), t, gi))
			}
		}
		f.Outlier = outlier(f.Values)
		f.Message = fmt.Sprintf("%s is given different titles: %s", name, consensusMessage(f.Values))
		f.Why = "the same person (" + name + "); " + why
		c.findings = append(c.findings, f)
	}
}

func orgSuffix(r *claims.Claim) string {
	switch {
	case r.OrgName != "":
		return " (" + r.OrgName + ")"
	case r.Org != "":
		return " (" + r.Org + ")"
	}
	return ""
}

func roleNorm(r *claims.Claim) string {
	s := strings.Join(r.Rank, " ")
	if s != "" {
		s += " "
	}
	if p := portfolio(r); len(p) > 0 {
		s += strings.Join(p, " ") + " "
	}
	s += strings.Join(r.Heads, " ")
	if r.Org != "" {
		s += " @" + r.Org
	}
	return s
}

var genericRoleHeads = map[string]bool{"leader": true, "official": true, "head": true, "member": true, "representative": true, "aide": true, "executive": true, "officer": true, "chief": true, "director": true, "manager": true}

var conflictRanks = map[string]bool{"deputy": true, "assistant": true, "acting": true, "interim": true, "vice": true, "associate": true}

// roleConflict says why two titles of one person conflict, or "".
func roleConflict(a, b *claims.Claim, all []*claims.Claim) string {
	ra, rb := rankSet(a), rankSet(b)
	if ra != rb && (!disjoint(a.Heads, b.Heads) || allGeneric(a.Heads) && allGeneric(b.Heads)) {
		// a rank only conflicts on one post: a "Deputy minister" who is a
		// "former trade union lawyer" holds two roles
		return fmt.Sprintf("one outlet gives a rank (%q against %q)", a.Title, b.Title)
	}
	// heads: every head one document gives the person
	ha := headsOf(a.Doc, a.Person, all)
	hb := headsOf(b.Doc, b.Person, all)
	if len(ha) > 0 && len(hb) > 0 && disjoint(ha, hb) {
		return fmt.Sprintf("the titles name different posts (%q against %q)", a.Title, b.Title)
	}
	// distinct posts, even when each alone is generic: an operations
	// director is not the chief executive
	if la, lb := distinctPost(a.Heads), distinctPost(b.Heads); la != "" && lb != "" && la != lb && rankSet(a) == rankSet(b) {
		return fmt.Sprintf("the titles name different posts (%q against %q)", a.Title, b.Title)
	}
	// one post for different portfolios: a transport minister is not the interior minister
	if !disjointHeads(a, b) {
		pa, pb := portfolio(a), portfolio(b)
		if len(pa) > 0 && len(pb) > 0 && disjoint(pa, pb) {
			return fmt.Sprintf("the same post for different portfolios (%q against %q)", a.Title, b.Title)
		}
	}
	if a.Org != "" && b.Org != "" && a.Org != b.Org && !disjointHeads(a, b) {
		return fmt.Sprintf("the same post for different organisations (%s against %s)", a.Org, b.Org)
	}
	return ""
}

func disjointHeads(a, b *claims.Claim) bool { return disjoint(a.Heads, b.Heads) }

func rankSet(c *claims.Claim) string {
	var out []string
	for _, r := range c.Rank {
		if conflictRanks[r] {
			out = appendUnique(out, r)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

func headsOf(d *article.Document, person string, all []*claims.Claim) []string {
	var out []string
	for _, r := range all {
		if r.RoleParts == nil || r.Doc != d || r.Person != person {
			continue
		}
		for _, h := range r.Heads {
			if !genericRoleHeads[h] && claims.PostHead(h) {
				out = appendUnique(out, h)
			}
		}
	}
	return out
}

// lcsRatio is the length of the longest common word subsequence of a and b
// over the length of the longer one.
func lcsRatio(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 || len(a) > 400 || len(b) > 400 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				cur[j] = prev[j-1] + 1
			case prev[j] >= cur[j-1]:
				cur[j] = prev[j]
			default:
				cur[j] = cur[j-1]
			}
		}
		prev, cur = cur, prev
	}
	return float64(prev[len(b)]) / float64(max(len(a), len(b)))
}

// displayName returns the speaker's name as the first claim wrote it.
func displayName(cls []*claims.Claim) string {
	for _, c := range cls {
		if c.SpeakerName != "" {
			return c.SpeakerName
		}
	}
	if len(cls) > 0 {
		return cls[0].Speaker
	}
	return ""
}

// allGeneric reports whether every title head is a generic one ("chief",
// "officer"): two such titles name comparable posts.
func allGeneric(heads []string) bool {
	for _, h := range heads {
		if !genericRoleHeads[h] {
			return false
		}
	}
	return len(heads) > 0
}

// distinctPosts are posts that one organisation fills with different people.
var distinctPosts = map[string]bool{"director": true, "executive": true, "secretary": true, "chairman": true, "president": true, "treasurer": true}

// distinctPost returns the head that names a distinct post, or "".
func distinctPost(heads []string) string {
	for _, h := range heads {
		if distinctPosts[h] {
			return h
		}
	}
	return ""
}

// portfolio returns the words of a title that say which office of its
// kind it is ("transport" in "Transport Minister"): not ranks, not heads,
// not generic title words.
func portfolio(r *claims.Claim) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(r.Title)) {
		switch {
		case conflictRanks[w], w == "former", w == "current", w == "acting", w == "of", w == "the", w == "and":
		case genericRoleHeads[w]:
		default:
			isHead := false
			for _, h := range r.Heads {
				if h == w || headSynonymsCompare[w] == h {
					isHead = true
				}
			}
			if !isHead && portfolioWords[w] {
				out = append(out, w)
			}
		}
	}
	return out
}

// portfolioWords are the offices a minister, secretary or spokesperson
// can hold.
var portfolioWords = map[string]bool{
	"transport": true, "interior": true, "foreign": true, "defence": true, "defense": true, "finance": true,
	"health": true, "education": true, "justice": true, "energy": true, "environment": true, "labour": true,
	"labor": true, "trade": true, "industry": true, "agriculture": true, "culture": true, "economy": true,
	"housing": true, "home": true, "treasury": true, "water": true, "resources": true, "communications": true,
	"tourism": true, "sport": true, "science": true, "technology": true, "development": true, "infrastructure": true,
	"security": true, "immigration": true, "welfare": true, "employment": true, "fisheries": true, "digital": true,
}

var headSynonymsCompare = map[string]string{"spokeswoman": "spokesperson", "spokesman": "spokesperson"}

// sameOpening reports whether two word sequences start with the same n words.
func sameOpening(a, b []string, n int) bool {
	if len(a) < n || len(b) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// namedInFull reports whether a quote's speaker is a person named in full
// by the article itself: not a lone name ("a Tollander spokesperson said"),
// even when the entity table links it to a longer one.
func namedInFull(q *claims.Claim) bool {
	name := q.SpeakerName
	if name == "" {
		name = q.Speaker
	}
	return strings.Contains(q.Speaker, " ") && strings.Contains(strings.TrimSpace(name), " ")
}
