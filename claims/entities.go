package claims

import (
	"cmp"
	"slices"
	"strings"

	"github.com/agnivade/levenshtein"
)

// name is a run of capitalised words in a sentence: a person, a place, an
// organisation. Title words in front of a person ("Chief Fire Officer") are
// split off into Title.
type name struct {
	I, J   int      // token range [I, J) of the name proper
	TI     int      // first token of the title in front (TI == I when none)
	Words  []string // lower-cased words of the name
	Title  []string // lower-cased title words before the name
	Person bool     // looks like a person (first + last name, or has a title)
	orgEnd bool     // the last word ends an organisation's name (orgWords, orgSuffixes)
	key    string   // Words joined by spaces, made once
}

// Key is the name's words joined by spaces.
func (n name) Key() string { return n.key }

// titleWords are words of titles and roles that stand before names.
var titleWords = setOf("president,vice,prime,minister,chancellor,king,queen,prince,princess,chief,executive,officer," +
	"deputy,assistant,acting,interim,former,fire,judge,justice,mayor,governor,council,councillor,councilor,member,spokeswoman,spokesman," +
	"spokesperson,envoy,special,secretary,general,director,magistrate,recorder,coroner,sheriff,chairman,chairwoman,chair,aide,prosecutor,lawyer,attorney," +
	"analyst,leader,head,manager,commissioner,inspector,superintendent,sergeant,captain,colonel,lieutenant,senator,sen.," +
	"rep.,representative,ambassador,correspondent,reporter,editor,founder,owner,ceo,cfo,coach,professor,prof.,dr,dr.,mr,mr.," +
	"mrs,mrs.,ms,ms.,sir,dame,lord,lady,pope,bishop,rev.,reverend,father,sister,nurse,driver,organiser,organizer,presidential," +
	"foreign,defence,defense,interior,finance,health,labour,labor,economy,justice,police,rescue,security,deputy,state,federal," +
	"regional,national,city,club,union,party,parliament,speaker,staff,retired,current,senior,junior,station,commander,officer," +
	"minister,premier,chairperson,trustee,treasurer,auditor,solicitor,barrister,detective,constable,marshal,warden,dean,rector," +
	"headteacher,principal,superintendent,administrator,adviser,advisor,counsel,economist,scientist,engineer,expert,official," +
	"spokesperson,secretary-general,water,resources,emergency,affairs,transport,trade,industry,energy,environment,education," +
	"culture,agriculture,development,communications,operations,technology,marketing,sales,financial,legal,public,crown,district," +
	"county,provincial,municipal,deputy,co-founder,cofounder,vice-president,vice-chair,landlady,landlord,farmer,machinist,resident")

// rankWords change the rank of a title: a Deputy Fire Chief is not the Chief.
var rankWords = setOf("deputy,assistant,acting,interim,vice,former,associate,junior,senior,co,honorary")

// nonNameCaps are capitalised words that do not start or make names.
var nonNameCaps = setOf("the,a,an,in,on,at,for,by,with,from,to,of,and,but,or,as,after,before,when,while,if,this,that," +
	"these,those,it,its,he,she,they,we,i,you,his,her,their,our,my,there,here,what,who,why,how,where,which,some,many,most," +
	"all,no,not,yes,one,two,three,four,five,six,seven,eight,nine,ten,since,until,despite,during,under,over,about,around," +
	"nearly,more,less,last,next,first,second,third,just,only,also,even,however,meanwhile,still,so,then,now,today,yesterday," +
	"tomorrow,earlier,later,according,asked,speaking,like,among,between,both,each,every,other,another,such,said,says,told," +
	"january,february,march,april,may,june,july,august,september,october,november,december,jan,feb,mar,apr,jun,jul,aug," +
	"sep,sept,oct,nov,dec,monday,tuesday,wednesday,thursday,friday,saturday,sunday,mon,tue,wed,thu,fri,sat,sun," +
	"nobody,everyone,everybody,someone,anyone,nothing,let,get,please,yet,though,although,because,instead,indeed,whether," +
	"residents,officials,police,authorities,investigators,workers,people,critics,supporters,opponents,analysts,shares")

// demonyms maps adjectives of nationality to the place.
var demonyms = map[string]string{
	"russian": "russia", "ukrainian": "ukraine", "chinese": "china", "indian": "india", "american": "united states",
	"u.s.": "united states", "us": "united states", "usa": "united states", "u.s.a.": "united states", "united states": "united states",
	"british": "united kingdom", "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
	"german": "germany", "french": "france", "italian": "italy", "spanish": "spain", "japanese": "japan", "korean": "korea",
	"iranian": "iran", "israeli": "israel", "palestinian": "palestine", "turkish": "turkey", "polish": "poland",
	"canadian": "canada", "mexican": "mexico", "brazilian": "brazil", "australian": "australia", "belarusian": "belarus",
	"kazakh": "kazakhstan", "uzbek": "uzbekistan", "pakistani": "pakistan", "saudi": "saudi arabia", "syrian": "syria",
	"iraqi": "iraq", "egyptian": "egypt", "nigerian": "nigeria", "european": "europe", "dutch": "netherlands",
	"swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland", "irish": "ireland",
	"greek": "greece", "portuguese": "portugal", "swiss": "switzerland", "austrian": "austria", "hungarian": "hungary",
	"czech": "czech republic", "romanian": "romania", "bulgarian": "bulgaria", "serbian": "serbia", "croatian": "croatia",
	"georgian": "georgia", "armenian": "armenia", "azerbaijani": "azerbaijan", "afghan": "afghanistan", "venezuelan": "venezuela",
	"argentine": "argentina", "argentinian": "argentina", "chilean": "chile", "colombian": "colombia", "peruvian": "peru",
	"cuban": "cuba", "thai": "thailand", "vietnamese": "vietnam", "indonesian": "indonesia", "filipino": "philippines",
	"malaysian": "malaysia", "lebanese": "lebanon", "jordanian": "jordan", "qatari": "qatar", "emirati": "united arab emirates",
	"kenyan": "kenya", "ethiopian": "ethiopia", "south african": "south africa", "moroccan": "morocco", "algerian": "algeria",
	"libyan": "libya", "sudanese": "sudan", "yemeni": "yemen", "north korean": "north korea", "south korean": "south korea",
	"taiwanese": "taiwan", "new zealand": "new zealand", "scottish": "scotland", "welsh": "wales", "english": "england",
}

// orgWords head names that take "of": "Ministry of Emergency Situations".
var orgWords = setOf("ministry,department,university,bank,office,house,institute,school,college,church,court,board,bureau," +
	"agency,authority,council,commission,committee,society,association,federation,union,league,museum,port,city,state," +
	"republic,kingdom,province,district,county,isle,gulf,bay,lake,mount,river,cape,secretary,chamber,academy,centre,center," +
	"people's,party,order,duke,duchess,earl,prince,princess,king,queen,bishop,archbishop,governor")

// orgSuffixes end the names of organisations.
var orgSuffixes = setOf("service,services,group,company,corporation,corp,inc,ltd,plc,airline,airlines,air,airport,railway," +
	"hospital,infirmary,foundation,fund,trust,network,press,news,times,post,herald,agency,authority,ministry,council," +
	"police,army,navy,force,forces,guard,team,club,party,union,federation,systems,partners,bank,exchange,institute,centre,center")

// nameParticles may stand inside a person's name.
var nameParticles = setOf("da,de,del,della,dalla,di,van,von,der,den,la,le,al,el,bin,ibn,st,mac,mc,du,dos,das")

// wordSet is a set of words with a filter in front of its map: a word
// whose length, first and last byte no word of the set has is answered
// without hashing it.
type wordSet struct {
	filter [16]uint64 // 1024 bits
	m      map[string]bool
}

func newWordSet(m map[string]bool) *wordSet {
	s := &wordSet{m: m}
	for w := range m {
		if w != "" {
			b := wordSetBit(w)
			s.filter[b/64] |= 1 << (b % 64)
		}
	}
	return s
}

func wordSetBit(w string) uint32 {
	h := uint32(len(w)) | uint32(w[0])<<5 | uint32(w[len(w)-1])<<13
	return (h * 0x9E3779B1) >> 22
}

func wordSetBitBytes(w []byte) uint32 {
	h := uint32(len(w)) | uint32(w[0])<<5 | uint32(w[len(w)-1])<<13
	return (h * 0x9E3779B1) >> 22
}

// mayHave reports false when the set certainly does not hold w.
func (s *wordSet) mayHave(w string) bool {
	if w != "" {
		if b := wordSetBit(w); s.filter[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}

// mayHaveBytes is mayHave of string(w).
func (s *wordSet) mayHaveBytes(w []byte) bool {
	if len(w) != 0 {
		if b := wordSetBitBytes(w); s.filter[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}

// has reports whether the set holds w (as the map does).
func (s *wordSet) has(w string) bool {
	return s.mayHave(w) && s.m[w]
}

// the word sets findNames reads on most capitalised words (the maps are
// never written after init)
var (
	nonNameCapsF   = newWordSet(nonNameCaps)
	orgWordsF      = newWordSet(orgWords)
	orgSuffixesF   = newWordSet(orgSuffixes)
	nameParticlesF = newWordSet(nameParticles)
	// demonymF filters the keys of demonymWords (its map is not read)
	demonymF = newWordSet(func() map[string]bool {
		m := map[string]bool{}
		for d := range demonyms {
			m[d] = true
		}
		return m
	}())
)

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(list, ",") {
		if w = strings.TrimSpace(w); w != "" {
			m[w] = true
		}
	}
	return m
}

// findNames returns the names in a sentence's tokens.
func findNames(toks []wtok) []name { return appendNames(nil, toks) }

// appendNames appends the names of toks to dst (see findNames).
func appendNames(dst []name, toks []wtok) []name {
	// the names are gathered on the stack first, then appended to dst
	// (an arena, for the extractor); the words and title words of all of
	// them share one backing array, and the keys of several words one
	// string.
	var nbuf [8]name
	var kbuf [256]byte
	var abuf [8][2]int
	found := nbuf[:0]
	keys := kbuf[:0]
	keyAt := abuf[:0] // per name, the offsets of its key in keys (when it has several words)
	nwords := 0
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.Word || !t.Cap || t.Digit {
			i++
			continue
		}
		// a run of capitalised words, allowing "of" between capitalised words
		// ("Minister of Water Resources") and lower-case name particles.
		j := i
		for j < len(toks) {
			tj := toks[j]
			if tj.Word && tj.Cap && !tj.Digit {
				j++
				continue
			}
			if tj.Word && (tj.Low == "of" && ((toks[j-1].Class&wcTitle != 0) || orgWordsF.has(toks[j-1].Low)) || nameParticlesF.has(tj.Low)) && j+1 < len(toks) && toks[j+1].Cap && toks[j+1].Word && j > i {
				j++
				continue
			}
			break
		}
		run := toks[i:j]
		// drop leading words that never start names (sentence-initial "The", "On")
		k := 0
		for k < len(run) && (nonNameCapsF.has(run[k].Low) && !(k+1 < len(run) && isMultiDemonym(run[k].Low, run[k+1].Low))) {
			k++
		}
		// trailing "of"
		e := len(run)
		for e > k && (run[e-1].Low == "of" || nonNameCapsF.has(run[e-1].Low)) {
			e--
		}
		if e > k {
			if n, ok := splitTitle(run[k:e], i+k); ok {
				lastLow := toks[n.J-1].Low
				nwords += n.I - n.TI
				k0 := len(keys)
				if n.J-n.I == 1 {
					n.key = canonWord(toks[n.I].Low)
				} else {
					// the key is made in keys for now
					for m := n.I; m < n.J; m++ {
						if m > n.I {
							keys = append(keys, ' ')
						}
						keys = append(keys, canonWord(toks[m].Low)...)
					}
				}
				// demonyms and "U.S." as whole names become places
				var p demonymPlace
				var isDem bool
				if n.key != "" {
					if demonymF.mayHave(n.key) {
						p, isDem = demonymWords[n.key]
					}
				} else if kb := keys[k0:]; demonymF.mayHaveBytes(kb) {
					p, isDem = demonymWords[string(kb)]
				}
				if isDem {
					n.Words = p.words
					n.key = p.key
					n.Person = false
					last := p.words[len(p.words)-1]
					n.orgEnd = orgWordsF.has(last) || orgSuffixesF.has(last)
				} else {
					if canonWord(lastLow) != lastLow {
						n.orgEnd = orgWordsF.has(canonWord(lastLow)) || orgSuffixesF.has(canonWord(lastLow))
					}
					nwords += n.J - n.I
				}
				found = append(found, n)
				keyAt = append(keyAt, [2]int{k0, len(keys)})
			}
		}
		i = j
	}
	if len(found) == 0 {
		return dst
	}
	var all string
	if len(keys) > 0 {
		all = string(keys)
	}
	words := make([]string, 0, nwords)
	for ni, n := range found {
		if n.Words == nil {
			w0 := len(words)
			for m := n.I; m < n.J; m++ {
				words = append(words, canonWord(toks[m].Low))
			}
			n.Words = words[w0:len(words):len(words)]
			if n.key == "" {
				n.key = all[keyAt[ni][0]:keyAt[ni][1]]
			}
		}
		if n.I > n.TI {
			t0 := len(words)
			for m := n.TI; m < n.I; m++ {
				words = append(words, toks[m].Low)
			}
			n.Title = words[t0:len(words):len(words)]
		}
		dst = append(dst, n)
	}
	return dst
}

func isMultiDemonym(a, b string) bool {
	_, ok := demonyms[a+" "+b]
	return ok
}

// splitTitle splits a capitalised run into title words and the name
// proper: it sets the name's token ranges and Person, not its words.
func splitTitle(run []wtok, base int) (name, bool) {
	// the name is the trailing words that are not title words
	e := len(run)
	s := e
	ofOrg := false // "Ministry of Transport", "University of Leeds"
	for k := 1; k+1 < e; k++ {
		if run[k].Low == "of" && orgWordsF.has(run[k-1].Low) {
			ofOrg = true
		}
	}
	// orgEnd holds for the last word, as isOrgName reads it (findNames
	// reads it again when the words change)
	orgEnd := orgWordsF.has(run[e-1].Low) || orgSuffixesF.has(run[e-1].Low)
	if ofOrg || orgEnd {
		if e == 1 {
			return name{}, false // "Council" alone names nothing
		}
		s = 0 // an organisation ("the Caldermoor Regional Health Authority", "Ministry of Transport"): no title to split off
	}
	for s > 0 && run[s-1].Class&wcTitle == 0 && run[s-1].Low != "of" && !(e-s >= 2 && titleShaped(run[s-1].Low)) {
		s--
	}
	if s == e {
		// the run ends with a title word: no name, maybe a title alone ("President")
		return name{}, false
	}
	// a person's name is at most four words; longer runs are organisations
	// or several names; keep the last words after a title.
	n := name{I: base + s, J: base + e, TI: base, Person: s > 0, orgEnd: orgEnd}
	if s > 0 && e-s > 4 {
		n.Person = false
	}
	return n, true
}

type demonymPlace struct {
	words []string
	key   string
}

// demonymWords holds the place of every demonym as words and key: the
// words of strings.Fields(place), the key the words joined.
var demonymWords = func() map[string]demonymPlace {
	m := map[string]demonymPlace{}
	for d, p := range demonyms {
		w := strings.Fields(p)
		m[d] = demonymPlace{w[:len(w):len(w)], strings.Join(w, " ")}
	}
	return m
}()

// canonWord folds a name word: typographic apostrophes, a trailing dot.
func canonWord(w string) string {
	if strings.IndexByte(w, 0xE2) < 0 {
		return w // no typographic apostrophe (the common case: tokens fold them)
	}
	w = strings.ReplaceAll(w, "\u2019", "'")
	return w
}

// EntityTable resolves entity keys across a batch of documents: a surname
// alone is the person named in full elsewhere ("Witkoff" → "steve witkoff"),
// spelling variants of a first name are one person (Steve/Steven), and
// nationality adjectives are their places.
type EntityTable struct {
	full  map[string]int    // full multi-word key → count
	canon map[string]string // key → canonical key
	bySur map[string][]string
	// byFirst lists the multi-word names by first word
	byFirst map[string][]string
	// byInitials lists the names of three or more words by their initials
	byInitials map[string][]string
	// people are the canonical keys the batch shows to be people
	people map[string]bool
	marked []string
}

// MarkPerson records that key names a person (given a title somewhere in
// the batch); call it before Build.
func (t *EntityTable) MarkPerson(key string) {
	if key != "" {
		t.marked = append(t.marked, key)
	}
}

// IsPerson reports whether a canonical key names a person.
func (t *EntityTable) IsPerson(canon string) bool { return t.people[canon] }

// NewEntityTable returns an empty table.
func NewEntityTable() *EntityTable {
	return &EntityTable{full: map[string]int{}, canon: map[string]string{}, bySur: map[string][]string{}, byFirst: map[string][]string{}}
}

// AddAlias makes alias resolve to canonical (config aliases).
func (t *EntityTable) AddAlias(alias, canonical string) {
	t.canon[strings.ToLower(strings.TrimSpace(alias))] = strings.ToLower(strings.TrimSpace(canonical))
}

// Observe records a name seen in the batch.
func (t *EntityTable) Observe(key string) {
	if strings.Contains(key, " ") {
		t.full[key]++
	}
}

// Build groups the observed names; call it once after every Observe.
func (t *EntityTable) Build() {
	type obs struct {
		key   string
		n     int
		words []string
	}
	keys := make([]obs, 0, len(t.full))
	for k, n := range t.full {
		keys = append(keys, obs{key: k, n: n})
	}
	// most frequent, then longest, then lexical: the canonical spelling
	slices.SortFunc(keys, func(a, b obs) int {
		if a.n != b.n {
			return cmp.Compare(b.n, a.n)
		}
		if len(a.key) != len(b.key) {
			return cmp.Compare(len(b.key), len(a.key))
		}
		return strings.Compare(a.key, b.key)
	})
	// the words of every key, split once
	fields := make(map[string][]string, len(keys))
	for i := range keys {
		keys[i].words = strings.Fields(keys[i].key)
		fields[keys[i].key] = keys[i].words
	}
	for _, o := range keys {
		k, w := o.key, o.words
		sur := w[len(w)-1]
		first := w[0]
		merged := false
		for _, c := range t.bySur[sur] {
			cw, ok := fields[c]
			if !ok {
				cw = strings.Fields(c)
			}
			// the words after the first are the same (as joined by spaces:
			// no word holds a space)
			if len(cw) == len(w) && sameFirstName(first, cw[0]) && slices.Equal(cw[1:], w[1:]) {
				if _, ok := t.canon[k]; !ok {
					t.canon[k] = c
				}
				merged = true
				break
			}
		}
		if !merged {
			t.bySur[sur] = append(t.bySur[sur], k)
			t.byFirst[first] = append(t.byFirst[first], k)
			if ini := initials(w); len(ini) >= 3 {
				if t.byInitials == nil {
					t.byInitials = map[string][]string{}
				}
				t.byInitials[ini] = append(t.byInitials[ini], k)
			}
		}
	}
	t.people = map[string]bool{}
	for _, k := range t.marked {
		t.people[t.Canon(k)] = true
	}
}

// sameFirstName reports whether two first names are spelling variants of
// one another: one a prefix of the other (Steve/Steven) or one edit apart.
func sameFirstName(a, b string) bool {
	if a == b {
		return true
	}
	if na, nb := nicknames[a], nicknames[b]; na != "" && (na == b || na == nb) || nb != "" && nb == a {
		return true
	}
	if len(a) >= 3 && len(b) >= 3 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
		return true
	}
	if len(a) >= 4 && len(b) >= 4 && levenshtein.ComputeDistance(a, b) <= 1 {
		return true
	}
	return false
}

// Canon returns the canonical key of an entity key.
func (t *EntityTable) Canon(key string) string {
	if c, ok := t.canon[key]; ok {
		return c
	}
	if !strings.Contains(key, " ") {
		// a surname or a one-word name: the one full name that ends with it
		if list := t.bySur[key]; len(list) == 1 {
			return t.Canon(list[0])
		}
		// or the one organisation it opens ("Aurelia" → "aurelia air")
		if list := t.byFirst[key]; len(list) == 1 {
			return t.Canon(list[0])
		}
		// or the one name it abbreviates ("UNF" → "united nursing federation")
		if list := t.byInitials[key]; len(key) >= 3 && len(list) == 1 {
			return t.Canon(list[0])
		}
	}
	return key
}

// titleShaped reports whether a word has the shape of a title or an
// occupation ("Harbourmaster", "Superintendent", "Commissioner"): used
// for words before a two-word name that the title list does not know.
func titleShaped(w string) bool {
	if len(w) < 7 {
		return false
	}
	for _, suf := range []string{"master", "mistress", "keeper", "ist", "ian", "ant", "ent", "er", "or", "ess", "man", "woman"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// initials returns the first letters of a name's words, without "of",
// "the", "and", "for": "united nursing federation" → "unf".
func initials(words []string) string {
	var b []byte
	for _, w := range words {
		switch w {
		case "of", "the", "and", "for", "&":
			continue
		}
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			b = append(b, w[0])
		}
	}
	return string(b)
}

// nicknames maps common short forms of English first names to the full
// name, so that "Bob Smith" and "Robert Smith" are one person.
var nicknames = map[string]string{
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "bill": "william", "billy": "william",
	"will": "william", "liam": "william", "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "lisa": "elizabeth",
	"jim": "james", "jimmy": "james", "jamie": "james", "mike": "michael", "mick": "michael", "tom": "thomas",
	"tommy": "thomas", "tony": "anthony", "dick": "richard", "rick": "richard", "richie": "richard", "ben": "benjamin",
	"dan": "daniel", "danny": "daniel", "dave": "david", "davy": "david", "chris": "christopher", "kate": "katherine",
	"katie": "katherine", "kathy": "katherine", "cathy": "catherine", "sam": "samuel", "alex": "alexander",
	"sasha": "alexander", "nick": "nicholas", "pat": "patrick", "paddy": "patrick", "joe": "joseph", "joey": "joseph",
	"matt": "matthew", "andy": "andrew", "drew": "andrew", "ed": "edward", "ted": "edward", "eddie": "edward",
	"jack": "john", "johnny": "john", "jon": "jonathan", "greg": "gregory", "jen": "jennifer", "jenny": "jennifer",
	"sue": "susan", "susie": "susan", "pete": "peter", "ron": "ronald", "don": "donald", "steve": "steven",
	"stephen": "steven", "vlad": "vladimir", "fred": "frederick", "freddie": "frederick", "harry": "henry",
	"hank": "henry", "larry": "lawrence", "len": "leonard", "maggie": "margaret", "meg": "margaret", "peggy": "margaret",
	"nate": "nathaniel", "phil": "philip", "ray": "raymond", "tim": "timothy", "val": "valentina", "vicky": "victoria",
	"zach": "zachary", "abby": "abigail", "gerry": "gerald", "jerry": "gerald",
}
