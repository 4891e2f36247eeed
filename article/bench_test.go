package article_test

import (
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
)

// BenchmarkLoad parses 800 generated articles (200 stories × 4 outlets) as
// plain text, and the same articles as one JSONL file.
func BenchmarkLoad(b *testing.B) {
	arts := corpus.All(corpus.Config{Stories: 200, Outlets: 4, Seed: 1})
	var size, words int
	var jsonl []byte
	for _, a := range arts {
		size += len(a.Text)
		words += a.Words
		jsonl = append(jsonl, a.JSONL()...)
	}
	b.Run("txt", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts {
				if _, err := article.Parse(a.Name(), a.Text, article.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	})
	b.Run("jsonl", func(b *testing.B) {
		b.SetBytes(int64(len(jsonl)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := article.Parse("corpus.jsonl", jsonl, article.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	})
}
