package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedCopy copies the seed articles into dir/sub and returns that folder.
func seedCopy(t *testing.T, dir, sub string) string {
	t.Helper()
	dst := filepath.Join(dir, sub)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

func editFile(t *testing.T, path string, edit func(string) string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(edit(string(b))), 0o644); err != nil {
		t.Fatal(err)
	}
}

type stateFinding struct {
	Check         string `json:"check"`
	Fingerprint   string `json:"fingerprint"`
	BaselineState string `json:"baselineState"`
	Claims        []struct {
		Doc   string `json:"doc"`
		Quote string `json:"quote"`
	} `json:"claims"`
}

func checkWithBaseline(t *testing.T, base string, args ...string) (int, []stateFinding) {
	t.Helper()
	code, out, errs := runCLI(t, "", append([]string{"check", "--format", "json", "--baseline", base}, args...)...)
	var rep struct {
		Findings []stateFinding `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s\n%s", err, out, errs)
	}
	return code, rep.Findings
}

func TestBaselineFlow(t *testing.T) {
	dir := t.TempDir()
	arts := seedCopy(t, dir, "articles")
	base := filepath.Join(dir, "known.json")
	if code, _, errs := runCLI(t, "", "baseline", "-o", base, arts); code != 0 {
		t.Fatalf("baseline: exit %d: %s", code, errs)
	}
	b1, _ := os.ReadFile(base)
	// writing it again gives the same bytes (sorted, stable)
	if code, _, _ := runCLI(t, "", "baseline", "-o", base, arts); code != 0 {
		t.Fatal("second baseline failed")
	}
	if b2, _ := os.ReadFile(base); string(b1) != string(b2) {
		t.Error("baseline is not stable")
	}
	if code, fs := checkWithBaseline(t, base, arts); code != 0 || len(fs) == 0 {
		t.Fatalf("check --baseline on the same articles: exit %d, %d findings; want 0 and the known findings", code, len(fs))
	} else {
		for _, f := range fs {
			if f.BaselineState != "unchanged" {
				t.Errorf("%s %s is %q, want unchanged", f.Check, f.Fingerprint, f.BaselineState)
			}
		}
	}

	stable := []struct {
		name string
		prep func(t *testing.T) []string
	}{
		{"re-wrapped lines", func(t *testing.T) []string {
			d := seedCopy(t, t.TempDir(), "a")
			// unwrap the hard-wrapped seed and wrap another one at 60 columns
			editFile(t, filepath.Join(d, "000_20d3d46abf5254f4.txt"), func(s string) string {
				return strings.ReplaceAll(strings.ReplaceAll(s, "India,\nBelarus", "India, Belarus"), "U.S.\nPresident", "U.S. President")
			})
			editFile(t, filepath.Join(d, "002_f6db1040242bbb5b.txt"), func(s string) string { return wrap(s, 60) })
			return []string{d}
		}},
		{"reordered files", func(t *testing.T) []string {
			d := seedCopy(t, t.TempDir(), "a")
			files, _ := filepath.Glob(filepath.Join(d, "*.txt"))
			for i, j := 0, len(files)-1; i < j; i, j = i+1, j-1 {
				files[i], files[j] = files[j], files[i]
			}
			return files
		}},
		{"moved folder", func(t *testing.T) []string {
			return []string{seedCopy(t, t.TempDir(), "elsewhere/deeper/news")}
		}},
		{"CRLF line ends", func(t *testing.T) []string {
			d := seedCopy(t, t.TempDir(), "a")
			files, _ := filepath.Glob(filepath.Join(d, "*.txt"))
			for _, f := range files {
				editFile(t, f, func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") })
			}
			return []string{d}
		}},
		{"unrelated paragraph and article added", func(t *testing.T) []string {
			d := seedCopy(t, t.TempDir(), "a")
			editFile(t, filepath.Join(d, "002_f6db1040242bbb5b.txt"), func(s string) string {
				return strings.Replace(s, "Ukraine fears unfair deal", "The weather in Moscow was mild on the day of the talks, with light winds.\n\nUkraine fears unfair deal", 1)
			})
			if err := os.WriteFile(filepath.Join(d, "005_other.txt"), []byte("Published: April 25, 2025\n\nA bakery in Lisbon sold 400 loaves of bread on Friday, its owner said.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			return []string{d}
		}},
		{"edited sentence elsewhere", func(t *testing.T) []string {
			d := seedCopy(t, t.TempDir(), "a")
			editFile(t, filepath.Join(d, "003_7e1abc8ef0fab6ae.txt"), func(s string) string {
				return strings.Replace(s, "flanked by aides and security personnel", "flanked by officials", 1)
			})
			return []string{d}
		}},
	}
	for _, tc := range stable {
		t.Run(tc.name, func(t *testing.T) {
			code, fs := checkWithBaseline(t, base, tc.prep(t)...)
			if code != 0 {
				t.Errorf("exit %d, want 0", code)
			}
			for _, f := range fs {
				if f.BaselineState != "unchanged" {
					t.Errorf("%s %s became %q", f.Check, f.Fingerprint, f.BaselineState)
				}
			}
		})
	}

	t.Run("a new contradiction fails and is the only new finding", func(t *testing.T) {
		d := seedCopy(t, t.TempDir(), "a")
		editFile(t, filepath.Join(d, "001_e3c5fa52733f7314.txt"), func(s string) string {
			return strings.Replace(s, "China also maintained", "Witkoff and Putin held a five-hour meeting in the Kremlin.\n\nChina also maintained", 1)
		})
		code, fs := checkWithBaseline(t, base, d)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		var news []stateFinding
		for _, f := range fs {
			if f.BaselineState == "new" {
				news = append(news, f)
			}
		}
		if len(news) != 1 || news[0].Check != "duration-mismatch" {
			t.Fatalf("new findings %+v, want one duration-mismatch", news)
		}
	})

	t.Run("a changed value changes the fingerprint", func(t *testing.T) {
		d := seedCopy(t, t.TempDir(), "a")
		editFile(t, filepath.Join(d, "001_e3c5fa52733f7314.txt"), func(s string) string {
			return strings.Replace(s, "February 2024", "February 2023", 1)
		})
		code, fs := checkWithBaseline(t, base, d)
		if code != 1 {
			t.Errorf("exit %d, want 1", code)
		}
		found := false
		for _, f := range fs {
			if f.Check == "date-mismatch" && f.BaselineState == "new" {
				found = true
			}
		}
		if !found {
			t.Error("the date finding with a changed value is not new")
		}
		code, _, errs := runCLI(t, "", "check", "--format", "json", "--baseline", base, "--fail-on", "never", "--fail-on-stale", d)
		if code != 1 || !strings.Contains(errs, "stale") {
			t.Errorf("--fail-on-stale: exit %d, stderr %q", code, errs)
		}
	})
}

// wrap re-wraps every paragraph of s at width columns.
func wrap(s string, width int) string {
	var out strings.Builder
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		n := 0
		for i, w := range strings.Fields(line) {
			if i > 0 {
				if n+1+len(w) > width {
					out.WriteString("\n")
					n = 0
				} else {
					out.WriteString(" ")
					n++
				}
			}
			out.WriteString(w)
			n += len(w)
		}
		out.WriteString("\n")
	}
	return out.String()
}

func TestMalformedBaseline(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "known.json")
	bad := "{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": \"x\",}\n  ]\n}\n"
	if err := os.WriteFile(base, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "", "check", "--baseline", base, seeds)
	if code != 2 || !strings.Contains(errs, "known.json:4:") {
		t.Errorf("check: exit %d, stderr %q: want 2 and file:line", code, errs)
	}
	code, _, errs = runCLI(t, "", "baseline", "-o", base, seeds)
	if code != 2 || !strings.Contains(errs, "known.json:4:") {
		t.Errorf("baseline over a malformed file: exit %d, stderr %q", code, errs)
	}
	if b, _ := os.ReadFile(base); string(b) != bad {
		t.Error("a malformed baseline was overwritten")
	}
}

func TestPinnedFact(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "claimdiff.yaml")
	body := "facts:\n  - key: invasion\n    subject: [Russia]\n    value: February 2022\n    note: full-scale invasion\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	// one outlet alone: no second article reports the date, the pinned fact does
	_, out, errs := runCLI(t, "", "check", "--format", "json", "--config", cfg, filepath.Join(seeds, "001_e3c5fa52733f7314.txt"))
	var rep struct {
		Findings []struct {
			Check  string `json:"check"`
			Claims []struct {
				Doc  string `json:"doc"`
				Line int    `json:"line"`
			} `json:"claims"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v: %s %s", err, out, errs)
	}
	ok := false
	for _, f := range rep.Findings {
		if f.Check != "date-mismatch" {
			continue
		}
		var cfgLine, art bool
		for _, c := range f.Claims {
			cfgLine = cfgLine || c.Doc == cfg && c.Line == 4
			art = art || strings.HasSuffix(c.Doc, "001_e3c5fa52733f7314.txt")
		}
		ok = ok || cfgLine && art
	}
	if !ok {
		t.Errorf("the pinned fact did not flag the outlet's February 2024: %s", out)
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"unknown key", "aliases:\n  A: [B]\nfrobnicate: 1\n", "claimdiff.yaml:3:"},
		{"bad severity", "severity:\n  date-mismatch: fatal\n", "claimdiff.yaml:2:"},
		{"unknown check", "severity:\n  no-such-check: error\n", "claimdiff.yaml:2:"},
		{"not yaml", "facts: [\n", "claimdiff.yaml"},
		{"fact without value", "facts:\n  - key: killed\n", "claimdiff.yaml:2:"},
		{"fact with unknown key", "facts:\n  - key: zorbled\n    value: \"12\"\n", "claimdiff.yaml:2:"},
		{"bad format", "format: pdf\n", "claimdiff.yaml:1:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := filepath.Join(t.TempDir(), "claimdiff.yaml")
			if err := os.WriteFile(cfg, []byte(tc.body), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, errs := runCLI(t, "", "check", "--config", cfg, seeds)
			if code != 2 || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q: want 2 and %q", code, errs, tc.want)
			}
		})
	}
}

func TestConfigIgnoreAndSeverity(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "claimdiff.yaml")
	body := "ignore:\n  - check: quote-drift\n    reason: reviewed\nseverity:\n  date-mismatch: warning\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "", "check", "--format", "json", "--config", cfg, seeds)
	if strings.Contains(out, `"check": "quote-drift"`) {
		t.Error("ignored check still reported")
	}
	if !strings.Contains(out, `"check": "date-mismatch"`) || code != 0 {
		t.Errorf("date-mismatch lowered to warning should not fail the run: exit %d", code)
	}
}

func TestInlineSuppression(t *testing.T) {
	dir := t.TempDir()
	a := "---\ntitle: One\ndate: 2025-04-25\noutlet: First\n---\n\nThe war started by Russia in February 2024, officials said.\n\n<!-- claimdiff-ignore negation-conflict: nothing to see -->\nThe weather was fine.\n"
	b := "---\ntitle: Two\ndate: 2025-04-25\noutlet: Second\n---\n\n<!-- claimdiff-ignore date-mismatch: corrected later -->\nRussia's 2022 invasion of Ukraine changed everything, officials said.\n"
	os.WriteFile(filepath.Join(dir, "a.md"), []byte(a), 0o644)
	os.WriteFile(filepath.Join(dir, "b.md"), []byte(b), 0o644)
	code, out, errs := runCLI(t, "", "check", "--format", "json", dir)
	if strings.Contains(out, `"check": "date-mismatch"`) {
		t.Errorf("suppressed finding reported: %s", out)
	}
	if !strings.Contains(errs, "a.md:9:1: claimdiff-ignore negation-conflict matches no finding") {
		t.Errorf("unused suppression not reported: %q", errs)
	}
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	// without the suppression the finding is there
	os.WriteFile(filepath.Join(dir, "b.md"), []byte(strings.Replace(b, "<!-- claimdiff-ignore date-mismatch: corrected later -->\n", "", 1)), 0o644)
	_, out, _ = runCLI(t, "", "check", "--format", "json", dir)
	if !strings.Contains(out, `"check": "date-mismatch"`) {
		t.Errorf("the finding the suppression hid does not exist: %s", out)
	}
}

// TestCIDocs runs the commands of docs/ci.md on a copy of the seeds.
func TestCIDocs(t *testing.T) {
	doc, err := os.ReadFile("docs/ci.md")
	if err != nil {
		t.Fatal(err)
	}
	var cmds [][]string
	inSh := false
	for _, line := range strings.Split(string(doc), "\n") {
		switch {
		case strings.HasPrefix(line, "```sh"):
			inSh = true
		case strings.HasPrefix(line, "```"):
			inSh = false
		case inSh && strings.HasPrefix(line, "claimdiff "):
			cmds = append(cmds, strings.Fields(line)[1:])
		}
	}
	if len(cmds) < 3 {
		t.Fatalf("found %d commands in docs/ci.md", len(cmds))
	}
	dir := t.TempDir()
	seedCopy(t, dir, "articles")
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	for _, c := range cmds {
		code, _, errs := runCLI(t, "", c...)
		if code != 0 {
			t.Errorf("claimdiff %s: exit %d: %s", strings.Join(c, " "), code, errs)
		}
	}
	for _, f := range []string{"claimdiff-baseline.json", "claimdiff.sarif", "claimdiff.md"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Errorf("%s not written: %v", f, err)
		}
	}
}
