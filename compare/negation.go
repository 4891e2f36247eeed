package compare

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// sent is a sentence read for negation conflicts: its content stems and
// whether each stands under a negation.
type sent struct {
	doc   *article.Document
	idx   int
	stems []string
	neg   []bool
}

// negations flags a statement one document denies or negates and another
// states plainly ("denied that the foundry would close" against "confirmed
// that the foundry will close").
func (c *comparer) negations() {
	// index plain sentences by stem: only sentences sharing the rarest stem
	// of a proposition are looked at. A story without a negated statement
	// has nothing to flag: its sentences are not read; when one document
	// makes all of them, its own sentences are not read either (a statement
	// is never set against its own document)
	var negDoc *article.Document
	oneDoc := true
	for _, cl := range c.claims {
		if cl.Type == claims.TypeProp && cl.Negated {
			if negDoc != nil && negDoc != cl.Doc {
				oneDoc = false
			}
			negDoc = cl.Doc
		}
	}
	if negDoc == nil {
		return
	}
	if !oneDoc {
		negDoc = nil
	}
	var sents []sent
	byStem := map[string][]int{}
	// only sentences holding a word of some negated statement are read
	words := map[string]bool{}
	for i := range c.claims {
		if c.claims[i].Type == claims.TypeProp {
			for _, w := range c.claims[i].Prop {
				words[w] = true
			}
			if denial(c.claims[i]) {
				// the whole denied statement: its confirmation may use
				// other words first (see confirmedAgainstDenied)
				st, _ := claims.PropStems(deniedText(c.claims[i]))
				for _, w := range st {
					words[w] = true
				}
			}
		}
	}
	memo := c.memo
	if memo == nil {
		memo = &wordMemo{}
	}
	memo.reset(words)
	for _, d := range c.documents() {
		if d == negDoc {
			continue
		}
		for si, s := range d.Sentences {
			if !memo.mayHold(d.Text[s.Start:s.End]) {
				continue
			}
			st, ng := claims.PropStems(d.Text[s.Start:s.End])
			// only the stems of the statements are ever looked up: the
			// others are not indexed, and a sentence holding none of them
			// is not kept
			k := len(sents)
			kept := false
			for _, w := range st {
				if !words[w] {
					continue
				}
				if l := byStem[w]; len(l) == 0 || l[len(l)-1] != k {
					byStem[w] = append(l, k)
					kept = true
				}
			}
			if kept {
				sents = append(sents, sent{d, si, st, ng})
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
		if len(pos) == 0 {
			pos = confirmedAgainstDenied(n, sents, byStem)
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
			cl := &claims.Claim{Doc: s.doc, Type: claims.TypeProp, Sent: s.idx, Span: s.doc.Sentences[s.idx].Span, PropParts: &claims.PropParts{Prop: n.Prop}}
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

// confirmWords state outright what a denial denies.
var confirmWords = map[string]bool{"confirmed": true, "confirms": true, "admitted": true, "admits": true, "acknowledged": true, "acknowledges": true}

// confirmedAgainstDenied finds, for a statement denied outright ("denied
// that it had received any warning from inspectors"), the sentences of
// other documents that confirm outright a statement sharing at least two
// of its content words, un-negated ("confirmed that inspectors had issued
// a written warning"): the wording may differ when both sides say
// "confirmed" and "denied".
func confirmedAgainstDenied(n *claims.Claim, sents []sent, byStem map[string][]int) []int {
	if !denial(n) {
		return nil
	}
	stems, _ := claims.PropStems(deniedText(n))
	want := map[string]bool{} // folded stem → true
	var look []string         // the stems as indexed
	for _, w := range stems {
		if len(w) >= 4 && !want[nounRoot(w)] {
			want[nounRoot(w)] = true
			look = append(look, w)
		}
	}
	if len(want) < 2 {
		return nil
	}
	var out []int
	seen := map[int]bool{}
	for _, w := range look {
		for _, k := range byStem[w] {
			if seen[k] {
				continue
			}
			seen[k] = true
			s := sents[k]
			if s.doc == n.Doc || !confirmsOutright(s) {
				continue
			}
			shared := map[string]bool{}
			for i, st := range s.stems {
				if r := nounRoot(st); want[r] && !s.neg[i] {
					shared[r] = true
				}
			}
			if len(shared) >= 2 {
				out = append(out, k)
			}
		}
	}
	sort.Ints(out)
	return out
}

// confirmsOutright reports whether a sentence holds a confirming verb.
func confirmsOutright(s sent) bool {
	sen := s.doc.Sentences[s.idx]
	for _, w := range strings.FieldsFunc(strings.ToLower(string(s.doc.Text[sen.Start:sen.End])), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	}) {
		if confirmWords[w] {
			return true
		}
	}
	return false
}

// denial reports whether a negated statement is denied outright ("denied
// that ...") rather than negated ("has not ruled out").
func denial(n *claims.Claim) bool {
	switch strings.ToLower(string(n.Doc.Text[n.ValueSpan.Start:n.ValueSpan.End])) {
	case "denied", "denies", "deny", "denying":
		return true
	}
	return false
}

// deniedText is what a denial denies: the words after its cue up to the
// end of the clause's punctuation ("denied any link between the incident
// and the sewer main under Mill Lane").
func deniedText(n *claims.Claim) []byte {
	sen := n.Doc.Text[n.ValueSpan.End:n.Span.End]
	if i := bytes.IndexAny(sen, ",.;:"); i >= 0 {
		sen = sen[:i]
	}
	return sen
}

// nounRoot folds a noun made from a verb onto the verb's stem
// ("declaration" → "declar", as "declare" stems).
func nounRoot(stem string) string {
	for _, suf := range []string{"ation", "ment"} {
		if len(stem) > len(suf)+3 && strings.HasSuffix(stem, suf) {
			return stem[:len(stem)-len(suf)]
		}
	}
	return stem
}

// wordMemo answers claims.MayHold for a sentence word by word, remembering
// each word's answer for the current set of stems: a word is looked up once
// in a table kept for the batch instead of once per prefix in the stems.
//
// MayHold holds a word w when the stems hold w, the verb group of w, or a
// prefix of w of three bytes or more. A word of no verb group (the table
// learns which once: MayHold(w, {""}), the group of such a word being "")
// can only be held by a stem that starts with its first three bytes, or is
// the word itself when it is shorter: a bitset of those openings answers
// most words without asking MayHold. When no stem is a verb-group word (a
// group's own stem is one of its words: "close" of "closing", "shut"), no
// word is held by its group either, and a word whose opening is not in the
// bitset is passed over without being looked up at all.
type wordMemo struct {
	slots []memoSlot // direct-mapped by the word's hash
	gen   uint64
	stems map[string]bool
	empty bool                 // the stems hold ""
	group bool                 // some stem may be a verb group's stem
	open  [1 << 12 / 64]uint64 // the stems' openings, by hash
}

type memoSlot struct {
	word  string
	st    uint64 // generation<<1 | answer
	group bool   // the word has a verb group
}

const memoBits = 14

var noGroup = map[string]bool{"": true}

// opening hashes the first three bytes of a word (all of a shorter one)
// and its length when shorter.
func opening(w []byte) uint32 {
	k := uint32(min(len(w), 3)) << 24
	for i, c := range w[:min(len(w), 3)] {
		k |= uint32(c) << (8 * i)
	}
	return k * 0x9E3779B1 >> 20
}

// openingFold is opening of the word lower-cased as MayHold lowers it.
func openingFold(w []byte) uint32 {
	var k uint32
	switch len(w) {
	case 0:
	case 1:
		k = 1<<24 | uint32(lowerByte[w[0]])
	case 2:
		k = 2<<24 | uint32(lowerByte[w[0]]) | uint32(lowerByte[w[1]])<<8
	default:
		k = 3<<24 | uint32(lowerByte[w[0]]) | uint32(lowerByte[w[1]])<<8 | uint32(lowerByte[w[2]])<<16
	}
	return k * 0x9E3779B1 >> 20
}

// reset starts a new set of stems.
func (m *wordMemo) reset(stems map[string]bool) {
	if m.slots == nil {
		m.slots = make([]memoSlot, 1<<memoBits)
	}
	m.gen++
	m.stems = stems
	m.empty = stems[""]
	m.group = false
	m.open = [len(m.open)]uint64{}
	for s := range stems {
		o := opening([]byte(s))
		m.open[o/64] |= 1 << (o % 64)
		if !m.group && s != "" && mayBeGroupStem(s) {
			m.group = true
		}
	}
}

// mayBeGroupStem reports whether a stem may be the stem of a verb group:
// a word of a group by itself, or anything MayHold would not read as one
// plain word.
func mayBeGroupStem(s string) bool {
	if len(s) > 64 {
		return true
	}
	for i := 0; i < len(s); i++ {
		if !wordByte[s[i]] {
			return true
		}
	}
	return !claims.MayHold([]byte(s), noGroup)
}

// mayHold is claims.MayHold(sentence, m.stems): the sentence is split into
// words as MayHold splits it, and a word holds a stem when MayHold says so
// of the word alone.
func (m *wordMemo) mayHold(sentence []byte) bool {
	quick := !m.group && !m.empty
	for i := 0; i < len(sentence); {
		if !wordByte[sentence[i]] {
			i++
			continue
		}
		j := i + 1
		for j < len(sentence) && wordByte[sentence[j]] {
			j++
		}
		if j-i <= 64 {
			if quick {
				// only a stem opening as the word does can hold it
				if o := openingFold(sentence[i:j]); m.open[o/64]&(1<<(o%64)) == 0 {
					i = j
					continue
				}
			}
			if m.holds(sentence[i:j]) {
				return true
			}
		}
		i = j
	}
	return false
}

// holds reports whether MayHold holds one word (64 bytes at most) for the
// stems, through the table.
func (m *wordMemo) holds(word []byte) bool {
	var buf [64]byte
	w := buf[:len(word)]
	h := uint64(14695981039346656037)
	for k, c := range word {
		c = lowerByte[c]
		w[k] = c
		h = (h ^ uint64(c)) * 1099511628211
	}
	sl := &m.slots[(h^h>>32)&(1<<memoBits-1)]
	if sl.word != string(w) {
		sl.word = string(w)
		sl.st = 0
		sl.group = !claims.MayHold(w, noGroup)
	}
	if sl.st>>1 != m.gen {
		sl.st = m.gen << 1
		var held bool
		switch {
		case sl.group:
			held = claims.MayHold(w, m.stems)
		case m.empty:
			held = true
		default:
			o := opening(w)
			held = m.open[o/64]&(1<<(o%64)) != 0 && claims.MayHold(w, m.stems)
		}
		if held {
			sl.st |= 1
		}
	}
	return sl.st&1 != 0
}

// wordByte holds the word bytes of claims.MayHold; lowerByte lowers a byte
// as MayHold does (ASCII letters only).
var wordByte, lowerByte = func() (wb [256]bool, lb [256]byte) {
	for i := range 256 {
		b := byte(i)
		wb[i] = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
		lb[i] = b
		if b >= 'A' && b <= 'Z' {
			lb[i] = b + 'a' - 'A'
		}
	}
	return
}()
