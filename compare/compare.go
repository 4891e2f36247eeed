// Package compare aligns the claims of several documents (the same fact
// reported by several outlets) and flags where they disagree: values that
// cannot both be true, quotes worded differently, quotes given to different
// people, a person given different titles, a statement one outlet makes and
// another denies. It stays silent on look-alikes: approximations, other units
// or words for the same value, different events, and stated updates.
package compare

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
)

// Options configure the comparison.
type Options struct {
	// Aliases maps an entity name to its canonical name (config).
	Aliases map[string]string
	// MaxPairwise is the largest group compared pair by pair; larger groups
	// are bucketed by their qualifiers. Zero means 200.
	MaxPairwise int
	// Tolerances widen value comparison (config).
	Tolerances Tolerances
	// Documents are all the documents of the batch, those without claims
	// too (read for names mentioned together); nil: the claims' documents.
	Documents []*article.Document
}

// Compare returns the findings for a batch of claims, sorted and
// deduplicated, each with a fingerprint.
func Compare(cl []claims.Claim, opts Options) []Finding {
	ptrs := make([]*claims.Claim, len(cl))
	for i := range cl {
		ptrs[i] = &cl[i]
	}
	return ComparePointers(ptrs, opts)
}

// ComparePointers is Compare on claims held elsewhere (the batch's claims
// stay in their documents' slices; no copy of them is made). The claims
// may be rewritten (names canonicalised).
func ComparePointers(cl []*claims.Claim, opts Options) []Finding {
	if opts.MaxPairwise == 0 {
		opts.MaxPairwise = 200
	}
	sts := stories(cl)
	per := make([][]Finding, len(sts))
	workers := min(runtime.GOMAXPROCS(0), len(sts))
	pinned := false
	for i := range cl {
		pinned = pinned || cl[i].Pinned
	}
	if workers <= 1 || pinned {
		// pinned facts join every story and are canonicalised by each in
		// turn: the stories are compared one after the other
		memo := &wordMemo{}
		for i, story := range sts {
			per[i] = compareStory(story, opts, memo)
		}
	} else {
		// the stories share no claim and no document: they are compared
		// side by side, and their findings joined in story order
		var next atomic.Int64
		var wg sync.WaitGroup
		var crash atomic.Value // a panic of a story goroutine, raised again below
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() {
					if r := recover(); r != nil {
						crash.CompareAndSwap(nil, fmt.Sprint(r))
					}
				}()
				memo := &wordMemo{}
				for {
					i := int(next.Add(1)) - 1
					if i >= len(sts) {
						return
					}
					per[i] = compareStory(sts[i], opts, memo)
				}
			}()
		}
		wg.Wait()
		if r := crash.Load(); r != nil {
			// on the caller's goroutine, where the command recovers it
			panic("compare: " + r.(string))
		}
	}
	var all []Finding
	for _, fs := range per {
		all = append(all, fs...)
	}
	return finish(all)
}

// compareStory returns the findings of one story.
func compareStory(story []*claims.Claim, opts Options, memo *wordMemo) []Finding {
	// every check sets one document against another: a story whose
	// claims come from one document has no finding, unless the batch is
	// one story, where the checks also read the documents without claims
	// (pinned facts count as a document of their own)
	if !(opts.Documents != nil && len(opts.Documents) <= OneStory) && docCount(story) < 2 {
		return nil
	}
	c := &comparer{claims: story, opts: opts, memo: memo}
	c.resolveEntities()
	c.values()
	c.quotes()
	c.roles()
	c.negations()
	c.places()
	return c.findings
}

type comparer struct {
	claims     []*claims.Claim // the claims of one story, pointing into the caller's slice
	opts       Options
	ents       *claims.EntityTable
	findings   []Finding
	memo       *wordMemo    // shared by the stories one goroutine compares
	lower      [][]byte     // the sentences of documents(), lower-cased (places)
	ivs        []interval   // compareComponent's intervals, reused
	byLo       byLo         // compareComponent's sorter, reused
	clusterBuf []cluster    // compareComponent's clusters, reused
	align      alignScratch // alignGroup's buffers
}

// resolveEntities canonicalises every entity key of every claim through the
// batch's entity table.
func (c *comparer) resolveEntities() {
	t := claims.NewEntityTable()
	for k, v := range c.opts.Aliases {
		t.AddAlias(k, v)
	}
	for i := range c.claims {
		cl := c.claims[i]
		for _, s := range cl.Subject() {
			t.Observe(s)
		}
		for _, s := range cl.Qualifier() {
			t.Observe(s)
		}
		switch {
		case cl.QuoteParts != nil:
			t.Observe(cl.Speaker)
		case cl.RoleParts != nil:
			t.Observe(cl.Person)
			t.Observe(cl.Org)
		case cl.PlaceParts != nil:
			t.Observe(cl.Place)
		}
		for _, s := range cl.Persons() {
			t.Observe(s)
		}
		for _, s := range cl.Agents() {
			t.Observe(s)
		}
		// a title shows a person; a speaker may be an organisation ("the club said")
		if cl.Type == claims.TypeRole {
			t.MarkPerson(cl.Person)
		}
	}
	t.Build()
	// the canonical lists are cut from one array, each with the room of
	// its list (as its own array would have)
	total := 0
	for _, cl := range c.claims {
		total += len(cl.Subject()) + len(cl.Agents()) + len(cl.Qualifier())
	}
	arena := make([]string, total)
	canon := func(list []string) []string {
		out := arena[:0:len(list)]
		arena = arena[len(list):]
		for _, s := range list {
			out = appendUnique(out, t.Canon(s))
		}
		sort.Strings(out)
		return out
	}
	var persons []string
	for i := range c.claims {
		cl := c.claims[i]
		if e := cl.Ents; e != nil {
			e.Subject = canon(e.Subject)
			e.Agents = canon(e.Agents)
			var people []string
			persons = persons[:0]
			for _, s := range e.Persons {
				persons = appendUnique(persons, t.Canon(s))
			}
			sort.Strings(persons)
			for _, p := range persons {
				if t.IsPerson(p) {
					people = append(people, p)
				}
			}
			e.Persons = people
			e.Qualifier = canon(e.Qualifier)
		}
		switch {
		case cl.QuoteParts != nil:
			if cl.Speaker != "" {
				cl.Speaker = t.Canon(cl.Speaker)
			}
		case cl.RoleParts != nil:
			if cl.Person != "" {
				cl.Person = t.Canon(cl.Person)
			}
			if cl.Org != "" {
				cl.Org = t.Canon(cl.Org)
			}
		case cl.PlaceParts != nil:
			if cl.Place != "" {
				cl.Place = t.Canon(cl.Place)
			}
		}
	}
	c.ents = t
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// disjoint reports whether no entity of a is, or is part of, an entity of
// b ("caldermoor" is part of "caldermoor regional health authority").
func disjoint(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || containsWords(x, y) || containsWords(y, x) {
				return false
			}
		}
	}
	return true
}

// evidence resolves a claim to its place in its file.
func evidence(cl *claims.Claim, value, norm string, group int) Evidence {
	pos := cl.Doc.Position(cl.ValueSpan.Start)
	speaker := ""
	if cl.QuoteParts != nil {
		speaker = cl.SpeakerName
	}
	return Evidence{
		Doc:      cl.Doc,
		Pos:      pos,
		Outlet:   cl.Doc.Outlet,
		Sentence: cl.Text(),
		Value:    value,
		Norm:     norm,
		Group:    group,
		Speaker:  speaker,
	}
}

// finish sorts, deduplicates and fingerprints findings.
func finish(fs []Finding) []Finding {
	for i := range fs {
		f := &fs[i]
		sort.SliceStable(f.Claims, func(a, b int) bool { return lessPos(f.Claims[a].Pos, f.Claims[b].Pos) })
		f.Fingerprint = fingerprint(f)
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if len(a.Claims) > 0 && len(b.Claims) > 0 && a.Claims[0].Pos != b.Claims[0].Pos {
			return lessPos(a.Claims[0].Pos, b.Claims[0].Pos)
		}
		if a.Check != b.Check {
			return a.Check < b.Check
		}
		return a.Fingerprint < b.Fingerprint
	})
	// a finding made twice is kept once. The fingerprint leaves folders
	// out (it must survive a move), so the folders of the evidence join it
	// here: in a feed filed one folder per story, two stories' files may
	// bear the same names ("story-a/post.txt", "story-b/post.txt") and
	// disagree alike, and both findings stand
	out := fs[:0]
	seen := map[string]bool{}
	twins := map[string]int{}
	for _, f := range fs {
		key := f.Fingerprint + "\x00" + folders(&f)
		if seen[key] {
			continue
		}
		seen[key] = true
		twins[f.Fingerprint]++
		out = append(out, f)
	}
	// such twins get their folders into their fingerprints, so that a
	// baseline, an ignore rule or a code-scanning alert tells them apart;
	// a finding without a twin keeps a fingerprint that survives a move
	for i := range out {
		if twins[out[i].Fingerprint] > 1 {
			h := sha256.Sum256([]byte(out[i].Fingerprint + "\x00" + folders(&out[i])))
			out[i].Fingerprint = hex.EncodeToString(h[:8])
		}
	}
	return out
}

// folders returns the sorted folders of a finding's evidence, joined.
func folders(f *Finding) string {
	var dirs []string
	for i := range f.Claims {
		dirs = appendUnique(dirs, f.Claims[i].folder())
	}
	sort.Strings(dirs)
	return strings.Join(dirs, "\x00")
}

func lessPos(a, b article.Position) bool {
	if a.Path != b.Path {
		return a.Path < b.Path
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Col < b.Col
}

// fingerprint identifies a finding by its content: the check, the fact, the
// normalized values and the names of the documents behind them. Positions,
// wrapping and folders do not enter it.
func fingerprint(f *Finding) string {
	var parts []string
	for _, v := range f.Values {
		var docs []string
		for i := range f.Claims {
			if e := &f.Claims[i]; f.Values[e.Group].Norm == v.Norm {
				docs = appendUnique(docs, e.DocName())
			}
		}
		sort.Strings(docs)
		parts = append(parts, v.Norm+"@"+strings.Join(docs, ","))
	}
	sort.Strings(parts)
	h := sha256.Sum256([]byte(f.Check + "\x00" + f.Fact + "\x00" + strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:8])
}

// outletsOf returns the sorted unique outlets of a set of claims.
func outletsOf(cls []*claims.Claim) []string {
	var out []string
	for _, c := range cls {
		out = appendUnique(out, c.Doc.Outlet)
	}
	sort.Strings(out)
	return out
}

// docCount counts distinct documents.
func docCount(cls []*claims.Claim) int {
	if len(cls) <= 16 {
		// a few claims: each against the ones before, no set
		n := 0
	next:
		for i, c := range cls {
			for _, p := range cls[:i] {
				if p.Doc == c.Doc {
					continue next
				}
			}
			n++
		}
		return n
	}
	seen := map[*article.Document]bool{}
	for _, c := range cls {
		seen[c.Doc] = true
	}
	return len(seen)
}

// consensusMessage writes "A (x, y) vs B (z)" for value groups.
func consensusMessage(groups []ValueGroup) string {
	var parts []string
	for _, g := range groups {
		parts = append(parts, fmt.Sprintf("%s (%s)", g.Value, strings.Join(g.Outlets, ", ")))
	}
	return strings.Join(parts, " vs ")
}

// outlier names the outlet that stands alone against several, if any.
func outlier(groups []ValueGroup) string {
	if len(groups) != 2 {
		return ""
	}
	a, b := groups[0], groups[1]
	switch {
	case len(a.Outlets) == 1 && len(b.Outlets) >= 2:
		return a.Outlets[0]
	case len(b.Outlets) == 1 && len(a.Outlets) >= 2:
		return b.Outlets[0]
	}
	return ""
}
