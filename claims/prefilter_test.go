package claims

// The value scanner skips sentences that hold no digit and no trigger word
// (mayHoldValue). These tests check that the skip is exact: on random
// sentences made of every word the recognizers know, on every sentence of
// the repository's corpora and on a generated corpus, ScanAppend gives
// exactly what the unfiltered scanner (scanAppend) gives. A recognizer
// path that can start from a new word without a digit must add the word to
// triggerWords, or these tests fail.

import (
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
)

func prefilterVocab() []string {
	set := map[string]bool{}
	addm := func(m any) {
		v := reflect.ValueOf(m)
		for _, k := range v.MapKeys() {
			set[k.String()] = true
		}
	}
	for _, m := range []any{smallNumbers, tensNumbers, scaleWords, scaleSuffixes, ordinalWords, ordinalSuffixes, fractionWords, months, weekdays, dayParts, newspaperWords, yearCues, currencySymbols, dollarPrefixes, isoCurrencies, currencyWords, dollarAdjectives, perWords, perAdverbs, durationUnits, quantityUnits, attachedUnits, dimensionWords, blockWords, dotBlockWords, oneNext, onePrev, oneCompounds, scoreWords, futureCues, pastCues, dueToCause, timeWords, durationCues, pastIrregular, notPast, wordClasses, fullMonths, monthCues, scheduleVerbs, triggerWords} {
		addm(m)
	}
	for _, p := range modPhrases {
		for _, w := range p.words {
			set[w] = true
		}
	}
	for _, w := range strings.Fields("and or to of the a an ago hundred dozen old olds plus per cent percent pct pc percentage point points o clock past noon midnight between aged age ages minus a about above after afternoon age aged ages ago aims all almost am an and annually april are around arrives at august b be been before beginning begins best between bn by c celsius cent centigrade clock closes cm comes contest cu cubic decade december degree degrees departs dollar dollars dozen driest due during each earlier early ed effect end ends est euro evening every expected expects expires f fahrenheit february fewer finishes first five following for foremost forest fortnight franc francs friday from ft goes going h had half hand harvest have her his honest hong hottest hour hrs hundred in intends interest into is its january july june just k kicks km kong lands last late later latest launches least leaves less ll m majority march math may metres mi mid midnight might min minus mn modest monday month more morning most mph my nearly new next night noon not november o october of old olds on one opens or our out over p past pc pct people per percent percentage plus pm point points pound pounds pp previous protest quarter rand real reopens request resumes returns runs s saturday second september set shall shortly since so split sq square start starts sterling strconv strings sunday swiss take takes taking than that the their them these third this those through throughout thursday till time tn to today tomorrow tonight tuesday twelve under unicode until usa vote votes was wednesday week weekend weeks were will worst would yd year yesterday your zealand earlier later this last next week weekend weeks votes vote in out every s be have not hong kong new zealand swiss square cubic degrees celsius m p h x é Ñ über") {
		set[w] = true
	}
	var l []string
	for w := range set {
		l = append(l, w)
	}
	return l
}

var prefilterCore = strings.Fields("a an a an this last next previous following earlier later ago half of the and in for over about to or more less than hundred dozen quarter million thousand one two year years month months day days hour hours hrs week weeks second seconds min fortnight decade morning evening night aged age between old plus per May March Monday April one first")

var prefilterSeps = []string{" ", " ", " ", "  ", "\n", "\t", ", ", ". ", "-", "–", "'", "’", "\u00a0", " (", ") ", ": ", "/", "$", "€", "£", "%", "°", "²", " \"", "“", "é", "—", "!", "?", "+", "#", "−", ""}

func prefilterCheck(t *testing.T, b []byte, ctx ScanContext) {
	full := scanAppend(nil, b, ctx)
	got := ScanAppend(nil, b, ctx)
	if !reflect.DeepEqual(full, got) {
		t.Fatalf("%q: full %+v, filtered %+v", b, full, got)
	}
}

func TestPrefilterRandom(t *testing.T) {
	voc := prefilterVocab()
	r := rand.New(rand.NewSource(1))
	ctxs := []ScanContext{{}, {Published: time.Date(2026, 3, 19, 0, 0, 0, 0, time.UTC)}, {Published: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), DayFirst: 1}}
	n := 100000
	if testing.Short() {
		n = 10000
	}
	passed := 0
	for it := 0; it < n; it++ {
		var sb strings.Builder
		k := 1 + r.Intn(8)
		for j := 0; j < k; j++ {
			w := voc[r.Intn(len(voc))]
			if r.Intn(2) == 0 {
				w = prefilterCore[r.Intn(len(prefilterCore))]
			}
			switch r.Intn(4) {
			case 0:
				w = strings.ToUpper(w[:1]) + w[1:]
			case 1:
				w = strings.ToUpper(w)
			}
			sb.WriteString(w)
			sb.WriteString(prefilterSeps[r.Intn(len(prefilterSeps))])
		}
		b := []byte(sb.String())
		if mayHoldValue(b) {
			passed++
		}
		prefilterCheck(t, b, ctxs[r.Intn(len(ctxs))])
	}
	if passed == 0 || passed == n {
		t.Fatalf("%d of %d random sentences passed the prefilter: the test exercises nothing", passed, n)
	}
	t.Logf("%d of %d passed", passed, n)
}

func TestPrefilterCorpora(t *testing.T) {
	cnt := 0
	for _, c := range loadCases(t) {
		prefilterCheck(t, []byte(c.sentence), c.ctx)
		cnt++
	}
	for _, f := range corpusFiles(t) {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		docs, _ := article.Parse(f, src, article.Options{})
		for _, d := range docs {
			for _, s := range d.Sentences {
				prefilterCheck(t, d.Text[s.Start:s.End], DocContext(d))
				cnt++
			}
		}
	}
	for _, a := range corpus.All(corpus.Config{Stories: 100, Outlets: 4, Seed: 3, Hot: 0.5}) {
		ds, _ := article.Parse(a.Name(), a.Text, article.Options{})
		for _, d := range ds {
			for _, s := range d.Sentences {
				prefilterCheck(t, d.Text[s.Start:s.End], DocContext(d))
				cnt++
			}
		}
	}
	if cnt < 5000 {
		t.Fatalf("only %d sentences checked", cnt)
	}
	t.Logf("%d sentences", cnt)
}

func FuzzPrefilter(f *testing.F) {
	for _, c := range loadCases(f) {
		f.Add(c.sentence, int64(c.ctx.Published.Unix()), c.ctx.DayFirst)
	}
	f.Fuzz(func(t *testing.T, s string, pub int64, df int) {
		ctx := ScanContext{DayFirst: df}
		if pub != 0 {
			ctx.Published = time.Unix(pub%(1<<34), 0).UTC()
		}
		prefilterCheck(t, []byte(s), ctx)
	})
}
