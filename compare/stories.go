package compare

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
)

// OneStory is the largest batch taken as one story as it is: a user who
// gives claimdiff a handful of articles gives it one story.
const OneStory = 20

// MaxStoryDocs is the largest number of documents a name may appear in and
// still tell a story apart: a name in more articles of a feed ("the
// government", an official in every story) links stories that are not one.
const MaxStoryDocs = 50

// stories splits the claims of a large batch (a media-monitoring feed of
// many stories) into the stories they belong to, so that claims of
// different stories are never compared. Documents are linked when they
// share at least two distinctive names — names that few documents of the
// batch mention — and appeared within a fortnight of each other. Pinned
// facts (claims of no article) join every story.
func stories(cl []claims.Claim) [][]*claims.Claim {
	var docs []*article.Document
	idx := map[*article.Document]int{}
	var pinned []*claims.Claim
	for i := range cl {
		if cl[i].Pinned {
			pinned = append(pinned, &cl[i])
			continue
		}
		if _, ok := idx[cl[i].Doc]; !ok {
			idx[cl[i].Doc] = len(docs)
			docs = append(docs, cl[i].Doc)
		}
	}
	if len(docs) <= OneStory {
		all := make([]*claims.Claim, len(cl))
		for i := range cl {
			all[i] = &cl[i]
		}
		return [][]*claims.Claim{all}
	}
	// the names of each document
	names := make([]map[string]bool, len(docs))
	for i := range names {
		names[i] = map[string]bool{}
	}
	add := func(d int, s string) {
		if s = strings.TrimSpace(s); s != "" {
			names[d][s] = true
		}
	}
	for i := range cl {
		c := &cl[i]
		if c.Pinned {
			continue
		}
		d := idx[c.Doc]
		for _, s := range c.Subject {
			add(d, s)
		}
		for _, s := range c.Qualifier {
			add(d, s)
		}
		add(d, c.Speaker)
		add(d, c.Person)
		add(d, c.Org)
	}
	// document frequency; names in more than maxDF documents do not tell
	// stories apart ("the government", a minister in every story)
	df := map[string][]int{}
	for d, ns := range names {
		for n := range ns {
			df[n] = append(df[n], d)
		}
	}
	const maxDF = MaxStoryDocs
	shared := map[[2]int]int{}
	for _, n := range slices.Sorted(maps.Keys(df)) {
		list := df[n]
		if len(list) < 2 || len(list) > maxDF {
			continue
		}
		for a := 0; a < len(list); a++ {
			for b := a + 1; b < len(list); b++ {
				shared[[2]int{list[a], list[b]}]++
			}
		}
	}
	uf := newUnionFind(len(docs))
	pairs := make([][2]int, 0, len(shared))
	for p, n := range shared {
		if n >= 2 && near(docs[p[0]].Published, docs[p[1]].Published) {
			pairs = append(pairs, p)
		}
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i][0] != pairs[j][0] {
			return pairs[i][0] < pairs[j][0]
		}
		return pairs[i][1] < pairs[j][1]
	})
	for _, p := range pairs {
		uf.union(p[0], p[1])
	}
	// the claims story by story, in their order (pointers, no copies)
	size := map[int]int{}
	var roots []int
	for i := range cl {
		if cl[i].Pinned {
			continue
		}
		r := uf.find(idx[cl[i].Doc])
		if _, ok := size[r]; !ok {
			roots = append(roots, r)
		}
		size[r]++
	}
	sort.Ints(roots)
	at := map[int]int{}
	total := 0
	for _, r := range roots {
		at[r] = total
		total += size[r] + len(pinned)
	}
	buf := make([]*claims.Claim, total)
	fill := map[int]int{}
	for i := range cl {
		if cl[i].Pinned {
			continue
		}
		r := uf.find(idx[cl[i].Doc])
		buf[at[r]+fill[r]] = &cl[i]
		fill[r]++
	}
	out := make([][]*claims.Claim, 0, len(roots))
	for _, r := range roots {
		story := buf[at[r] : at[r]+size[r]+len(pinned)]
		copy(story[size[r]:], pinned)
		out = append(out, story)
	}
	return out
}

// near reports whether two publication dates are within a fortnight (or
// either is unknown).
func near(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	d := a.Sub(b)
	if d < 0 {
		d = -d
	}
	return d <= 14*24*time.Hour
}
