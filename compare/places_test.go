package compare_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimdiff/claimdiff/internal/pipeline"
)

func writeDocs(t *testing.T, docs map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func countCheck(dir, check string) int {
	n := 0
	for _, f := range pipeline.Run([]string{dir}, pipeline.Options{}).Findings {
		if f.Check == check {
			n++
		}
	}
	return n
}

// TestPlaceConflict: one fire placed at two named places is a note; a
// third article that names both places together (one inside the other)
// silences it.
func TestPlaceConflict(t *testing.T) {
	a := "Published: March 4, 2026\n\nThe fire broke out at the Kessler Mill early on Tuesday, officials said.\n"
	b := "Published: March 4, 2026\n\nThe fire broke out at the Brennan Depot early on Tuesday, the brigade said.\n"
	c := "Published: March 5, 2026\n\nThe Kessler Mill stands next to the Brennan Depot on Riverside Road.\n"
	dir := writeDocs(t, map[string]string{"a.txt": a, "b.txt": b})
	if n := countCheck(dir, "place-conflict"); n != 1 {
		t.Errorf("%d place-conflict findings, want 1", n)
	}
	dir = writeDocs(t, map[string]string{"a.txt": a, "b.txt": b, "c.txt": c})
	if n := countCheck(dir, "place-conflict"); n != 0 {
		t.Errorf("%d place-conflict findings with both places named together, want 0", n)
	}
	same := "Published: March 4, 2026\n\nThe fire broke out at the Kessler Mill on Tuesday morning.\n"
	dir = writeDocs(t, map[string]string{"a.txt": a, "b.txt": same})
	if n := countCheck(dir, "place-conflict"); n != 0 {
		t.Errorf("%d place-conflict findings for one place, want 0", n)
	}
}
