package compare

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
)

// places flags one event placed at different named places by different
// documents. Without a gazetteer one place may lie inside the other (the
// Kremlin is in Moscow), so two names that any article mentions in one
// sentence, or one of which contains the other, are taken to agree, and
// what remains is reported as a note.
func (c *comparer) places() {
	byKey := map[string][]*claims.Claim{}
	var keys []string
	together := map[[2]string]bool{}
	type sentID struct {
		doc  *article.Document
		sent int
	}
	bySent := map[sentID][]string{}
	for _, cl := range c.claims {
		if cl.Type != claims.TypePlace {
			continue
		}
		k := cl.Key + "\x00" + cl.Counted
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], cl)
	}
	if len(keys) == 0 {
		return
	}
	// names mentioned together in one sentence
	for _, cl := range c.claims {
		id := sentID{cl.Doc, cl.Sent}
		names := bySent[id]
		add := func(s string) {
			if s != "" {
				names = appendUnique(names, s)
			}
		}
		if cl.PlaceParts != nil {
			add(cl.Place)
		}
		if cl.RoleParts != nil {
			add(cl.Org)
		}
		for _, s := range cl.Subject() {
			add(s)
		}
		for _, s := range cl.Qualifier() {
			add(s)
		}
		if names != nil {
			bySent[id] = names
		}
	}
	for _, names := range bySent {
		for _, a := range names {
			for _, b := range names {
				together[[2]string{a, b}] = true
			}
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		g := byKey[k]
		if docCount(g) < 2 {
			continue
		}
		byPlace := map[string][]*claims.Claim{}
		var places []string
		for _, cl := range g {
			if _, ok := byPlace[cl.Place]; !ok {
				places = append(places, cl.Place)
			}
			byPlace[cl.Place] = append(byPlace[cl.Place], cl)
		}
		if len(places) < 2 {
			continue
		}
		sort.Strings(places)
		conflict := false
		for i := range places {
			for j := i + 1; j < len(places); j++ {
				a, b := places[i], places[j]
				if !together[[2]string{a, b}] && !containsWords(a, b) && !containsWords(b, a) &&
					docCount(append(append([]*claims.Claim{}, byPlace[a]...), byPlace[b]...)) >= 2 &&
					!c.namedTogether(byPlace[a][0], byPlace[b][0]) {
					conflict = true
				}
			}
		}
		if !conflict {
			continue
		}
		f := Finding{Check: "place-conflict", Kind: "contradiction", Severity: Note, Confidence: 0.4}
		f.Fact = "place of " + g[0].Key
		for gi, p := range places {
			name := byPlace[p][0].PlaceName
			if name == "" {
				name = p
			}
			f.Values = append(f.Values, ValueGroup{Value: name, Norm: p, Outlets: outletsOf(byPlace[p])})
			for _, cl := range byPlace[p] {
				f.Claims = append(f.Claims, evidence(cl, name, p, gi))
			}
		}
		f.Outlier = outlier(f.Values)
		f.Message = fmt.Sprintf("%s is placed differently: %s", g[0].Key, consensusMessage(f.Values))
		f.Why = "the same event word (" + g[0].Key + ") with different named places, never mentioned together in one sentence; one may lie inside the other (" + strings.Join(places, " / ") + ")"
		c.findings = append(c.findings, f)
	}
}

// namedTogether reports whether some sentence of the batch names both
// places ("the Kessler Mill stands next to the Brennan Depot").
func (c *comparer) namedTogether(a, b *claims.Claim) bool {
	na, nb := strings.ToLower(a.PlaceName), strings.ToLower(b.PlaceName)
	if na == "" || nb == "" {
		return false
	}
	if c.lower == nil {
		// the story's sentences lower-cased, once
		for _, d := range c.documents() {
			for _, s := range d.Sentences {
				c.lower = append(c.lower, bytes.ToLower(d.Text[s.Start:s.End]))
			}
		}
		if c.lower == nil {
			c.lower = [][]byte{}
		}
	}
	for _, t := range c.lower {
		if bytes.Contains(t, []byte(na)) && bytes.Contains(t, []byte(nb)) {
			return true
		}
	}
	return false
}

// documents returns the documents a story reads beyond its claims: every
// document of the batch, those without claims too, when the batch is one
// story; in a feed of many stories, the story's own documents.
func (c *comparer) documents() []*article.Document {
	if docs := c.opts.Documents; docs != nil && len(docs) <= OneStory {
		return docs
	}
	var docs []*article.Document
	seen := map[*article.Document]bool{}
	for _, cl := range c.claims {
		if !seen[cl.Doc] {
			seen[cl.Doc] = true
			docs = append(docs, cl.Doc)
		}
	}
	return docs
}
