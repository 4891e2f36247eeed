package article_test

import (
	"os"
	"path/filepath"
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

// BenchmarkLoadDir loads the same 800 articles as BenchmarkLoad/txt from
// story folders on disk, reading the files included.
func BenchmarkLoadDir(b *testing.B) {
	arts := corpus.All(corpus.Config{Stories: 200, Outlets: 4, Seed: 1})
	dir := b.TempDir()
	var size, words int
	for _, a := range arts {
		size += len(a.Text)
		words += a.Words
		p := filepath.Join(dir, filepath.FromSlash(a.Name()))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, a.Text, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if errs := article.Load([]string{dir}, article.Options{}, func(*article.Document) { n++ }); len(errs) > 0 {
			b.Fatal(errs)
		}
		if n != len(arts) {
			b.Fatalf("%d documents, want %d", n, len(arts))
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
