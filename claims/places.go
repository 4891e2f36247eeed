package claims

import "github.com/claimdiff/claimdiff/article"

// placeEvents are the keys of events that happen at one place.
var placeEvents = map[string]bool{
	"start": true, "crash": true, "fire": true, "killed": true, "meeting": true, "visit": true, "arrested": true,
	"strike": true, "protest": true, "avalanche": true, "quake": true, "signed": true, "hearing": true, "trial": true,
	"evacuated": true, "rescued": true, "injured": true,
}

// maxEntryWords is the most tokens a lexicon entry spans (Lexicon.keyAt).
const maxEntryWords = 3

// placePreps introduce the place of an event.
var placePreps = setOf("in,at,near,outside,inside")

// placeClaims records where the sentence says an event happened: an event
// word followed, within its clause, by "in", "at", "near" ... and a name
// that is not a person's ("the fire broke out at the Kessler mill").
func (x *extractor) placeClaims(si int, s article.Sentence, names []name) {
	// a claim needs a name that is not a person's right after a place word
	// (and "the", "a"): the place word at j, the event word k before it
	// with k+n <= j <= k+n+6. Without such a name there is nothing to
	// look up; with one, only the event words that may reach it.
	lo, hi := len(x.toks), -1
	for _, nm := range names {
		if nm.Person {
			continue
		}
		j := nm.TI - 1
		for j >= 0 && (x.toks[j].Low == "the" || x.toks[j].Low == "a") {
			j--
		}
		if j < 0 || x.toks[j].Class&wcPlacePrep == 0 {
			continue
		}
		lo = min(lo, j-6-maxEntryWords)
		hi = max(hi, j-1)
	}
	if hi < 0 {
		return
	}
	for k := max(lo, 0); k <= hi; k++ {
		if x.inQuote[k] {
			continue
		}
		key, n := x.keyAt(k)
		if key == "" || !placeEvents[key] {
			continue
		}
		_, cj := x.clause(k, k+n)
		for j := k + n; j < cj && j <= k+n+6; j++ {
			if !(x.toks[j].Class&wcPlacePrep != 0) {
				continue
			}
			at := j + 1
			for at < cj && (x.toks[at].Low == "the" || x.toks[at].Low == "a") {
				at++
			}
			for _, nm := range names {
				if nm.TI != at || nm.Person {
					continue
				}
				c := Claim{Doc: x.doc, Type: TypePlace, Sent: si, Span: s.Span, Key: key, PlaceParts: &PlaceParts{Place: nm.Key(), PlaceName: x.surfaceOf(nm.Key())}}
				c.ValueSpan = article.Span{Start: s.Start + x.toks[nm.I].Start, End: s.Start + x.toks[nm.J-1].End}
				c.Value = Mention{Start: c.ValueSpan.Start, End: c.ValueSpan.End, Text: string(x.doc.Text[c.ValueSpan.Start:c.ValueSpan.End])}
				if thingKeys[key] {
					c.Counted = x.thing(0, k+n)
				}
				x.claims = append(x.claims, c)
				return
			}
			break
		}
	}
}
