package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// runCLI runs the command line in-process.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"claimdiff"}, args...), strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/claimdiff -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review the diff and run go test ./cmd/claimdiff -update\n--- got\n%s", name, got)
	}
}

const seeds = "testdata/seeds"

// TestMain runs the tests from the repository root, so that reports name
// files as a user running claimdiff there would see them.
func TestMain(m *testing.M) {
	if err := os.Chdir(filepath.Join("..", "..")); err != nil {
		panic(err)
	}
	os.Exit(m.Run())
}

func TestSeedsGolden(t *testing.T) {
	for _, tc := range []struct{ format, file string }{
		{"markdown", "seeds.md"},
		{"json", "seeds.json"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			code, out, errs := runCLI(t, "", "check", "--format", tc.format, seeds)
			if code != 1 {
				t.Errorf("exit code %d, want 1 (errors found); stderr: %s", code, errs)
			}
			golden(t, tc.file, []byte(out))
		})
	}
}

// seedFinding is the part of a finding the seed expectations look at.
type seedFinding struct {
	Check    string `json:"check"`
	Severity string `json:"severity"`
	Claims   []struct {
		Doc   string `json:"doc"`
		Quote string `json:"quote"`
		Line  int    `json:"line"`
	} `json:"claims"`
}

func checkJSON(t *testing.T, args ...string) []seedFinding {
	t.Helper()
	_, out, errs := runCLI(t, "", append([]string{"check", "--format", "json"}, args...)...)
	var rep struct {
		Findings []seedFinding `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s\nstderr: %s", err, out, errs)
	}
	return rep.Findings
}

// hasFinding reports whether some finding of the check has claims from the
// two documents whose quotes contain the two snippets.
func hasFinding(fs []seedFinding, check, docA, snipA, docB, snipB string) bool {
	for _, f := range fs {
		if check != "" && f.Check != check {
			continue
		}
		a, b := false, false
		for _, c := range f.Claims {
			base := filepath.Base(c.Doc)
			if strings.HasPrefix(base, docA) && strings.Contains(c.Quote, snipA) {
				a = true
			}
			if strings.HasPrefix(base, docB) && strings.Contains(c.Quote, snipB) {
				b = true
			}
		}
		if a && b {
			return true
		}
	}
	return false
}

// TestSeedFindings states, independently of the golden files, the three
// disagreements in the seed articles and the look-alikes that must stay silent.
func TestSeedFindings(t *testing.T) {
	fs := checkJSON(t, seeds)
	want := []struct{ check, docA, snipA, docB, snipB string }{
		{"date-mismatch", "001", "February 2024", "002", "2022 invasion"},
		{"", "000", "25% tariff", "004", "100% tariff"},
		{"quote-drift", "003", "Get a deal where people stop getting killed", "004", "reach an agreement that stops people from being killed"},
	}
	for _, w := range want {
		if !hasFinding(fs, w.check, w.docA, w.snipA, w.docB, w.snipB) {
			t.Errorf("missing %s finding: %s %q vs %s %q", w.check, w.docA, w.snipA, w.docB, w.snipB)
		}
	}
	silent := []string{"three-hour", "around three hours", "Steven Witkoff", "four other Ukrainian regions", "five territories", "annexed in 2014", "65 families", "Roya News", "highly productive"}
	for _, f := range fs {
		for _, c := range f.Claims {
			for _, s := range silent {
				if strings.Contains(c.Quote, s) {
					t.Errorf("finding %s on a look-alike or boilerplate: %s: %q", f.Check, c.Doc, c.Quote)
				}
			}
		}
	}
	if len(fs) > 6 {
		t.Errorf("%d findings on the seeds; want the three disagreements and little else", len(fs))
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no args", []string{"check"}, 2},
		{"unknown format", []string{"check", "--format", "pdf", seeds}, 2},
		{"bad published", []string{"check", "--published", "yesterday", seeds}, 2},
		{"bad fail-on", []string{"check", "--fail-on", "sometimes", seeds}, 2},
		{"missing path", []string{"check", "no/such/dir"}, 2},
		{"unknown flag", []string{"check", "--frobnicate", seeds}, 2},
		{"never fails", []string{"check", "--fail-on", "never", seeds}, 0},
		{"errors fail", []string{"check", seeds}, 1},
		{"version", []string{"version"}, 0},
		{"help", []string{"--help"}, 0},
		{"check help", []string{"check", "--help"}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCLI(t, "", tc.args...)
			if code != tc.code {
				t.Errorf("exit code %d, want %d; stderr: %s", code, tc.code, errs)
			}
		})
	}
}

func TestMissingPathNamed(t *testing.T) {
	code, _, errs := runCLI(t, "", "check", "no/such/file.txt", seeds)
	if code != 2 || !strings.Contains(errs, "no/such/file.txt") {
		t.Errorf("code %d, stderr %q: want 2 and the path named", code, errs)
	}
}

func TestStdin(t *testing.T) {
	a := "Published: March 4, 2026\n\nThe fire broke out on Tuesday and killed 12 workers, officials said.\n"
	code, out, errs := runCLI(t, a, "extract", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"norm":"2026-03-03"`) || !strings.Contains(out, `"norm":"12"`) {
		t.Errorf("extract from stdin: %s", out)
	}
}

// Text that is not UTF-8 is read, with a warning on stderr naming the
// line, by every command; the exit code is unchanged.
func TestNotUTF8Warning(t *testing.T) {
	a := "Published: March 4, 2026\n\nThe fire at the Caf\xe9 R\xf6sti killed 12 workers on Tuesday, officials said.\n"
	for _, args := range [][]string{{"extract", "-"}, {"extract", "--claims", "-"}, {"check", "-"}} {
		code, out, errs := runCLI(t, a, args...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", args, code, errs)
		}
		if !strings.Contains(errs, "warning: -:3:") || !strings.Contains(errs, "not UTF-8") {
			t.Errorf("%v: stderr %q lacks the warning", args, errs)
		}
		want := "12" // the count
		if args[0] == "check" {
			want = "extracted **3 claims**"
		}
		if !strings.Contains(out, want) {
			t.Errorf("%v: output lacks %q: %s", args, want, out)
		}
	}
}

func TestOutputFileAtomic(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	code, stdout, errs := runCLI(t, "", "check", "--format", "json", "-o", out, seeds)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if stdout != "" {
		t.Errorf("with -o, stdout should be empty, got %q", stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil || !json.Valid(b) {
		t.Fatalf("report file: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// TestDeterministic: the same report whatever the order of the inputs and
// the number of workers.
func TestDeterministic(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	rev := make([]string, len(files))
	for i, f := range files {
		rev[len(files)-1-i] = f
	}
	_, a, _ := runCLI(t, "", append([]string{"check", "--format", "json", "--workers", "1"}, files...)...)
	_, b, _ := runCLI(t, "", append([]string{"check", "--format", "json", "--workers", "8"}, rev...)...)
	if a != b {
		t.Error("report depends on input order or worker count")
	}
}

// TestProgressOnlyOnTerminals: no progress redraws into buffers, pipes,
// files or CI logs.
func TestProgressOnlyOnTerminals(t *testing.T) {
	var buf bytes.Buffer
	if progressDisplay(&buf) != nil {
		t.Error("progress on a buffer")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if progressDisplay(w) != nil {
		t.Error("progress on a pipe")
	}
	f, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if progressDisplay(f) != nil {
		t.Error("progress into a file")
	}
	// and a run with --quiet prints nothing but the report
	_, _, errs := runCLI(t, "", "check", "--quiet", "--fail-on", "never", seeds)
	if errs != "" {
		t.Errorf("--quiet printed %q", errs)
	}
}

// TestDeterministicCorpus: on a generated corpus of a few hundred articles
// (many documents per worker, so per-worker scratch state is reused), the
// report of a one-core run (GOMAXPROCS=1, one worker) is byte-identical to
// the default run and to a run with more workers than cores on the inputs
// in reverse order.
func TestDeterministicCorpus(t *testing.T) {
	dir := t.TempDir()
	cfg := corpus.Config{Stories: 60, Outlets: 4, Seed: 11, Hot: 0.3}
	err := corpus.Generate(cfg, func(name string, text []byte) error {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, text, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	stories, _ := filepath.Glob(filepath.Join(dir, "story-*"))
	if len(stories) != 60 {
		t.Fatalf("%d story folders", len(stories))
	}
	rev := make([]string, len(stories))
	for i, s := range stories {
		rev[len(stories)-1-i] = s
	}
	prev := runtime.GOMAXPROCS(1)
	code1, one, errs := runCLI(t, "", append([]string{"check", "--format", "json", "--fail-on", "never", "--workers", "1"}, stories...)...)
	runtime.GOMAXPROCS(prev)
	if code1 != 0 || !strings.Contains(one, `"findings": [`) {
		t.Fatalf("one-core run: exit %d, %s", code1, errs)
	}
	_, def, _ := runCLI(t, "", append([]string{"check", "--format", "json", "--fail-on", "never"}, stories...)...)
	_, many, _ := runCLI(t, "", append([]string{"check", "--format", "json", "--fail-on", "never", "--workers", "7"}, rev...)...)
	if def != one {
		t.Error("the default run differs from the one-core run")
	}
	if many != one {
		t.Error("a 7-worker run on reversed inputs differs from the one-core run")
	}
}
