package report

import (
	"encoding/json"
	"io"

	"github.com/claimdiff/claimdiff/compare"
)

// jsonReport is the envelope of the JSON report. Each finding is written by
// compare.Finding.MarshalJSON, in the shape ../shared/eval/FORMAT.md asks.
type jsonReport struct {
	Tool      string             `json:"tool"`
	Version   string             `json:"version"`
	Documents []jsonDocument     `json:"documents"`
	Claims    int                `json:"claims"`
	Summary   jsonSummary        `json:"summary"`
	Findings  []*compare.Finding `json:"findings"`
	Problems  []string           `json:"problems"`
	Stale     []string           `json:"stale"`
}

// jsonDocument describes one checked document.
type jsonDocument struct {
	Path       string  `json:"path"`
	Outlet     string  `json:"outlet"`
	Title      string  `json:"title"`
	URL        string  `json:"url"`
	Published  *string `json:"published"` // YYYY-MM-DD, null when unknown
	DateSource string  `json:"dateSource"`
	Sentences  int     `json:"sentences"`
}

// jsonSummary counts the findings by severity.
type jsonSummary struct {
	Error   int `json:"error"`
	Warning int `json:"warning"`
	Note    int `json:"note"`
}

// JSON writes the report as one JSON object, indented by two spaces and
// ending in a newline: the tool, the documents checked, the number of
// claims, a count of findings by severity, the findings, the input problems
// and the stale baseline fingerprints. Lists are never null.
func JSON(w io.Writer, in Input) error {
	rep := jsonReport{
		Tool:      in.tool(),
		Version:   in.Version,
		Documents: make([]jsonDocument, 0, len(in.Documents)),
		Claims:    in.Claims,
		Findings:  make([]*compare.Finding, len(in.Findings)),
		Problems:  nonNil(in.Problems),
		Stale:     nonNil(in.Stale),
	}
	for _, d := range in.Documents {
		if d == nil {
			continue
		}
		jd := jsonDocument{Path: d.Path, Outlet: d.Outlet, Title: d.Title, URL: d.URL, DateSource: d.DateSource, Sentences: len(d.Sentences)}
		if !d.Published.IsZero() {
			date := d.Published.Format("2006-01-02")
			jd.Published = &date
		}
		rep.Documents = append(rep.Documents, jd)
	}
	for i := range in.Findings {
		rep.Findings[i] = &in.Findings[i]
	}
	rep.Summary.Error, rep.Summary.Warning, rep.Summary.Note = in.counts()
	// Encode writes nothing when marshalling fails, and the whole report
	// in one Write when it succeeds: no buffer of our own
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(rep) // Encode ends with a newline
}

// nonNil returns s, or an empty list when s is nil, so that JSON shows [].
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
