package pipeline_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/pipeline"
)

// A document whose text is not UTF-8 is still checked, with a warning that
// names its file and the line of the first bad byte; UTF-8 ones get none.
func TestNotUTF8Warning(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"latin1.txt": "Published: March 4, 2026\n\nA fire at the Caf\xe9 R\xf6sti killed 12 people on Tuesday, officials said.\n",
		"utf8.txt":   "Published: March 4, 2026\n\nA fire at the Café Rösti killed 14 people on Tuesday, officials said.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := pipeline.Run([]string{dir}, pipeline.Options{})
	if len(res.Problems) > 0 || len(res.Documents) != 2 {
		t.Fatalf("%d documents, problems %v", len(res.Documents), res.Problems)
	}
	if len(res.Warnings) != 1 {
		t.Fatalf("warnings %q, want one", res.Warnings)
	}
	if w := res.Warnings[0]; !strings.Contains(w, "latin1.txt:3:") || !strings.Contains(w, "not UTF-8") {
		t.Errorf("warning %q does not name latin1.txt line 3", w)
	}
	if len(res.Claims) == 0 {
		t.Errorf("no claims: the Latin-1 file must still be read")
	}
}
