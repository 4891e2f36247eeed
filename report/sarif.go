package report

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/claimdiff/claimdiff/compare"
)

// InformationURI is the tool's home page, written into SARIF reports.
const InformationURI = "https://github.com/claimdiff/claimdiff"

// FingerprintKey names claimdiff's fingerprint in SARIF partialFingerprints.
const FingerprintKey = "claimdiff/v1"

// srcRoot is the uriBaseId of relative artifact locations: the folder the
// tool was run in, which code-scanning services take as the repository root.
const srcRoot = "%SRCROOT%"

// SARIF writes the report as a SARIF 2.1.0 log (compact JSON ending in a
// newline) with one run: a rule for every check in compare.Checks (plus any
// unknown check a finding names), and a result for every finding. A result's
// message names every value and the outlets behind it, since GitHub shows
// neither related locations nor properties; its primary location is the first
// claim and its related locations are the others; partialFingerprints
// carries the finding's fingerprint under FingerprintKey. Input problems
// become tool execution notifications.
func SARIF(w io.Writer, in Input) error {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	run := sarif.NewRunWithInformationURI(in.tool(), InformationURI)
	if in.Version != "" {
		run.Tool.Driver.WithVersion(in.Version)
	}
	run.WithColumnKind("utf16CodeUnits")

	ruleIndex := map[string]int{}
	addRule := func(c compare.Check) {
		rule := run.AddRule(c.ID).WithDescription(c.Description).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(c.Severity.String()))
		rule.WithName(ruleName(c.ID))
		ruleIndex[c.ID] = len(ruleIndex)
	}
	for _, c := range compare.Checks {
		addRule(c)
	}
	for _, f := range in.Findings {
		if _, ok := ruleIndex[f.Check]; !ok {
			addRule(compare.Check{ID: f.Check, Description: "A check unknown to this version of the report writer.", Severity: f.Severity})
		}
	}

	for i := range in.Findings {
		run.AddResult(sarifResult(&in.Findings[i], ruleIndex[in.Findings[i].Check]))
	}

	if len(in.Problems) > 0 {
		inv := run.AddInvocation(true)
		for _, p := range in.Problems {
			inv.AddTToolExecutionNotification(sarif.NewNotification().
				WithLevel("warning").WithMessage(sarif.NewTextMessage(p)))
		}
	}
	if len(in.Stale) > 0 {
		run.Properties = sarif.Properties{"staleFingerprints": in.Stale}
	}
	log.AddRun(run)

	var buf bytes.Buffer
	if err := log.Write(&buf); err != nil {
		return err
	}
	buf.WriteByte('\n')
	_, err = w.Write(buf.Bytes())
	return err
}

// sarifResult turns one finding into a SARIF result.
func sarifResult(f *compare.Finding, index int) *sarif.Result {
	res := sarif.NewRuleResult(f.Check).
		WithRuleIndex(index).
		WithLevel(f.Severity.String()).
		WithMessage(sarif.NewTextMessage(sarifMessage(f)))
	for i, c := range f.Claims {
		loc := sarifLocation(c).WithMessage(sarif.NewTextMessage(claimLabel(f, c)))
		if i == 0 {
			res.AddLocation(loc)
			continue
		}
		res.AddRelatedLocation(loc.WithId(i))
	}
	if f.Fingerprint != "" {
		res.WithPartialFingerPrints(map[string]interface{}{FingerprintKey: f.Fingerprint})
	}
	switch f.BaselineState {
	case "new", "unchanged", "updated", "absent":
		res.WithBaselineState(f.BaselineState)
	}
	props := sarif.Properties{"confidence": f.Confidence}
	if f.Kind != "" {
		props["kind"] = f.Kind
	}
	if f.Fact != "" {
		props["fact"] = f.Fact
	}
	if f.Why != "" {
		props["why"] = f.Why
	}
	if f.Outlier != "" {
		props["outlier"] = f.Outlier
	}
	res.Properties = props
	return res
}

// sarifMessage is the finding's message followed by every value and the
// outlets that stand behind it.
func sarifMessage(f *compare.Finding) string {
	msg := strings.TrimSpace(oneLine(f.Message))
	var groups []string
	for _, g := range f.Values {
		v := fmt.Sprintf("“%s” (%s)", oneLine(g.Value), oneLine(strings.Join(g.Outlets, ", ")))
		groups = append(groups, v)
	}
	if len(groups) == 0 { // no value groups: name the claims instead
		for _, c := range f.Claims {
			groups = append(groups, claimLabel(f, c))
		}
	}
	if len(groups) > 0 {
		if msg != "" && !strings.HasSuffix(msg, ".") {
			msg += "."
		}
		msg = strings.TrimSpace(msg + " Values: " + strings.Join(groups, "; ") + ".")
	}
	if f.Outlier != "" {
		msg += " Outlier: " + oneLine(f.Outlier) + "."
	}
	if msg == "" {
		msg = f.Check
	}
	return msg
}

// claimLabel says who claimed what: "BBC (outlier): “February 2024”".
func claimLabel(f *compare.Finding, c compare.Evidence) string {
	outlet := oneLine(c.Outlet)
	if isOutlier(f, c) {
		outlet += " (outlier)"
	}
	return fmt.Sprintf("%s: “%s”", outlet, oneLine(c.Value))
}

// sarifLocation is the claim's place: its file (a relative slash path under
// %SRCROOT%, or a file: URI for an absolute path), line and column, and the
// claim's sentence as the snippet.
func sarifLocation(c compare.Evidence) *sarif.Location {
	path := c.Pos.Path
	if path == "" && c.Doc != nil {
		path = c.Doc.Path
	}
	art := sarif.NewArtifactLocation()
	if strings.HasPrefix(path, "/") {
		art.WithUri((&url.URL{Scheme: "file", Path: path}).String())
	} else {
		u := (&url.URL{Path: path}).EscapedPath()
		if i := strings.IndexByte(u, ':'); i >= 0 && !strings.Contains(u[:i], "/") {
			u = "./" + u // a colon in the first segment would read as a scheme
		}
		art.WithUri(u).WithUriBaseId(srcRoot)
	}
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(art)
	if c.Pos.IsValid() {
		region := sarif.NewRegion().WithStartLine(c.Pos.Line)
		if col := utf16Column(c); col > 0 {
			region.WithStartColumn(col)
		}
		if s := c.Sentence; s != "" {
			region.WithSnippet(sarif.NewArtifactContent().WithText(s))
		}
		phys.WithRegion(region)
	}
	return sarif.NewLocationWithPhysicalLocation(phys)
}

// utf16Column converts the claim's byte column to the UTF-16 code units
// SARIF counts by default, reading the line from the document's bytes; it
// falls back to the byte column when the document does not match.
func utf16Column(c compare.Evidence) int {
	col := c.Pos.Col
	if col <= 0 || c.Doc == nil {
		return col
	}
	start, end := c.Pos.Offset-(col-1), c.Pos.Offset
	if start < 0 || end > len(c.Doc.Src) || start > end {
		return col
	}
	n := 1
	for s := c.Doc.Src[start:end]; len(s) > 0; {
		r, size := utf8.DecodeRune(s)
		if r == '\n' || r == '\r' {
			return col // not one line: the position does not match Src
		}
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		s = s[size:]
	}
	return n
}

// ruleName turns a check ID into a rule name: "date-mismatch" → "DateMismatch".
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		switch {
		case r == '-' || r == '_' || r == ' ':
			up = true
		case up:
			b.WriteString(strings.ToUpper(string(r)))
			up = false
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
