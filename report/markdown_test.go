package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/compare"
)

// manyFindings is an input with n findings of three long claims each.
func manyFindings(n int, state string) Input {
	in := sampleInput()
	in.Findings = nil
	long := strings.Repeat("The council said the new bridge would cost more than planned and open later. ", 4)
	for i := range n {
		f := compare.Finding{
			Check: "number-mismatch", Severity: compare.Error, Confidence: 0.9, Kind: "contradiction",
			Message: fmt.Sprintf("Outlets disagree on count %d.", i), Fact: fmt.Sprintf("count %d", i),
			Why:           "Same subject, same predicate, different numbers.",
			Values:        []compare.ValueGroup{{Value: "12", Norm: "12", Outlets: []string{"A", "B"}}, {Value: "21", Norm: "21", Outlets: []string{"C"}}},
			Outlier:       "C",
			Fingerprint:   fmt.Sprintf("%016x", i),
			BaselineState: state,
		}
		for j, o := range []string{"A", "B", "C"} {
			f.Claims = append(f.Claims, compare.Evidence{Pos: article.Position{Path: o + ".txt", Line: i + 1, Col: 1},
				Outlet: o, Sentence: long, Value: []string{"12", "12", "21"}[j]})
		}
		in.Findings = append(in.Findings, f)
	}
	return in
}

var cutNote = regexp.MustCompile(`\*\*([0-9]+) findings? (were|was) cut\*\*.*--format json`)

func TestMarkdownLimit(t *testing.T) {
	for _, state := range []string{"", "new", "unchanged"} {
		t.Run("state="+state, func(t *testing.T) {
			in := manyFindings(500, state)
			var buf bytes.Buffer
			if err := Markdown(&buf, in); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			if buf.Len() > MaxMarkdown {
				t.Fatalf("report is %d bytes, more than %d", buf.Len(), MaxMarkdown)
			}
			if buf.Len() < MaxMarkdown*9/10 {
				t.Errorf("report is only %d bytes: cut more than needed", buf.Len())
			}
			m := cutNote.FindStringSubmatch(out)
			if m == nil {
				t.Fatalf("no note on the cut findings:\n%s", out[len(out)-400:])
			}
			cut, _ := strconv.Atoi(m[1])
			kept := strings.Count(out, "\n#### ")
			if cut+kept != 500 || cut == 0 {
				t.Errorf("%d findings kept, %d cut: want 500 in all", kept, cut)
			}
			if strings.Count(out, "<details>") != strings.Count(out, "</details>") {
				t.Errorf("unbalanced <details>")
			}
			if !strings.HasSuffix(out, "</sub>\n") {
				t.Errorf("the footer was lost")
			}
		})
	}
}

func TestMarkdownNoCutWhenItFits(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, sampleInput()); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "cut**") {
		t.Errorf("a small report mentions a cut")
	}
}

func TestMarkdownLongSummary(t *testing.T) {
	// Thousands of documents and problems: the summary stays bounded and the
	// report within the limit.
	in := manyFindings(3, "")
	for i := range 5000 {
		path := fmt.Sprintf("%s/%d.txt", strings.Repeat("<|>", 40), i)
		in.Documents = append(in.Documents, &article.Document{Path: path, Outlet: strings.Repeat("&", 200), Title: strings.Repeat("|", 200)})
		in.Problems = append(in.Problems, path+": "+strings.Repeat("@x ", 200))
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, in); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > MaxMarkdown {
		t.Fatalf("report is %d bytes", buf.Len())
	}
	if !strings.Contains(buf.String(), "more |") || !strings.Contains(buf.String(), "- … and ") {
		t.Errorf("no note on the documents or problems left out")
	}
}

func TestMarkdownNoFindings(t *testing.T) {
	in := sampleInput()
	in.Findings, in.Problems, in.Stale = nil, nil, nil
	var buf bytes.Buffer
	if err := Markdown(&buf, in); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "No disagreements found.") {
		t.Errorf("no word on the empty result:\n%s", buf.String())
	}
}

func TestCodeFence(t *testing.T) {
	for body, want := range map[string]string{"": "```", "a ` b": "```", "````x": "`````", "``` ```": "````"} {
		if got := codeFence(body); got != want {
			t.Errorf("codeFence(%q) = %q, want %q", body, got, want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"café au lait", 6, "café…"},
		{"ab cd", 4, "ab…"},
	} {
		if got := truncate(tc.s, tc.n); got != tc.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}
