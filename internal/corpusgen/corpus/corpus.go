// Package corpus generates deterministic synthetic news corpora for
// claimdiff's benchmarks and tests: clusters of articles in which several
// invented outlets report one invented story, each in its own voice, with
// the values news carries (counts of dead and injured, percentages, money in
// several currencies, durations, dates, quotes and titles), planted
// discrepancies (one outlet reports a different value), look-alikes that
// must not be flagged (approximations, the same value in other units or
// words) and web boilerplate (menus, cookie banners, READ MORE promos).
//
// The output depends only on the Config: the same seed gives the same bytes
// on every machine and Go version (math/rand/v2's PCG source is stable).
package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Config sets the shape of a corpus. Zero fields take the defaults noted.
type Config struct {
	Stories int    // number of stories (0: 10)
	Outlets int    // outlets reporting every story (0: 4)
	Seed    uint64 // the seed; 0 is a valid seed

	// Discrepancy is the share of stories in which one outlet reports a
	// different value, title or quote wording (negative: none; 0: 0.5).
	Discrepancy float64
	// Lookalike is the chance that an outlet writes a value in another
	// form that means the same (approximation, other unit or words)
	// (negative: never; 0: 0.4).
	Lookalike float64
	// Boilerplate is the chance that a portal or blog article carries web
	// boilerplate lines (negative: never; 0: 0.8).
	Boilerplate float64
	// Hot is the share of stories that mention a few "hot" entities shared
	// across the whole corpus (a national leader, a ministry) with values
	// of their own: the case where one entity appears in a large share of
	// the articles (0: none).
	Hot float64
	// Start is the date of the first story (zero: 2026-03-02); stories
	// are spread over the following year.
	Start time.Time
	// MinWords and MaxWords bound an article's prose (0: 250 and 600).
	MinWords, MaxWords int
}

func (c Config) withDefaults() Config {
	if c.Stories == 0 {
		c.Stories = 10
	}
	if c.Outlets == 0 {
		c.Outlets = 4
	}
	if c.Discrepancy == 0 {
		c.Discrepancy = 0.5
	}
	if c.Lookalike == 0 {
		c.Lookalike = 0.4
	}
	if c.Boilerplate == 0 {
		c.Boilerplate = 0.8
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	}
	if c.MinWords == 0 {
		c.MinWords = 250
	}
	if c.MaxWords == 0 {
		c.MaxWords = 600
	}
	if c.MaxWords < c.MinWords {
		c.MaxWords = c.MinWords
	}
	return c
}

// Article is one generated article.
type Article struct {
	Story     int       // story index
	Outlet    string    // the outlet's name ("Meridian Wire")
	Slug      string    // the outlet's name as a file name ("meridian-wire")
	Voice     string    // "wire", "paper", "portal" or "blog"
	Title     string    // the headline
	URL       string    // the article's URL (on an .example host)
	Published time.Time // the publication time written in the date line
	Words     int       // words of the whole text (white-space separated)
	Text      []byte    // the article as a plain-text file: headline, date line, prose, boilerplate
	// Planted is the fact this outlet misreports ("" when it reports them
	// all as the others do): "killed", "injured", "evacuated", "percent",
	// "money", "duration", "date", "title" or "quote".
	Planted string
}

// Name is the article's file name: one folder per story, one file per outlet.
func (a *Article) Name() string { return fmt.Sprintf("story-%05d/%s.txt", a.Story, a.Slug) }

// JSONL returns the article as one JSON Lines record (ending in a newline)
// with the fields claimdiff reads: text, title, outlet, published, url.
func (a *Article) JSONL() []byte {
	rec := struct {
		Text      string `json:"text"`
		Title     string `json:"title"`
		Outlet    string `json:"outlet"`
		Published string `json:"published"`
		URL       string `json:"url"`
	}{string(a.Text), a.Title, a.Outlet, a.Published.Format(time.RFC3339), a.URL}
	b, _ := json.Marshal(rec)
	return append(b, '\n')
}

// Generate writes every article of the corpus through emit, as a plain-text
// file named by Article.Name, stories in order and outlets in order. It
// stops at the first error emit returns.
func Generate(cfg Config, emit func(name string, text []byte) error) error {
	return Articles(cfg, func(a *Article) error { return emit(a.Name(), a.Text) })
}

// Articles calls fn for every article of the corpus, stories in order and
// outlets in order. It stops at the first error fn returns.
func Articles(cfg Config, fn func(a *Article) error) error {
	cfg = cfg.withDefaults()
	outlets := makeOutlets(cfg)
	hot := makeHot(cfg)
	for s := 0; s < cfg.Stories; s++ {
		st := makeStory(cfg, s, hot)
		for o := range outlets {
			a := writeArticle(cfg, st, &outlets[o], o)
			if err := fn(a); err != nil {
				return err
			}
		}
	}
	return nil
}

// Story generates the articles of story s alone (the same as Articles
// gives for it), so that callers can generate stories in parallel.
func Story(cfg Config, s int) []*Article {
	cfg = cfg.withDefaults()
	outlets := makeOutlets(cfg)
	st := makeStory(cfg, s, makeHot(cfg))
	out := make([]*Article, len(outlets))
	for o := range outlets {
		out[o] = writeArticle(cfg, st, &outlets[o], o)
	}
	return out
}

type outlet struct {
	name, slug, host, voice string
}

var voices = []string{"wire", "paper", "portal", "blog"}

func rng(seed uint64, a, b uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed^0x9E3779B97F4A7C15, a<<32^b^0xD1B54A32D192ED03))
}

func makeOutlets(cfg Config) []outlet {
	r := rng(cfg.Seed, 1<<31, 0)
	seen := map[string]bool{}
	out := make([]outlet, 0, cfg.Outlets)
	for len(out) < cfg.Outlets {
		name := pick(r, outA) + " " + pick(r, outB)
		if len(out) >= len(outA)*len(outB)/2 {
			name = fmt.Sprintf("%s %d", name, len(out))
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		v := voices[len(out)%len(voices)]
		if v == "paper" {
			name = "The " + name
		}
		s := slug(name)
		out = append(out, outlet{name: name, slug: s, host: "www." + strings.ReplaceAll(s, "-", "") + ".example", voice: v})
	}
	return out
}

type hotEntity struct{ title, name, thing string }

func makeHot(cfg Config) []hotEntity {
	if cfg.Hot <= 0 {
		return nil
	}
	r := rng(cfg.Seed, 1<<31+1, 0)
	return []hotEntity{
		{"President", personName(r), "an emergency relief fund"},
		{"Finance Minister", personName(r), "a reconstruction grant"},
		{"Transport Secretary", personName(r), "a safety review fund"},
	}
}

// story holds the facts every outlet reports (one may misreport one).
type story struct {
	quoteTail         int // index into quoteTails, -1 for a stock quote
	engines, crews    int
	lastYear          int
	inquiryWeeks      int
	idx               int
	r                 *rand.Rand
	place, org        string
	venue             int
	event             time.Time
	pub               time.Time
	killed, injured   int
	evacuated         int
	durMin            int
	pct               int
	money             float64 // in millions
	cur               int
	opened, employees int
	official          string
	title             int
	quote             int
	spokes            string
	hot               []hotEntity
	hotAmount         []float64
	planted           string // the fact misreported, "" for none
	plantedOutlet     int
	reporter, editor  string
}

var plantable = []string{"killed", "injured", "evacuated", "percent", "money", "duration", "date", "title", "quote"}

func makeStory(cfg Config, s int, hot []hotEntity) *story {
	r := rng(cfg.Seed, uint64(s), 1)
	st := &story{idx: s, r: r}
	st.place = placeName(r)
	st.org = orgName(r)
	st.venue = r.IntN(len(venues))
	day := cfg.Start.AddDate(0, 0, s%365)
	st.event = day
	st.pub = day.Add(time.Duration(6+r.IntN(16))*time.Hour + time.Duration(r.IntN(60))*time.Minute)
	st.killed = 2 + r.IntN(60)
	if r.IntN(4) == 0 {
		st.killed = 100 + r.IntN(150)
	}
	st.injured = st.killed + 3 + r.IntN(120)
	st.evacuated = []int{197, 298, 1_480, 2_950, 48, 120, 5_000}[r.IntN(7)]
	st.durMin = []int{45, 90, 120, 180, 360, 840, 2 * 1440, 3 * 1440}[r.IntN(8)]
	st.pct = []int{12, 18, 25, 30, 40, 50, 62, 75}[r.IntN(8)]
	st.money = []float64{0.8, 1.5, 2.5, 4, 12, 40, 250, 1200}[r.IntN(8)]
	st.cur = r.IntN(len(currencies))
	st.opened = 1950 + r.IntN(70)
	st.employees = 40 + r.IntN(900)
	st.official = personName(r)
	st.title = r.IntN(len(titles))
	st.quote = r.IntN(len(quotePieces))
	st.quoteTail = -1
	if r.IntN(10) > 0 {
		st.quoteTail = r.IntN(len(quoteTails))
	}
	st.spokes = personName(r)
	st.reporter, st.editor = personName(r), personName(r)
	st.engines, st.crews = 4+r.IntN(30), 20+r.IntN(200)
	st.lastYear = 1990 + r.IntN(30)
	st.inquiryWeeks = 2 + r.IntN(10)
	if len(hot) > 0 && r.Float64() < cfg.Hot {
		n := 1 + r.IntN(len(hot))
		for _, i := range r.Perm(len(hot))[:n] {
			st.hot = append(st.hot, hot[i])
			st.hotAmount = append(st.hotAmount, float64(1+r.IntN(60)))
		}
	}
	if cfg.Outlets > 1 && cfg.Discrepancy > 0 && r.Float64() < cfg.Discrepancy {
		st.planted = pick(r, plantable)
		st.plantedOutlet = 1 + r.IntN(cfg.Outlets-1)
	}
	return st
}

var currencies = []struct{ sym, word, code string }{
	{"$", "dollars", "USD"},
	{"€", "euros", "EUR"},
	{"£", "pounds", "GBP"},
	{"¥", "yen", "JPY"},
	{"CHF ", "Swiss francs", "CHF"},
}

// writer builds one article.
type writer struct {
	cfg   Config
	st    *story
	o     *outlet
	r     *rand.Rand
	wrong string // the fact this outlet misreports
	body  []string
	words int
	back  []int // order of the background sentences, each used once
	nback int
}

func writeArticle(cfg Config, st *story, o *outlet, oi int) *Article {
	w := &writer{cfg: cfg, st: st, o: o, r: rng(cfg.Seed, uint64(st.idx), 2+uint64(oi))}
	if st.planted != "" && st.plantedOutlet == oi {
		w.wrong = st.planted
	}
	pub := st.pub.Add(time.Duration(w.r.IntN(600)) * time.Minute)
	if oi == 0 {
		pub = st.pub
	}
	v := venues[st.venue]
	title := w.headline()
	url := fmt.Sprintf("https://%s/%s/%s-%s-%d", o.host, pub.Format("2006/01/02"), slug(st.place), slug(v.event), st.idx)

	w.facts()
	target := cfg.MinWords + w.r.IntN(cfg.MaxWords-cfg.MinWords+1)
	for w.words < target {
		w.filler()
	}

	var b bytes.Buffer
	boiler := (o.voice == "portal" || o.voice == "blog") && cfg.Boilerplate > 0 && w.r.Float64() < cfg.Boilerplate
	if boiler {
		b.WriteString("Skip to content\n")
		b.WriteString(pick(w.r, menus) + "\n")
		if w.r.IntN(2) == 0 {
			b.WriteString(pick(w.r, cookieLines) + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(title + "\n\n")
	switch o.voice {
	case "wire":
		fmt.Fprintf(&b, "Published: %s %d, %d %s GMT\n\n", months[pub.Month()], pub.Day(), pub.Year(), pub.Format("15:04"))
	case "paper":
		fmt.Fprintf(&b, "By %s\nUpdated %s\n\n", personName(w.r), pub.Format("Mon 2 Jan 2006 15:04"))
	case "portal":
		if w.r.IntN(2) == 0 {
			fmt.Fprintf(&b, "%s\n\n", pub.Format("2006-01-02T15:04:05Z"))
		} else {
			fmt.Fprintf(&b, "%s %d, %d %s\n\n", months[pub.Month()][:3], pub.Day(), pub.Year(), pub.Format("3:04 PM"))
		}
	case "blog":
		fmt.Fprintf(&b, "Posted on %s %d, %d by %s\n\n", months[pub.Month()], pub.Day(), pub.Year(), personName(w.r))
	}
	per := 1
	switch o.voice {
	case "paper":
		per = 3
	case "portal", "blog":
		per = 2
	}
	for i, s := range w.body {
		if i == 0 && o.voice == "wire" {
			fmt.Fprintf(&b, "%s, %s %d (%s) - ", strings.ToUpper(st.place), months[pub.Month()], pub.Day(), o.name)
		}
		b.WriteString(s)
		if (i+1)%per == 0 || i == len(w.body)-1 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	switch o.voice {
	case "wire":
		fmt.Fprintf(&b, "(Reporting by %s; Editing by %s)\n", st.reporter, st.editor)
	case "paper":
		fmt.Fprintf(&b, "© %d %s\n", pub.Year(), o.name)
	}
	if boiler {
		b.WriteString("\nREAD MORE\n")
		for _, i := range w.r.Perm(len(promoTitles))[:3] {
			b.WriteString(promoTitles[i] + "\n")
		}
		if o.voice == "blog" {
			fmt.Fprintf(&b, "Share this: Facebook | X | Email\n%d comments\n", w.r.IntN(40))
		}
		b.WriteString("\nOriginal url: " + url + "\n")
	} else if o.voice != "paper" {
		b.WriteString("\nOriginal url: " + url + "\n")
	}
	text := b.Bytes()
	return &Article{Story: st.idx, Outlet: o.name, Slug: o.slug, Voice: o.voice, Title: title, URL: url,
		Published: pub, Words: len(bytes.Fields(text)), Text: text, Planted: w.wrong}
}

func (w *writer) add(s string) {
	w.body = append(w.body, s)
	w.words += len(strings.Fields(s))
}

func (w *writer) headline() string {
	st, v := w.st, venues[w.st.venue]
	switch w.r.IntN(3) {
	case 0:
		return fmt.Sprintf("%s %s: dozens hurt as %s %s", st.place, v.event, v.event, v.verb)
	case 1:
		return fmt.Sprintf("Deadly %s at %s %s in %s", v.event, st.org, v.noun, st.place)
	default:
		return fmt.Sprintf("Investigation opens after %s %s %s", st.place, v.noun, v.event)
	}
}

// lookalike reports whether this outlet writes the next value in another
// form that means the same.
func (w *writer) lookalike() bool { return w.cfg.Lookalike > 0 && w.r.Float64() < w.cfg.Lookalike }

func (w *writer) count(n int) string {
	if w.lookalike() {
		if n <= 20 {
			return smallNumbers[n]
		}
		// an approximation that holds: nearly 200 for 197
		for _, step := range []int{1000, 100, 50, 10} {
			if n >= step*2 || step == 10 {
				up := (n + step - 1) / step * step
				if up > n && up-n <= step/10+3 {
					return pick(w.r, []string{"nearly", "almost", "just under"}) + " " + commas(up)
				}
				down := n / step * step
				if down < n && down > 0 {
					return pick(w.r, []string{"more than", "over"}) + " " + commas(down)
				}
			}
		}
	}
	return commas(n)
}

func commas(n int) string {
	s := fmt.Sprint(n)
	if n < 1000 {
		return s
	}
	var b []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	return string(b)
}

func (w *writer) duration(min int) string {
	if w.lookalike() {
		switch {
		case min == 90:
			return pick(w.r, []string{"an hour and a half", "1.5 hours"})
		case min%1440 == 0:
			return fmt.Sprintf("%d hours", min/60)
		case min%60 == 0:
			return fmt.Sprintf("%d minutes", min)
		}
	}
	switch {
	case min%1440 == 0:
		return smallNumbers[min/1440] + " days"
	case min%60 == 0:
		if min == 60 {
			return "an hour"
		}
		if min/60 <= 20 && w.r.IntN(2) == 0 {
			return smallNumbers[min/60] + " hours"
		}
		return fmt.Sprintf("%d hours", min/60)
	}
	return fmt.Sprintf("%d minutes", min)
}

func (w *writer) percent(p int) string {
	if w.lookalike() {
		switch p {
		case 25:
			return "a quarter"
		case 50:
			return "half"
		case 75:
			return "three quarters"
		}
		return fmt.Sprintf("%d per cent", p)
	}
	return pick(w.r, []string{"%d%%", "%d percent", "%d per cent"})
}

func (w *writer) pct(p int) string {
	s := w.percent(p)
	if strings.Contains(s, "%d") {
		s = fmt.Sprintf(s, p)
	}
	return s
}

func (w *writer) money(m float64, cur int) string {
	c := currencies[cur]
	amt := func(m float64) string {
		switch {
		case m >= 1000:
			return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", m/1000), "0"), ".") + " billion"
		case m < 1:
			return commas(int(m*1e6 + 0.5))
		}
		return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", m), "0"), ".") + " million"
	}
	if w.lookalike() {
		switch {
		case m >= 1000:
			return c.sym + commas(int(m)) + " million"
		case m >= 1 && c.code == "USD":
			return "US$" + strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", m), "0"), ".") + "m"
		case m >= 1:
			return strings.TrimSuffix(amt(m), " million") + " million " + c.word
		}
	}
	return c.sym + amt(m)
}

func (w *writer) date(t time.Time) string {
	switch w.r.IntN(3) {
	case 0:
		return fmt.Sprintf("on %s %d", months[t.Month()], t.Day())
	case 1:
		return fmt.Sprintf("on %d %s %d", t.Day(), months[t.Month()], t.Year())
	}
	return "on " + t.Weekday().String()
}

// facts writes the sentences that carry the story's values, in an order
// and wording of the outlet's own.
func (w *writer) facts() {
	st, r := w.st, w.r
	v := venues[st.venue]
	killed, injured, evac := st.killed, st.injured, st.evacuated
	dur, pct, money, cur := st.durMin, st.pct, st.money, st.cur
	day := st.event
	title := titles[st.title].full
	quote := quotePieces[st.quote]
	if st.quoteTail >= 0 {
		// most quotes name the story's place: unique to the story
		quote += ", " + fmt.Sprintf(quoteTails[st.quoteTail], st.place)
	}
	switch w.wrong {
	case "killed":
		killed += 2 + r.IntN(5)
	case "injured":
		injured += 10 + r.IntN(40)
	case "evacuated":
		evac = evac*2 + 50
	case "percent":
		pct += 7 + r.IntN(10)
	case "money":
		money *= 2
	case "duration":
		dur *= 3
	case "date":
		day = day.AddDate(0, 0, -2)
	case "title":
		title = titles[st.title].alt
	case "quote":
		for from, to := range driftWords {
			if strings.Contains(quote, " "+from+" ") || strings.HasPrefix(quote, from+" ") {
				quote = strings.Replace(quote, from, to, 1)
				break
			}
		}
	}
	lead := fmt.Sprintf("%s %s %s the %s %s in %s %s, killing %s people and injuring %s others, officials said.",
		article(v.event), v.event, v.verb, st.org, v.noun, st.place, w.date(day), w.count(killed), w.count(injured))
	if w.o.voice == "blog" {
		lead = fmt.Sprintf("Terrible news from %s: %s %s %s the %s %s %s, and %s people have been killed.",
			st.place, strings.ToLower(article(v.event)), v.event, v.verb, st.org, v.noun, w.date(day), w.count(killed))
	}
	w.add(lead)
	var rest []string
	if w.o.voice == "blog" {
		rest = append(rest, fmt.Sprintf("The hospital said %s people were injured.", w.count(injured)))
	}
	rest = append(rest,
		fmt.Sprintf("%s %s said: \"%s.\"", title, st.official, quote),
		fmt.Sprintf("Firefighters battled the blaze for %s before bringing it under control.", w.duration(dur)),
		fmt.Sprintf("%s residents were evacuated from nearby buildings.", capitalize(w.count(evac))),
		fmt.Sprintf("The power outage affected about %s of homes in %s.", w.pct(pct), st.place),
		fmt.Sprintf("%s said it would pay compensation of %s to the families of the victims.", st.org, w.money(money, cur)),
		fmt.Sprintf("The %s, which opened in %d, employs some %s people.", v.noun, st.opened, commas(st.employees)),
		fmt.Sprintf("A spokesperson for %s, %s, said the company was cooperating fully with investigators.", st.org, st.spokes),
		fmt.Sprintf("%s fire engines and %s firefighters were sent to the scene.", capitalize(w.count(st.engines)), commas(st.crews)),
		fmt.Sprintf("It was the deadliest %s in %s since %d.", v.event, st.place, st.lastYear),
		fmt.Sprintf("%s %s said the inquiry would take %s weeks.", title, lastName(st.official), smallOrDigits(st.inquiryWeeks)),
	)
	if w.o.voice != "blog" && r.IntN(2) == 0 {
		rest[0] = fmt.Sprintf("\"%s,\" said %s %s.", quote, title, st.official)
	}
	for i, h := range st.hot {
		rest = append(rest, fmt.Sprintf("%s %s announced %s of %s for %s.", h.title, h.name, h.thing, w.money(st.hotAmount[i], 0), st.place))
	}
	// Most outlets report most facts; the planted one is always reported.
	for i, s := range rest {
		keep := r.Float64() < 0.85 || i == 0 && w.wrong == "title" || i == 0 && w.wrong == "quote"
		switch w.wrong {
		case "duration":
			keep = keep || strings.HasPrefix(s, "Firefighters")
		case "evacuated":
			keep = keep || strings.Contains(s, "evacuated")
		case "percent":
			keep = keep || strings.Contains(s, "power outage")
		case "money":
			keep = keep || strings.Contains(s, "compensation")
		}
		if keep {
			w.add(s)
		}
	}
}

func article(noun string) string {
	if strings.ContainsRune("aeiou", rune(noun[0])) {
		return "An"
	}
	return "A"
}

func lastName(full string) string { return full[strings.LastIndexByte(full, ' ')+1:] }

func smallOrDigits(n int) string {
	if n <= 20 {
		return smallNumbers[n]
	}
	return fmt.Sprint(n)
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// filler adds a sentence without a checkable value of the story.
func (w *writer) filler() {
	r := w.r
	switch n := r.IntN(10); {
	case n < 4:
		w.add(fmt.Sprintf("%s %s %s.", pick(r, fillSubj), pick(r, fillVerb), pick(r, fillTail)))
	case n < 7 && w.nback < len(fillBack):
		if w.back == nil {
			w.back = r.Perm(len(fillBack))
		}
		w.add(fillBack[w.back[w.nback]])
		w.nback++
	case n < 8 && w.o.voice == "blog":
		w.add(pick(r, blogAside))
	default:
		w.add(fmt.Sprintf("%s, %s who lives near the %s, %s.", personName(r), pick(r, fillWho), venues[w.st.venue].noun, pick(r, fillSaid)))
	}
}

// All returns every article of the corpus, in the order Articles gives them.
func All(cfg Config) []*Article {
	var out []*Article
	_ = Articles(cfg, func(a *Article) error { out = append(out, a); return nil })
	return out
}
