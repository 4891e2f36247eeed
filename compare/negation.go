package compare

import (
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// negations flags a statement one document denies or negates and another
// states plainly ("denied that the foundry would close" against "confirmed
// that the foundry will close").
func (c *comparer) negations() {
	type sent struct {
		doc   *article.Document
		idx   int
		stems []string
		neg   []bool
	}
	// index plain sentences by stem: only sentences sharing the rarest stem
	// of a proposition are looked at
	var sents []sent
	byStem := map[string][]int{}
	docs := map[*article.Document]bool{}
	for i := range c.claims {
		if c.claims[i].Type == claims.TypeProp {
			docs[c.claims[i].Doc] = true
		}
	}
	if len(docs) == 0 {
		return
	}
	// only sentences holding a word of some negated statement are read
	words := map[string]bool{}
	for i := range c.claims {
		if c.claims[i].Type == claims.TypeProp {
			for _, w := range c.claims[i].Prop {
				words[w] = true
			}
		}
	}
	seenDoc := map[*article.Document]bool{}
	for i := range c.claims {
		d := c.claims[i].Doc
		if seenDoc[d] {
			continue
		}
		seenDoc[d] = true
		for si, s := range d.Sentences {
			if !claims.MayHold(d.Text[s.Start:s.End], words) {
				continue
			}
			st, ng := claims.PropStems(d.Text[s.Start:s.End])
			k := len(sents)
			sents = append(sents, sent{d, si, st, ng})
			seen := map[string]bool{}
			for _, w := range st {
				if !seen[w] {
					seen[w] = true
					byStem[w] = append(byStem[w], k)
				}
			}
		}
	}
	done := map[string]bool{}
	for i := range c.claims {
		n := c.claims[i]
		if n.Type != claims.TypeProp || !n.Negated {
			continue
		}
		key := strings.Join(n.Prop, " ")
		// rarest stem first
		best := byStem[n.Prop[0]]
		for _, w := range n.Prop[1:] {
			if l := byStem[w]; len(l) < len(best) {
				best = l
			}
		}
		var pos []int
		for _, k := range best {
			s := sents[k]
			if s.doc == n.Doc {
				continue
			}
			if plainlyStates(s.stems, s.neg, n.Prop) {
				pos = append(pos, k)
			}
		}
		if len(pos) == 0 || done[key+"\x00"+n.Doc.Path] {
			continue
		}
		done[key+"\x00"+n.Doc.Path] = true
		f := Finding{Check: "negation-conflict", Kind: "contradiction", Severity: Error, Confidence: 0.75}
		said := n.PropText
		if said == "" {
			said = key
		}
		f.Fact = "“" + said + "”"
		neg := n.Doc.Text[n.ValueSpan.Start:n.ValueSpan.End]
		f.Values = []ValueGroup{
			{Value: "stated", Norm: "stated " + key},
			{Value: "denied or negated: “" + said + "”", Norm: "negated " + key, Outlets: []string{n.Doc.Outlet}},
		}
		var posClaims []*claims.Claim
		for _, k := range pos {
			s := sents[k]
			cl := &claims.Claim{Doc: s.doc, Type: claims.TypeProp, Sent: s.idx, Span: s.doc.Sentences[s.idx].Span, Prop: n.Prop}
			cl.ValueSpan = cl.Span
			posClaims = append(posClaims, cl)
			f.Claims = append(f.Claims, evidence(cl, "stated", "stated "+key, 0))
		}
		f.Values[0].Outlets = outletsOf(posClaims)
		f.Claims = append(f.Claims, evidence(n, said, "negated "+key, 1))
		f.Outlier = outlier(f.Values)
		f.Message = fmt.Sprintf("%s states what %s denies or negates: “%s”", strings.Join(f.Values[0].Outlets, ", "), n.Doc.Outlet, said)
		f.Why = fmt.Sprintf("the sentences share the statement's words (%s, verbs of one meaning folded); one negates it (%q), the other does not", strings.Join(n.Prop, ", "), string(neg))
		c.findings = append(c.findings, f)
	}
}

// plainlyStates reports whether every stem of prop stands un-negated in the
// sentence, in order.
func plainlyStates(stems []string, neg []bool, prop []string) bool {
	k := 0
	for i, s := range stems {
		if k < len(prop) && s == prop[k] {
			if neg[i] {
				return false
			}
			k++
		}
	}
	return k == len(prop)
}

// wordDiff returns a word-level diff of two quotes: each word is mapped to
// a private-use rune, diffed with diff-match-patch, and mapped back.
func wordDiff(a, b string) []DiffOp {
	words := map[string]rune{}
	var list []string
	enc := func(s string) string {
		var out []rune
		for _, w := range strings.Fields(s) {
			r, ok := words[w]
			if !ok {
				r = rune(0xE000 + len(list))
				words[w] = r
				list = append(list, w)
			}
			out = append(out, r)
		}
		return string(out)
	}
	ea, eb := enc(a), enc(b)
	dmp := diffmatchpatch.New()
	diffs := dmp.DiffMain(ea, eb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	var ops []DiffOp
	for _, d := range diffs {
		var ws []string
		for _, r := range d.Text {
			if i := int(r - 0xE000); i >= 0 && i < len(list) {
				ws = append(ws, list[i])
			}
		}
		op := "equal"
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = "delete"
		case diffmatchpatch.DiffInsert:
			op = "insert"
		}
		ops = append(ops, DiffOp{Op: op, Text: strings.Join(ws, " ")})
	}
	return ops
}
