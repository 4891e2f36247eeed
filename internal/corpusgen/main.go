// Command corpusgen writes a deterministic synthetic news corpus for
// claimdiff's benchmarks: N stories, each reported by M invented outlets.
//
//	go run ./internal/corpusgen -stories 250 -outlets 4 -seed 1 -out DIR
//	go run ./internal/corpusgen -stories 250 -outlets 4 -seed 1 -out DIR -jsonl
//
// Without -jsonl it writes one folder per story (DIR/story-00000/OUTLET.txt);
// with -jsonl it writes DIR/corpus.jsonl, one record per article with the
// fields text, title, outlet, published and url (or, with -shard K, files
// DIR/corpus-00000.jsonl... of K records each, to stay under claimdiff's
// file size limit). The library is internal/corpusgen/corpus.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
)

func main() {
	var cfg corpus.Config
	flag.IntVar(&cfg.Stories, "stories", 10, "number of `N` stories")
	flag.IntVar(&cfg.Outlets, "outlets", 4, "number of `M` outlets reporting every story")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "random `SEED`")
	flag.Float64Var(&cfg.Hot, "hot", 0, "share of stories that mention corpus-wide hot entities")
	out := flag.String("out", "", "output `DIR` (required)")
	jsonl := flag.Bool("jsonl", false, "write JSON Lines instead of one folder per story")
	shard := flag.Int("shard", 0, "with -jsonl: records per file (0: one file)")
	quiet := flag.Bool("q", false, "do not print a summary")
	flag.Parse()
	if *out == "" || cfg.Stories <= 0 || cfg.Outlets <= 0 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	n, words, bytes, err := write(cfg, *out, *jsonl, *shard)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corpusgen:", err)
		os.Exit(1)
	}
	if !*quiet {
		fmt.Printf("articles %d words %d bytes %d\n", n, words, bytes)
	}
}

func write(cfg corpus.Config, dir string, jsonl bool, shard int) (n, words, size int, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, 0, err
	}
	// Stories are generated in parallel (each depends on the seed and its
	// index only) and written in order.
	workers := runtime.GOMAXPROCS(0)
	results := make([]chan []*corpus.Article, cfg.Stories)
	for i := range results {
		results[i] = make(chan []*corpus.Article, 1)
	}
	sem := make(chan struct{}, workers*4)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for s := 0; s < cfg.Stories; s++ {
			sem <- struct{}{}
			go func(s int) { results[s] <- corpus.Story(cfg, s) }(s)
		}
	}()
	defer wg.Wait()

	var f *os.File
	var bw *bufio.Writer
	closeShard := func() error {
		if f == nil {
			return nil
		}
		if err := bw.Flush(); err != nil {
			return err
		}
		err := f.Close()
		f = nil
		return err
	}
	for s := 0; s < cfg.Stories; s++ {
		arts := <-results[s]
		<-sem
		for _, a := range arts {
			if jsonl {
				if f == nil || shard > 0 && n%shard == 0 {
					if err := closeShard(); err != nil {
						return n, words, size, err
					}
					name := "corpus.jsonl"
					if shard > 0 {
						name = fmt.Sprintf("corpus-%05d.jsonl", n/shard)
					}
					if f, err = os.Create(filepath.Join(dir, name)); err != nil {
						return n, words, size, err
					}
					bw = bufio.NewWriterSize(f, 1<<20)
				}
				rec := a.JSONL()
				if _, err := bw.Write(rec); err != nil {
					return n, words, size, err
				}
				size += len(rec)
			} else {
				p := filepath.Join(dir, filepath.FromSlash(a.Name()))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					return n, words, size, err
				}
				if err := os.WriteFile(p, a.Text, 0o644); err != nil {
					return n, words, size, err
				}
				size += len(a.Text)
			}
			n++
			words += a.Words
		}
	}
	return n, words, size, closeShard()
}
