package article

import (
	"bytes"
	"encoding/json"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// skipTags never hold article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Header: true, atom.Form: true, atom.Figure: true, atom.Figcaption: true,
	atom.Button: true, atom.Svg: true, atom.Iframe: true, atom.Template: true, atom.Select: true,
	atom.Textarea: true, atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true,
	atom.Audio: true, atom.Map: true, atom.Dialog: true, atom.Menu: true, atom.Math: true, atom.Title: true,
}

// blockTags break paragraphs.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true, atom.Center: true,
	atom.Dd: true, atom.Details: true, atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true, atom.Caption: true,
	atom.Html: true, atom.Head: true,
}

// voidTags have no end tag.
var voidTags = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Param: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true,
}

// skipMarkers in a class or id mark an element as page furniture.
var skipMarkers = [][]byte{
	[]byte("related"), []byte("share"), []byte("promo"), []byte("newsletter"), []byte("cookie"),
	[]byte("comment"), []byte("social"), []byte("subscribe"), []byte("advert"), []byte("menu"),
	[]byte("breadcrumb"), []byte("sidebar"), []byte("recommend"), []byte("outbrain"), []byte("taboola"),
	[]byte("sponsor"), []byte("popup"), []byte("paywall"), []byte("signup"), []byte("trending"),
}

type htmlElem struct {
	a    atom.Atom
	name string // for unknown elements
}

// htmlDoc builds the text of an HTML page with its offset map.
type htmlDoc struct {
	src       []byte
	text      []byte
	segs      []Segment
	lineStart int

	stack []htmlElem
	skip  int // depth of the skipped element, -1 when not skipping

	inTitle, inH1, inLD bool
	title, h1           []byte
	ld                  [][]byte

	ogTitle, siteName, canonical, ogURL string
	metaDate, timeDate                  string
}

// parseHTML reads an HTML page: the main text (block elements become
// paragraphs, page furniture is skipped, and paragraphs that readability
// does not count as the article are dropped), title, date, URL and outlet.
func parseHTML(path string, src []byte, opts Options) *Document {
	b := &htmlDoc{src: src, skip: -1}
	b.tokenize()
	d := &Document{Path: path, Format: FormatHTML, Src: src, Text: b.text}
	d.SetMapping(b.segs)
	if d.segs == nil {
		d.segs = []Segment{}
	}
	d.Title = firstNonEmpty(clean(b.ogTitle), clean(string(b.h1)), stripSiteSuffix(clean(html.UnescapeString(string(b.title)))))
	d.URL = firstNonEmpty(strings.TrimSpace(b.canonical), strings.TrimSpace(b.ogURL))
	d.Outlet = clean(b.siteName)
	ldDate, ldPublisher := b.jsonLD()
	if d.Outlet == "" {
		d.Outlet = ldPublisher
	}
	for _, v := range [...]string{b.metaDate, ldDate, b.timeDate} {
		if t, ok := parseDateValue(strings.TrimSpace(v)); ok {
			d.Published, d.DateSource = t, "html"
			break
		}
	}
	drop := b.readabilityFilter(d.URL)
	analyze(d, 0, false, drop, opts)
	return d
}

func firstNonEmpty(v ...string) string {
	for _, s := range v {
		if s != "" {
			return s
		}
	}
	return ""
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

// stripSiteSuffix removes " | Site" or " - Site" from a <title>.
func stripSiteSuffix(s string) string {
	for _, sep := range [...]string{" | ", " - ", " — ", " – "} {
		if i := strings.LastIndex(s, sep); i > 0 && len(s)-i < 40 {
			return s[:i]
		}
	}
	return s
}

func (b *htmlDoc) tokenize() {
	z := html.NewTokenizer(bytes.NewReader(b.src))
	off := 0
	for {
		tt := z.Next()
		start := off
		off += len(z.Raw())
		if off > len(b.src) {
			off = len(b.src)
		}
		switch tt {
		case html.ErrorToken:
			b.para(len(b.src))
			b.trimEnd()
			return
		case html.TextToken:
			b.textToken(start, off)
		case html.StartTagToken, html.SelfClosingTagToken:
			b.startTag(z, tt == html.SelfClosingTagToken, start)
		case html.EndTagToken:
			name, _ := z.TagName()
			b.endTag(atom.Lookup(name), string(name), start)
		}
	}
}

func (b *htmlDoc) textToken(s, e int) {
	raw := b.src[s:e]
	switch {
	case b.inTitle:
		b.title = append(b.title, raw...)
		return
	case b.inLD:
		b.ld = append(b.ld, raw)
		return
	}
	if b.inH1 {
		b.h1 = append(b.h1, html.UnescapeString(string(raw))...)
	}
	if b.skip >= 0 {
		return
	}
	for i := s; i < e; {
		k := bytes.IndexByte(b.src[i:e], '&')
		if k < 0 {
			b.emit(i, e)
			return
		}
		k += i
		b.emit(i, k)
		j := k + 1
		for j < e && j-k < 33 && (isLetter(b.src[j]) || isDigit(b.src[j]) || b.src[j] == '#') {
			j++
		}
		if j < e && b.src[j] == ';' {
			j++
		}
		ent := string(b.src[k:j])
		dec := html.UnescapeString(ent)
		if dec == ent {
			b.emit(k, k+1)
			i = k + 1
			continue
		}
		b.emitDecoded(dec, k)
		i = j
	}
}

func (b *htmlDoc) startTag(z *html.Tokenizer, selfClosing bool, at int) {
	name, hasAttr := z.TagName()
	a := atom.Lookup(name)
	el := htmlElem{a: a}
	if a == 0 {
		el.name = string(name)
	}
	var furniture bool
	var prop, content, rel, href, typ, datetime string
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch string(k) {
		case "class", "id":
			if a != atom.Html && a != atom.Body && a != atom.Main && a != atom.Article && markedFurniture(v) {
				furniture = true
			}
		case "property", "name", "itemprop":
			if prop == "" {
				prop = strings.ToLower(string(v))
			}
		case "content":
			content = string(v)
		case "rel":
			rel = strings.ToLower(string(v))
		case "href":
			if a == atom.Link {
				href = string(v)
			}
		case "type":
			typ = strings.ToLower(string(v))
		case "datetime":
			datetime = string(v)
		}
	}
	switch a {
	case atom.Meta:
		b.meta(prop, content)
	case atom.Link:
		if rel == "canonical" && b.canonical == "" {
			b.canonical = href
		}
	case atom.Time:
		if b.timeDate == "" {
			b.timeDate = datetime
		}
	case atom.Title:
		b.inTitle = !selfClosing && b.title == nil
	case atom.H1:
		b.inH1 = !selfClosing && len(b.h1) == 0
	case atom.Script:
		b.inLD = !selfClosing && strings.Contains(typ, "ld+json")
	case atom.Br:
		if b.skip < 0 {
			b.br(at)
		}
		return
	}
	if datetime != "" && prop == "datepublished" && b.metaDate == "" {
		b.metaDate = datetime
	}
	if b.skip < 0 && (blockTags[a] || skipTags[a] || furniture) {
		b.para(at)
	}
	if selfClosing || voidTags[a] {
		return
	}
	b.stack = append(b.stack, el)
	if b.skip < 0 && (skipTags[a] || furniture) {
		b.skip = len(b.stack) - 1
	}
}

func (b *htmlDoc) endTag(a atom.Atom, name string, at int) {
	switch a {
	case atom.Title:
		b.inTitle = false
	case atom.H1:
		b.inH1 = false
	case atom.Script:
		b.inLD = false
	case atom.Br: // </br> is a <br>
		if b.skip < 0 {
			b.br(at)
		}
		return
	}
	for i := len(b.stack) - 1; i >= 0; i-- {
		e := b.stack[i]
		if e.a == a && (a != 0 || e.name == name) {
			b.stack = b.stack[:i]
			if b.skip >= i {
				b.skip = -1
			}
			break
		}
	}
	if b.skip < 0 && (blockTags[a] || skipTags[a]) {
		b.para(at)
	}
}

func markedFurniture(v []byte) bool {
	var lb [128]byte
	l := lowerASCII(lb[:], v)
	for _, m := range skipMarkers {
		if bytes.Contains(l, m) {
			return true
		}
	}
	return false
}

func (b *htmlDoc) meta(prop, content string) {
	switch prop {
	case "og:title":
		if b.ogTitle == "" {
			b.ogTitle = content
		}
	case "og:site_name":
		if b.siteName == "" {
			b.siteName = content
		}
	case "og:url":
		if b.ogURL == "" {
			b.ogURL = content
		}
	case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date",
		"dc.date", "dc.date.issued", "dcterms.date", "parsely-pub-date", "sailthru.date", "article.published":
		if b.metaDate == "" {
			b.metaDate = content
		}
	}
}

// emit appends the literal source text src[s:e] (white space becomes
// spaces, byte for byte, so that the mapping stays exact).
func (b *htmlDoc) emit(s, e int) {
	if len(b.text) == b.lineStart {
		for s < e && (b.src[s] <= ' ') {
			s++
		}
	}
	if s >= e {
		return
	}
	ts := len(b.text)
	b.text = append(b.text, b.src[s:e]...)
	for i := ts; i < len(b.text); i++ {
		if c := b.text[i]; c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 {
			b.text[i] = ' '
		}
	}
	if n := len(b.segs); n > 0 {
		p := &b.segs[n-1]
		if p.Exact && p.TextStart+p.Len == ts && p.SrcStart+p.Len == s {
			p.Len += e - s
			return
		}
	}
	b.segs = append(b.segs, Segment{TextStart: ts, SrcStart: s, Len: e - s, Exact: true})
}

// emitDecoded appends a decoded entity that came from src[at:].
func (b *htmlDoc) emitDecoded(dec string, at int) {
	if len(b.text) == b.lineStart && strings.TrimSpace(dec) == "" {
		return
	}
	ts := len(b.text)
	b.text = append(b.text, dec...)
	b.segs = append(b.segs, Segment{TextStart: ts, SrcStart: at, Len: len(dec)})
}

// trimEnd drops trailing spaces of the current line.
func (b *htmlDoc) trimEnd() {
	n := len(b.text)
	for n > b.lineStart && b.text[n-1] == ' ' {
		n--
	}
	b.truncate(n)
}

func (b *htmlDoc) truncate(n int) {
	b.text = b.text[:n]
	for len(b.segs) > 0 {
		p := &b.segs[len(b.segs)-1]
		if p.TextStart >= n {
			b.segs = b.segs[:len(b.segs)-1]
			continue
		}
		if p.TextStart+p.Len > n {
			p.Len = n - p.TextStart
		}
		break
	}
}

// br ends the current line.
func (b *htmlDoc) br(at int) {
	b.trimEnd()
	if len(b.text) > b.lineStart {
		b.brk("\n", at)
	}
}

// para ends the current paragraph.
func (b *htmlDoc) para(at int) {
	b.trimEnd()
	switch {
	case len(b.text) > b.lineStart:
		b.brk("\n\n", at)
	case len(b.text) > 0 && !bytes.HasSuffix(b.text, []byte("\n\n")):
		b.brk("\n", at)
	}
}

func (b *htmlDoc) brk(s string, at int) {
	ts := len(b.text)
	b.text = append(b.text, s...)
	b.segs = append(b.segs, Segment{TextStart: ts, SrcStart: at, Len: len(s)})
	b.lineStart = len(b.text)
}

// jsonLD returns datePublished and the publisher's name from the page's
// JSON-LD blocks.
func (b *htmlDoc) jsonLD() (date, publisher string) {
	for _, raw := range b.ld {
		var v any
		if json.Unmarshal(raw, &v) != nil {
			continue
		}
		walkJSON(v, 0, func(k string, v any) {
			switch k {
			case "datePublished":
				if s, ok := v.(string); ok && date == "" {
					date = s
				}
			case "publisher":
				if m, ok := v.(map[string]any); ok && publisher == "" {
					if s, ok := m["name"].(string); ok {
						publisher = clean(s)
					}
				}
			}
		})
	}
	return date, publisher
}

func walkJSON(v any, depth int, fn func(k string, v any)) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		for _, k := range [...]string{"datePublished", "publisher"} {
			if c, ok := x[k]; ok {
				fn(k, c)
			}
		}
		for _, k := range [...]string{"@graph", "mainEntity", "mainEntityOfPage"} {
			if c, ok := x[k]; ok {
				walkJSON(c, depth+1, fn)
			}
		}
	case []any:
		for _, c := range x {
			walkJSON(c, depth+1, fn)
		}
	}
}

// readabilityFilter runs readability on the page and returns the spans of
// the lines of b.text that are not in the article it found (nil when it
// finds nothing usable).
func (b *htmlDoc) readabilityFilter(pageURL string) []Span {
	main, ok := readableText(b.src, pageURL)
	if !ok {
		return nil
	}
	var drop []Span
	var buf []byte
	pos := 0 // paragraphs usually come in readability's order: look ahead first
	for _, ln := range splitLines(b.text, 0) {
		if ln.start == ln.end {
			continue
		}
		buf = appendFoldCompact(buf[:0], b.text[ln.start:ln.end])
		if len(buf) == 0 {
			continue
		}
		if k := bytes.Index(main[pos:], buf); k >= 0 {
			pos += k + len(buf)
			continue
		}
		if !bytes.Contains(main[:min(len(main), pos+len(buf))], buf) {
			drop = append(drop, Span{ln.start, ln.end})
		}
	}
	return drop
}

// pageDecoding returns the transformer readability's reader applies to a
// page decoded as UTF-8: NFC, soft hyphens removed. Each byte that is not
// UTF-8 becomes one U+FFFD, as in the loader's own lines (a decoder would
// fold a broken sequence into one, and the lines would no longer match).
func pageDecoding() transform.Transformer {
	softHyphen := runes.Predicate(func(r rune) bool { return r == '\u00AD' })
	return transform.Chain(runes.ReplaceIllFormed(), norm.NFD, runes.Remove(softHyphen), norm.NFC)
}

// readableText returns readability's main text of the page, folded by
// appendFoldCompact.
func readableText(src []byte, pageURL string) (text []byte, ok bool) {
	defer func() {
		if recover() != nil {
			text, ok = nil, false
		}
	}()
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		u = &url.URL{Scheme: "http", Host: "localhost", Path: "/"}
	}
	// the page is read as UTF-8, as the rest of the loader reads it: its
	// main text is matched against our own lines. (readability.FromReader
	// would first guess the encoding from the bytes, which costs more than
	// the rest of the parse and may guess another one.) Soft hyphens are
	// dropped and the text composed (NFC), as readability's own reader does
	doc, err := html.Parse(transform.NewReader(bytes.NewReader(src), pageDecoding()))
	if err != nil {
		return nil, false
	}
	// the tree is ours: readability may change it rather than copy it
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, u)
	if err != nil || art.Node == nil {
		return nil, false
	}
	var sb bytes.Buffer
	if art.RenderText(&sb) != nil {
		return nil, false
	}
	text = appendFoldCompact(nil, sb.Bytes())
	return text, len(text) >= 80
}
