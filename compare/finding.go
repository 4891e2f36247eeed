package compare

import (
	"encoding/json"
	"fmt"
	"path"
	"strings"

	"github.com/claimdiff/claimdiff/article"
)

// Severity is how bad a finding is.
type Severity int

// Severities, least severe first.
const (
	Note Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

// ParseSeverity reads "error", "warning" or "note".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "note":
		return Note, nil
	}
	return Note, fmt.Errorf("unknown severity %q (want error, warning or note)", s)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads the severity's name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	*s = v
	return err
}

var _ json.Marshaler = (*Finding)(nil)

// Evidence is one claim behind a finding, resolved to its place in a file.
type Evidence struct {
	Doc      *article.Document `json:"-"`
	Pos      article.Position  `json:"-"`
	Outlet   string            `json:"outlet"`
	Sentence string            `json:"quote"` // the verbatim evidence sentence(s), white space folded
	Value    string            `json:"value"` // the value's own words ("February 2024", the quote's text, a title)
	Norm     string            `json:"norm"`  // normalized value ("2024-02", "25 %", ...)
	Group    int               `json:"group"` // index into Finding.Values
	Speaker  string            `json:"speaker,omitempty"`
}

// DocName returns the file name of the evidence's document, its folders
// left out, as fingerprints name documents ("post.txt", "feed.jsonl#3").
func (e *Evidence) DocName() string { return path.Base(e.slashPath()) }

// folder returns the folder of the evidence's document, slash-separated.
func (e *Evidence) folder() string { return path.Dir(e.slashPath()) }

func (e *Evidence) slashPath() string { return strings.ReplaceAll(e.Pos.Path, "\\", "/") }

// ValueGroup is one of the values reported for an aligned fact, with the
// outlets that stand behind it.
type ValueGroup struct {
	Value   string   `json:"value"`   // as written by the first outlet
	Norm    string   `json:"norm"`    // normalized
	Outlets []string `json:"outlets"` // sorted, unique
}

// DiffOp is one piece of a word diff between two quotes.
type DiffOp struct {
	Op   string `json:"op"` // "equal", "delete" (only in the first), "insert" (only in the second)
	Text string `json:"text"`
}

// Finding is one disagreement between documents.
type Finding struct {
	Check      string   // stable check ID, e.g. "number-mismatch", "quote-drift"
	Severity   Severity //
	Confidence float64  // 0..1: how sure the alignment and the conflict are
	Kind       string   // "contradiction" or "divergence"
	Message    string   // one line, names the outlets and the values
	Fact       string   // the aligned fact: predicate and subject ("killed / fire", "tariff")
	Why        string   // why the claims were aligned and why they conflict
	Values     []ValueGroup
	Claims     []Evidence
	Outlier    string   // the outlet that stands alone against several, if any
	Diff       []DiffOp // word diff for quote drift (first variant → second)
	// Fingerprint identifies the finding by content (check, fact, values,
	// document names), not by position: stable under re-wrapping and edits
	// elsewhere.
	Fingerprint string
	// BaselineState is "new" or "unchanged" when a baseline was given.
	BaselineState string
}

// MarshalJSON writes the finding in the shape of ../shared/eval/FORMAT.md,
// with every claim's doc, line, col and quote.
func (f *Finding) MarshalJSON() ([]byte, error) {
	type claim struct {
		Doc    string `json:"doc"`
		Line   int    `json:"line"`
		Col    int    `json:"col"`
		Offset int    `json:"offset"`
		Evidence
	}
	claims := make([]claim, len(f.Claims))
	for i, c := range f.Claims {
		claims[i] = claim{Doc: c.Pos.Path, Line: c.Pos.Line, Col: c.Pos.Col, Offset: c.Pos.Offset, Evidence: c}
	}
	return json.Marshal(struct {
		Check         string       `json:"check"`
		Severity      Severity     `json:"severity"`
		Confidence    float64      `json:"confidence"`
		Kind          string       `json:"kind"`
		Message       string       `json:"message"`
		Fact          string       `json:"fact"`
		Why           string       `json:"why"`
		Values        []ValueGroup `json:"values"`
		Outlier       string       `json:"outlier,omitempty"`
		Claims        []claim      `json:"claims"`
		Diff          []DiffOp     `json:"diff,omitempty"`
		Fingerprint   string       `json:"fingerprint"`
		BaselineState string       `json:"baselineState,omitempty"`
	}{f.Check, f.Severity, f.Confidence, f.Kind, f.Message, f.Fact, f.Why, f.Values, f.Outlier, claims, f.Diff, f.Fingerprint, f.BaselineState})
}

// Check describes one kind of finding.
type Check struct {
	ID          string
	Description string // one line
	Severity    Severity
}

// Checks lists every check claimdiff runs, in a stable order.
var Checks = []Check{
	{"date-mismatch", "The same event is dated differently by different outlets.", Error},
	{"number-mismatch", "The same count is reported with incompatible values.", Error},
	{"percent-mismatch", "The same percentage is reported with incompatible values.", Error},
	{"money-mismatch", "The same sum of money is reported with incompatible amounts or currencies.", Error},
	{"duration-mismatch", "The same duration is reported with incompatible lengths.", Error},
	{"quantity-mismatch", "The same measured quantity is reported with incompatible amounts.", Error},
	{"score-mismatch", "The same vote or score is reported with different tallies.", Error},
	{"value-divergence", "The same attribute is given different values for partly different subjects: worth a look, not a clear contradiction.", Warning},
	{"quote-drift", "The same speaker's words on one occasion are quoted differently.", Error},
	{"attribution-conflict", "The same quote is attributed to different people.", Error},
	{"negation-conflict", "One outlet states what another denies or rules out.", Error},
	{"role-conflict", "The same person is given different titles or affiliations.", Error},
	{"place-conflict", "The same event is placed at different named places (a note: without a gazetteer, one place may lie inside the other).", Note},
	{"stated-update", "A figure changed over time and a later article says so: shown for the record, not a contradiction.", Note},
}

// LookupCheck returns the check with the given ID.
func LookupCheck(id string) (Check, bool) {
	for _, c := range Checks {
		if c.ID == id {
			return c, true
		}
	}
	return Check{}, false
}
