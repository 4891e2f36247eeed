// Package config reads .claimdiff.yaml: entity aliases, lexicon additions,
// facts pinned by the team, ignore rules, severity overrides, tolerances and
// default output options. An unknown key or a bad value is an error that
// names the file and the line.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimdiff/claimdiff/compare"
	"go.yaml.in/yaml/v3"
)

// FileName is the name of the config file looked for in the working folder
// and its parents.
const FileName = ".claimdiff.yaml"

// Config is a parsed config file.
type Config struct {
	Path string `yaml:"-"`
	Src  []byte `yaml:"-"`

	// Aliases maps a canonical name to other names of the same entity.
	Aliases map[string][]string `yaml:"aliases"`
	// Lexicon adds words to event keys: key → words or phrases.
	Lexicon map[string][]string `yaml:"lexicon"`
	// Facts are pinned by the team and checked against every article.
	Facts []Fact `yaml:"facts"`
	// Ignore drops findings by fingerprint, check or path glob.
	Ignore []Ignore `yaml:"ignore"`
	// Severity overrides a check's severity: check ID → error|warning|note.
	Severity map[string]string `yaml:"severity"`
	// Tolerances widen value comparison.
	Tolerances Tolerances `yaml:"tolerances"`
	// Format is the default report format.
	Format string `yaml:"format"`
	// FailOn is the default --fail-on.
	FailOn string `yaml:"fail-on"`
}

// Fact is a fact pinned by the team: "the invasion began in February 2022".
type Fact struct {
	Key     string   `yaml:"key"`     // event or attribute key from the lexicon ("invasion", "killed")
	Subject []string `yaml:"subject"` // entities the fact is about (optional)
	Value   string   `yaml:"value"`   // the value as news would write it ("February 2022", "12", "$80 million")
	Note    string   `yaml:"note"`    // where the fact comes from
	Line    int      `yaml:"-"`       // line of the entry in the config file
}

// Ignore is one ignore rule; every field given must match.
type Ignore struct {
	Fingerprint string `yaml:"fingerprint"`
	Check       string `yaml:"check"`
	Path        string `yaml:"path"` // a glob matched against each claim's document path (** crosses folders)
	Reason      string `yaml:"reason"`
	Line        int    `yaml:"-"`
}

// Tolerances widen comparisons.
type Tolerances struct {
	// Relative is an extra relative tolerance for exact figures (0.02 lets
	// 4.47 million and 4.5 million agree even without "about").
	Relative float64 `yaml:"relative"`
	// Approx is the half-width of "about", "around" (default 0.10).
	Approx float64 `yaml:"approx"`
}

// Error is a problem in the config file: path:line: message.
type Error struct {
	Path string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.Path, e.Msg)
}

// Find looks for FileName in dir and its parents; "" when there is none.
func Find(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Load reads and validates a config file.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	return Parse(path, data)
}

var lineRe = regexp.MustCompile(`line (\d+): (.*)`)

// Parse reads and validates config bytes; path names the file in errors.
func Parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path, Src: data}
	if len(bytes.TrimSpace(data)) == 0 {
		return c, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil {
		msg := err.Error()
		var te *yaml.TypeError
		if errors.As(err, &te) && len(te.Errors) > 0 {
			msg = te.Errors[0]
		}
		msg = strings.TrimPrefix(msg, "yaml: ")
		line := 0
		if m := lineRe.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		msg = strings.Replace(msg, " in type config.Config", "", 1)
		msg = strings.Replace(msg, " in type config.Fact", "", 1)
		msg = strings.Replace(msg, " in type config.Ignore", "", 1)
		msg = strings.Replace(msg, " in type config.Tolerances", "", 1)
		return nil, &Error{Path: path, Line: line, Msg: msg}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	c.locate(&root)
	if err := c.validate(&root); err != nil {
		return nil, err
	}
	return c, nil
}

// locate records the line of every fact and ignore rule.
func (c *Config) locate(root *yaml.Node) {
	if list := child(root, "facts"); list != nil {
		for i, n := range list.Content {
			if i < len(c.Facts) {
				c.Facts[i].Line = n.Line
			}
		}
	}
	if list := child(root, "ignore"); list != nil {
		for i, n := range list.Content {
			if i < len(c.Ignore) {
				c.Ignore[i].Line = n.Line
			}
		}
	}
}

// child returns the value node of key in the top-level mapping.
func child(root *yaml.Node, key string) *yaml.Node {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// keyLine returns the line of key inside the mapping under top.
func keyLine(root *yaml.Node, top, key string) int {
	m := child(root, top)
	if m == nil {
		return 0
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i].Line
		}
	}
	return m.Line
}

func knownCheck(id string) bool {
	_, ok := compare.LookupCheck(id)
	return ok
}

func (c *Config) validate(root *yaml.Node) error {
	bad := func(line int, format string, a ...any) error {
		return &Error{Path: c.Path, Line: line, Msg: fmt.Sprintf(format, a...)}
	}
	for check, sev := range c.Severity {
		if !knownCheck(check) {
			return bad(keyLine(root, "severity", check), "severity: unknown check %q", check)
		}
		switch sev {
		case "error", "warning", "note":
		default:
			return bad(keyLine(root, "severity", check), "severity of %s: %q is not error, warning or note", check, sev)
		}
	}
	for _, ig := range c.Ignore {
		if ig.Fingerprint == "" && ig.Check == "" && ig.Path == "" {
			return bad(ig.Line, "ignore: a rule needs a fingerprint, a check or a path")
		}
		if ig.Check != "" && ig.Check != "*" && !knownCheck(ig.Check) {
			return bad(ig.Line, "ignore: unknown check %q", ig.Check)
		}
		if ig.Path != "" {
			if _, err := filepath.Match(strings.ReplaceAll(ig.Path, "**", "*"), ""); err != nil {
				return bad(ig.Line, "ignore: bad path glob %q: %v", ig.Path, err)
			}
		}
	}
	for _, f := range c.Facts {
		if f.Key == "" {
			return bad(f.Line, "facts: a fact needs a key (an event word such as invasion, killed, tariff)")
		}
		if strings.TrimSpace(f.Value) == "" {
			return bad(f.Line, "facts: the fact %q needs a value", f.Key)
		}
	}
	for key, words := range c.Lexicon {
		if len(words) == 0 {
			return bad(keyLine(root, "lexicon", key), "lexicon: %q has no words", key)
		}
	}
	for canon, names := range c.Aliases {
		if len(names) == 0 {
			return bad(keyLine(root, "aliases", canon), "aliases: %q has no other names", canon)
		}
	}
	switch c.Format {
	case "", "markdown", "md", "json", "text", "sarif":
	default:
		return bad(lineOfKey(root, "format"), "format: unknown format %q (want markdown, json, text or sarif)", c.Format)
	}
	switch c.FailOn {
	case "", "error", "warning", "note", "never":
	default:
		return bad(lineOfKey(root, "fail-on"), "fail-on: %q is not error, warning, note or never", c.FailOn)
	}
	if t := c.Tolerances; t.Relative < 0 || t.Relative > 0.5 || t.Approx < 0 || t.Approx > 0.5 {
		return bad(lineOfKey(root, "tolerances"), "tolerances: values are fractions between 0 and 0.5")
	}
	return nil
}

func lineOfKey(root *yaml.Node, key string) int {
	n := root
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i].Line
		}
	}
	return 0
}

// MatchPath matches a glob against a slash path; "**" matches across folders.
func MatchPath(glob, p string) bool {
	p = filepath.ToSlash(p)
	if !strings.Contains(glob, "**") {
		ok, _ := filepath.Match(glob, p)
		if !ok {
			ok, _ = filepath.Match(glob, filepath.Base(p))
		}
		return ok
	}
	parts := strings.Split(glob, "**")
	// prefix**suffix: the prefix matches the start, the suffix some tail
	prefix, suffix := parts[0], strings.TrimPrefix(parts[len(parts)-1], "/")
	if !strings.HasPrefix(p, prefix) {
		return false
	}
	rest := strings.TrimPrefix(p, prefix)
	if suffix == "" {
		return true
	}
	segs := strings.Split(rest, "/")
	for i := range segs {
		if ok, _ := filepath.Match(suffix, strings.Join(segs[i:], "/")); ok {
			return true
		}
	}
	return false
}
