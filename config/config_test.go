package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	src := `aliases:
  Steve Witkoff: [Steven Witkoff]
lexicon:
  killed: [slain]
facts:
  - key: invasion
    subject: [Russia]
    value: February 2022
ignore:
  - fingerprint: abc
  - check: role-conflict
    path: "archive/**"
severity:
  value-divergence: note
tolerances:
  relative: 0.02
format: json
fail-on: warning
`
	c, err := Parse("c.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.Facts[0].Line != 6 || c.Ignore[1].Line != 11 {
		t.Errorf("lines: fact %d, ignore %d; want 6 and 11", c.Facts[0].Line, c.Ignore[1].Line)
	}
	if c.Aliases["Steve Witkoff"][0] != "Steven Witkoff" || c.Tolerances.Relative != 0.02 || c.FailOn != "warning" {
		t.Errorf("parsed %+v", c)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"nope: 1\n", "c.yaml:1: field nope not found"},
		{"severity:\n  quote-drift: loud\n", "c.yaml:2:"},
		{"ignore:\n  - reason: just because\n", "c.yaml:2: ignore: a rule needs"},
		{"ignore:\n  - check: bogus\n", `c.yaml:2: ignore: unknown check "bogus"`},
		{"facts:\n  - value: \"12\"\n", "c.yaml:2: facts: a fact needs a key"},
		{"tolerances:\n  relative: 3\n", "c.yaml:1: tolerances"},
		{"fail-on: sometimes\n", "c.yaml:1: fail-on"},
		{"aliases: [1, 2]\n", "c.yaml:1:"},
	}
	for _, tc := range tests {
		_, err := Parse("c.yaml", []byte(tc.src))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.src, err, tc.want)
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	os.MkdirAll(deep, 0o755)
	if Find(deep) != "" && !strings.HasPrefix(Find(deep), "/") {
		t.Fatal("unexpected")
	}
	os.WriteFile(filepath.Join(root, "a", FileName), []byte("format: json\n"), 0o644)
	if got := Find(deep); got != filepath.Join(root, "a", FileName) {
		t.Errorf("Find = %q", got)
	}
}

func TestMatchPath(t *testing.T) {
	tests := []struct {
		glob, path string
		want       bool
	}{
		{"archive/**", "archive/2024/a.txt", true},
		{"archive/**", "news/a.txt", false},
		{"**/*.md", "x/y/z.md", true},
		{"*.txt", "deep/dir/a.txt", true},
		{"news/*.txt", "news/a.txt", true},
		{"news/*.txt", "news/sub/a.txt", false},
	}
	for _, tc := range tests {
		if got := MatchPath(tc.glob, tc.path); got != tc.want {
			t.Errorf("MatchPath(%q, %q) = %v", tc.glob, tc.path, got)
		}
	}
}
