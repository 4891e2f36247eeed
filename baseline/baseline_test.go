package baseline

import (
	"errors"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/compare"
)

func finding(check, fact string, norms []string, docs ...string) compare.Finding {
	f := compare.Finding{Check: check, Fact: fact, Severity: compare.Error}
	for i, n := range norms {
		f.Values = append(f.Values, compare.ValueGroup{Value: n, Norm: n, Outlets: []string{"o" + n}})
		if i < len(docs) {
			f.Claims = append(f.Claims, compare.Evidence{Pos: article.Position{Path: "some/dir/" + docs[i], Line: 1}, Group: i})
		}
	}
	f.Fingerprint = fact + "|" + strings.Join(norms, ",") + "|" + strings.Join(docs, ",")
	return f
}

func TestApply(t *testing.T) {
	known := []compare.Finding{
		finding("date-mismatch", "invasion", []string{"2022", "2024-02"}, "a.txt", "b.txt"),
		finding("number-mismatch", "killed", []string{"12", "14"}, "c.txt", "d.txt"),
	}
	b := FromFindings(known, nil)
	data, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	b, err = Parse("known.json", data)
	if err != nil {
		t.Fatal(err)
	}
	now := []compare.Finding{
		finding("date-mismatch", "invasion", []string{"2022", "2024-02"}, "a.txt", "b.txt"), // the same
		finding("percent-mismatch", "tariff", []string{"25", "100"}, "a.txt", "e.txt"),      // new
	}
	// the killed finding with an extra corroborating document: the fingerprint
	// changes, the looser match still holds
	extra := finding("number-mismatch", "killed", []string{"14", "12"}, "d.txt", "c.txt")
	extra.Fingerprint = "changed"
	extra.Claims = append(extra.Claims, compare.Evidence{Pos: article.Position{Path: "g.txt", Line: 3}})
	now = append(now, extra)
	stale := b.Apply(now)
	want := []string{"unchanged", "new", "unchanged"}
	for i, f := range now {
		if f.BaselineState != want[i] {
			t.Errorf("finding %d (%s): %q, want %q", i, f.Check, f.BaselineState, want[i])
		}
	}
	if len(stale) != 0 {
		t.Errorf("stale %v, want none", stale)
	}
	// a changed value is new, and leaves the entry stale
	changed := []compare.Finding{finding("date-mismatch", "invasion", []string{"2022", "2023-02"}, "a.txt", "b.txt")}
	stale = b.Apply(changed)
	if changed[0].BaselineState != "new" || len(stale) != 2 {
		t.Errorf("changed value: state %q, %d stale; want new and 2", changed[0].BaselineState, len(stale))
	}
}

func TestReasonsKept(t *testing.T) {
	fs := []compare.Finding{finding("date-mismatch", "invasion", []string{"2022", "2024-02"}, "a.txt", "b.txt")}
	prev := FromFindings(fs, nil)
	prev.Findings[0].Reason = "reviewed: 001 is wrong"
	next := FromFindings(fs, prev)
	if next.Findings[0].Reason != "reviewed: 001 is wrong" {
		t.Errorf("reason lost: %+v", next.Findings[0])
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"syntax", "{\n  \"version\": 1,\n  \"findings\": [,]\n}", "known.json:3:"},
		{"unknown field", "{\"version\": 1, \"findings\": [], \"extra\": true}", "known.json:1:"},
		{"wrong version", "{\"version\": 7, \"findings\": []}", "version 7"},
		{"no fingerprint", "{\"version\": 1, \"findings\": [{\"check\": \"x\"}]}", "no fingerprint"},
		{"trailing data", "{\"version\": 1, \"findings\": []} {}", "data after"},
		{"not an object", "[1, 2]", "known.json:1:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("known.json", []byte(tc.data))
			var se *SyntaxError
			if !errors.As(err, &se) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestSuppressionParagraphs(t *testing.T) {
	src := "# Title\n\nFirst paragraph line one.\n<!-- claimdiff-ignore date-mismatch: reviewed -->\nstill the first.\n\n<!-- claimdiff-ignore -->\n\nSecond paragraph.\nIts second line.\n"
	d := &article.Document{Path: "a.md", Format: article.FormatMarkdown, Src: []byte(src), Text: []byte(src)}
	sup := Suppressions(d)
	if len(sup) != 2 {
		t.Fatalf("%d suppressions, want 2", len(sup))
	}
	if s := sup[0]; s.Check != "date-mismatch" || s.Reason != "reviewed" || s.FromLine != 3 || s.ToLine != 5 {
		t.Errorf("inline suppression: %+v, want lines 3-5", s)
	}
	if s := sup[1]; s.Check != "*" || s.FromLine != 9 || s.ToLine != 10 {
		t.Errorf("standalone suppression: %+v, want the next paragraph, lines 9-10", s)
	}
	txt := &article.Document{Path: "a.txt", Format: article.FormatText, Src: []byte(src)}
	if len(Suppressions(txt)) != 0 {
		t.Error("plain text has no suppression comments")
	}
}
