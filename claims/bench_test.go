package claims_test

import (
	"bytes"
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
)

func benchDocs(b *testing.B) []*article.Document {
	b.Helper()
	var docs []*article.Document
	for _, a := range corpus.All(corpus.Config{Stories: 100, Outlets: 4, Seed: 1, Hot: 0.3}) {
		d, err := article.Parse(a.Name(), a.Text, article.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d...)
	}
	return docs
}

// BenchmarkScan finds the value mentions of every prose sentence of 400
// generated articles (a sub-benchmark, since the package's own tests have
// a BenchmarkScan of their own).
func BenchmarkScan(b *testing.B) { b.Run("corpus", benchScanCorpus) }

func benchScanCorpus(b *testing.B) {
	type sent struct {
		text []byte
		ctx  claims.ScanContext
	}
	var sents []sent
	var size, words int
	for _, d := range benchDocs(b) {
		ctx := claims.ScanContext{Published: d.Published}
		for _, s := range d.Sentences {
			t := d.Text[s.Start:s.End]
			sents = append(sents, sent{t, ctx})
			size += len(t)
			words += len(bytes.Fields(t))
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var buf []claims.Mention
	for b.Loop() {
		for _, s := range sents {
			buf = claims.ScanAppend(buf[:0], s.text, s.ctx)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkExtract extracts the claims of 400 generated articles, one
// document at a time.
func BenchmarkExtract(b *testing.B) {
	docs := benchDocs(b)
	var size, words int
	for _, d := range docs {
		size += len(d.Src)
		words += len(bytes.Fields(d.Src))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for _, d := range docs {
			n += len(claims.Extract(d, claims.Options{}))
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(n)/float64(len(docs)), "claims/doc")
}
