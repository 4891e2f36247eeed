package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// FuzzRender puts arbitrary article text into every field a report shows
// and renders every format: no panic, JSON and SARIF stay valid JSON that
// round-trips the text, and the Markdown has no link, image, autolink or
// raw HTML that the renderer did not put there itself.
func FuzzRender(f *testing.F) {
	for _, s := range []string{"[x](http://e.x)", "<script>alert(1)</script>", "@octocat #12", "| a | b |", "```", "https://x.y/z", "*a* _b_", "\u202e\x00\r\n", "plain sentence."} {
		f.Add(s, s, s)
	}
	f.Fuzz(func(t *testing.T, sentence, value, outlet string) {
		d := &article.Document{Path: "a/" + strings.ReplaceAll(outlet, "/", "_") + ".txt", Outlet: outlet, Title: value, Src: []byte(sentence), Text: []byte(sentence)}
		e := d
		fd := compare.Finding{Check: "number-mismatch", Severity: compare.Error, Confidence: 0.9, Kind: "contradiction",
			Message: value + " vs " + sentence, Fact: value, Why: sentence, Outlier: outlet, Fingerprint: "0123456789abcdef",
			Values: []compare.ValueGroup{{Value: value, Norm: value, Outlets: []string{outlet}}, {Value: sentence, Norm: "2", Outlets: []string{"b"}}},
			Claims: []compare.Evidence{
				{Doc: d, Pos: article.Position{Path: d.Path, Line: 1, Col: 1}, Outlet: outlet, Sentence: sentence, Value: value, Norm: value},
				{Doc: e, Pos: article.Position{Path: "b.txt", Line: 2, Col: 3}, Outlet: "b", Sentence: value, Value: sentence, Norm: "2", Group: 1},
			},
			Diff: []compare.DiffOp{{Op: "delete", Text: value}, {Op: "insert", Text: sentence}}}
		in := Input{Tool: "claimdiff", Version: "fuzz", Documents: []*article.Document{d}, Claims: 2, Findings: []compare.Finding{fd}, Problems: []string{sentence}}
		for _, format := range []string{"json", "sarif", "text", "markdown"} {
			var buf bytes.Buffer
			if err := Render(&buf, format, in); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			switch format {
			case "json", "sarif":
				if !json.Valid(buf.Bytes()) {
					t.Fatalf("%s output is not JSON", format)
				}
			case "markdown":
				src := buf.Bytes()
				doc := gfm.Parser().Parse(text.NewReader(src))
				ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
					if !entering {
						return ast.WalkContinue, nil
					}
					switch n := n.(type) {
					case *ast.Link, *ast.Image, *ast.AutoLink:
						t.Errorf("fuzzed text became a %s", n.Kind())
					case *ast.RawHTML:
						for i := 0; i < n.Segments.Len(); i++ {
							seg := n.Segments.At(i)
							if raw := string(seg.Value(src)); !allowedHTML.MatchString(raw) {
								t.Errorf("raw HTML from fuzzed text: %q", raw)
							}
						}
					}
					return ast.WalkContinue, nil
				})
			}
		}
		var buf bytes.Buffer
		JSON(&buf, in)
		var back struct {
			Findings []struct {
				Claims []struct {
					Quote string `json:"quote"`
				} `json:"claims"`
			} `json:"findings"`
		}
		if err := json.Unmarshal(buf.Bytes(), &back); err != nil || len(back.Findings) != 1 {
			t.Fatalf("JSON round trip: %v", err)
		}
		if strings.ToValidUTF8(sentence, "\uFFFD") == sentence && back.Findings[0].Claims[0].Quote != sentence {
			t.Errorf("quote did not round-trip: %q", back.Findings[0].Claims[0].Quote)
		}
	})
}
