// Package pipeline runs claimdiff's stages over a set of inputs: load the
// documents, extract their claims on a bounded pool of workers, align and
// compare them. The result does not depend on the order of the inputs or
// the number of workers.
package pipeline

import (
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
)

// Options configure a run.
type Options struct {
	Published time.Time       // fallback publication date (--published)
	Workers   int             // extraction workers; 0 means GOMAXPROCS
	Article   article.Options // loader limits
	Claims    claims.Options
	Compare   compare.Options
}

// Result is what a run found.
type Result struct {
	Documents []*article.Document // sorted by path
	Claims    []claims.Claim      // in document order
	Findings  []compare.Finding   // sorted, deduplicated, fingerprinted
	Problems  []error             // input problems; the other inputs were still checked
}

// Run loads, extracts and compares.
func Run(paths []string, opts Options) Result {
	res := Load(paths, opts)
	res.Findings = compare.Compare(res.Claims, opts.Compare)
	return res
}

// Load loads the inputs and extracts the claims of every document, without
// comparing them.
func Load(paths []string, opts Options) Result {
	var res Result
	aopts := opts.Article
	if aopts.Published.IsZero() {
		aopts.Published = opts.Published
	}
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		i   int
		doc *article.Document
	}
	jobs := make(chan job, workers*2)
	var mu sync.Mutex
	perDoc := map[int][]claims.Claim{}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				cl := claims.Extract(j.doc, opts.Claims)
				mu.Lock()
				perDoc[j.i] = cl
				mu.Unlock()
			}
		}()
	}
	var docs []*article.Document
	errs := article.Load(paths, aopts, func(d *article.Document) {
		jobs <- job{len(docs), d}
		docs = append(docs, d)
	})
	close(jobs)
	wg.Wait()
	res.Problems = errs

	// deterministic order: by path, whatever order the inputs came in
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return docs[order[a]].Path < docs[order[b]].Path })
	for _, i := range order {
		res.Documents = append(res.Documents, docs[i])
		res.Claims = append(res.Claims, perDoc[i]...)
	}
	return res
}

// Extract loads the inputs and returns the claims of every document, in
// document order, for `claimdiff extract`.
func Extract(paths []string, opts Options) ([]*article.Document, [][]claims.Claim, []error) {
	res := Load(paths, opts)
	var out [][]claims.Claim
	for _, d := range res.Documents {
		var cl []claims.Claim
		for _, c := range res.Claims {
			if c.Doc == d {
				cl = append(cl, c)
			}
		}
		out = append(out, cl)
	}
	return res.Documents, out, res.Problems
}

// LoadDocuments loads the inputs without extracting claims, in path order.
func LoadDocuments(paths []string, opts Options) ([]*article.Document, []error) {
	aopts := opts.Article
	if aopts.Published.IsZero() {
		aopts.Published = opts.Published
	}
	var docs []*article.Document
	errs := article.Load(paths, aopts, func(d *article.Document) { docs = append(docs, d) })
	sort.SliceStable(docs, func(a, b int) bool { return docs[a].Path < docs[b].Path })
	return docs, errs
}

// Mentions returns every value mention of a document's sentences, with
// offsets into Document.Text.
func Mentions(d *article.Document) []claims.Mention {
	var out []claims.Mention
	ctx := claims.ScanContext{Published: d.Published}
	for _, s := range d.Sentences {
		n := len(out)
		out = claims.ScanAppend(out, d.Text[s.Start:s.End], ctx)
		for i := n; i < len(out); i++ {
			out[i].Start += s.Start
			out[i].End += s.Start
		}
	}
	return out
}
