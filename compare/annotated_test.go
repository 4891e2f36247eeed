package compare_test

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/pipeline"
)

var wantRe = regexp.MustCompile(`\[\[want ([a-z-]+)\]\]`)

// TestAnnotated runs the pipeline on the batches of testdata/annotated,
// whose expected findings are marked next to the sentences they cite.
func TestAnnotated(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "annotated", "*"))
	n := 0
	for _, dir := range dirs {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) { checkAnnotated(t, dir) })
	}
	if n == 0 {
		t.Fatal("no annotated batches found")
	}
}

type mark struct {
	file  string
	line  int
	check string
}

func checkAnnotated(t *testing.T, dir string) {
	tmp := t.TempDir()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	want := map[mark]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		for i, line := range lines {
			for _, m := range wantRe.FindAllStringSubmatch(line, -1) {
				want[mark{filepath.Base(f), i + 1, m[1]}] = true
			}
		}
		// blank the markers out, keeping every byte offset
		clean := wantRe.ReplaceAllStringFunc(string(b), func(s string) string { return strings.Repeat(" ", len(s)) })
		if err := os.WriteFile(filepath.Join(tmp, filepath.Base(f)), []byte(clean), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res := pipeline.Run([]string{tmp}, pipeline.Options{})
	for _, p := range res.Problems {
		t.Errorf("input problem: %v", p)
	}
	got := map[mark]bool{}
	for _, f := range res.Findings {
		if f.Severity.String() == "note" {
			continue
		}
		for _, c := range f.Claims {
			m := mark{filepath.Base(c.Pos.Path), c.Pos.Line, f.Check}
			got[m] = true
			if !want[m] {
				t.Errorf("unexpected %s finding cites %s:%d: %q\n\t(%s)", f.Check, m.file, m.line, c.Sentence, f.Message)
			}
		}
	}
	var missing []string
	for m := range want {
		if !got[m] {
			missing = append(missing, m.file+":"+itoa(m.line)+": want "+m.check)
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("missing finding: %s", m)
	}
}

func itoa(n int) string {
	s := ""
	for n > 0 || s == "" {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}
