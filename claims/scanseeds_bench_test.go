package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/article"
)

// BenchmarkScanSeeds runs the recognizers over the sentences of the five
// seed articles (the measure of the recognizer issue: MB/s of prose).
func BenchmarkScanSeeds(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	var sents [][]byte
	var ctxs []ScanContext
	size := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs, _ := article.Parse(f, src, article.Options{})
		for _, d := range docs {
			for _, s := range d.Sentences {
				sents = append(sents, d.Text[s.Start:s.End])
				ctxs = append(ctxs, DocContext(d))
				size += s.End - s.Start
			}
		}
	}
	if len(sents) == 0 {
		b.Fatal("no seed sentences")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf []Mention
	for b.Loop() {
		for i, s := range sents {
			buf = ScanAppend(buf[:0], s, ctxs[i])
		}
	}
}
