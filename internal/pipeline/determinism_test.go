package pipeline_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
	"github.com/claimdiff/claimdiff/internal/pipeline"
	"github.com/claimdiff/claimdiff/report"
)

// The findings do not depend on the number of workers or on the order of
// the inputs: the JSON report is byte-identical.
func TestDeterministicFindings(t *testing.T) {
	dir := t.TempDir()
	files, _, _ := writeCorpus(t, dir, corpus.Config{Stories: 20, Outlets: 4, Seed: 11, Hot: 0.4})
	reversed := slices.Clone(files)
	slices.Reverse(reversed)

	render := func(paths []string, workers int) []byte {
		t.Helper()
		res := pipeline.Run(paths, pipeline.Options{Workers: workers})
		if len(res.Problems) > 0 {
			t.Fatalf("problems: %v", res.Problems)
		}
		if len(res.Documents) != len(files) {
			t.Fatalf("%d documents, want %d", len(res.Documents), len(files))
		}
		in := report.Input{Tool: "claimdiff", Version: "test", Documents: res.Documents, Claims: len(res.Claims), Findings: res.Findings}
		var buf bytes.Buffer
		if err := report.JSON(&buf, in); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	want := render(files, 1)
	if !bytes.Contains(want, []byte(`"check"`)) {
		t.Fatalf("the corpus gave no findings:\n%.2000s", want)
	}
	for _, c := range []struct {
		name    string
		paths   []string
		workers int
	}{
		{"workers 8", files, 8},
		{"reversed, workers 1", reversed, 1},
		{"reversed, workers 8", reversed, 8},
	} {
		if got := render(c.paths, c.workers); !bytes.Equal(got, want) {
			i := 0
			for i < len(got) && i < len(want) && got[i] == want[i] {
				i++
			}
			t.Errorf("%s: report differs from workers 1 in path order at byte %d:\n got …%.300s\nwant …%.300s", c.name, i, got[i:], want[i:])
		}
	}
}
