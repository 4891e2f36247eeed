package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
	"github.com/claimdiff/claimdiff/internal/pipeline"
)

// writeCorpus writes a generated corpus as one folder per story under dir
// and returns the article files, their total size and words.
func writeCorpus(tb testing.TB, dir string, cfg corpus.Config) (files []string, size, words int) {
	tb.Helper()
	for _, a := range corpus.All(cfg) {
		p := filepath.Join(dir, filepath.FromSlash(a.Name()))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, a.Text, 0o644); err != nil {
			tb.Fatal(err)
		}
		files = append(files, p)
		size += len(a.Text)
		words += a.Words
	}
	return files, size, words
}

// BenchmarkPipeline runs load, extract and compare over a generated folder
// of 1,000 articles (250 stories × 4 outlets), with the default workers.
func BenchmarkPipeline(b *testing.B) {
	dir := b.TempDir()
	_, size, words := writeCorpus(b, dir, corpus.Config{Stories: 250, Outlets: 4, Seed: 1, Hot: 0.2})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		res := pipeline.Run([]string{dir}, pipeline.Options{})
		if len(res.Problems) > 0 || len(res.Documents) != 1000 {
			b.Fatalf("%d documents, problems %v", len(res.Documents), res.Problems)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
