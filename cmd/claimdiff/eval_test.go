package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// The scoring of ../shared/eval/score.py (FORMAT.md), ported so that the
// clusters kept in testdata/eval gate every change: a finding matches a
// gold item when one of its claims comes from a side-a document and quotes
// its snippet, and another claim does the same for side b.

type goldSide []struct {
	Doc     string `json:"doc"`
	Snippet string `json:"snippet"`
}

type goldFile struct {
	Findings []struct {
		ID   string   `json:"id"`
		Must bool     `json:"must"`
		A    goldSide `json:"a"`
		B    goldSide `json:"b"`
	} `json:"findings"`
}

var wsRe = regexp.MustCompile(`\s+`)

var foldRepl = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'", "\u2035", "'", "\u2039", "'", "\u203a", "'", "\uff07", "'",
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`, "\u2036", `"`, "\u00ab", `"`, "\u00bb", `"`, "\uff02", `"`,
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2043", "-", "\u2212", "-", "\ufe58", "-", "\ufe63", "-", "\uff0d", "-",
	"\u00ad", "", "\u200b", "", "\u200c", "", "\u200d", "", "\u2060", "", "\ufeff", "",
)

var folder = cases.Fold()

func fold(s string) string {
	s = foldRepl.Replace(norm.NFKC.String(s))
	s = folder.String(s)
	return strings.TrimSpace(wsRe.ReplaceAllString(s, " "))
}

type scored struct{ tp, findings, must, missed int }

func scoreCluster(t *testing.T, dir string) scored {
	t.Helper()
	var g goldFile
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	_, out, errs := runCLI(t, "", "check", "--format", "json", "--no-config", dir)
	var rep struct {
		Findings []struct {
			Severity string `json:"severity"`
			Claims   []struct {
				Doc   string `json:"doc"`
				Quote string `json:"quote"`
			} `json:"claims"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%s: %v: %s", dir, err, errs)
	}
	hits := func(claims []struct {
		Doc   string `json:"doc"`
		Quote string `json:"quote"`
	}, side goldSide) map[int]bool {
		h := map[int]bool{}
		for i, c := range claims {
			for _, s := range side {
				if filepath.Base(c.Doc) == s.Doc && strings.Contains(fold(c.Quote), fold(s.Snippet)) {
					h[i] = true
				}
			}
		}
		return h
	}
	var sc scored
	matched := map[int]bool{}
	for _, f := range rep.Findings {
		if f.Severity != "error" && f.Severity != "warning" {
			continue
		}
		sc.findings++
		hit := false
		for k, item := range g.Findings {
			ha, hb := hits(f.Claims, item.A), hits(f.Claims, item.B)
			ok := false
			for i := range ha {
				for j := range hb {
					if i != j {
						ok = true
					}
				}
			}
			if ok {
				hit = true
				matched[k] = true
			}
		}
		if hit {
			sc.tp++
		} else {
			t.Logf("%s: unmatched finding: %s", filepath.Base(dir), f.Claims[0].Quote)
		}
	}
	for k, item := range g.Findings {
		if item.Must {
			sc.must++
			if !matched[k] {
				sc.missed++
				t.Logf("%s: missed %s", filepath.Base(dir), item.ID)
			}
		}
	}
	return sc
}

// TestEvalClusters scores the tool on the clusters of testdata/eval through
// eval6 (stories written apart from the development set; eval2 to eval6
// were first scored untuned: 0.43/0.13, 0.64/0.39, 0.71/0.47, 0.71/0.56
// and 0.85/0.50), and
// fails below the figures each set has reached: a guard against
// regressions. The bar for testdata/eval is the one the alignment issue
// sets; the others are lower because the tool does not reach it there.
func TestEvalClusters(t *testing.T) {
	for _, set := range []struct {
		dir               string
		precision, recall float64
	}{
		{"eval", 0.90, 0.95},
		{"eval2", 0.90, 0.60},
		{"eval3", 0.90, 0.85},
		{"eval4", 0.90, 0.95},
		{"eval5", 0.90, 0.85},
		{"eval6", 0.90, 0.50},
	} {
		t.Run(set.dir, func(t *testing.T) { evalSet(t, set.dir, set.precision, set.recall) })
	}
}

func evalSet(t *testing.T, set string, minP, minR float64) {
	dirs, _ := filepath.Glob(filepath.Join("testdata", set, "*", "gold.json"))
	if len(dirs) == 0 {
		t.Fatalf("no clusters in testdata/%s", set)
	}
	var tot scored
	for _, g := range dirs {
		sc := scoreCluster(t, filepath.Dir(g))
		tot.tp += sc.tp
		tot.findings += sc.findings
		tot.must += sc.must
		tot.missed += sc.missed
	}
	precision := 1.0
	if tot.findings > 0 {
		precision = float64(tot.tp) / float64(tot.findings)
	}
	recall := float64(tot.must-tot.missed) / float64(tot.must)
	t.Logf("precision=%.2f recall=%.2f findings=%d gold=%d clusters=%d", precision, recall, tot.findings, tot.must, len(dirs))
	if precision < minP || recall < minR {
		t.Errorf("precision %.2f, recall %.2f: want at least %.2f and %.2f", precision, recall, minP, minR)
	}
}
