package article

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// parseMarkdown reads a Markdown file: optional YAML front matter between
// leading "---" lines, then text read like plain text with Markdown markup
// lines (headings, code, tables, link definitions) kept out of the prose.
// Text is Src.
func parseMarkdown(path string, src []byte, opts Options) (*Document, error) {
	d := &Document{Path: path, Format: FormatMarkdown, Src: src, Text: src}
	from := bomLen(src)
	body, bodyLine, end, ok := frontMatter(src, from)
	if ok {
		if err := d.applyFrontMatter(body); err != nil {
			return nil, &Error{Path: path, Line: bodyLine + yamlErrLine(body, err) - 1, Err: fmt.Errorf("%w: %w", ErrFrontMatter, err)}
		}
		from = end
	}
	analyze(d, from, true, nil, opts)
	return d, nil
}

// frontMatter finds YAML front matter starting at from: a "---" line, the
// YAML, and a closing "---" or "..." line. It returns the YAML, the file
// line number of its first line and the offset after the closing line.
func frontMatter(src []byte, from int) (body []byte, line, end int, ok bool) {
	first, next := lineAt(src, from)
	if string(bytes.TrimRight(first, " \t")) != "---" {
		return nil, 0, 0, false
	}
	start := next
	for off := next; off < len(src); {
		l, nx := lineAt(src, off)
		if t := string(bytes.TrimRight(l, " \t")); t == "---" || t == "..." {
			return src[start:off], 2, nx, true
		}
		off = nx
	}
	return nil, 0, 0, false
}

// lineAt returns the line at off (without its break) and the offset of the
// next line.
func lineAt(src []byte, off int) ([]byte, int) {
	nl := indexByteFrom(src, off, '\n')
	if i := bytes.IndexByte(src[off:nl], '\r'); i >= 0 {
		i += off
		if i+1 < len(src) && src[i+1] == '\n' {
			return src[off:i], i + 2
		}
		return src[off:i], i + 1
	}
	if nl < len(src) {
		return src[off:nl], nl + 1
	}
	return src[off:], len(src)
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlParserProblems are the errors of go-yaml's parser (as opposed to its
// scanner). go-yaml numbers their line from 0 ("line 2" is the third line)
// while it numbers scanner errors from 1; it gives no line at all for either
// when the line is the first one.
var yamlParserProblems = []string{
	"did not find expected <document start>", "did not find expected <stream-start>",
	"did not find expected node content", "did not find expected key",
	"did not find expected '-' indicator", "did not find expected ',' or ']'",
	"did not find expected ',' or '}'", "found duplicate %YAML directive",
	"found duplicate %TAG directive", "found incompatible YAML document", "found undefined tag handle",
}

// yamlErrLine extracts the 1-based line of a YAML error in body (1 if
// unknown).
func yamlErrLine(body []byte, err error) int {
	msg := err.Error()
	m := yamlLineRE.FindStringSubmatchIndex(msg)
	if m == nil {
		return 1
	}
	n, e := strconv.Atoi(msg[m[2]:m[3]])
	if e != nil || n <= 0 {
		return 1
	}
	rest := msg[m[1]:]
	for _, p := range yamlParserProblems {
		if !strings.HasPrefix(rest, ": "+p) {
			continue
		}
		// An unclosed flow collection is reported at the line of its
		// opening bracket, except when that is the first line: go-yaml then
		// gives the line where it gave up. Name the bracket's line.
		if opener := flowOpener(p); opener != 0 {
			lines := bytes.Split(body, []byte("\n"))
			if n < len(lines) && bytes.IndexByte(lines[n], opener) < 0 && bytes.IndexByte(lines[0], opener) >= 0 {
				return 1
			}
		}
		return n + 1
	}
	return n
}

// flowOpener returns the bracket that opens the flow collection a go-yaml
// parser problem is about, or 0.
func flowOpener(problem string) byte {
	switch problem {
	case "did not find expected ',' or ']'":
		return '['
	case "did not find expected ',' or '}'":
		return '{'
	}
	return 0
}

// applyFrontMatter sets the document's metadata from YAML front matter;
// unknown keys are ignored.
func (d *Document) applyFrontMatter(body []byte) error {
	var fm map[string]any
	if err := yaml.Unmarshal(body, &fm); err != nil {
		return err
	}
	for k, v := range fm {
		switch strings.ToLower(k) {
		case "title", "headline":
			d.Title = strings.Join(strings.Fields(scalar(v)), " ")
		case "url", "link", "canonical", "canonical_url", "permalink", "source_url":
			d.URL = strings.TrimSpace(scalar(v))
		}
	}
	for _, key := range [...]string{"outlet", "source", "site", "site_name", "publisher", "publication"} {
		if v, ok := lookupFold(fm, key); ok {
			if s := strings.TrimSpace(scalar(v)); s != "" {
				d.Outlet = s
				break
			}
		}
	}
	for _, key := range [...]string{"published", "date", "publishdate", "pubdate", "published_at", "publication_date"} {
		v, ok := lookupFold(fm, key)
		if !ok {
			continue
		}
		if t, ok := v.(time.Time); ok {
			y, m, dd := t.Date()
			d.Published, d.DateSource = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC), "front matter"
			break
		}
		if t, ok := parseDateValue(scalar(v)); ok {
			d.Published, d.DateSource = t, "front matter"
			break
		}
	}
	return nil
}

func lookupFold(m map[string]any, key string) (any, bool) {
	if v, ok := m[key]; ok {
		return v, true
	}
	for k, v := range m {
		if strings.EqualFold(k, key) {
			return v, true
		}
	}
	return nil, false
}

// scalar renders a YAML value as a string; a mapping yields its "name".
func scalar(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case nil:
		return ""
	case map[string]any:
		if n, ok := x["name"]; ok {
			return scalar(n)
		}
		return ""
	case []any:
		if len(x) > 0 {
			return scalar(x[0])
		}
		return ""
	case time.Time:
		return x.Format("2006-01-02")
	}
	return fmt.Sprint(v)
}

// mdLine classifies a Markdown line: markup kinds, or kNone for text (after
// moving ln.start past block quote and list markers).
func (a *analyzer) mdLine(ln *line) uint8 {
	s := a.t[ln.start:ln.end]
	if bytes.HasPrefix(s, []byte("```")) || bytes.HasPrefix(s, []byte("~~~")) {
		a.fence = !a.fence
		return kMarkup
	}
	if a.fence {
		return kMarkup
	}
	switch s[0] {
	case '#':
		i := 0
		for i < len(s) && s[i] == '#' {
			i++
		}
		if i <= 6 && (i == len(s) || s[i] == ' ' || s[i] == '\t') {
			if i == 1 {
				ln.start, ln.end = trimSpace(a.t, ln.start+i, ln.end)
				for ln.end > ln.start && a.t[ln.end-1] == '#' { // closing hashes
					ln.end--
				}
				ln.start, ln.end = trimSpace(a.t, ln.start, ln.end)
				return kHeading
			}
			return kMarkup
		}
	case '|', '<':
		return kMarkup
	case '[':
		if bytes.Contains(s, []byte("]:")) && !bytes.Contains(s, []byte("](")) {
			return kMarkup // link definition
		}
	case '!':
		if bytes.HasPrefix(s, []byte("![")) {
			return kMarkup
		}
	}
	if onlyBytes(s, "-*_= \t") {
		return kMarkup // rule or setext underline
	}
	if n := mdMarkerLen(s); n > 0 {
		ln.list = bytes.ContainsAny(s[:n], "-*+0123456789")
		ln.start, ln.end = trimSpace(a.t, ln.start+n, ln.end)
	}
	return kNone
}

func onlyBytes(s []byte, set string) bool {
	for _, c := range s {
		if strings.IndexByte(set, c) < 0 {
			return false
		}
	}
	return true
}

// mdMarkerLen returns the length of block quote and list markers at the
// start of s ("> ", "- ", "* ", "+ ", "1. ", "2) "), or 0.
func mdMarkerLen(s []byte) int {
	i := 0
	for {
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j >= len(s) {
			return i
		}
		switch c := s[j]; {
		case c == '>':
			i = j + 1
			continue
		case (c == '-' || c == '*' || c == '+') && j+1 < len(s) && (s[j+1] == ' ' || s[j+1] == '\t'):
			i = j + 2
			continue
		case isDigit(c):
			k := j
			for k < len(s) && k-j < 3 && isDigit(s[k]) {
				k++
			}
			if k+1 < len(s) && (s[k] == '.' || s[k] == ')') && s[k+1] == ' ' {
				i = k + 2
				continue
			}
		}
		return i
	}
}

// mdLink parses a link "[text](url)" at t[i]; it returns the text and the
// offset after the link.
func mdLink(t []byte, i int) ([]byte, int, bool) {
	depth := 0
	for j := i; j < len(t) && j-i < 500; j++ {
		switch t[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				if j+1 >= len(t) || t[j+1] != '(' {
					return nil, 0, false
				}
				k := bytes.IndexByte(t[j+1:], ')')
				if k < 0 || k > 1000 {
					return nil, 0, false
				}
				return t[i+1 : j], j + 1 + k + 1, true
			}
		case '\n':
			if j+1 < len(t) && t[j+1] == '\n' {
				return nil, 0, false
			}
		}
	}
	return nil, 0, false
}
