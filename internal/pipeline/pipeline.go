// Package pipeline runs claimdiff's stages over a set of inputs: load the
// documents, extract their claims on a bounded pool of workers, align and
// compare them. The result does not depend on the order of the inputs or
// the number of workers.
package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/baseline"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/config"
)

// Options configure a run.
type Options struct {
	Published time.Time       // fallback publication date (--published)
	Workers   int             // extraction workers; 0 means GOMAXPROCS
	Article   article.Options // loader limits
	Claims    claims.Options
	Compare   compare.Options
	Config    *config.Config // nil: no config file
	// Context stops the run early when it is done (Ctrl-C); nil means never.
	Context context.Context
	// Progress, when set, is called with the number of documents extracted
	// so far (from the workers, one call at a time).
	Progress func(done int)
}

// Result is what a run found.
type Result struct {
	Documents []*article.Document // sorted by path
	// DocClaims are the claims of each document, parallel to Documents.
	DocClaims [][]claims.Claim
	// Claims points at every claim of DocClaims, in document order.
	Claims   []*claims.Claim
	Findings []compare.Finding // sorted, deduplicated, fingerprinted
	Problems []error           // input problems; the other inputs were still checked
	Warnings []string          // not errors: suppressions that matched nothing, documents whose text is not UTF-8
}

// Run loads, extracts and compares, then applies the config's ignore rules
// and severity overrides and the articles' inline suppressions.
func Run(paths []string, opts Options) Result {
	if err := applyConfig(&opts); err != nil {
		return Result{Problems: []error{err}}
	}
	res := Load(paths, opts)
	if opts.Context != nil && opts.Context.Err() != nil {
		res.Problems = append(res.Problems, opts.Context.Err())
		return res
	}
	all := res.Claims
	if opts.Config != nil {
		pinned, err := PinnedClaims(opts.Config, opts.Claims.Lexicon)
		if err != nil {
			res.Problems = append(res.Problems, err)
		}
		all = slices.Clip(all)
		for i := range pinned {
			all = append(all, &pinned[i])
		}
	}
	copts := opts.Compare
	copts.Documents = res.Documents
	fs := compare.ComparePointers(all, copts)
	var sup []baseline.Suppression
	for _, d := range res.Documents {
		sup = append(sup, baseline.Suppressions(d)...)
	}
	fs, unused := baseline.Filter(fs, opts.Config, sup)
	res.Findings = fs
	for _, s := range unused {
		res.Warnings = append(res.Warnings, s.String())
	}
	return res
}

// applyConfig turns the config into extraction and comparison options.
func applyConfig(opts *Options) error {
	cfg := opts.Config
	if cfg == nil {
		return nil
	}
	if len(cfg.Lexicon) > 0 {
		lex := claims.NewLexicon()
		keys := make([]string, 0, len(cfg.Lexicon))
		for key := range cfg.Lexicon {
			keys = append(keys, key)
		}
		sort.Strings(keys) // the same table in every run
		for _, key := range keys {
			for _, w := range cfg.Lexicon[key] {
				lex.Add(key, w)
			}
		}
		opts.Claims.Lexicon = lex
	}
	if len(cfg.Aliases) > 0 {
		if opts.Compare.Aliases == nil {
			opts.Compare.Aliases = map[string]string{}
		}
		for canon, names := range cfg.Aliases {
			c := strings.ToLower(strings.Join(strings.Fields(canon), " "))
			for _, n := range names {
				opts.Compare.Aliases[strings.ToLower(strings.Join(strings.Fields(n), " "))] = c
			}
		}
	}
	opts.Compare.Tolerances = compare.Tolerances{Relative: cfg.Tolerances.Relative, Approx: cfg.Tolerances.Approx}
	return nil
}

// PinnedClaims turns the config's pinned facts into claims of a pseudo
// document (the config file itself, so that findings point at the fact's
// line) that every article's claims are compared with.
func PinnedClaims(cfg *config.Config, lex *claims.Lexicon) ([]claims.Claim, error) {
	if len(cfg.Facts) == 0 {
		return nil, nil
	}
	if lex == nil {
		lex = claims.NewLexicon()
	}
	doc := &article.Document{Path: cfg.Path, Format: "yaml", Outlet: "pinned fact (" + filepath.Base(cfg.Path) + ")", Src: cfg.Src, Text: cfg.Src}
	starts := article.LineStarts(cfg.Src)
	var out []claims.Claim
	for _, f := range cfg.Facts {
		bad := func(msg string) error { return &config.Error{Path: cfg.Path, Line: f.Line, Msg: msg} }
		if !lex.HasKey(f.Key) {
			return nil, bad(fmt.Sprintf("facts: unknown key %q (use an event word of the lexicon, such as invasion, killed, injured, tariff, fine, built, arrested; or add it under lexicon:)", f.Key))
		}
		ms := claims.Scan([]byte(f.Value), claims.ScanContext{})
		if len(ms) == 0 {
			return nil, bad(fmt.Sprintf("facts: cannot read a value from %q (write it as news would: \"February 2022\", \"12\", \"$80 million\")", f.Value))
		}
		m := ms[0]
		// the value's place in the config file
		from := 0
		if f.Line > 0 && f.Line <= len(starts) {
			from = starts[f.Line-1]
		}
		off := from
		if i := bytes.Index(cfg.Src[from:], []byte(f.Value)); i >= 0 {
			off = from + i
		}
		end := off + len(f.Value)
		if end > len(cfg.Src) {
			end = len(cfg.Src)
		}
		m.Start, m.End = off+m.Start, off+m.End
		if m.End > len(cfg.Src) {
			m.Start, m.End = off, end
		}
		doc.Sentences = append(doc.Sentences, article.Sentence{Span: article.Span{Start: off, End: end}})
		c := claims.Claim{Doc: doc, Type: claims.TypeValue, Sent: len(doc.Sentences) - 1, Span: article.Span{Start: off, End: end},
			Value: m, ValueSpan: article.Span{Start: m.Start, End: m.End}, Key: f.Key, Head: f.Key, Pinned: true}
		for _, s := range f.Subject {
			if c.Ents == nil {
				c.Ents = &claims.EntityParts{}
			}
			c.Ents.Subject = append(c.Ents.Subject, strings.ToLower(strings.Join(strings.Fields(s), " ")))
		}
		out = append(out, c)
	}
	return out, nil
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
	var perDoc [][]claims.Claim // by load order, grown as documents come
	done := 0
	failed := map[int]error{} // documents whose extraction panicked
	badText := map[int]int{}  // documents whose text is not UTF-8: the offset of the first bad byte
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				cl, err := extractSafely(j.doc, opts.Claims)
				bad := firstInvalidUTF8(j.doc.Text)
				mu.Lock()
				if bad >= 0 {
					badText[j.i] = bad
				}
				for len(perDoc) <= j.i {
					perDoc = append(perDoc, nil)
				}
				perDoc[j.i] = cl
				done++
				if err != nil {
					failed[j.i] = err
				}
				if opts.Progress != nil {
					opts.Progress(done)
				}
				mu.Unlock()
			}
		}()
	}
	var docs []*article.Document
	errs := article.Load(paths, aopts, func(d *article.Document) {
		if opts.Context != nil && opts.Context.Err() != nil {
			return // interrupted: read no more
		}
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
	byPath := func(a, b int) bool { return docs[order[a]].Path < docs[order[b]].Path }
	if !sort.SliceIsSorted(order, byPath) { // a folder's files come sorted
		sort.SliceStable(order, byPath)
	}
	total := 0
	for _, cl := range perDoc {
		total += len(cl)
	}
	res.Documents = make([]*article.Document, 0, len(docs))
	res.DocClaims = make([][]claims.Claim, 0, len(docs))
	res.Claims = make([]*claims.Claim, 0, total)
	for _, i := range order {
		if err := failed[i]; err != nil {
			res.Problems = append(res.Problems, err)
		}
		if off, ok := badText[i]; ok {
			res.Warnings = append(res.Warnings, notUTF8(docs[i], off))
		}
		res.Documents = append(res.Documents, docs[i])
		cl := perDoc[i]
		res.DocClaims = append(res.DocClaims, cl)
		for k := range cl {
			res.Claims = append(res.Claims, &cl[k])
		}
	}
	return res
}

// NotUTF8 returns a warning when the document's text is not UTF-8, naming
// the position of the first bad byte; "" when it is.
func NotUTF8(d *article.Document) string {
	if off := firstInvalidUTF8(d.Text); off >= 0 {
		return notUTF8(d, off)
	}
	return ""
}

func notUTF8(d *article.Document, off int) string {
	return fmt.Sprintf("%s: not UTF-8: the text is read as UTF-8, and names and quotes with such bytes are cut short; convert the file (iconv -f latin1 -t utf-8)", d.Position(off))
}

// firstInvalidUTF8 returns the offset of the first byte of b that is not
// UTF-8, or -1.
func firstInvalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
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
	ctx := claims.DocContext(d)
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

// extractSafely is claims.Extract, with a bug in the extractor costing
// the document its claims (reported as an input problem), not the run.
func extractSafely(d *article.Document, opts claims.Options) (cl []claims.Claim, err error) {
	defer func() {
		if r := recover(); r != nil {
			cl, err = nil, &article.Error{Path: d.Path, Err: fmt.Errorf("internal error while extracting claims: %v", r)}
		}
	}()
	return claims.Extract(d, opts), nil
}
