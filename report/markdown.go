package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Limits of the Markdown report. GitHub refuses comments longer than
// MaxMarkdown characters; the writer counts bytes, which is never fewer.
const (
	MaxMarkdown  = 65536 // the longest report Markdown writes, in bytes
	mdSentence   = 400   // characters of a sentence shown in a table cell
	mdValue      = 120   // characters of a value, outlet, path or title in a cell
	mdClaims     = 25    // claim rows shown per finding
	mdDiffOps    = 80    // lines of a word diff shown per finding
	mdDocuments  = 100   // rows of the documents table
	mdListItems  = 50    // problems or stale fingerprints listed
	mdUndatedMax = 20    // undated documents named
	mdHeadBudget = 16384 // bytes of the summary after which tables and lists stop
)

// Markdown writes the report for people to read, and to post as a GitHub
// pull-request comment: a title, a summary with a table of the documents,
// input problems and stale baseline fingerprints, then every finding with
// its claims in a table, the consensus, the reason and (for quote drift) a
// word diff. Findings a baseline already knew ("unchanged") come last,
// folded in a <details> block. When the report would pass MaxMarkdown
// bytes, whole findings are cut from the end and a note says how many.
//
// All article text goes through escapeInline (or into a fenced code block
// whose fence it cannot close), so it renders as text: never as a link, an
// image, HTML, a heading, a list, a table break, a @mention or an issue
// reference.
func Markdown(w io.Writer, in Input) error {
	head := mdHead(in)

	var fresh, known []string // rendered findings: new ones, then unchanged
	n := 0
	for i := range in.Findings {
		if in.Findings[i].BaselineState != "unchanged" {
			n++
			fresh = append(fresh, mdFinding(&in.Findings[i], n))
		}
	}
	for i := range in.Findings {
		if in.Findings[i].BaselineState == "unchanged" {
			n++
			known = append(known, mdFinding(&in.Findings[i], n))
		}
	}
	foot := fmt.Sprintf("<sub>%s %s</sub>\n", escapeInline(in.tool()), escapeInline(in.Version))

	total := len(fresh) + len(known)
	out := mdAssemble(head, fresh, known, total, foot)
	if len(out) > MaxMarkdown {
		// The longest prefix of findings that fits: binary search, since a
		// report with a cut note grows with every finding kept.
		lo, hi := 0, total-1 // lo always fits (or is 0), hi+1 does not
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if len(mdAssemble(head, fresh, known, mid, foot)) <= MaxMarkdown {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		out = mdAssemble(head, fresh, known, lo, foot)
		if len(out) > MaxMarkdown { // even the summary alone is too long
			out = truncateBytes(out, MaxMarkdown)
		}
	}
	_, err := io.WriteString(w, out)
	return err
}

// mdAssemble puts the report together with the first keep findings (new ones
// first), and a note on the rest when some were cut.
func mdAssemble(head string, fresh, known []string, keep int, foot string) string {
	var b strings.Builder
	b.WriteString(head)
	total := len(fresh) + len(known)
	nf := min(keep, len(fresh))
	nk := min(keep-nf, len(known))
	switch {
	case total == 0:
		b.WriteString("### Findings\n\nNo disagreements found.\n\n")
	case len(fresh) == 0:
		b.WriteString("### Findings\n\nNo new findings.\n\n")
	default:
		b.WriteString("### Findings\n\n")
	}
	for _, s := range fresh[:nf] {
		b.WriteString(s)
	}
	if nk > 0 {
		fmt.Fprintf(&b, "<details>\n<summary>%s unchanged since the baseline</summary>\n\n", plural(len(known), "finding"))
		for _, s := range known[:nk] {
			b.WriteString(s)
		}
		b.WriteString("</details>\n\n")
	}
	if cut := total - nf - nk; cut > 0 {
		what := "1 finding was"
		if cut != 1 {
			what = fmt.Sprintf("%d findings were", cut)
		}
		fmt.Fprintf(&b, "**%s cut** to keep this report under GitHub's %d-character limit; run claimdiff with `--format json` to see all %d.\n\n",
			what, MaxMarkdown, total)
	}
	b.WriteString(foot)
	return b.String()
}

// mdHead is the title, the summary, the documents table, the input problems
// and the stale baseline fingerprints.
func mdHead(in Input) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s report\n\n", escapeInline(in.tool()))
	errs, warns, notes := in.counts()
	fmt.Fprintf(&b, "Checked **%s** and extracted **%s**. Found **%s**: %s, %s, %s.\n\n",
		plural(countDocs(in), "document"), plural(in.Claims, "claim"), plural(len(in.Findings), "finding"),
		plural(errs, "error"), plural(warns, "warning"), plural(notes, "note"))

	var undated []string
	rows, hidden := 0, 0
	for _, d := range in.Documents {
		if d == nil {
			continue
		}
		if d.Published.IsZero() {
			undated = append(undated, d.Path)
		}
		if rows == 0 {
			b.WriteString("| Document | Outlet | Published | Title |\n| --- | --- | --- | --- |\n")
		}
		rows++
		if rows > mdDocuments || b.Len() > mdHeadBudget {
			hidden++
			continue
		}
		date := "unknown — no date found"
		if !d.Published.IsZero() {
			date = d.Published.Format("2006-01-02")
			if d.DateSource != "" {
				date += " (" + escapeCell(d.DateSource, mdValue) + ")"
			}
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", escapeCell(d.Path, mdValue), escapeCell(d.Outlet, mdValue),
			date, escapeCell(d.Title, mdValue))
	}
	if hidden > 0 {
		fmt.Fprintf(&b, "| … and %d more | | | |\n", hidden)
	}
	if rows > 0 {
		b.WriteString("\n")
	}
	if len(undated) > 0 {
		names := make([]string, 0, min(len(undated), mdUndatedMax))
		for _, p := range undated[:min(len(undated), mdUndatedMax)] {
			names = append(names, escapeCell(p, mdValue))
		}
		more := ""
		if len(undated) > mdUndatedMax {
			more = fmt.Sprintf(" and %d more", len(undated)-mdUndatedMax)
		}
		fmt.Fprintf(&b, "No publication date found for %s: %s%s.\n\n", plural(len(undated), "document"), strings.Join(names, ", "), more)
	}
	mdList(&b, "Input problems", in.Problems)
	mdList(&b, "Stale baseline entries", in.Stale)
	if len(in.Stale) > 0 {
		b.WriteString("These baseline fingerprints matched no finding; the baseline can drop them.\n\n")
	}
	return b.String()
}

// mdList writes a section with a bulleted list of article-derived strings.
func mdList(b *strings.Builder, title string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(b, "### %s\n\n", title)
	shown := 0
	for _, it := range items {
		if shown == mdListItems || b.Len() > mdHeadBudget {
			break
		}
		fmt.Fprintf(b, "- %s\n", escapeCell(it, mdSentence))
		shown++
	}
	if shown < len(items) {
		fmt.Fprintf(b, "- … and %d more\n", len(items)-shown)
	}
	b.WriteString("\n")
}

// mdFinding renders one finding, numbered n.
func mdFinding(f *compare.Finding, n int) string {
	var b strings.Builder
	sev := f.Severity.String()
	title := fmt.Sprintf("#### %d. %s: %s", n, strings.ToUpper(sev[:1])+sev[1:], escapeInline(f.Check))
	if fact := escapeCell(f.Fact, mdValue); fact != "" {
		title += " — " + fact
	}
	b.WriteString(title + "\n\n")
	if msg := escapeInline(f.Message); msg != "" {
		b.WriteString(msg + "\n\n")
	}

	if len(f.Claims) > 0 {
		b.WriteString("| Outlet | Value | Where | Sentence |\n| --- | --- | --- | --- |\n")
		for _, c := range f.Claims[:min(len(f.Claims), mdClaims)] {
			outlet := escapeCell(c.Outlet, mdValue)
			if isOutlier(f, c) {
				outlet += " (outlier)"
			}
			value := escapeCell(c.Value, mdValue)
			if c.Norm != "" && c.Norm != c.Value && showNorm(f.Check) {
				value += " (" + escapeCell(c.Norm, mdValue) + ")"
			}
			if c.Speaker != "" && c.Speaker != c.Value {
				value += " (said by " + escapeCell(c.Speaker, mdValue) + ")"
			}
			fmt.Fprintf(&b, "| %s | %s | %s | “%s” |\n", outlet, value, escapeCell(where(c), mdValue), escapeCell(c.Sentence, mdSentence))
		}
		if len(f.Claims) > mdClaims {
			fmt.Fprintf(&b, "| … and %d more claims | | | |\n", len(f.Claims)-mdClaims)
		}
		b.WriteString("\n")
	}

	if len(f.Values) > 0 {
		b.WriteString("**Consensus:**\n\n")
		for _, g := range f.Values {
			value := escapeCell(g.Value, mdValue)
			if value == "" {
				value = "(empty)"
			} else {
				value = "**" + value + "**"
			}
			if g.Norm != "" && g.Norm != g.Value && showNorm(f.Check) {
				value += " (" + escapeCell(g.Norm, mdValue) + ")"
			}
			outlets := make([]string, len(g.Outlets))
			for i, o := range g.Outlets {
				outlets[i] = escapeCell(o, mdValue)
				if f.Outlier != "" && o == f.Outlier {
					outlets[i] += " (outlier)"
				}
			}
			fmt.Fprintf(&b, "- %s — %s\n", value, strings.Join(outlets, ", "))
		}
		b.WriteString("\n")
	}
	if f.Outlier != "" {
		fmt.Fprintf(&b, "Outlier: %s stands alone against the other outlets.\n\n", escapeCell(f.Outlier, mdValue))
	}
	if why := escapeInline(f.Why); why != "" {
		fmt.Fprintf(&b, "**Why:** %s\n\n", why)
	}
	if d := mdDiff(f.Diff); d != "" {
		b.WriteString("Word diff (first quote → second):\n\n" + d + "\n")
	}

	meta := []string{}
	if f.Fingerprint != "" {
		meta = append(meta, "fingerprint "+escapeInline(f.Fingerprint))
	}
	meta = append(meta, fmt.Sprintf("confidence %.2f", f.Confidence))
	if f.Kind != "" {
		meta = append(meta, escapeInline(f.Kind))
	}
	if f.BaselineState == "new" {
		meta = append(meta, "new since the baseline")
	}
	fmt.Fprintf(&b, "<sub>%s</sub>\n\n", strings.Join(meta, " · "))
	return b.String()
}

// mdDiff renders a word diff as a fenced ```diff block: a line per piece,
// "- " for words only in the first quote, "+ " for words only in the second,
// "  " for words in both. Nothing inside a code block is Markdown, and the
// fence is longer than any backtick run in the text, so article text cannot
// break out of it.
func mdDiff(ops []compare.DiffOp) string {
	var body strings.Builder
	lines := 0
	for _, op := range ops {
		t := truncate(oneLine(op.Text), mdSentence)
		if t == "" {
			continue
		}
		if lines == mdDiffOps {
			body.WriteString("  …\n")
			break
		}
		lines++
		switch op.Op {
		case "delete":
			body.WriteString("- ")
		case "insert":
			body.WriteString("+ ")
		default:
			body.WriteString("  ")
		}
		body.WriteString(t + "\n")
	}
	if lines == 0 {
		return ""
	}
	fence := codeFence(body.String())
	return fence + "diff\n" + body.String() + fence + "\n"
}

// truncateBytes cuts s to at most n bytes, at a line break when it can.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[:n]
	if i := strings.LastIndexByte(s, '\n'); i > 0 {
		return s[:i+1]
	}
	return strings.ToValidUTF8(s, "")
}

// showNorm reports whether a check's normalized values say more than the
// values as written (a date's ISO form does; a folded quote does not).
func showNorm(check string) bool {
	switch check {
	case "quote-drift", "attribution-conflict", "negation-conflict", "role-conflict":
		return false
	}
	return true
}
