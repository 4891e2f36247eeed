package report

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/report")

// goldenDir holds the golden files and the SARIF schema.
const goldenDir = "../testdata/report"

func TestGolden(t *testing.T) {
	for _, tc := range []struct{ format, file string }{
		{"markdown", "sample.md"},
		{"json", "sample.json"},
		{"text", "sample.txt"},
		{"sarif", "sample.sarif"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Render(&buf, tc.format, sampleInput()); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, filepath.Join(goldenDir, tc.file), buf.Bytes())
		})
	}
}

// checkGolden compares got with the golden file, or rewrites the file when
// the test runs with -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output (go test ./report -update rewrites it):\n%s", path, lineDiff(string(want), string(got)))
	}
}

// lineDiff shows the lines around the first difference of want and got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	from := max(0, i-2)
	for j := from; j < i; j++ {
		fmt.Fprintf(&b, "  %4d  %s\n", j+1, w[j])
	}
	for j := i; j < min(len(w), i+4); j++ {
		fmt.Fprintf(&b, "- %4d  %s\n", j+1, w[j])
	}
	for j := i; j < min(len(g), i+4); j++ {
		fmt.Fprintf(&b, "+ %4d  %s\n", j+1, g[j])
	}
	fmt.Fprintf(&b, "(want %d lines, got %d)", len(w), len(g))
	return b.String()
}
