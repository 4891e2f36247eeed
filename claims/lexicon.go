package claims

import "strings"

// Lexicon maps the words news uses for one event or attribute to one key,
// so that "killed", "died" and "death toll" align, and "fine" and "penalty"
// do. Keys are short English words; the built-in table holds general news
// language and the config can extend it.
type Lexicon struct {
	words   map[string]string // single lower-case word → key
	phrases map[string]string // "w1 w2" or "w1 w2 w3" → key
	// counted maps nouns that are counted ("12 workers") to a class, so that
	// counts of people align with each other and not with counts of flights.
	counted map[string]string
	// generic keys only anchor a claim weakly (a counted noun with no event word).
}

// NewLexicon returns the built-in lexicon.
func NewLexicon() *Lexicon {
	l := &Lexicon{words: map[string]string{}, phrases: map[string]string{}, counted: map[string]string{}}
	for key, list := range builtinEvents {
		for _, w := range strings.Split(list, ",") {
			l.Add(key, strings.TrimSpace(w))
		}
	}
	for class, list := range builtinCounted {
		for _, w := range strings.Split(list, ",") {
			l.counted[strings.TrimSpace(w)] = class
		}
	}
	return l
}

// Add maps a word or a phrase of up to three words to key.
func (l *Lexicon) Add(key, words string) {
	words = strings.ToLower(strings.Join(strings.Fields(words), " "))
	if words == "" {
		return
	}
	if strings.Contains(words, " ") {
		l.phrases[words] = key
	} else {
		l.words[words] = key
	}
}

// AddCounted maps a counted noun to a class.
func (l *Lexicon) AddCounted(class, noun string) {
	l.counted[strings.ToLower(strings.TrimSpace(noun))] = class
}

// keyAt returns the key of the lexicon entry that starts at toks[i] and the
// number of tokens it spans, preferring the longest phrase.
func (l *Lexicon) keyAt(toks []wtok, i int) (string, int) {
	if !toks[i].Word {
		return "", 0
	}
	if i+2 < len(toks) && toks[i+1].Word && toks[i+2].Word {
		if k, ok := l.phrases[toks[i].Low+" "+toks[i+1].Low+" "+toks[i+2].Low]; ok {
			return k, 3
		}
	}
	if i+1 < len(toks) && toks[i+1].Word {
		if k, ok := l.phrases[toks[i].Low+" "+toks[i+1].Low]; ok {
			return k, 2
		}
	}
	if k, ok := l.words[toks[i].Low]; ok {
		return k, 1
	}
	return "", 0
}

// countedClass returns the class of a counted noun ("workers" → "people").
func (l *Lexicon) countedClass(w string) string {
	if c, ok := l.counted[w]; ok {
		return c
	}
	return ""
}

// builtinEvents maps keys to comma-separated words and phrases.
var builtinEvents = map[string]string{
	"killed":       "killed,kill,kills,killing,dead,died,die,dies,death,deaths,death toll,toll,fatalities,fatality,casualties,lives lost,lost their lives,perished,drowned,bodies",
	"injured":      "injured,injuring,injures,injury,injuries,hurt,wounded,wounding,hospitalised,hospitalized",
	"critical":     "critical condition,intensive care,critically",
	"missing":      "missing,unaccounted",
	"evacuated":    "evacuated,evacuate,evacuation,evacuations",
	"displaced":    "displaced,homeless",
	"rescued":      "rescued,rescue,freed,saved",
	"trapped":      "trapped,cut off,stranded",
	"arrested":     "arrested,arrest,arrests,detained,detention",
	"charged":      "charged,indicted",
	"convicted":    "convicted,conviction,found guilty",
	"sentence":     "sentenced,sentence,sentences,jailed,jail,prison,imprisonment,imprisoned,prison term,years behind bars",
	"fine":         "fine,fined,fines,penalty,penalties,penalised,penalized",
	"forfeit":      "forfeit,forfeiture,confiscated,seized",
	"bribes":       "bribes,bribe,kickbacks",
	"invasion":     "invasion,invaded,invade,war started,war began,war broke out,start of the war,conflict began,full-scale invasion",
	"annexed":      "annexed,annexation,annex",
	"tariff":       "tariff,tariffs,duties,levies on imports",
	"tax":          "tax,taxes,levy,council tax,property tax",
	"vote":         "vote,votes,voted,voting,ballot,tally",
	"jobs":         "jobs,job,job cuts,job losses,positions,layoffs,laid off,redundancies,redundant,posts cut,roles,headcount",
	"workforce":    "workforce,staff,employees,payroll",
	"cost":         "cost,costs,costing,charge,charges,price tag,expense,budget",
	"savings":      "savings,save,saving,saves",
	"revenue":      "revenue,revenues,sales,turnover",
	"profit":       "profit,profits,earnings,operating profit,net income",
	"loss":         "net loss,losses",
	"shares":       "shares,share price,stock,stocks",
	"grant":        "grant,grants,subsidy,subsidies",
	"voucher":      "voucher,vouchers",
	"refund":       "refund,refunds",
	"payment":      "payment,payments,bonus,lump sum,compensation,compensate,damages,payout",
	"pay":          "pay deal,salary,salaries,wages,wage",
	"rise":         "rise,raise,increase,increased,hike,rises,increases,grew,growth,rose,pay rise,pay raise,pay increase,wage rise,salary increase,pay award",
	"fall":         "fall,fell,drop,dropped,decline,declined,slump,slumped,slid,slide,plunged,lower",
	"start":        "broke out,started,began,erupted,start,began at,started at,kicked off",
	"built":        "built,completed,constructed,construction finished,dates from",
	"opened":       "opened,inaugurated,opening",
	"founded":      "founded,established,set up,incorporated",
	"closed":       "closed,shuttered",
	"closure":      "close,closing,closure,closures,shut down,to shut,will shut,would shut",
	"outage":       "outage,outages,disruption,meltdown,failure,blackout",
	"control":      "under control,contained,extinguished,put out",
	"strike":       "strike,strikes,walkout,walkouts,industrial action,stoppage",
	"cancelled":    "cancelled,canceled,cancellations,cancellation,cancel,scrapped",
	"delayed":      "delayed,delays,delay,postponed",
	"trial":        "trial",
	"deliberation": "deliberating,deliberated,deliberations",
	"hearing":      "hearing,hearings",
	"meeting":      "meeting,meetings,talks,summit",
	"rain":         "rain,rainfall,precipitation,snowfall",
	"affected":     "affected,impacted",
	"population":   "population,inhabitants",
	"turnout":      "turnout",
	"inflation":    "inflation",
	"unemployment": "unemployment,jobless rate",
	"interest":     "interest rate,interest rates",
	"margin":       "margin,majority",
	"age":          "aged,age,year-old,years old",
	"effective":    "take effect,takes effect,took effect,come into force,comes into force,came into force,apply from,effective from,applies from,would apply,will apply,be paid from",
	"visit":        "visit,visited,visits,trip,arrived,arrival",
	"election":     "election,elected,re-elected,won the election",
	"resigned":     "resigned,resignation,stepped down,quit",
	"appointed":    "appointed,named,hired,took over",
	"signed":       "signed,signing",
	"announced":    "announced,announcement,unveiled",
	"donations":    "donations,raised,fundraising,fund",
	"depth":        "deep,depth",
	"capacity":     "holds,capacity",
	"distance":     "away,upstream,downstream,from the coast",
	"height":       "tall,height",
	"ordeal":       "ordeal",
}

// builtinHeads are nouns that name what a value measures only when they
// stand right after it ("an $80 million hit", "a $4 bill").
var builtinHeads = map[string]string{
	"hit": "cost", "bill": "cost", "price": "cost", "spending": "cost", "investment": "cost", "project": "cost",
	"package": "cost", "deal": "cost", "contract": "contract", "contracts": "contract", "order": "order",
}

// builtinCounted maps counted-noun classes to nouns.
var builtinCounted = map[string]string{
	"people":       "people,persons,person,residents,workers,employees,staff,victims,individuals,civilians,passengers,travellers,travelers,members,students,children,adults,men,women,patients,nurses,pupils,villagers,citizens,inhabitants,families,migrants,protesters,soldiers,troops,servicemen,prisoners,hostages,tourists,fans,visitors,voters,households,cavers,hikers,climbers,miners,crew,crews",
	"firefighters": "firefighters,firemen,rescuers,responders,paramedics,police,officers,volunteers",
	"jobs":         "jobs,job,positions,posts,roles,redundancies,layoffs",
	"flights":      "flights,departures,arrivals",
	"homes":        "homes,houses,buildings,properties,dwellings",
	"vehicles":     "vehicles,cars,trucks,buses",
	"votes":        "votes,ballots,seats",
	"countries":    "countries,nations,states",
	"stations":     "stations",
	"operations":   "operations,appointments,procedures,surgeries",
}

// HasKey reports whether key is a key of the lexicon.
func (l *Lexicon) HasKey(key string) bool {
	for _, k := range l.words {
		if k == key {
			return true
		}
	}
	for _, k := range l.phrases {
		if k == key {
			return true
		}
	}
	return false
}
