package claims

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
)

// TestWordSalad extracts claims from 20,000 seeded random sentences made
// of the recognizers' and the lexicon's own vocabulary: key words and
// phrases, titles, names, values of every kind, quotation marks and
// clause punctuation, in any order. Byte-level fuzzing rarely builds such
// sentences; this reaches the readers' rarer paths (a key phrase at the
// end of a sentence, a title before a quotation). Extraction must not
// panic and its claims must keep their invariants.
func TestWordSalad(t *testing.T) {
	var vocab []string
	for _, w := range lexiconVocabulary() {
		vocab = append(vocab, w)
		if roleHeads[w] {
			vocab = append(vocab, strings.ToUpper(w[:1])+w[1:]) // a title before a name
		}
	}
	vocab = append(vocab,
		"12", "3,000", "14,820", "nearly 200", "about 40", "more than 1.2 million", "$5 million", "€350,000", "£20m",
		"25%", "14 per cent", "a third", "two-thirds", "three hours", "180 minutes", "six weeks", "48-hour", "a year",
		"on Monday", "Monday, March 16", "16 March", "last year", "in 2022", "02/06/2026", "yesterday", "this morning",
		"the 67-year-old", "aged 67", "7-4", "by 221 votes to 187", "500 metres", "30 km/h",
		"Anna Verhoeven", "Rebecca Holm", "Steve Witkoff", "the Kessler Mill", "Tamsford Crown Court", "Russia's",
		"said", "told", "denied", "did not", "never", "not", "reportedly", "could", "may", "whether", "that", "which",
		"the", "a", "of", "for", "at", "in", "to", "from", "by", "and", "but", "as", "than", "up", "down",
		",", ";", ":", "\"", "“", "”", "'", "(", ")", "-", "—", "?", "!", "'s",
	)
	rng := rand.New(rand.NewSource(7))
	published := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	const docs, perDoc = 400, 50
	sentences, claimed := 0, 0
	for n := 0; n < docs; n++ {
		var b strings.Builder
		b.WriteString("Published: March 4, 2026\n\n")
		for s := 0; s < perDoc; s++ {
			for w := 3 + rng.Intn(22); w > 0; w-- {
				b.WriteString(vocab[rng.Intn(len(vocab))])
				b.WriteByte(' ')
			}
			b.WriteString(".\n")
			if rng.Intn(3) == 0 {
				b.WriteString("\n") // a new paragraph now and then
			}
		}
		src := b.String()
		ds, err := article.Parse("salad.txt", []byte(src), article.Options{Published: published})
		if err != nil {
			t.Fatalf("document %d: %v", n, err)
		}
		for _, d := range ds {
			sentences += len(d.Sentences)
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("document %d panicked: %v\n%s", n, r, src)
					}
				}()
				cls := Extract(d, Options{})
				claimed += len(cls)
				if err := checkClaims(d, cls); err != nil {
					t.Fatalf("document %d: %v", n, err)
				}
			}()
		}
	}
	t.Logf("%d sentences, %d claims", sentences, claimed)
	// the salad must reach the readers: most sentences kept as prose, many claims
	if sentences < docs*perDoc/2 || claimed < sentences/4 {
		t.Errorf("%d sentences and %d claims from %d random sentences: the test reaches too little", sentences, claimed, docs*perDoc)
	}
}
