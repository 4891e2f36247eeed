// Package baseline keeps the findings a team already knows about, so that a
// CI run fails only on new contradictions. A baseline is a JSON file, sorted
// and stable so that it reads well in a diff; each entry has a reason a
// person may fill in.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
)

// Version is the format version of baseline files.
const Version = 1

// Entry is one known finding.
type Entry struct {
	Fingerprint string   `json:"fingerprint"`
	Match       string   `json:"match"` // check, fact and values without the documents: matches when documents are added
	Check       string   `json:"check"`
	Severity    string   `json:"severity"`
	Fact        string   `json:"fact"`
	Message     string   `json:"message"`
	Values      []string `json:"values"`
	Outlets     []string `json:"outlets"`
	Docs        []string `json:"docs"`
	Reason      string   `json:"reason"`
}

// File is a baseline file.
type File struct {
	Version  int     `json:"version"`
	Tool     string  `json:"tool"`
	Findings []Entry `json:"findings"`
}

// MatchKey is the looser identity of a finding: its check, fact and
// normalized values, without the documents.
func MatchKey(f *compare.Finding) string {
	var norms []string
	for _, v := range f.Values {
		norms = append(norms, v.Norm)
	}
	sort.Strings(norms)
	h := sha256.Sum256([]byte(f.Check + "\x00" + f.Fact + "\x00" + strings.Join(norms, "\x00")))
	return hex.EncodeToString(h[:8])
}

func docsOf(f *compare.Finding) []string {
	var docs []string
	seen := map[string]bool{}
	for i := range f.Claims {
		d := f.Claims[i].DocName()
		if !seen[d] {
			seen[d] = true
			docs = append(docs, d)
		}
	}
	sort.Strings(docs)
	return docs
}

// FromFindings builds a baseline from findings, keeping the reasons of a
// previous baseline's entries that still match.
func FromFindings(fs []compare.Finding, previous *File) *File {
	reasons := map[string]string{}
	if previous != nil {
		for _, e := range previous.Findings {
			if e.Reason != "" {
				reasons[e.Fingerprint] = e.Reason
				reasons["m:"+e.Match] = e.Reason
			}
		}
	}
	b := &File{Version: Version, Tool: "claimdiff", Findings: []Entry{}}
	for i := range fs {
		f := &fs[i]
		e := Entry{Fingerprint: f.Fingerprint, Match: MatchKey(f), Check: f.Check, Severity: f.Severity.String(), Fact: f.Fact, Message: f.Message, Docs: docsOf(f)}
		for _, v := range f.Values {
			e.Values = append(e.Values, v.Norm)
			for _, o := range v.Outlets {
				e.Outlets = appendUnique(e.Outlets, o)
			}
		}
		sort.Strings(e.Outlets)
		e.Reason = reasons[e.Fingerprint]
		if e.Reason == "" {
			e.Reason = reasons["m:"+e.Match]
		}
		b.Findings = append(b.Findings, e)
	}
	sort.SliceStable(b.Findings, func(i, j int) bool { return b.Findings[i].Fingerprint < b.Findings[j].Fingerprint })
	return b
}

func appendUnique(l []string, s string) []string {
	for _, x := range l {
		if x == s {
			return l
		}
	}
	return append(l, s)
}

// Marshal writes the baseline as indented JSON with a trailing newline.
func (b *File) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// SyntaxError is a malformed baseline: it names the file and the line.
type SyntaxError struct {
	Path      string
	Line, Col int
	Msg       string
}

func (e *SyntaxError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Parse reads a baseline file's bytes; name is used in errors.
func Parse(name string, data []byte) (*File, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b File
	if err := dec.Decode(&b); err != nil {
		off := int64(-1)
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			off = se.Offset
		case errors.As(err, &te):
			off = te.Offset
		default:
			off = dec.InputOffset()
		}
		line, col := lineCol(data, off)
		return nil, &SyntaxError{Path: name, Line: line, Col: col, Msg: "not a claimdiff baseline: " + err.Error()}
	}
	if dec.More() {
		line, col := lineCol(data, dec.InputOffset())
		return nil, &SyntaxError{Path: name, Line: line, Col: col, Msg: "not a claimdiff baseline: data after the JSON object"}
	}
	if b.Version != Version {
		return nil, &SyntaxError{Path: name, Line: 1, Col: 1, Msg: fmt.Sprintf("baseline version %d, want %d", b.Version, Version)}
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, &SyntaxError{Path: name, Msg: fmt.Sprintf("entry %d has no fingerprint", i+1)}
		}
	}
	return &b, nil
}

func lineCol(data []byte, off int64) (int, int) {
	if off < 0 {
		return 0, 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, col := 1, 1
	for _, c := range data[:off] {
		if c == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}

// Apply marks each finding "new" or "unchanged" against the baseline and
// returns the baseline entries that matched nothing (stale). A finding
// matches an entry with its fingerprint, or with the same check, fact and
// values and at least one document in common (a corroborating article
// added to a known finding does not make it new).
func (b *File) Apply(fs []compare.Finding) (stale []Entry) {
	used := make([]bool, len(b.Findings))
	byFP := map[string][]int{}
	byMatch := map[string][]int{}
	for i, e := range b.Findings {
		byFP[e.Fingerprint] = append(byFP[e.Fingerprint], i)
		if e.Match != "" {
			byMatch[e.Match] = append(byMatch[e.Match], i)
		}
	}
	for i := range fs {
		f := &fs[i]
		f.BaselineState = "new"
		if idx := byFP[f.Fingerprint]; len(idx) > 0 {
			f.BaselineState = "unchanged"
			for _, k := range idx {
				used[k] = true
			}
			continue
		}
		docs := docsOf(f)
		for _, k := range byMatch[MatchKey(f)] {
			if overlap(docs, b.Findings[k].Docs) {
				f.BaselineState = "unchanged"
				used[k] = true
			}
		}
	}
	for i, e := range b.Findings {
		if !used[i] {
			stale = append(stale, e)
		}
	}
	return stale
}

func overlap(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
