package claims

import "github.com/claimdiff/claimdiff/article"

// placeEvents are the keys of events that happen at one place.
var placeEvents = map[string]bool{
	"start": true, "crash": true, "fire": true, "killed": true, "meeting": true, "visit": true, "arrested": true,
	"strike": true, "protest": true, "avalanche": true, "quake": true, "signed": true, "hearing": true, "trial": true,
	"evacuated": true, "rescued": true, "injured": true,
}

// placePreps introduce the place of an event.
var placePreps = setOf("in,at,near,outside,inside")

// placeClaims records where the sentence says an event happened: an event
// word followed, within its clause, by "in", "at", "near" ... and a name
// that is not a person's ("the fire broke out at the Kessler mill").
func (x *extractor) placeClaims(si int, s article.Sentence, names []name) {
	for k := 0; k < len(x.toks); k++ {
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
				c := Claim{Doc: x.doc, Type: TypePlace, Sent: si, Span: s.Span, Key: key, Place: nm.Key(), PlaceName: x.surface[nm.Key()]}
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
