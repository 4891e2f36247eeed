package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// textSentence is how many characters of a sentence a text line shows.
const textSentence = 200

// Text writes the report as compact lines for a terminal, without colours.
// Each finding is a group: a line "path:line:col: severity: check: message"
// at its first claim, one line in the same shape for every claim (outlet,
// value and sentence), then indented lines with the reason, the word diff of
// a quote drift and the fingerprint. Input problems, stale baseline
// fingerprints and a summary line follow. Article text is folded onto one
// line and stripped of control characters, so it cannot drive the terminal.
func Text(w io.Writer, in Input) error {
	var b bytes.Buffer
	for i := range in.Findings {
		f := &in.Findings[i]
		sev, check := f.Severity.String(), oneLine(f.Check)
		first := in.tool()
		if len(f.Claims) > 0 {
			first = oneLine(where(f.Claims[0]))
		}
		fmt.Fprintf(&b, "%s: %s: %s: %s\n", first, sev, check, oneLine(f.Message))
		for _, c := range f.Claims {
			outlet := oneLine(c.Outlet)
			if isOutlier(f, c) {
				outlet += " (outlier)"
			}
			fmt.Fprintf(&b, "%s: %s: %s: %s: “%s” in “%s”\n", oneLine(where(c)), sev, check, outlet,
				oneLine(c.Value), truncate(oneLine(c.Sentence), textSentence))
		}
		if why := oneLine(f.Why); why != "" {
			fmt.Fprintf(&b, "    why: %s\n", why)
		}
		if len(f.Diff) > 0 {
			fmt.Fprintf(&b, "    diff: %s\n", textDiff(f.Diff))
		}
		if f.Fingerprint != "" || f.BaselineState != "" {
			line := "    fingerprint: " + oneLine(f.Fingerprint)
			if f.BaselineState != "" {
				line += " (" + oneLine(f.BaselineState) + ")"
			}
			b.WriteString(line + "\n")
		}
		b.WriteByte('\n')
	}
	for _, p := range in.Problems {
		fmt.Fprintf(&b, "%s\n", oneLine(p))
	}
	for _, s := range in.Stale {
		fmt.Fprintf(&b, "%s: stale baseline fingerprint, matched no finding: %s\n", in.tool(), oneLine(s))
	}
	fmt.Fprintf(&b, "%s: %s, %s, %s (%s)\n", in.tool(), plural(countDocs(in), "document"),
		plural(in.Claims, "claim"), plural(len(in.Findings), "finding"), in.severityCounts())
	_, err := w.Write(b.Bytes())
	return err
}

// textDiff writes a word diff in wdiff style: [-deleted-] {+inserted+}.
func textDiff(ops []compare.DiffOp) string {
	parts := make([]string, 0, len(ops))
	for _, op := range ops {
		t := oneLine(op.Text)
		if t == "" {
			continue
		}
		switch op.Op {
		case "delete":
			t = "[-" + t + "-]"
		case "insert":
			t = "{+" + t + "+}"
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, " ")
}

// countDocs counts the non-nil documents.
func countDocs(in Input) int {
	n := 0
	for _, d := range in.Documents {
		if d != nil {
			n++
		}
	}
	return n
}
