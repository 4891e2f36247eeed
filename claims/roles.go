package claims

import (
	"strings"
	"sync"

	"github.com/claimdiff/claimdiff/article"
)

// zeroCounts reads "no casualties", "no deaths" as a count of zero.
func (x *extractor) zeroCounts(si int, s article.Sentence) {
	for i, t := range x.toks {
		if t.Low != "no" || x.inQuote[i] {
			continue
		}
		for k := i + 1; k < len(x.toks) && k <= i+2; k++ {
			key, _ := x.keyAt(k)
			if key == "killed" || key == "injured" || key == "missing" {
				m := Mention{Start: t.Start, End: x.toks[k].End, Kind: KindNumber, Norm: "0", Num: 0}
				m.Text = string(x.doc.Text[s.Start+m.Start : s.Start+m.End])
				c := Claim{Doc: x.doc, Type: TypeValue, Sent: si, Span: s.Span, Value: m, Key: key, Head: x.toks[k].Low}
				c.Value.Start += s.Start
				c.Value.End += s.Start
				c.ValueSpan = article.Span{Start: c.Value.Start, End: c.Value.End}
				x.claims = append(x.claims, c)
				return
			}
			if !x.toks[k].Word {
				break
			}
		}
	}
}

// headSynonyms fold titles that mean the same.
var headSynonyms = map[string]string{
	"spokeswoman": "spokesperson", "spokesman": "spokesperson", "ceo": "executive", "boss": "executive",
	"councillor": "member", "councilor": "member", "premier": "minister", "chairwoman": "chairman",
	"chair": "chairman", "chairperson": "chairman", "organizer": "organiser", "advisor": "adviser",
	"attorney": "lawyer", "solicitor": "lawyer", "barrister": "lawyer", "counsel": "lawyer",
}

// roleHeads are the title words that can head a role.
var roleHeads = setOf("president,minister,chancellor,king,queen,prince,chief,executive,officer,judge,justice,mayor,governor," +
	"member,councillor,councilor,spokeswoman,spokesman,spokesperson,envoy,secretary,director,chairman,chairwoman,chair,aide," +
	"prosecutor,lawyer,attorney,analyst,leader,head,manager,commissioner,inspector,superintendent,sergeant,captain,colonel," +
	"lieutenant,senator,representative,ambassador,correspondent,reporter,editor,founder,owner,ceo,cfo,coach,professor," +
	"bishop,nurse,driver,organiser,organizer,premier,chairperson,treasurer,auditor,solicitor,barrister,detective,constable," +
	"commander,principal,administrator,adviser,advisor,counsel,economist,scientist,engineer,official,secretary-general," +
	"vice-president,co-founder,cofounder,landlady,landlord,farmer,machinist,trustee,speaker,dean,rector,warden," +
	"magistrate,recorder,coroner,sheriff")

// roleClaims records the titles the sentence gives to people: "Chief Fire
// Officer Dana Pruitt", "UNF general secretary Moira Castellano", "Katja
// Lindqvist, a spokeswoman for Aurelia Air".
func (x *extractor) roleClaims(si int, s article.Sentence, names []name) {
	for _, n := range names {
		if len(n.Words) < 2 || x.inQuote[n.I] {
			continue
		}
		// title words before the name, capitalised or not
		k := n.I
		// "Pro-vice-chancellor for education Ruth Okonedo": a title with its
		// remit before the name
		if k >= 3 && (x.toks[k-2].Low == "for" || x.toks[k-2].Low == "of") && x.toks[k-1].Word && !x.toks[k-1].Digit && isTitleHead(x.toks[k-3].Low) {
			k -= 3
		}
		for k > 0 && x.toks[k-1].Word && ((x.toks[k-1].Class&wcTitle != 0) || k == n.I && titleShaped(x.toks[k-1].Low) && !x.toks[k-1].Cap ||
			x.toks[k-1].Low == "of" && k-2 >= 0 && (x.toks[k-2].Class&wcTitle != 0)) {
			k--
		}
		if n.TI < n.I && k > n.TI {
			k = n.TI // capitalised title words the name run carried ("Deputy Harbourmaster")
		}
		if k < n.I {
			title := x.toks[k:n.I]
			org := ""
			// "Minister of Water Resources": the words after "of" are part of the title
			x.addRole(si, s, n, title, org)
		}
		// appositive: "Name, (a|an|the)? title (of|for|at) Org"
		j := n.J
		if j < len(x.toks) && x.toks[j].Low == "," {
			j++
			for j < len(x.toks) && (x.toks[j].Low == "a" || x.toks[j].Low == "an" || x.toks[j].Low == "the") {
				j++
			}
			// a possessive owner: "the union's general secretary", "the
			// business school's dean", "Varnel's head of safety"
			for m := j; m < len(x.toks) && m <= j+3; m++ {
				if x.toks[m].Low == "'s" && m > j {
					j = m + 1
					break
				}
				if !x.toks[m].Word || (x.toks[m].Class&wcStop != 0) {
					break
				}
			}
			t0 := j
			// title words, and lower-case words that modify a title ("the
			// plant director"), up to the last title head
			last := -1
			for m := j; m < len(x.toks) && m < t0+5 && x.toks[m].Word; m++ {
				w := x.toks[m].Low
				if c := x.toks[m].Class; c&wcTitle == 0 && (x.toks[m].Cap || c&(wcStop|wcSpeech|wcAux) != 0 || x.toks[m].Digit) {
					break
				}
				if roleHeadsF.has(w) {
					last = m
				}
			}
			if last >= 0 {
				j = last + 1
			}
			if last >= 0 {
				title := x.toks[t0:j]
				org := ""
				// the organisation: "of|for|at (the) Name", after a remit
				// maybe ("director of public health for Tellingford District
				// Council", "... at the Ministry of Health")
				for p := j; p < len(x.toks) && p <= j+6 && x.toks[p].Word && org == ""; p++ {
					if w := x.toks[p].Low; w != "of" && w != "for" && w != "at" {
						continue
					}
					k := p + 1
					for k < len(x.toks) && x.toks[k].Low == "the" {
						k++
					}
					for _, o := range names {
						if o.TI == k || o.I == k {
							org = o.Key()
						}
					}
				}
				end := j
				if end < len(x.toks) && !(x.toks[end].Low == "," || x.toks[end].Low == "." || x.toks[end].Low == "of" || x.toks[end].Low == "for" || x.toks[end].Low == "at" || x.toks[end].Low == "who" || x.toks[end].Low == "said" || x.toks[end].Low == "told") {
					continue // "Name, a leader in ..." – not a plain title
				}
				x.addRole(si, s, n, title, org)
			}
		}
	}
}

// joinLows is the tokens' words joined by spaces, in one allocation.
func joinLows(toks []wtok) string {
	if len(toks) == 1 {
		return toks[0].Low
	}
	n := len(toks) - 1
	for i := range toks {
		n += len(toks[i].Low)
	}
	var b strings.Builder
	b.Grow(n)
	for i := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(toks[i].Low)
	}
	return b.String()
}

// roleHeadsF and rankWordsF are roleHeads and rankWords behind a filter.
var (
	roleHeadsF = newWordSet(roleHeads)
	rankWordsF = newWordSet(rankWords)
)

func (x *extractor) addRole(si int, s article.Sentence, n name, title []wtok, org string) {
	var heads, rank []string
	for i, t := range title {
		w := t.Low
		if rankWordsF.has(w) {
			rank = append(rank, w)
		}
		last := i == len(title)-1 || title[i+1].Low == "of" || title[i+1].Low == "for"
		if last && (roleHeadsF.has(w) || titleShaped(w) && t.Class&wcTitle == 0) {
			if syn, ok := headSynonyms[w]; ok {
				w = syn
			}
			heads = append(heads, w)
		}
	}
	if len(heads) == 0 {
		return
	}
	start := title[0].Start
	c := Claim{Doc: x.doc, Type: TypeRole, Sent: si, Span: s.Span,
		RoleParts: &RoleParts{Person: n.Key(), Org: org, Heads: heads, Rank: rank, PersonName: x.surfaceOf(n.Key()), OrgName: x.surfaceOf(org)}}
	c.Title = string(x.doc.Text[s.Start+start : s.Start+title[len(title)-1].End])
	c.ValueSpan = article.Span{Start: s.Start + start, End: s.Start + title[len(title)-1].End}
	c.Value = Mention{Start: c.ValueSpan.Start, End: c.ValueSpan.End, Text: c.Title, Norm: joinLows(title)}
	x.claims = append(x.claims, c)
}

// negation cues
var denyWords = setOf("denied,denies,deny,denying,refuted,refutes")

// rejectWords negate only what follows as a claim: "rejected reports that".
var rejectWords = setOf("rejected,rejects,dismissed,dismisses,disputed,disputes")
var claimNouns = setOf("claims,claim,reports,report,allegations,allegation,suggestions,suggestion,that,accusations,rumours,rumors")
var auxWords = setOf("has,have,had,did,does,do,will,would,could,can,was,were,is,are,should,shall,may,might,must")
var propStop = setOf("yet,ever,been,be,that,saying,claims,claim,reports,report,suggestions,allegations,the,a,an,any,also")

// propClaims records statements that are denied or negated ("denied that
// the foundry would close", "has not ruled out a cyberattack") and every
// plain statement's content stems so that compare can find the other side.
func (x *extractor) propClaims(si int, s article.Sentence) {
	for i := range x.toks {
		t := &x.toks[i]
		// a cue word first (every case below needs one): most words are not
		if !t.Word || t.Class&(wcDeny|wcReject) == 0 && !negCue(t.Low) {
			continue
		}
		if x.inQuote[i] {
			continue
		}
		start := -1
		switch {
		case (t.Class&wcDeny != 0) || t.Low == "neither" && i+1 < len(x.toks) && x.toks[i+1].Word:
			start = i + 1
		case (t.Class&wcReject != 0) && i+1 < len(x.toks) && ((x.toks[i+1].Class&wcClaimNoun != 0) || i+2 < len(x.toks) && x.toks[i+1].Low == "the" && (x.toks[i+2].Class&wcClaimNoun != 0)):
			start = i + 1
		case (t.Low == "not" || t.Low == "never" || strings.HasSuffix(t.Low, "n't")) && i > 0 && ((x.toks[i-1].Class&wcAux != 0) || strings.HasSuffix(t.Low, "n't")):
			start = i + 1
		}
		if start < 0 {
			continue
		}
		var prop []string
		for k := start; k < len(x.toks) && len(prop) < 3; k++ {
			tk := x.toks[k]
			if !tk.Word {
				if tk.Low == "," || tk.Low == ";" || tk.Low == "." || tk.Low == `"` {
					break
				}
				continue
			}
			if x.inQuote[k] || k > start && (tk.Class&wcClause != 0) {
				break
			}
			if tk.Low == "nor" {
				k++ // "neither admitted nor denied the failings": the second verb is no part of the statement
				continue
			}
			if (tk.Class&wcStop != 0) || (tk.Class&wcPropStop != 0) || (tk.Class&wcAux != 0) {
				continue
			}
			prop = append(prop, propStem(tk.Low))
		}
		if len(prop) < 2 {
			continue
		}
		// the statement as written: from the cue to the end of its clause
		end := start
		for end < len(x.toks) && !(isClausePunct(x.toks[end].Low) || x.toks[end].Low == "." || end > start && ((x.toks[end].Class&wcClause != 0) || x.toks[end].Low == "if" || x.toks[end].Low == "unless")) {
			end++
		}
		from := i
		if i > 0 && (x.toks[i-1].Class&wcAux != 0) {
			from = i - 1
		}
		c := Claim{Doc: x.doc, Type: TypeProp, Sent: si, Span: s.Span, PropParts: &PropParts{Prop: prop}, Negated: true}
		if end > from {
			c.PropText = foldSpace(x.doc.Text[s.Start+x.toks[from].Start : s.Start+x.toks[end-1].End])
		}
		c.ValueSpan = article.Span{Start: s.Start + t.Start, End: s.Start + t.End}
		x.claims = append(x.claims, c)
		return
	}
}

// negCue reports whether w is "neither", "not", "never" or ends in "n't".
func negCue(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	if w[n-1] == 't' && w[n-2] == '\'' && w[n-3] == 'n' {
		return true
	}
	switch n {
	case 3:
		return w == "not"
	case 5:
		return w == "never"
	case 7:
		return w == "neither"
	}
	return false
}

// PropStems returns the content stems of the unquoted words of a sentence,
// each with whether a negation cue governs it. compare uses it to find the
// plain statement that another document denies.
func PropStems(sentence []byte) (stems []string, negated []bool) {
	// the tokens go to a pooled buffer, their words through a pooled
	// intern table (the stems are strings, which are never rewritten)
	ps := propPool.Get().(*propScratch)
	toks := wordTokensI(sentence, ps.toks, ps.intern)
	n := propStemsOf(toks, nil, nil)
	if n > 0 {
		stems, negated = make([]string, n), make([]bool, n)
		propStemsOf(toks, stems, negated)
	}
	ps.toks = toks[:0]
	propPool.Put(ps)
	return stems, negated
}

// propScratch is PropStems' token buffer and intern table.
type propScratch struct {
	toks   []wtok
	intern *internTable
}

var propPool = sync.Pool{New: func() any { return &propScratch{toks: make([]wtok, 0, 64), intern: new(internTable)} }}

// propStemsOf fills stems and negated (when not nil) with the stems of
// toks for PropStems, and returns their number.
func propStemsOf(toks []wtok, stems []string, negated []bool) int {
	n := 0
	neg := false
	quote := false
	for i := range toks {
		t := &toks[i]
		if t.Low == `"` {
			quote = !quote
			continue
		}
		if !t.Word {
			if isClausePunct(t.Low) || t.Low == "." {
				neg = false
			}
			continue
		}
		if t.Class&wcClause != 0 {
			neg = false
		}
		if (t.Class&wcDeny != 0) || t.Low == "not" || t.Low == "never" || t.Low == "no" || strings.HasSuffix(t.Low, "n't") {
			neg = true
			continue
		}
		if quote || (t.Class&wcStop != 0) {
			continue
		}
		if stems != nil {
			stems[n] = propStem(t.Low)
			negated[n] = neg
		}
		n++
	}
	return n
}

// PostHead reports whether a title head names a post (an office, a rank,
// a function in an organisation) rather than an occupation or a
// description: two different posts for one person conflict, two
// descriptions ("contractor", "owner") do not.
func PostHead(h string) bool {
	if postHeads[h] {
		return true
	}
	// "pro-vice-chancellor", "deputy-governor": a hyphenated post
	i := strings.LastIndexByte(h, '-')
	return i > 0 && postHeads[h[i+1:]]
}

var postHeads = setOf("president,minister,chancellor,king,queen,prince,judge,justice,mayor,governor,member,spokesperson," +
	"envoy,secretary,director,chairman,aide,prosecutor,commissioner,inspector,superintendent,sergeant,captain,colonel," +
	"lieutenant,senator,representative,ambassador,premier,treasurer,auditor,detective,constable,commander,principal," +
	"administrator,secretary-general,vice-president,speaker,dean,rector,warden,chief,officer,executive,head,leader," +
	"manager,coach,general,admiral,bishop,archbishop,cardinal,pope,harbourmaster,harbormaster,headteacher,headmaster," +
	"magistrate,recorder,coroner,sheriff")

// verbGroups fold verbs of one meaning for matching statements: "denied
// that records were published" meets "confirmed that records were posted".
var verbGroups = map[string]string{}

func init() {
	for canon, list := range map[string]string{
		"publish": "publish,published,publishing,publishes,post,posted,posting,posts,release,released,releasing,leak,leaked,leaking,share,shared,sharing,upload,uploaded,disclose,disclosed,disclosing,expose,exposed",
		"deploy":  "use,used,using,uses,send,sent,sending,sends,deploy,deployed,deploying,deploys,mobilise,mobilised,mobilising,mobilize,mobilized,mobilizing,bring,brought,bringing,call,called",
		"close":   "close,closed,closing,closes,shut,shutting,shuts,shutter,shuttered",
		"open":    "open,opened,opening,opens,reopen,reopened,reopening",
		"cut":     "cut,cuts,cutting,reduce,reduced,reducing,slash,slashed,slashing",
		"kill":    "kill,killed,killing,die,died,dying,dead",
		"arrest":  "arrest,arrested,arresting,detain,detained,detaining",
		"steal":   "steal,stole,stolen,stealing,take,took,taken,taking",
		"raise":   "raise,raised,raising,increase,increased,increasing,hike,hiked",
		"pay":     "pay,paid,paying,pays,compensate,compensated",
		"approve": "approve,approved,approving,back,backed,backing,endorse,endorsed",
		"attack":  "attack,attacked,attacking,hack,hacked,hacking,breach,breached",
	} {
		for _, w := range strings.Split(list, ",") {
			verbGroups[w] = canon
		}
	}
}

// propStem is the stem of a word of a statement, verbs of one meaning folded.
func propStem(w string) string {
	if c, ok := verbGroups[w]; ok {
		return c
	}
	return wstem(w)
}

// MayHold reports whether a sentence may hold one of the statement stems:
// a cheap scan of its lower-cased words, without building its stems.
func MayHold(sentence []byte, stems map[string]bool) bool {
	var buf [64]byte
	for i := 0; i < len(sentence); {
		if !isWordByteW(sentence[i]) {
			i++
			continue
		}
		j := i
		for j < len(sentence) && isWordByteW(sentence[j]) {
			j++
		}
		w := buf[:0]
		if j-i <= len(buf) {
			for _, c := range sentence[i:j] {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				w = append(w, c)
			}
			if stems[string(w)] || stems[verbGroups[string(w)]] {
				return true
			}
			// a stem is a prefix of its word ("clos" of "closing")
			for k := len(w) - 1; k >= 3; k-- {
				if stems[string(w[:k])] {
					return true
				}
			}
		}
		i = j
	}
	return false
}

// isTitleHead reports whether w can head a title, hyphenated ones included
// ("pro-vice-chancellor", "deputy-director").
func isTitleHead(w string) bool {
	if roleHeads[w] {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return roleHeads[w[i+1:]]
	}
	return false
}
