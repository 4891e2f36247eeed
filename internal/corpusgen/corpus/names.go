package corpus

import (
	"math/rand/v2"
	"strings"
)

// Invented names are built from syllable tables so that no real person,
// place or outlet is named and every run with one seed names the same ones.
var (
	firstA = []string{"Ja", "Mi", "Ro", "Ta", "Le", "Sa", "No", "Ka", "E", "Vi", "Ma", "Da", "Ori", "Ti", "Be", "Ha", "Lu", "Ari", "Co", "Fe"}
	firstB = []string{"na", "ra", "lia", "mon", "ren", "son", "del", "vin", "via", "tan", "ris", "dric", "lle", "nor", "mar", "bel", "len", "rin", "thea", "co"}
	lastA  = []string{"Har", "Bel", "Ren", "Tor", "Wick", "Mar", "Ash", "Dun", "Cal", "Fen", "Gal", "Holt", "Kes", "Lind", "Mor", "Nor", "Pell", "Quin", "Rad", "Stan", "Thorn", "Vell", "Wal", "Yar"}
	lastB  = []string{"wick", "ton", "more", "ley", "ford", "wood", "ridge", "bury", "dale", "stone", "field", "croft", "well", "by", "ham", "shaw", "worth", "mere", "lock", "gate"}
	placeA = []string{"Bel", "Tol", "Har", "Ost", "Cran", "Mel", "Dor", "Al", "Vess", "Kel", "Brin", "Sul", "Tam", "Ever", "Lor", "Marl", "Quen", "Rav", "Stel", "Wen"}
	placeB = []string{"mora", "bridge", "wick", "haven", "port", "ford", "vale", "dun", "ton", "mouth", "stead", "holm", "ria", "gard", "by", "field", "ness", "crest", "mere", "brook"}
	orgB   = []string{"Industries", "Holdings", "Logistics", "Textiles", "Chemicals", "Energy", "Foods", "Rail", "Air", "Mining", "Steel", "Water"}
	outA   = []string{"Meridian", "Harbour", "Lantern", "Northgate", "Beacon", "Compass", "Tidewater", "Keystone", "Summit", "Crosswind", "Ironvale", "Bellwether", "Ridgeline", "Saltmarsh", "Highfield", "Granite"}
	outB   = []string{"Wire", "Courier", "Post", "Herald", "Daily", "Times", "Observer", "Dispatch", "Gazette", "Ledger", "Review", "Chronicle", "Journal", "Report", "Notes", "Bulletin"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func personName(r *rand.Rand) string {
	return pick(r, firstA) + pick(r, firstB) + " " + pick(r, lastA) + pick(r, lastB)
}

func placeName(r *rand.Rand) string { return pick(r, placeA) + pick(r, placeB) }

func orgName(r *rand.Rand) string { return pick(r, lastA) + pick(r, lastB) + " " + pick(r, orgB) }

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

var months = []string{"", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Filler: sentences without checkable values, assembled from parts.
var (
	fillSubj = []string{"Residents", "Neighbours", "Shop owners", "Local officials", "Volunteers", "Witnesses", "Commuters", "Relatives of the victims", "Union representatives", "Community leaders", "Aid workers", "Several families", "Students from the nearby college", "Members of the council"}
	fillVerb = []string{"gathered outside the community hall", "described scenes of confusion", "waited for news", "called for a full inquiry", "brought food and blankets", "queued outside the town hall", "questioned how the warnings had been handled", "left flowers near the cordon", "shared photographs on social media", "praised the emergency crews", "criticised the slow response", "asked the authorities for clearer information"}
	fillTail = []string{"late into the evening", "as the smoke cleared", "while investigators worked at the site", "despite the rain", "as roads remained closed", "throughout the morning", "in the hours that followed", "before the first briefing", "near the main square", "along the river road"}
	fillBack = []string{
		"The district has long complained about ageing infrastructure and stretched public services.",
		"Investigators have not said what caused the incident.",
		"Officials urged people to avoid the area while the clean-up continues.",
		"An inquiry into the circumstances is expected to begin in the coming weeks.",
		"The regional government said it would review safety rules for similar sites.",
		"Opposition politicians demanded answers from the ministry.",
		"Insurance assessors were expected at the site later in the week.",
		"Local schools opened their halls to families who could not return home.",
		"Some roads in the area remained closed to traffic.",
		"The cause of the blaze is still under investigation, officials said.",
		"Hospitals in neighbouring towns were placed on alert.",
		"A helpline has been set up for relatives seeking information.",
		"Engineers are inspecting nearby buildings for structural damage.",
		"Trade unions have raised concerns about working conditions at the site in the past.",
		"Messages of condolence arrived from across the country.",
		"Police said there was no indication of foul play.",
	}
	blogAside = []string{
		"I have driven past that site more times than I can count, and it never looked like much.",
		"Honestly, the official statements so far raise more questions than they answer.",
		"I spoke to a couple of people who live nearby, and they are angry rather than surprised.",
		"If you are in the area, please check on your neighbours.",
		"We will keep updating this post as we learn more.",
		"This is the kind of story that fades from the headlines far too quickly.",
	}
	fillWho  = []string{"a shopkeeper", "a retired teacher", "a taxi driver", "a nurse", "a student", "a local councillor", "a factory worker", "a neighbour", "a pensioner", "a café owner"}
	fillSaid = []string{
		"said she had heard a loud bang shortly before the alarms went off",
		"said the street had been full of smoke",
		"said the street had been blocked by fire engines",
		"said people had been worried about the site for years",
		"told reporters that nobody had explained what was happening",
		"said he had helped carry an injured man to an ambulance",
		"recalled seeing flames through the upper windows",
		"said the whole neighbourhood was in shock",
		"said she had been unable to reach her brother for hours",
		"described the emergency crews as heroes",
	}
	quotePieces = []string{
		"We have never seen anything spread so quickly in this district",
		"Our crews worked through the night and did everything they could",
		"The families deserve honest answers and they will get them",
		"This is a dark day for everyone who lives and works here",
		"We will find out what went wrong and make sure it never happens again",
		"Safety has to come before profit, and today it did not",
		"The response of ordinary people has been extraordinary",
		"It is too early to say what caused this, and we will not speculate",
	}
	quoteTails = []string{
		"and %s will not forget the people we lost",
		"and our thoughts are with every family in %s tonight",
		"and we owe it to the people of %s to get this right",
		"and nobody in %s should have to live with this fear",
		"and %s will rebuild, as it always has",
	}
	driftWords = map[string]string{"never": "rarely", "quickly": "fast", "everything": "all", "honest": "clear", "dark": "sad", "find": "discover", "extraordinary": "remarkable", "early": "soon"}
	menus      = []string{
		"Home | News | Business | Sport | Weather | Opinion | Video",
		"News | World | Local | Politics | Money | Culture | Newsletters",
		"Menu | Search | Sign in | Subscribe",
		"Top stories | Latest | Most read | Podcasts",
	}
	cookieLines = []string{
		"We use cookies to improve your experience on our site. By continuing you agree to our use of cookies. Accept all | Manage settings",
		"This site uses cookies. Read our privacy policy to find out more. Accept | Reject",
	}
	promoTitles = []string{"Markets slip as traders await rate decision", "Council approves new cycle lanes", "Ten recipes for a quick weeknight dinner", "Striker signs two-year deal", "Heatwave warning issued for the south", "Tech firm unveils new phone", "Museum reopens after refurbishment", "Commuters face weekend rail disruption"}
)

var titles = []struct{ full, alt string }{
	{"Chief Fire Officer", "Deputy Fire Chief"},
	{"Police Commissioner", "Deputy Police Commissioner"},
	{"Mayor", "Deputy Mayor"},
	{"Health Minister", "Interior Minister"},
	{"Regional Governor", "Acting Regional Governor"},
}

var venues = []struct{ noun, event, verb string }{
	{"textile factory", "fire", "broke out at"},
	{"chemical plant", "explosion", "ripped through"},
	{"apartment block", "fire", "swept through"},
	{"shopping centre", "roof collapse", "struck"},
	{"railway station", "stampede", "broke out at"},
	{"warehouse", "blaze", "broke out at"},
	{"ferry terminal", "fire", "broke out at"},
	{"hotel", "fire", "swept through"},
}
