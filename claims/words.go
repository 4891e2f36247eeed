package claims

import (
	"bytes"
	"time"
)

// Word tables of the value recognizers. All keys are lower case; every table
// is read-only after package initialization.

// smallNumbers are the number words below twenty.
var smallNumbers = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}

// tensNumbers are the multiples of ten from twenty to ninety.
var tensNumbers = map[string]int64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords are the spelled multipliers, as powers of ten.
var scaleWords = map[string]int{
	"thousand": 3, "million": 6, "billion": 9, "trillion": 12,
}

// scaleSuffixes are the abbreviated multipliers written after a digit
// amount ("4.5m", "$1.2bn", "20k"). "m" is handled by the caller because
// it may also mean metres.
var scaleSuffixes = map[string]int{
	"k": 3, "m": 6, "mn": 6, "mln": 6, "mio": 6, "bn": 9, "b": 9, "bln": 9, "tn": 12, "trn": 12,
}

// ordinalWords are the spelled ordinals.
var ordinalWords = map[string]int64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1000000,
}

// ordinalSuffixes are the endings of digit ordinals ("21st", "3rd").
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// fractionWords are the denominators of spelled fractions.
var fractionWords = map[string]int64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
	"eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

// months maps month names and abbreviations to month numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// weekdays maps weekday names to time.Weekday.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday,
	"saturday": time.Saturday,
}

// dayParts may follow a day word ("Monday night", "yesterday morning").
var dayParts = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true,
	"lunchtime": true, "overnight": true,
}

// newspaperWords follow a weekday in a newspaper title ("Sunday Times").
var newspaperWords = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true,
	"post": true, "herald": true, "mail": true, "independent": true,
	"people": true, "star": true, "sport": true, "world": true,
}

// yearCues are words after which a bare four-digit number is a year.
var yearCues = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true,
	"from": true, "of": true, "during": true, "before": true, "after": true,
	"early": true, "late": true, "mid": true, "throughout": true, "circa": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true,
	"year": true, "fiscal": true, "fy": true, "season": true, "between": true,
	"as": true, "for": true, "election": true, "census": true, "budget": true,
}

// modPhrase is a modifier written before a value.
type modPhrase struct {
	words []string
	mod   Mod
}

// modPhrases are the modifiers before a value, longest first within each
// first word so that "more than" wins over a shorter phrase.
var modPhrases = []modPhrase{
	{[]string{"slightly", "more", "than"}, ModMore},
	{[]string{"slightly", "less", "than"}, ModLess},
	{[]string{"a", "little", "over"}, ModMore},
	{[]string{"a", "little", "more", "than"}, ModMore},
	{[]string{"a", "little", "under"}, ModLess},
	{[]string{"a", "maximum", "of"}, ModMax},
	{[]string{"a", "minimum", "of"}, ModMin},
	{[]string{"an", "estimated"}, ModApprox},
	{[]string{"in", "excess", "of"}, ModMore},
	{[]string{"upwards", "of"}, ModMore},
	{[]string{"no", "more", "than"}, ModMax},
	{[]string{"no", "fewer", "than"}, ModMin},
	{[]string{"no", "less", "than"}, ModMin},
	{[]string{"not", "more", "than"}, ModMax},
	{[]string{"as", "many", "as"}, ModMax},
	{[]string{"as", "much", "as"}, ModMax},
	{[]string{"as", "few", "as"}, ModMin},
	{[]string{"as", "little", "as"}, ModMin},
	{[]string{"just", "under"}, ModLess},
	{[]string{"just", "below"}, ModLess},
	{[]string{"just", "short", "of"}, ModLess},
	{[]string{"just", "over"}, ModMore},
	{[]string{"just", "above"}, ModMore},
	{[]string{"well", "over"}, ModMore},
	{[]string{"well", "above"}, ModMore},
	{[]string{"close", "to"}, ModApprox},
	{[]string{"more", "than"}, ModMore},
	{[]string{"fewer", "than"}, ModLess},
	{[]string{"less", "than"}, ModLess},
	{[]string{"at", "least"}, ModMin},
	{[]string{"at", "most"}, ModMax},
	{[]string{"up", "to"}, ModMax},
	{[]string{"about"}, ModApprox},
	{[]string{"around"}, ModApprox},
	{[]string{"roughly"}, ModApprox},
	{[]string{"approximately"}, ModApprox},
	{[]string{"approx"}, ModApprox},
	{[]string{"circa"}, ModApprox},
	{[]string{"some"}, ModApprox},
	{[]string{"estimated"}, ModApprox},
	{[]string{"almost"}, ModLess},
	{[]string{"nearly"}, ModLess},
	{[]string{"over"}, ModMore},
	{[]string{"above"}, ModMore},
	{[]string{"under"}, ModLess},
	{[]string{"below"}, ModLess},
}

// currencySymbols are the currency signs written before an amount.
var currencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB",
	"₩": "KRW", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN", "₱": "PHP",
}

// dollarPrefixes are the letters before "$" naming a dollar currency.
var dollarPrefixes = map[string]string{
	"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "can": "CAD",
	"hk": "HKD", "nz": "NZD", "s": "SGD", "r": "BRL", "nt": "TWD",
}

// isoCurrencies are the ISO 4217 codes recognized before or after an amount.
var isoCurrencies = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CHF": true, "CNY": true,
	"INR": true, "AUD": true, "CAD": true, "HKD": true, "NZD": true, "SEK": true,
	"NOK": true, "DKK": true, "PLN": true, "RUB": true, "UAH": true, "TRY": true,
	"BRL": true, "ZAR": true, "MXN": true, "KRW": true, "SGD": true, "ILS": true,
	"AED": true, "SAR": true, "NGN": true, "KES": true, "EGP": true, "CZK": true,
	"HUF": true, "RON": true, "TWD": true, "THB": true, "IDR": true, "PHP": true,
}

// currencyWord is a currency named after an amount.
type currencyWord struct {
	code  string
	shift int // power of ten applied to the amount: -2 for cents
}

// currencyWords are the currency names written after an amount. Amounts
// followed by an unknown word are plain numbers: "500 kasmar" is the
// number 500.
var currencyWords = map[string]currencyWord{
	"dollar": {"USD", 0}, "dollars": {"USD", 0}, "usd": {"USD", 0},
	"euro": {"EUR", 0}, "euros": {"EUR", 0}, "eur": {"EUR", 0},
	"pound": {"GBP", 0}, "pounds": {"GBP", 0}, "sterling": {"GBP", 0}, "gbp": {"GBP", 0},
	"cent": {"USD", -2}, "cents": {"USD", -2},
	"penny": {"GBP", -2}, "pence": {"GBP", -2},
	"yen": {"JPY", 0}, "yuan": {"CNY", 0}, "renminbi": {"CNY", 0},
	"rupee": {"INR", 0}, "rupees": {"INR", 0},
	"rouble": {"RUB", 0}, "roubles": {"RUB", 0}, "ruble": {"RUB", 0}, "rubles": {"RUB", 0},
	"hryvnia": {"UAH", 0}, "hryvnias": {"UAH", 0}, "hryvnia's": {"UAH", 0},
	"franc": {"CHF", 0}, "francs": {"CHF", 0},
	"krona": {"SEK", 0}, "kronor": {"SEK", 0},
	"zloty": {"PLN", 0}, "zlotys": {"PLN", 0}, "zlotych": {"PLN", 0},
	"lira": {"TRY", 0}, "liras": {"TRY", 0},
	"rand": {"ZAR", 0}, "real": {"BRL", 0}, "reais": {"BRL", 0},
	"shekel": {"ILS", 0}, "shekels": {"ILS", 0},
	"naira": {"NGN", 0}, "dirham": {"AED", 0}, "dirhams": {"AED", 0},
	"riyal": {"SAR", 0}, "riyals": {"SAR", 0},
}

// dollarAdjectives name the country of "dollars" ("Australian dollars").
var dollarAdjectives = map[string]string{
	"us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
	"singapore": "SGD", "taiwan": "TWD", "taiwanese": "TWD",
}

// perWords map the period words of a rate to Mention.Per.
var perWords = map[string]string{
	"year": "Y", "month": "MO", "week": "W", "day": "D", "hour": "H",
	"annum": "Y",
}

// perAdverbs are one-word rates ("annually").
var perAdverbs = map[string]string{
	"annually": "Y", "yearly": "Y", "monthly": "MO", "weekly": "W",
	"daily": "D", "hourly": "H",
}

// durUnit is a duration unit: its Mention.Unit and its size in that unit.
type durUnit struct {
	unit string
	mult int64
}

// durationUnits are the duration unit words.
var durationUnits = map[string]durUnit{
	"year": {"Y", 1}, "years": {"Y", 1}, "yr": {"Y", 1}, "yrs": {"Y", 1},
	"decade": {"Y", 10}, "decades": {"Y", 10},
	"month": {"MO", 1}, "months": {"MO", 1},
	"week": {"W", 1}, "weeks": {"W", 1}, "wk": {"W", 1}, "wks": {"W", 1},
	"fortnight": {"W", 2}, "fortnights": {"W", 2},
	"day": {"D", 1}, "days": {"D", 1},
	"hour": {"H", 1}, "hours": {"H", 1}, "hr": {"H", 1}, "hrs": {"H", 1},
	"minute": {"MIN", 1}, "minutes": {"MIN", 1}, "min": {"MIN", 1}, "mins": {"MIN", 1},
	"second": {"S", 1}, "seconds": {"S", 1}, "sec": {"S", 1}, "secs": {"S", 1},
}

// quantityUnits map unit words to their normalized symbols. Symbols that
// are also ordinary words or letters ("in", "l", "t", "g", "m" after a
// digit without a space) are handled by the caller.
var quantityUnits = map[string]string{
	"metre": "m", "metres": "m", "meter": "m", "meters": "m", "m": "m",
	"kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "km": "km", "kms": "km",
	"centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm", "cm": "cm",
	"millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm", "mm": "mm",
	"foot": "ft", "feet": "ft", "ft": "ft",
	"mile": "mi", "miles": "mi", "mi": "mi",
	"inch": "in", "inches": "in",
	"yard": "yd", "yards": "yd", "yd": "yd", "yds": "yd",
	"hectare": "ha", "hectares": "ha", "ha": "ha",
	"acre": "acre", "acres": "acre",
	"litre": "l", "litres": "l", "liter": "l", "liters": "l",
	"gallon": "gal", "gallons": "gal",
	"kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "kg": "kg", "kgs": "kg",
	"gram": "g", "grams": "g", "gramme": "g", "grammes": "g",
	"tonne": "t", "tonnes": "t", "ton": "t", "tons": "t",
	"lb": "lb", "lbs": "lb",
	"mph": "mph", "kph": "km/h", "kmh": "km/h",
	"megawatt": "MW", "megawatts": "MW", "mw": "MW",
	"gigawatt": "GW", "gigawatts": "GW", "gw": "GW",
	"barrel": "bbl", "barrels": "bbl",
	"knot": "kn", "knots": "kn",
}

// attachedUnits are unit symbols accepted only when written against the
// digits ("5l", "30C").
var attachedUnits = map[string]string{
	"l": "l", "t": "t", "g": "g", "c": "°C", "f": "°F", "h": "H",
}

// dimensionWords after "2m" make the m metres rather than million.
var dimensionWords = map[string]bool{
	"deep": true, "high": true, "tall": true, "long": true, "wide": true,
	"away": true, "above": true, "below": true, "thick": true, "under": true,
	"underwater": true, "across": true, "in": true, "of": true, "from": true,
	"depth": true, "height": true, "length": true, "width": true,
}

// blockWords before a number make it a name or an identifier rather than
// a value ("Section 230", "Boeing 737", "Top 10"). With false the word must
// be capitalized ("Seat 4" but "the seat 4-5").
var blockWords = map[string]bool{
	"section": true, "article": true, "chapter": true, "rule": false, "gate": true,
	"route": true, "highway": true, "flight": true, "room": true, "page": true,
	"pages": true, "volume": true, "vol": true, "item": false, "model": true,
	"version": true, "road": false, "boeing": true, "airbus": true, "top": true,
	"platform": true, "terminal": true, "bus": false, "category": true,
	"paragraph": true, "clause": true, "amendment": false, "interstate": true,
	"exit": false, "pier": true, "suite": false, "apartment": false, "channel": false,
	"episode": true, "figure": false, "table": false, "annex": true, "appendix": true,
	"level": false, "tier": false, "grade": false, "windows": true, "iphone": true,
	"galaxy": false, "pixel": false, "playstation": true, "xbox": true, "apollo": true,
	"no": false, "nos": false, "number": false, "act": false, "schedule": false,
	"lane": false, "ward": false, "district": false, "unit": false, "block": false,
	"seat": false, "bay": false, "zone": false, "mark": false, "mk": true, "series": false,
	"cat": false, "vision": false, "agenda": false, "covid": true, "sars": true,
	"line": false, "phase": false, "stage": false, "type": false, "class": false,
	"area": false, "runway": true, "track": false, "week": false, "game": false,
	"round": false, "floor": false, "building": false, "station": false,
}

// dotBlockWords are abbreviations followed by a full stop before a number
// ("No. 10", "Vol. 3").
var dotBlockWords = map[string]bool{
	"no": true, "nos": true, "vol": true, "pp": true, "p": true, "art": true,
	"sec": true, "fig": true, "ch": true, "para": true, "ref": true, "tel": true,
	"ph": true, "st": true,
}

// pluralNouns that look like plurals but count no things are rare; a
// following lower-case word ending in s is taken as a counted noun, which
// makes a four-digit number a count rather than a year.

// oneNext are the words after "one" that make it a pronoun, not a number.
var oneNext = map[string]bool{
	"of": true, "another": true, "by": true, "who": true, "that": true,
	"which": true, "after": true, "thing": true, "way": true, "point": true,
	"side": true, "or": true, "and": true, "more": true, "hand": true, "must": true,
	"can": true, "could": true, "would": true, "should": true, "might": true,
	"may": true, "will": true, "is": true, "was": true, "has": true, "had": true,
	"does": true, "did": true, "in": true, "at": true, "to": true, "for": true,
	"with": true, "on": true, "as": true, "such": true, "else": true, "here": true,
	"there": true, "too": true, "time": true, "day": false,
}

// onePrev are the words before "one" that make it a pronoun.
var onePrev = map[string]bool{
	"no": true, "any": true, "every": true, "some": true, "the": true,
	"this": true, "that": true, "which": true, "each": true,
	"as": true, "someone": true, "anyone": true, "everyone": true, "a": true,
	"last": true, "first": true, "other": true, "another": true, "little": true,
	"loved": true, "big": true, "new": true, "old": true, "right": true, "wrong": true,
}

// oneCompounds are the words after "one-" that make a non-number
// ("one-off", "one-time").
var oneCompounds = map[string]bool{
	"off": true, "time": true, "on": true, "way": true, "sided": true,
	"party": true, "size": true, "stop": true, "man": true, "woman": true,
	"liner": true, "liners": true, "eyed": true, "armed": true, "handed": true,
	"horse": true, "note": true, "shot": true, "nation": true, "china": true,
	"to": true, "piece": true, "room": true, "star": true, "trick": true,
}

// scoreWords next to an N-M pair make it a tally or a score.
var scoreWords = map[string]bool{
	"vote": true, "votes": true, "voted": true, "voting": true, "tally": true,
	"margin": true, "win": true, "won": true, "wins": true, "lost": true,
	"lose": true, "loss": true, "defeat": true, "defeated": true,
	"victory": true, "beat": true, "beating": true, "scoreline": true,
	"score": true, "result": true, "draw": true, "drew": true, "decision": true,
	"majority": true, "ruling": true, "thrashing": true, "triumph": true,
}

// futureCues are words that put a sentence in the future.
var futureCues = map[string]bool{
	"will": true, "would": true, "shall": true, "ll": true, "next": true,
	"upcoming": true, "scheduled": true, "planned": true, "plans": true,
	"plan": true, "expected": true, "expects": true, "intends": true,
	"effect": true, "effective": true, "forthcoming": true, "tomorrow": true,
	"going": true, "set": true, "due": true, "proposed": true, "aims": true,
	"may": true, "might": true,
}

// pastCues between a future cue and a date put the date back in the past
// ("said on Monday that it will").
var pastCues = map[string]bool{
	"said": true, "told": true, "announced": true, "confirmed": true,
	"reported": true, "added": true, "stated": true, "wrote": true,
	"was": true, "were": true, "had": true, "did": true, "warned": true,
	"revealed": true, "unveiled": true, "agreed": true, "voted": true,
	"decided": true, "approved": true, "disclosed": true, "insisted": true,
	"argued": true, "claimed": true, "admitted": true, "noted": true,
}

// nonDeterminers after "due to" mean "because of", not a schedule.
var dueToCause = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true,
	"her": true, "our": true, "high": true, "heavy": true, "low": true,
	"poor": true, "bad": true, "strong": true, "concerns": true, "lack": true,
	"this": true, "that": true, "these": true, "those": true, "safety": true,
	"weather": true, "technical": true, "staff": true, "staffing": true,
	"rising": true, "falling": true, "increased": true, "ongoing": true,
}

// timeWords after a number make a time of day ("5 am", "7 p.m.").
var timeWords = map[string]bool{"am": true, "pm": true}

// durationCues before "a"/"an" + unit make the phrase a duration
// ("for a year", "within a week").
var durationCues = map[string]bool{
	"for": true, "within": true, "in": true, "after": true, "over": true,
	"than": true, "about": true, "around": true, "nearly": true, "almost": true,
	"roughly": true, "to": true, "least": true, "took": true, "takes": true,
	"take": true, "lasted": true, "lasting": true, "last": true, "spent": true,
	"spend": true, "just": true, "barely": true, "only": true, "once": false,
	"half": true, "lasts": true, "under": true, "some": true, "whole": true,
}

// pastIrregular are common irregular past forms of news verbs.
var pastIrregular = map[string]bool{
	"swept": true, "broke": true, "began": true, "fell": true, "rose": true,
	"took": true, "made": true, "came": true, "went": true, "left": true,
	"hit": false, "struck": true, "won": true, "lost": true, "met": true,
	"held": true, "saw": true, "spoke": true, "gave": true, "sent": true,
	"paid": true, "cut": false, "sold": true, "bought": true, "ran": true,
	"led": true, "fought": true, "caught": true, "drew": true, "grew": true,
	"flew": true, "froze": true, "shut": false, "spent": true, "stood": true,
	"told": true, "wrote": true, "became": true, "brought": true, "built": true,
	"kept": true, "found": true, "felt": true, "got": true, "thought": true,
	"knew": true, "chose": true, "rang": true, "sank": true, "hid": true,
}

// notPast are words ending in "ed" that are no past verbs, or that speak
// of the future.
var notPast = map[string]bool{
	"expected": true, "scheduled": true, "planned": true, "proposed": true,
	"needed": true, "based": true, "indeed": true, "speed": true, "proceed": true,
	"exceed": true, "succeed": true, "breed": true, "seed": true, "feed": true,
	"need": true, "hundred": true, "kindred": true, "sacred": true, "naked": true,
	"wicked": true, "ragged": true, "rugged": true, "beloved": true, "aged": true,
	"red": true, "bed": true, "shed": true, "wed": true, "united": true,
	"limited": true, "related": true, "concerned": true, "interested": true,
	"advanced": true, "detailed": true, "estimated": true, "supposed": true,
	"set": true, "due": true,
}

// Word classes: which recognizers a word may start.
const (
	cDate uint16 = 1 << iota
	cMoney
	cFrac
	cDur
	cAge
	cNum
	cOrd
	cMod
	cBetween
)

// wordClasses maps the words that may begin a value to their classes; any
// other word is passed over at once.
var wordClasses = func() map[string]uint16 {
	m := map[string]uint16{}
	add := func(c uint16, words ...string) {
		for _, w := range words {
			m[w] |= c
		}
	}
	add(cDate, "a", "an", "mid", "yesterday", "today", "tonight", "tomorrow",
		"this", "last", "next", "previous", "following", "earlier", "later")
	add(cFrac, "a", "one", "half")
	add(cDur, "a", "an", "half", "fortnight")
	add(cAge, "aged", "age")
	add(cNum, "a", "an", "half", "minus")
	add(cBetween, "between", "aged", "ages")
	for w := range smallNumbers {
		add(cFrac|cNum, w)
	}
	for w := range tensNumbers {
		add(cFrac|cNum, w)
	}
	for w := range ordinalWords {
		add(cOrd, w)
	}
	for w := range months {
		add(cDate, w)
	}
	for w := range weekdays {
		add(cDate, w)
	}
	for _, p := range modPhrases {
		add(cMod, p.words[0])
	}
	for w := range dollarPrefixes {
		add(cMoney, w)
	}
	for c := range isoCurrencies {
		add(cMoney, string(bytes.ToLower([]byte(c))))
	}
	return m
}()

// modByFirst indexes modPhrases by their first word, keeping their order.
var modByFirst = func() map[string][]modPhrase {
	m := map[string][]modPhrase{}
	for _, p := range modPhrases {
		m[p.words[0]] = append(m[p.words[0]], p)
	}
	return m
}()
