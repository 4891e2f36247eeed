package compare_test

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
)

type benchSet struct {
	claims      []claims.Claim
	size, words int
}

var (
	benchMu   sync.Mutex
	benchSets = map[string]*benchSet{}
)

// claimsOf returns the claims of a generated corpus of n articles (4
// outlets a story), extracted once and cached. The articles carry the
// facts of their story and little filler, so the setup stays quick while
// the claims are those of full articles.
func claimsOf(b *testing.B, n int, hot float64) *benchSet {
	b.Helper()
	key := fmt.Sprint(n, hot)
	benchMu.Lock()
	defer benchMu.Unlock()
	if s, ok := benchSets[key]; ok {
		return s
	}
	arts := corpus.All(corpus.Config{Stories: n / 4, Outlets: 4, Seed: 1, Hot: hot, MinWords: 1, MaxWords: 1})
	per := make([][]claims.Claim, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				docs, err := article.Parse(arts[i].Name(), arts[i].Text, article.Options{})
				if err != nil {
					panic(err)
				}
				per[i] = claims.Extract(docs[0], claims.Options{})
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	s := &benchSet{}
	for i, a := range arts {
		s.claims = append(s.claims, per[i]...)
		s.size += len(a.Text)
		s.words += len(bytes.Fields(a.Text))
	}
	benchSets[key] = s
	return s
}

// BenchmarkCompare compares the claims of generated story clusters at 1k
// and 10k articles: "clusters" has only story-local entities; "hot" has
// three entities (a president, two ministers) in half of the stories, each
// with a value of its own, so one aligned group spans a large share of the
// articles. Linear scaling shows as a constant ns per article.
func BenchmarkCompare(b *testing.B) {
	for _, c := range []struct {
		name string
		hot  float64
	}{{"clusters", 0}, {"hot", 0.5}} {
		for _, n := range []int{1000, 10000} {
			b.Run(fmt.Sprintf("%s/%dk", c.name, n/1000), func(b *testing.B) {
				s := claimsOf(b, n, c.hot)
				b.SetBytes(int64(s.size))
				b.ReportAllocs()
				var f []compare.Finding
				for b.Loop() {
					f = compare.Compare(s.claims, compare.Options{})
				}
				sec := b.Elapsed().Seconds()
				b.ReportMetric(float64(s.words)*float64(b.N)/sec, "words/s")
				b.ReportMetric(sec*1e9/float64(b.N)/float64(n), "ns/article")
				b.ReportMetric(float64(len(s.claims)), "claims")
				b.ReportMetric(float64(len(f)), "findings")
			})
		}
	}
}
