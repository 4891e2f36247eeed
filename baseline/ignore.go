package baseline

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/config"
)

// Suppression is an inline `<!-- claimdiff-ignore CHECK: reason -->` in a
// Markdown or HTML article. It covers the paragraph it stands in, or the
// paragraph that follows it when it stands alone.
type Suppression struct {
	Pos      article.Position
	Check    string // a check ID, or "*" for every check
	Reason   string
	FromLine int // the paragraph covered, inclusive
	ToLine   int
	Used     bool
}

const marker = "<!--"

// Suppressions finds the inline suppressions of a document.
func Suppressions(d *article.Document) []Suppression {
	if d.Format != article.FormatMarkdown && d.Format != article.FormatHTML {
		return nil
	}
	src := d.Src
	starts := article.LineStarts(src)
	var out []Suppression
	for off := 0; ; {
		i := bytes.Index(src[off:], []byte(marker))
		if i < 0 {
			break
		}
		i += off
		j := bytes.Index(src[i:], []byte("-->"))
		if j < 0 {
			break
		}
		body := strings.TrimSpace(string(src[i+len(marker) : i+j]))
		off = i + j + 3
		rest, ok := strings.CutPrefix(body, "claimdiff-ignore")
		if !ok {
			continue
		}
		check, reason, _ := strings.Cut(strings.TrimSpace(rest), ":")
		check = strings.TrimSpace(check)
		if check == "" {
			check = "*"
		}
		line := lineOf(starts, i)
		s := Suppression{Check: check, Reason: strings.TrimSpace(reason), Pos: article.Position{Path: d.Path, Offset: i, Line: line, Col: i - starts[line-1] + 1}}
		s.FromLine, s.ToLine = paragraphLines(src, starts, line, i, off)
		out = append(out, s)
	}
	return out
}

func lineOf(starts []int, off int) int {
	lo, hi := 0, len(starts)
	for lo < hi {
		m := (lo + hi) / 2
		if starts[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// paragraphLines returns the lines of the paragraph a comment at [from,
// to) covers: its own paragraph, or the next one when it stands alone.
func paragraphLines(src []byte, starts []int, line, from, to int) (int, int) {
	lineText := func(l int) []byte {
		if l < 1 || l > len(starts) {
			return nil
		}
		end := len(src)
		if l < len(starts) {
			end = starts[l]
		}
		return bytes.TrimSpace(src[starts[l-1]:end])
	}
	// alone: on a line of its own after a blank line (or the top): it covers
	// the next paragraph; otherwise the paragraph it stands in
	alone := bytes.Equal(lineText(line), bytes.TrimSpace(src[from:to])) && (line == 1 || len(lineText(line-1)) == 0)
	first := line
	if alone {
		first = line + 1
		for first <= len(starts) && len(lineText(first)) == 0 {
			first++
		}
	} else {
		for first > 1 && len(lineText(first-1)) > 0 {
			first--
		}
	}
	last := first
	for last < len(starts) && len(lineText(last+1)) > 0 {
		last++
	}
	return first, last
}

// Filter drops the findings that config ignore rules or inline
// suppressions cover, applies severity overrides, and returns the kept
// findings with the suppressions that matched nothing.
func Filter(fs []compare.Finding, cfg *config.Config, sup []Suppression) ([]compare.Finding, []Suppression) {
	var kept []compare.Finding
	for _, f := range fs {
		if cfg != nil && ignored(&f, cfg) {
			continue
		}
		if suppressed(&f, sup) {
			continue
		}
		if cfg != nil {
			if s, ok := cfg.Severity[f.Check]; ok {
				if sev, err := compare.ParseSeverity(s); err == nil {
					f.Severity = sev
				}
			}
		}
		kept = append(kept, f)
	}
	var unused []Suppression
	for _, s := range sup {
		if !s.Used {
			unused = append(unused, s)
		}
	}
	return kept, unused
}

func ignored(f *compare.Finding, cfg *config.Config) bool {
	for _, ig := range cfg.Ignore {
		if ig.Fingerprint != "" && ig.Fingerprint != f.Fingerprint {
			continue
		}
		if ig.Check != "" && ig.Check != "*" && ig.Check != f.Check {
			continue
		}
		if ig.Path != "" {
			hit := false
			for _, c := range f.Claims {
				if config.MatchPath(ig.Path, c.Pos.Path) {
					hit = true
				}
			}
			if !hit {
				continue
			}
		}
		return true
	}
	return false
}

func suppressed(f *compare.Finding, sup []Suppression) bool {
	hit := false
	for i := range sup {
		s := &sup[i]
		if s.Check != "*" && s.Check != f.Check {
			continue
		}
		for _, c := range f.Claims {
			if c.Pos.Path == s.Pos.Path && c.Pos.Line >= s.FromLine && c.Pos.Line <= s.ToLine {
				s.Used = true
				hit = true
			}
		}
	}
	return hit
}

// String describes an unused suppression for the report.
func (s Suppression) String() string {
	return fmt.Sprintf("%s: claimdiff-ignore %s matches no finding", s.Pos, s.Check)
}
