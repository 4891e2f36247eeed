package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/compare"
)

// evil are pieces of article text that would become markup, links, pings or
// terminal control if a writer passed them through.
var evil = []string{
	"[click](http://evil.example)",
	"![img](http://x/y.png)",
	"<script>alert(1)</script>",
	"<img src=x onerror=alert(1)>",
	"@octocat",
	"#123",
	"| a | b |",
	"https://evil.example/path",
	"www.evil.example",
	"`tick` and ```fence```",
	"**bold**",
	"first line\n# heading",
	"# heading",
	"> quote",
	"1. list",
	"---",
	"- item",
	"~~strike~~",
	"<!-- comment -->",
	"&amp; &lt;b&gt;",
	"$x^2$",
	"mail user@example.com",
	`\*not em\*`,
	"    indented code",
	"see GH-42",
	"[ref]: http://evil.example",
	"<http://evil.example>",
	"x\x1b[31mred\x1b[0m",
	"trailing backslash \\",
	"===",
}

// evilInput puts every evil string in every place article text can reach:
// paths, outlets, titles, values, sentences, facts, messages, reasons, diffs,
// fingerprints, problems and stale entries.
func evilInput() Input {
	var in Input
	in.Tool, in.Version = "claimdiff", "0.1.0"
	for i, e := range evil {
		path := fmt.Sprintf("%s/%d.txt", e, i)
		d := &article.Document{Path: path, Outlet: e, Title: e, URL: e, DateSource: e}
		if i%2 == 0 {
			d.Published = time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
		}
		in.Documents = append(in.Documents, d)
		other := &article.Document{Path: e, Outlet: "Other " + e}
		f := compare.Finding{
			Check: "quote-drift", Severity: compare.Severity(i % 3), Confidence: 0.5, Kind: e,
			Message: e, Fact: e, Why: e,
			Values: []compare.ValueGroup{
				{Value: e, Norm: e, Outlets: []string{e}},
				{Value: "x " + e, Norm: e, Outlets: []string{"Other " + e}},
			},
			Claims: []compare.Evidence{
				{Doc: d, Pos: article.Position{Path: path, Line: 1, Col: 1}, Outlet: e, Sentence: e, Value: e, Norm: e, Speaker: e},
				{Doc: other, Pos: article.Position{Path: e, Line: 2, Col: 3}, Outlet: "Other " + e, Sentence: "Before " + e + " after", Value: "x " + e, Group: 1},
			},
			Outlier:     e,
			Diff:        []compare.DiffOp{{Op: "equal", Text: e}, {Op: "delete", Text: e}, {Op: "insert", Text: "```\n" + e}},
			Fingerprint: e,
		}
		if i%4 == 1 {
			f.BaselineState = "unchanged"
		}
		in.Findings = append(in.Findings, f)
		in.Problems = append(in.Problems, e)
		in.Stale = append(in.Stale, e)
	}
	in.Claims = 2 * len(evil)
	return in
}

// gfm parses Markdown as GitHub does: GFM with tables, strikethrough, task
// lists and linkify.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Linkify),
	goldmark.WithRendererOptions(gmhtml.WithUnsafe()))

// allowedHTML is all the raw HTML the Markdown writer emits itself.
var allowedHTML = regexp.MustCompile(`^(<sub>|</sub>|<details>|</details>|<summary>[0-9]+ findings? unchanged since the baseline</summary>)$`)

func TestMarkdownInjection(t *testing.T) {
	in := evilInput()
	var buf bytes.Buffer
	if err := Markdown(&buf, in); err != nil {
		t.Fatal(err)
	}
	src := buf.Bytes()
	doc := gfm.Parser().Parse(text.NewReader(src))

	var headings []string
	fences := 0
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link, *ast.Image, *ast.AutoLink:
			t.Errorf("article text became a %s: %q", n.Kind(), nodeText(n, src))
		case *ast.RawHTML:
			for i := 0; i < n.Segments.Len(); i++ {
				seg := n.Segments.At(i)
				if raw := string(seg.Value(src)); !allowedHTML.MatchString(raw) {
					t.Errorf("raw inline HTML from article text: %q", raw)
				}
			}
		case *ast.HTMLBlock:
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				line := strings.TrimSpace(string(seg.Value(src)))
				if !allowedHTML.MatchString(line) {
					t.Errorf("HTML block from article text: %q", line)
				}
			}
		case *ast.Heading:
			headings = append(headings, fmt.Sprintf("h%d %s", n.Level, nodeText(n, src)))
		case *ast.Blockquote, *ast.ThematicBreak, *ast.CodeBlock, *ast.CodeSpan, *extast.Strikethrough, *extast.TaskCheckBox:
			t.Errorf("article text became a %s: %q", n.Kind(), nodeText(n, src))
		case *ast.List:
			if n.IsOrdered() {
				t.Errorf("article text became an ordered list: %q", nodeText(n, src))
			}
		case *ast.FencedCodeBlock:
			fences++
			if lang := string(n.Language(src)); lang != "diff" {
				t.Errorf("fenced block with info %q", lang)
			}
			for i := 0; i < n.Lines().Len(); i++ {
				seg := n.Lines().At(i)
				line := string(seg.Value(src))
				if !strings.HasPrefix(line, "  ") && !strings.HasPrefix(line, "- ") && !strings.HasPrefix(line, "+ ") {
					t.Errorf("diff line without a -, + or space prefix: %q", line)
				}
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if fences != len(in.Findings) {
		t.Errorf("%d diff blocks, want %d (one per finding)", fences, len(in.Findings))
	}

	// Headings appear only where the writer puts them.
	want := []string{"h2 claimdiff report", "h3 Input problems", "h3 Stale baseline entries", "h3 Findings"}
	wantFindings := len(in.Findings)
	if len(headings) != len(want)+wantFindings {
		t.Errorf("%d headings, want %d:\n%s", len(headings), len(want)+wantFindings, strings.Join(headings, "\n"))
	}
	for i, h := range headings {
		if i < len(want) {
			if h != want[i] {
				t.Errorf("heading %d = %q, want %q", i, h, want[i])
			}
			continue
		}
		if !regexp.MustCompile(`^h4 [0-9]+\. (Error|Warning|Note): quote-drift — `).MatchString(h) {
			t.Errorf("unexpected heading %q", h)
		}
	}

	// The reader still sees what the articles said, and GitHub finds no
	// mention, issue reference or URL in the text outside code blocks.
	visible, prose := visibleText(t, gfm, src)
	plain := strings.ReplaceAll(visible, zwj, "")
	for _, e := range evil {
		if !strings.Contains(plain, oneLine(e)) {
			t.Errorf("visible text lost %q", oneLine(e))
		}
	}
	for _, re := range []*regexp.Regexp{
		regexp.MustCompile(`(?i)(^|[^a-z0-9_])@[a-z0-9]`),    // @mention
		regexp.MustCompile(`#[0-9]`),                         // issue reference
		regexp.MustCompile(`(?i)\bgh-[0-9]`),                 // issue reference
		regexp.MustCompile(`(?i)(https?|ftp)://`),            // URL
		regexp.MustCompile(`(?i)\bwww\.`),                    // URL
		regexp.MustCompile(`(?i)[a-z0-9._+-]+@[a-z0-9-]+\.`), // e-mail address
	} {
		if m := re.FindString(prose); m != "" {
			t.Errorf("GitHub would link %q in the rendered text", m)
		}
	}
}

// nodeText is the text of a node's inline descendants, with backslash
// escapes and character references resolved.
func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			switch c := c.(type) {
			case *ast.Text:
				b.Write(c.Segment.Value(src))
			case *ast.String:
				b.Write(c.Value)
			}
		}
		return ast.WalkContinue, nil
	})
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations([]byte(b.String())))))
}

// allowedElements are the HTML elements the rendered report may contain.
var allowedElements = map[string]bool{
	"h2": true, "h3": true, "h4": true, "p": true, "strong": true, "sub": true, "ul": true, "li": true,
	"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
	"pre": true, "code": true, "details": true, "summary": true,
}

// visibleText renders the Markdown to HTML and returns what a browser shows:
// all text, and the text outside <pre> blocks (where GitHub looks for
// mentions and references). It fails on any element or attribute the writer
// does not produce.
func visibleText(t *testing.T, md goldmark.Markdown, src []byte) (all, prose string) {
	t.Helper()
	var out bytes.Buffer
	if err := md.Convert(src, &out); err != nil {
		t.Fatal(err)
	}
	var a, p strings.Builder
	inPre := 0
	z := html.NewTokenizer(&out)
	for {
		switch z.Next() {
		case html.ErrorToken:
			return a.String(), p.String()
		case html.TextToken:
			s := string(z.Text())
			a.WriteString(s)
			if inPre == 0 {
				p.WriteString(s)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !allowedElements[tok.Data] {
				t.Errorf("rendered HTML has a <%s> element", tok.Data)
			}
			for _, at := range tok.Attr {
				if tok.Data == "code" && at.Key == "class" && at.Val == "language-diff" {
					continue
				}
				t.Errorf("rendered HTML has an attribute %s=%q on <%s>", at.Key, at.Val, tok.Data)
			}
			if tok.Data == "pre" {
				inPre++
			}
			a.WriteString(" ")
			p.WriteString(" ")
		case html.EndTagToken:
			if tok := z.Token(); tok.Data == "pre" {
				inPre--
			}
			a.WriteString(" ")
			p.WriteString(" ")
		case html.CommentToken:
			t.Errorf("rendered HTML has a comment %q", z.Token().Data)
		}
	}
}

func TestEscapeInlineRoundTrip(t *testing.T) {
	// Every escaped string renders back to the folded original, alone in a
	// paragraph, in a list item, in a heading and in a table cell.
	for _, e := range evil {
		want := oneLine(e)
		for _, form := range []string{"%s\n", "- %s\n", "#### %s\n", "| a |\n| --- |\n| %s |\n"} {
			src := fmt.Sprintf(form, escapeInline(e))
			got, _ := visibleText(t, gfm, []byte(src))
			got = strings.Join(strings.Fields(strings.ReplaceAll(got, zwj, "")), " ")
			if form == "| a |\n| --- |\n| %s |\n" {
				got = strings.TrimPrefix(got, "a ")
			}
			if got != strings.Join(strings.Fields(want), " ") {
				t.Errorf("form %q: %q renders as %q", form, e, got)
			}
		}
	}
}

func TestJSONInjection(t *testing.T) {
	in := evilInput()
	var buf bytes.Buffer
	if err := JSON(&buf, in); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Documents []struct{ Path, Outlet, Title string }
		Findings  []struct {
			Severity string
			Claims   []struct {
				Doc, Quote string
				Line       int
			}
		}
		Problems, Stale []string
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("JSON report does not parse: %v", err)
	}
	if len(got.Findings) != len(in.Findings) {
		t.Fatalf("%d findings, want %d", len(got.Findings), len(in.Findings))
	}
	for i, f := range got.Findings {
		for j, c := range f.Claims {
			w := in.Findings[i].Claims[j]
			if c.Quote != w.Sentence || c.Doc != w.Pos.Path || c.Line != w.Pos.Line {
				t.Errorf("finding %d claim %d = %q %q:%d, want %q %q:%d", i, j, c.Quote, c.Doc, c.Line, w.Sentence, w.Pos.Path, w.Pos.Line)
			}
		}
	}
	for i, d := range got.Documents {
		if d.Path != in.Documents[i].Path || d.Title != in.Documents[i].Title {
			t.Errorf("document %d = %q %q", i, d.Path, d.Title)
		}
	}
	if strings.Join(got.Problems, "\x00") != strings.Join(in.Problems, "\x00") {
		t.Errorf("problems did not round-trip")
	}
}

func TestTextInjection(t *testing.T) {
	var buf bytes.Buffer
	if err := Text(&buf, evilInput()); err != nil {
		t.Fatal(err)
	}
	for _, c := range buf.String() {
		if c != '\n' && (c < ' ' || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
			t.Fatalf("text report holds control character %U", c)
		}
	}
	// Every line of a finding's group has the shape an editor can jump to
	// (or is an indented detail); the last group holds the problems, the
	// stale entries and the summary.
	groups := strings.Split(buf.String(), "\n\n")
	line := regexp.MustCompile(`^(\S.*: (error|warning|note): quote-drift: |    (why|diff|fingerprint): )`)
	for _, g := range groups[:len(groups)-1] {
		for _, l := range strings.Split(g, "\n") {
			if !line.MatchString(l) {
				t.Errorf("line has no known shape: %q", l)
			}
		}
	}
	last := strings.Split(strings.TrimSuffix(groups[len(groups)-1], "\n"), "\n")
	if n := len(last); n != 2*len(evil)+1 || !strings.HasPrefix(last[n-1], "claimdiff: 30 documents, 60 claims, 30 findings (") {
		t.Errorf("last group: %d lines, ends %q", n, last[n-1])
	}
}
