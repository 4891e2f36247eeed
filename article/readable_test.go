package article

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"

	gen "github.com/claimdiff/claimdiff/internal/corpusgen/corpus"
)

// readableByGuess is readableText as readability's own reader does it: the
// page's encoding guessed from its bytes first.
func readableByGuess(src []byte, pageURL string) ([]byte, bool) {
	u, _ := url.Parse(pageURL)
	art, err := readability.FromReader(bytes.NewReader(src), u)
	if err != nil || art.Node == nil {
		return nil, false
	}
	var sb bytes.Buffer
	if art.RenderText(&sb) != nil {
		return nil, false
	}
	text := appendFoldCompact(nil, sb.Bytes())
	return text, len(text) >= 80
}

// On UTF-8 pages, with a charset or without, readableText reads what
// readability's own reader reads, though it skips the encoding guess:
// accents, typographic quotes, decomposed letters, soft hyphens, emoji.
func TestReadableTextAsReadability(t *testing.T) {
	extras := []string{"café — “quoted” naïve", "co\u00adoperate", "e\u0301te\u0301 Zu\u0308rich", "ʻŌlelo 東京 😀", "plain ascii only"}
	arts := gen.All(gen.Config{Stories: 50, Outlets: 4, Seed: 9, Hot: 0.3})
	for i, a := range arts {
		paras := strings.Split(string(a.Text), "\n\n")
		var h strings.Builder
		meta := `<meta charset="utf-8">`
		if i%3 == 0 {
			meta = ""
		}
		fmt.Fprintf(&h, "<!doctype html><html><head>%s<title>%s</title></head><body><nav><a href=/>Home</a> <a href=/world>World</a></nav><article>", meta, paras[0])
		for j, p := range paras {
			if j%4 == 1 {
				p += " " + extras[(i+j)%len(extras)]
			}
			fmt.Fprintf(&h, "<p>%s</p>\n", p)
		}
		h.WriteString("</article><aside><h3>Top stories</h3><ul><li><a href=/a>Other</a></li></ul></aside><footer>© 2026</footer></body></html>")
		page := []byte(h.String())
		want, wantOK := readableByGuess(page, "https://example.com/story")
		got, ok := readableText(page, "https://example.com/story")
		if ok != wantOK || !bytes.Equal(got, want) {
			t.Fatalf("%s: readable text differs from readability's reader (ok %v, want %v)\n got %.300q\nwant %.300q", a.Name(), ok, wantOK, got, want)
		}
	}
}

// A page in Latin-1 or Windows-1252 is read as UTF-8, as the loader reads
// the rest of it, one U+FFFD a bad byte: readability's text then matches our
// lines, and the article is kept (the encoding guess used to decode it
// otherwise; a decoder folds a broken sequence into one U+FFFD; either way
// the lines did not match and were dropped).
func TestReadableLatin1Page(t *testing.T) {
	page := []byte("<html><head><title>Fire</title></head><body><nav><a href=/>Home</a></nav><article>" +
		"<p>A fire swept through the Caf\xe9 R\xf6sti building on Tuesday, killing 12 people and injuring 40 others, officials said.</p>" +
		"<p>Firefighters battled the blaze for six hours before bringing it under control, Jos\xe9\x92s fire service said \xe0\xa0la Tuesday evening.</p>" +
		"</article><footer>\xa9 2026</footer></body></html>")
	docs, err := Parse("latin1.html", page, Options{})
	if err != nil || len(docs) != 1 {
		t.Fatalf("Parse: %v", err)
	}
	d := docs[0]
	var all []string
	for i := range d.Sentences {
		all = append(all, d.SentenceText(i))
	}
	text := strings.Join(all, " ")
	for _, want := range []string{"killing 12 people", "for six hours"} {
		if !strings.Contains(text, want) {
			t.Errorf("sentences lack %q: %q", want, text)
		}
	}
}
