package compare

import (
	"slices"
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
func stories(cl []*claims.Claim) [][]*claims.Claim {
	var docs []*article.Document
	idx := map[*article.Document]int{}
	docOf := make([]int32, len(cl)) // the document of each claim; -1 when pinned
	var pinned []*claims.Claim
	for i := range cl {
		if cl[i].Pinned {
			pinned = append(pinned, cl[i])
			docOf[i] = -1
			continue
		}
		d, ok := idx[cl[i].Doc]
		if !ok {
			d = len(docs)
			idx[cl[i].Doc] = d
			docs = append(docs, cl[i].Doc)
		}
		docOf[i] = int32(d)
	}
	if len(docs) <= OneStory {
		return [][]*claims.Claim{slices.Clone(cl)}
	}
	// the claims of each document, in order (a counting sort)
	byDoc := make([]int32, len(docs)+1)
	for _, d := range docOf {
		if d >= 0 {
			byDoc[d+1]++
		}
	}
	for d := 1; d <= len(docs); d++ {
		byDoc[d] += byDoc[d-1]
	}
	order := make([]int32, byDoc[len(docs)])
	next := slices.Clone(byDoc[:len(docs)])
	for i, d := range docOf {
		if d >= 0 {
			order[next[d]] = int32(i)
			next[d]++
		}
	}
	// the names of each document, as (name, document) once each, the
	// documents in order
	ids := map[string]int32{}
	var last []int32 // by name: the last document that named it, +1
	var occ []uint64 // name<<32 | document
	for d := range docs {
		add := func(s string) {
			if s = strings.TrimSpace(s); s == "" {
				return
			}
			id, ok := ids[s]
			if !ok {
				id = int32(len(last))
				ids[s] = id
				last = append(last, 0)
			}
			if last[id] != int32(d)+1 {
				last[id] = int32(d) + 1
				occ = append(occ, uint64(id)<<32|uint64(d))
			}
		}
		for _, i := range order[byDoc[d]:byDoc[d+1]] {
			c := cl[i]
			for _, s := range c.Subject() {
				add(s)
			}
			for _, s := range c.Qualifier() {
				add(s)
			}
			if c.QuoteParts != nil {
				add(c.Speaker)
			}
			if c.RoleParts != nil {
				add(c.Person)
				add(c.Org)
			}
		}
	}
	// document frequency: the documents of each name, in order; names in
	// more than maxDF documents do not tell stories apart ("the
	// government", a minister in every story)
	start := make([]int32, len(last)+1)
	for _, o := range occ {
		start[o>>32+1]++
	}
	for n := 1; n <= len(last); n++ {
		start[n] += start[n-1]
	}
	df := make([]int32, len(occ))
	fill := slices.Clone(start[:len(last)])
	for _, o := range occ {
		n := o >> 32
		df[fill[n]] = int32(uint32(o))
		fill[n]++
	}
	const maxDF = MaxStoryDocs
	pairs := 0
	for n := range len(last) {
		if l := int(start[n+1] - start[n]); l >= 2 && l <= maxDF {
			pairs += l * (l - 1) / 2
		}
	}
	shared := make([]uint64, 0, pairs) // a<<32 | b, a < b, once per name they share
	for n := range len(last) {
		list := df[start[n]:start[n+1]]
		if len(list) < 2 || len(list) > maxDF {
			continue
		}
		for a := 0; a < len(list); a++ {
			for b := a + 1; b < len(list); b++ {
				shared = append(shared, uint64(list[a])<<32|uint64(list[b]))
			}
		}
	}
	slices.Sort(shared)
	// documents sharing two names and near in time, in order
	uf := newUnionFind(len(docs))
	for i := 0; i < len(shared); {
		j := i + 1
		for j < len(shared) && shared[j] == shared[i] {
			j++
		}
		a, b := int(shared[i]>>32), int(uint32(shared[i]))
		if j-i >= 2 && near(docs[a].Published, docs[b].Published) {
			uf.union(a, b)
		}
		i = j
	}
	// the claims story by story, in their order (pointers, no copies)
	size := make([]int, len(docs))
	for i, d := range docOf {
		if d >= 0 {
			r := uf.find(int(d))
			docOf[i] = int32(r)
			size[r]++
		}
	}
	at := make([]int, len(docs))
	total := 0
	nroots := 0
	for r, n := range size {
		if n > 0 {
			at[r] = total
			total += n + len(pinned)
			nroots++
		}
	}
	buf := make([]*claims.Claim, total)
	for i, r := range docOf {
		if r >= 0 {
			buf[at[r]] = cl[i]
			at[r]++
		}
	}
	out := make([][]*claims.Claim, 0, nroots)
	for r, n := range size {
		if n > 0 {
			// at[r] is now the end of the story's own claims
			story := buf[at[r]-n : at[r]+len(pinned)]
			copy(story[n:], pinned)
			out = append(out, story)
		}
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
