package claims

import (
	"sort"
	"strings"
)

// Lexicon maps the words news uses for one event or attribute to one key,
// so that "killed", "died" and "death toll" align, and "fine" and "penalty"
// do. Keys are short English words; the built-in table holds general news
// language and the config can extend it.
type Lexicon struct {
	words   map[string]string // single lower-case word → key
	phrases map[string]string // "w1 w2" or "w1 w2 w3" → key
	// at maps every word that is an entry or starts a phrase to what
	// keyAt needs, so that a token costs one lookup.
	at map[string]lexAt
	// counted maps nouns that are counted ("12 workers") to a class, so that
	// counts of people align with each other and not with counts of flights.
	counted map[string]string
	// generic keys only anchor a claim weakly (a counted noun with no event word).
}

// lexAt is what starts at a word: the phrase lengths (bit n set: an n-word
// phrase starts with the word) and the word's own key, if any.
type lexAt struct {
	lens uint8
	word bool
	key  string
}

// NewLexicon returns the built-in lexicon.
func NewLexicon() *Lexicon {
	l := &Lexicon{words: map[string]string{}, phrases: map[string]string{}, at: map[string]lexAt{}, counted: map[string]string{}}
	// in key order, so that the table is the same in every run (and the
	// test below keeps every word to one key)
	for _, key := range sortedKeys(builtinEvents) {
		for _, w := range strings.Split(builtinEvents[key], ",") {
			l.Add(key, strings.TrimSpace(w))
		}
	}
	for _, class := range sortedKeys(builtinCounted) {
		for _, w := range strings.Split(builtinCounted[class], ",") {
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
		first, _, _ := strings.Cut(words, " ")
		a := l.at[first]
		a.lens |= 1 << uint(strings.Count(words, " ")+1)
		l.at[first] = a
	} else {
		l.words[words] = key
		a := l.at[words]
		a.word, a.key = true, key
		l.at[words] = a
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
	at, ok := l.at[toks[i].Low]
	if !ok {
		return "", 0
	}
	if lens := at.lens; lens != 0 {
		var buf [96]byte
		b := append(append(append(buf[:0], toks[i].Low...), ' '), toks[i+min(1, len(toks)-1-i)].Low...)
		if lens&(1<<3) != 0 && i+2 < len(toks) && toks[i+1].Word && toks[i+2].Word {
			if k, ok := l.phrases[string(append(append(b, ' '), toks[i+2].Low...))]; ok {
				return k, 3
			}
		}
		if lens&(1<<2) != 0 && i+1 < len(toks) && toks[i+1].Word {
			if k, ok := l.phrases[string(b)]; ok {
				return k, 2
			}
		}
	}
	if at.word {
		if toks[i].Cap && monthWords[toks[i].Low] {
			return "", 0 // "in March": the month, not a protest march
		}
		return at.key, 1
	}
	return "", 0
}

// monthWords are the month names that are also common words.
var monthWords = map[string]bool{"march": true, "may": true}

// countedClass returns the class of a counted noun ("workers" → "people").
func (l *Lexicon) countedClass(w string) string {
	if c, ok := l.counted[w]; ok {
		return c
	}
	return ""
}

// builtinEvents maps keys to comma-separated words and phrases.
var builtinEvents = map[string]string{
	// harm
	"killed":   "killed,kill,kills,killing,dead,died,die,dies,death,deaths,death toll,toll,fatalities,fatality,casualties,lives lost,lost their lives,perished,drowned,bodies,fatally,slain",
	"injured":  "to hospital,in hospital,hospital treatment,injured,injuring,injures,injury,injuries,hurt,wounded,wounding,hospitalised,hospitalized,taken to hospital,treated in hospital,treated for injuries",
	"critical": "critical condition,intensive care,critically,serious condition",
	"missing":  "missing,unaccounted",
	"sick":     "sickened,fell ill,ill,poisoned,infected,infections,cases,diagnosed",
	"affected": "affected,impacted,exposed",
	// emergencies
	"evacuated":   "evacuated,evacuate,evacuation,evacuations,fled,flee",
	"displaced":   "displaced,homeless",
	"rescued":     "rescued,rescue,freed,saved,pulled from",
	"trapped":     "trapped,cut off,stranded",
	"avalanche":   "avalanche,avalanches,landslide,landslides,mudslide,rockslide,rockfall,storm,hailstorm,tornado,hurricane,cyclone,typhoon,flood,floods,flooding",
	"crash":       "swept,swept through,tore through,ripped through,battered,engulfed,buried,crash,crashed,collided,collision,struck,hit the,rammed,ran aground,aground,derailed,derailment,capsized,sank,overturned,slammed,smashed,ploughed,plowed,veered,careered,hit a,exploded,explosion,explosions,blast,blew up",
	"damage":      "damaged,destroyed,damage,destruction,flooded,burned,burnt,razed,gutted",
	"fire":        "fire,blaze,wildfire,wildfires,flames",
	"quake":       "earthquake,quake,tremor,magnitude",
	"rain":        "rain,rainfall,precipitation,snowfall,snow",
	"temperature": "temperature,temperatures,degrees,heat,heatwave,hottest,coldest",
	"wind":        "wind,winds,gusts,gust",
	// crime and courts
	"arrested":     "arrested,arrest,arrests,detained,detention,held in custody,taken into custody",
	"charged":      "charged,indicted,prosecuted",
	"convicted":    "convicted,conviction,found guilty,pleaded guilty",
	"acquitted":    "acquitted,cleared of",
	"sentence":     "sentenced,sentence,sentences,jailed,jail,prison,imprisonment,imprisoned,prison term,years behind bars,custodial",
	"fine":         "fine,fined,fines,penalty,penalties,penalised,penalized",
	"bail":         "bail,bond",
	"forfeit":      "forfeit,forfeiture,confiscated,seized",
	"bribes":       "bribes,bribe,kickbacks",
	"stolen":       "broke into,break-in,burglary,heist,robbery,robbed,raided,raid on,stole,stolen,theft,stealing,made off with,looted,embezzled,fraud,breach,hacked,leaked,compromised,accessed",
	"settlement":   "settlement,settled,damages award,awarded damages",
	"trial":        "trial",
	"deliberation": "deliberating,deliberated,deliberations",
	"hearing":      "hearing,hearings",
	"ransom":       "ransom",
	// conflict and politics
	"invasion":  "invasion,invaded,invade,war started,war began,war broke out,start of the war,conflict began,full-scale invasion",
	"annexed":   "annexed,annexation,annex",
	"vote":      "vote,votes,voted,voting,ballot,ballots,tally,referendum",
	"support":   "supported,support,backed,backing,in favour,in favor,approval,approve,approved,endorsed",
	"turnout":   "turnout,took part,participated,participation",
	"seats":     "seats,seat",
	"election":  "election,elected,re-elected,won the election",
	"resigned":  "resigned,resignation,stepped down,quit",
	"appointed": "appointed,named,hired,took over,took office,sworn in",
	"signed":    "signed,signing,ratified",
	"protest":   "protest,protests,protesters,demonstration,demonstrators,rally,march",
	"meeting":   "meeting,meetings,talks,summit,negotiations",
	"visit":     "visit,visited,visits,trip,arrived,arrival",
	"announced": "announced,announcement,unveiled",
	// economy and business
	"jobs":         "jobs,job,job cuts,job losses,positions,layoffs,laid off,redundancies,redundant,posts cut,roles,headcount",
	"workforce":    "workforce,staff,employees,payroll",
	"hired":        "hiring,hire,new jobs,jobs created,recruit,recruited",
	"cost":         "cost,costs,costing,price tag,expense,expenses,spending,spent,bill",
	"budget":       "budget,budgeted,budgets",
	"debut":        "first flew,flew for the first time,first launched,maiden flight,first flight,maiden voyage,debut,debuted,first launch,inaugural flight",
	"savings":      "savings,save,saving,saves",
	"revenue":      "revenue,revenues,sales,turnover",
	"profit":       "profit,profits,earnings,operating profit,net income",
	"loss":         "net loss,losses,lost",
	"debt":         "debt,debts,borrowing,owed,owes,liabilities,deficit",
	"shares":       "shares,share price,stock,stocks,stake,stakes,holding,holdings,equity",
	"acquired":     "bought,buy,buys,buying,acquired,acquire,acquires,acquisition,takeover,take over,purchase,purchased,merger,valued at,valuation",
	"sold":         "sold,sell,sells,selling,sale",
	"investment":   "invest,invested,invests,investing",
	"grant":        "grant,grants,subsidy,subsidies,funding,funded,aid,bailout",
	"voucher":      "voucher,vouchers",
	"refund":       "refund,refunds",
	"payment":      "payment,payments,bonus,lump sum,compensation,compensate,damages,payout,paid out",
	"pay":          "pay deal,salary,salaries,wages,wage,earn,earns,paid",
	"fees":         "fee,fees,tuition,fares,fare,rent,rents,tolls,toll charge,subscription,premium,premiums,tariff rate",
	"price":        "price,prices,priced,costs per",
	"tariff":       "tariff,tariffs,duties,levies on imports",
	"tax":          "tax,taxes,levy,council tax,property tax,vat",
	"rise":         "pay offer,offered,offer,rise,raise,increase,increased,hike,rises,increases,grew,growth,rose,risen,grown,pay rise,pay raise,pay increase,wage rise,salary increase,pay award,go up,went up,goes up,gone up,up by,climbed,jumped,soared,surged",
	"fall":         "fall,fell,fallen,drop,dropped,decline,declined,slump,slumped,slid,slide,plunged,lower,go down,went down,gone down,cut by,shrank,shrunk,contracted",
	"inflation":    "inflation",
	"unemployment": "unemployment,jobless rate",
	"interest":     "interest rate,interest rates",
	"growth":       "gdp,economic growth",
	"orders":       "orders,bookings",
	"exports":      "exports,exported,imports,imported,shipments",
	"production":   "production,produced,output,manufactured",
	"customers":    "customers,subscribers,users,clients,accounts",
	"records":      "records,files,data,details",
	"recall":       "recall,recalled,recalls,withdrawn,withdrew",
	"donations":    "donations,donated,raised,fundraising,fund",
	"margin":       "margin,majority",
	// time and events
	"start":      "broke out,started,began,erupted,start,began at,started at,kicked off,commenced",
	"end":        "ended,ends,end,finished,concluded,called off,lifted",
	"built":      "built,completed,constructed,construction finished,dates from,erected",
	"opened":     "opened,inaugurated,opening,reopened",
	"founded":    "founded,established,set up,incorporated,formed",
	"closed":     "closed,shuttered",
	"inspected":  "inspected,last inspected,was inspected,checked,last checked,inspection,inspections",
	"closure":    "close,closing,closure,closures,shut down,to shut,will shut,would shut",
	"outage":     "outage,outages,disruption,meltdown,failure,blackout",
	"control":    "under control,contained,extinguished,put out",
	"strike":     "strike,strikes,walkout,walkouts,industrial action,stoppage",
	"cancelled":  "cancelled,canceled,cancellations,cancellation,cancel,scrapped",
	"delayed":    "delayed,delays,delay,postponed",
	"undetected": "undetected,unnoticed,went unnoticed,unreported",
	"effective":  "take effect,takes effect,took effect,come into force,comes into force,came into force,apply from,effective from,applies from,would apply,will apply,be paid from,come in,kick in,kicks in",
	"tenure":     "in office,in the post,in post,in the job,at the helm,as minister,as mayor,as chief executive,in charge",
	"ordeal":     "ordeal",
	"age":        "aged,age,year-old,years old",
	"population": "population,inhabitants,residents",
	"depth":      "deep,depth",
	"capacity":   "holds,capacity",
	"distance":   "away,upstream,downstream",
	"height":     "tall,height",
	"length":     "long,length,runs for,stretches for,stretches,extends for",
	"area":       "hectares,acres,square kilometres,square kilometers,square miles",
	"speed":      "speed,mph,km/h",
	"attendance": "attendance,crowd,spectators,visitors",
	"signed-up":  "enrolled,registered,signed up",
	"record":     "record high,record low,all-time high",
}

// builtinHeads are nouns that name what a value measures only when they
// stand right after it ("an $80 million hit", "a $4 bill").
var builtinHeads = map[string]string{
	"hit": "cost", "charge": "cost", "charges": "cost", "bill": "cost", "spending": "cost", "project": "cost",
	"package": "cost", "price": "price", "deal": "price", "investment": "investment", "contract": "contract",
	"contracts": "contract", "order": "orders",
}

// builtinCounted maps counted-noun classes to nouns.
var builtinCounted = map[string]string{
	"people":       "people,persons,person,residents,workers,employees,staff,victims,individuals,civilians,passengers,travellers,travelers,members,students,children,adults,men,women,patients,nurses,pupils,villagers,citizens,inhabitants,families,migrants,protesters,soldiers,troops,servicemen,prisoners,hostages,tourists,fans,visitors,voters,cavers,hikers,climbers,miners,crew,crews",
	"firefighters": "firefighters,firemen,rescuers,responders,paramedics,police,officers,volunteers",
	"jobs":         "jobs,job,positions,posts,roles,redundancies,layoffs",
	"flights":      "flights,departures,arrivals",
	"homes":        "homes,houses,households,buildings,properties,dwellings,premises",
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

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
