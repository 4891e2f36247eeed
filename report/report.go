// Package report writes claimdiff's results: Markdown for people (and for a
// GitHub pull-request comment), JSON for programs and the evaluation scorer,
// compact text for a terminal, and SARIF 2.1.0 for code-scanning tools.
//
// Every writer is a pure function of its Input: it writes to the given
// io.Writer and nothing else, and the same Input always gives the same
// bytes. Article text (sentences, values, outlets, titles, paths) is data:
// the Markdown writer escapes it so that it can never become markup, and the
// text writer strips control characters so that it can never drive the
// terminal.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/compare"
)

// Input is everything a report shows.
type Input struct {
	Tool, Version string
	Documents     []*article.Document // every document checked, sorted by Path
	Claims        int                 // number of claims extracted
	Findings      []compare.Finding   // already sorted and deduplicated
	Problems      []string            // input problems, already formatted ("x.bin: binary file, skipped")
	Stale         []string            // baseline fingerprints that matched nothing
}

// Formats lists the report formats Render accepts, by their main names.
var Formats = []string{"text", "markdown", "json", "sarif"}

// Render writes the report in the named format: "markdown" (or "md"),
// "json", "text" or "sarif". An unknown format is an error and writes
// nothing.
func Render(w io.Writer, format string, in Input) error {
	switch strings.ToLower(strings.TrimSpace(format)) {
	case "markdown", "md":
		return Markdown(w, in)
	case "json":
		return JSON(w, in)
	case "text", "txt":
		return Text(w, in)
	case "sarif":
		return SARIF(w, in)
	}
	return fmt.Errorf("unknown report format %q (want %s)", format, strings.Join(Formats, ", "))
}

// tool is the tool's name, "claimdiff" unless the input says otherwise.
func (in Input) tool() string {
	if in.Tool == "" {
		return "claimdiff"
	}
	return in.Tool
}

// counts returns the number of findings of each severity.
func (in Input) counts() (errors, warnings, notes int) {
	for _, f := range in.Findings {
		switch f.Severity {
		case compare.Error:
			errors++
		case compare.Warning:
			warnings++
		default:
			notes++
		}
	}
	return
}

// plural returns "1 error", "2 errors".
func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// severityCounts returns "2 errors, 1 warning, 0 notes".
func (in Input) severityCounts() string {
	e, w, n := in.counts()
	return plural(e, "error") + ", " + plural(w, "warning") + ", " + plural(n, "note")
}

// where is the claim's position as path:line:col, or the document's path
// when the position is unknown.
func where(c compare.Evidence) string {
	if c.Pos.Path == "" && c.Doc != nil {
		p := c.Pos
		p.Path = c.Doc.Path
		return p.String()
	}
	return c.Pos.String()
}

// isOutlier reports whether the claim's outlet is the finding's outlier.
func isOutlier(f *compare.Finding, c compare.Evidence) bool {
	return f.Outlier != "" && c.Outlet == f.Outlier
}
