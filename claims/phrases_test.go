package claims

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/article"
)

// TestEveryLexiconWordInPlace: every word and phrase of the built-in
// lexicon, and every title head and counted noun, put at the start, in
// the middle and at the end of sentences with values of every kind, is
// extracted without a panic and with claims that keep their invariants
// (a type's parts on claims of the type only; spans inside the text). A
// phrase that ends a sentence once panicked ("after 12 years as chief
// executive").
func TestEveryLexiconWordInPlace(t *testing.T) {
	words := lexiconVocabulary()
	templates := []string{
		"%s 12 people.",
		"It took 12 hours %s.",
		"She left after 12 years %s.",
		"Officials said 40 percent %s on Monday, March 16.",
		"The %s cost $5 million, up from 14,820 a year earlier.",
		"Chief %s Anna Verhoeven said: \"We %s 3,000 homes.\"",
		"\"%s,\" said Mayor Tom Reed.",
		"%s",
	}
	published := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	for _, tpl := range templates {
		var b strings.Builder
		b.WriteString("Published: March 4, 2026\n\n")
		for _, w := range words {
			s := strings.ReplaceAll(tpl, "%s", w)
			b.WriteString(strings.ToUpper(s[:1]) + s[1:] + "\n\n")
		}
		docs, err := article.Parse("lexicon.txt", []byte(b.String()), article.Options{Published: published})
		if err != nil || len(docs) != 1 {
			t.Fatalf("%q: %v", tpl, err)
		}
		d := docs[0]
		cls := Extract(d, Options{})
		if len(cls) == 0 && strings.ContainsAny(tpl, "0123456789") {
			t.Errorf("%q: no claims from %d sentences", tpl, len(words))
		}
		if err := checkClaims(d, cls); err != nil {
			t.Fatalf("%q: %v", tpl, err)
		}
	}
}

// lexiconVocabulary returns the built-in lexicon's words and phrases, its
// counted nouns and the title heads, in the same order every run.
func lexiconVocabulary() []string {
	var words []string
	for _, key := range sortedKeys(builtinEvents) {
		for _, w := range strings.Split(builtinEvents[key], ",") {
			words = append(words, strings.TrimSpace(w))
		}
	}
	for _, class := range sortedKeys(builtinCounted) {
		words = append(words, strings.Split(builtinCounted[class], ",")...)
	}
	heads := make([]string, 0, len(roleHeads))
	for w := range roleHeads {
		heads = append(heads, w)
	}
	sort.Strings(heads)
	return append(words, heads...)
}

// checkClaims reports the first claim of d that breaks an invariant: a
// type's parts on claims of the type only, spans inside the text.
func checkClaims(d *article.Document, cls []Claim) error {
	for i := range cls {
		c := &cls[i]
		if err := partsMatch(c); err != nil {
			return fmt.Errorf("claim %d: %v", i, err)
		}
		if c.Span.Start < 0 || c.Span.End > len(d.Text) || c.Span.Start > c.Span.End ||
			c.ValueSpan.Start < 0 || c.ValueSpan.End > len(d.Text) || c.ValueSpan.Start > c.ValueSpan.End {
			return fmt.Errorf("claim %d: spans %v %v outside the text", i, c.Span, c.ValueSpan)
		}
	}
	return nil
}
