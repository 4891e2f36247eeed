package report_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
	"github.com/claimdiff/claimdiff/report"
)

// BenchmarkRender renders the findings of 800 generated articles (200
// stories × 4 outlets) in each format. words/s counts the words of the
// input articles; out-bytes is the size of the report.
func BenchmarkRender(b *testing.B) {
	in := report.Input{Tool: "claimdiff", Version: "bench"}
	var cl []claims.Claim
	var words int
	for _, a := range corpus.All(corpus.Config{Stories: 200, Outlets: 4, Seed: 1}) {
		docs, err := article.Parse(a.Name(), a.Text, article.Options{})
		if err != nil {
			b.Fatal(err)
		}
		in.Documents = append(in.Documents, docs...)
		cl = append(cl, claims.Extract(docs[0], claims.Options{})...)
		words += a.Words
	}
	in.Claims = len(cl)
	in.Findings = compare.Compare(cl, compare.Options{})
	for _, format := range []string{"markdown", "json", "sarif", "text"} {
		b.Run(format, func(b *testing.B) {
			var out bytes.Buffer
			if err := report.Render(&out, format, in); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(out.Len()))
			b.ReportAllocs()
			for b.Loop() {
				if err := report.Render(io.Discard, format, in); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
			b.ReportMetric(float64(len(in.Findings)), "findings")
		})
	}
}
