package article_test

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/article"
)

// Hostile and broken input at the level of the loader: every file is
// generated here, nothing binary is committed.

const hostileText = "Museum reopens after renovation\n" +
	"Published: March 4, 2026\n" +
	"\n" +
	"The Harbour Museum reopened on Tuesday after a two-year renovation, its director said.\n" +
	"About 3,000 visitors came through the doors on the first day.\n" +
	"\n" +
	"The renovation cost 4 million euros, the city council said.\n"

func utf16Bytes(s string, big bool) []byte {
	out := []byte{0xFF, 0xFE}
	if big {
		out = []byte{0xFE, 0xFF}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func sentenceTexts(d *article.Document) []string {
	var out []string
	for si := range d.Sentences {
		out = append(out, d.SentenceText(si))
	}
	return out
}

// parseWithin parses src and fails the test if that takes longer than
// limit (a hang or a quadratic blow-up).
func parseWithin(t *testing.T, limit time.Duration, path string, src []byte, opts article.Options) ([]*article.Document, error) {
	t.Helper()
	type result struct {
		docs []*article.Document
		err  error
	}
	done := make(chan result, 1)
	go func() {
		docs, err := article.Parse(path, src, opts)
		done <- result{docs, err}
	}()
	select {
	case r := <-done:
		return r.docs, r.err
	case <-time.After(limit):
		t.Fatalf("Parse(%s, %d bytes) did not return within %v", path, len(src), limit)
	}
	return nil, nil
}

// TestHostileEncodings: the same article with other encodings and line
// ends reads the same sentences, metadata and line numbers; offsets map into
// the original bytes.
func TestHostileEncodings(t *testing.T) {
	ref, err := article.Parse("plain.txt", []byte(hostileText), article.Options{})
	if err != nil || len(ref) != 1 {
		t.Fatalf("Parse = %v, %v", ref, err)
	}
	want := sentenceTexts(ref[0])
	if len(want) != 3 {
		t.Fatalf("reference sentences %q", want)
	}
	variants := map[string][]byte{
		"crlf.txt":     []byte(strings.ReplaceAll(hostileText, "\n", "\r\n")),
		"cr.txt":       []byte(strings.ReplaceAll(hostileText, "\n", "\r")),
		"bom.txt":      []byte("\xEF\xBB\xBF" + hostileText),
		"utf16le.txt":  utf16Bytes(hostileText, false),
		"utf16be.txt":  utf16Bytes(hostileText, true),
		"utf16crlf.md": utf16Bytes(strings.ReplaceAll(hostileText, "\n", "\r\n"), false),
		"bomcr.md":     []byte("\xEF\xBB\xBF" + strings.ReplaceAll(hostileText, "\n", "\r")),
	}
	for name, src := range variants {
		t.Run(name, func(t *testing.T) {
			docs, err := article.Parse(name, src, article.Options{})
			if err != nil || len(docs) != 1 {
				t.Fatalf("Parse = %v, %v", docs, err)
			}
			d := docs[0]
			if got := sentenceTexts(d); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("sentences:\n%q\nwant\n%q", got, want)
			}
			if !d.Published.Equal(ref[0].Published) {
				t.Errorf("published %v, want %v", d.Published, ref[0].Published)
			}
			if !bytes.Equal(d.Src, src) {
				t.Error("Src is not the original bytes")
			}
			for i, s := range d.Sentences {
				p, rp := d.Position(s.Start), ref[0].Position(ref[0].Sentences[i].Start)
				if p.Line != rp.Line {
					t.Errorf("sentence %d at line %d, want %d", i, p.Line, rp.Line)
				}
				if p.Offset < 0 || p.Offset >= len(src) {
					t.Errorf("sentence %d: offset %d outside the file", i, p.Offset)
				}
				if strings.HasPrefix(name, "utf16") && p.Offset%2 != 0 {
					t.Errorf("sentence %d: odd offset %d into UTF-16", i, p.Offset)
				}
			}
		})
	}
}

// TestHostileBytes: invalid UTF-8, a few NUL bytes, a trailing odd byte or
// an unpaired surrogate in UTF-16 are read; sentences are valid UTF-8.
func TestHostileBytes(t *testing.T) {
	cases := map[string][]byte{
		"invalid.txt":    []byte(strings.Replace(hostileText, "renovation,", "renov\xc3\x28ation \xff\xfe\x80,", 1)),
		"nul-few.txt":    []byte(strings.Replace(hostileText+strings.Repeat("The council said the museum was popular with schools.\n", 20), "Tuesday", "Tues\x00day", 1)),
		"odd16.txt":      append(utf16Bytes(hostileText, false), 'x'),
		"surrogate.txt":  append(utf16Bytes(hostileText, true), 0xD8, 0x00, 0x00, 'A'),
		"cr-only.md":     []byte(strings.Repeat("\r", 5000) + hostileText),
		"controls.txt":   []byte(strings.ReplaceAll(hostileText, " ", " \x01\x1b[31m")),
		"invalid.jsonl":  []byte(`{"text":"The museum \xff reopened on Tuesday, its director said.","published":"2026-03-04"}` + "\n"),
		"invalid.html":   []byte("<p>The Harbour Museum \xff\xfe reopened on Tuesday, its director said.</p>"),
		"bom-only.txt":   []byte("\xEF\xBB\xBF"),
		"utf16-bom.txt":  {0xFF, 0xFE},
		"utf16-odd.txt":  {0xFE, 0xFF, 0x00},
		"blank.md":       []byte("\n \n\t\r\n   \n"),
		"only-front.md":  []byte("---\ntitle: x\n---\n"),
		"dashes.md":      []byte("---\n---\n---\n"),
		"unclosed-fm.md": []byte("---\ntitle: x\n" + hostileText),
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			docs, err := parseWithin(t, 10*time.Second, name, src, article.Options{})
			if err != nil {
				t.Logf("Parse error: %v", err)
			}
			for _, d := range docs {
				for si, s := range d.Sentences {
					if !utf8.ValidString(d.SentenceText(si)) {
						t.Errorf("sentence is not valid UTF-8: %q", d.SentenceText(si))
					}
					if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
						t.Errorf("sentence span %v outside Text (%d bytes)", s.Span, len(d.Text))
					}
					if p := d.Position(s.Start); !p.IsValid() || p.Offset > len(d.Src) {
						t.Errorf("position %v", p)
					}
				}
				if d.Outlet == "" {
					t.Error("no outlet")
				}
			}
		})
	}
}

// TestHostileErrors: the loader's error values, with the line when there is
// one.
func TestHostileErrors(t *testing.T) {
	long := bytes.Repeat([]byte("The museum said it was full. "), 1<<16) // ~1.9 MB, one line
	cases := []struct {
		name string
		src  []byte
		opts article.Options
		want error
		line int
	}{
		{"png.txt", append([]byte("\x89PNG\r\n\x1a\n"), bytes.Repeat([]byte{0x00, 0x7f, 0xfe}, 1000)...), article.Options{}, article.ErrBinary, 0},
		{"zip.md", append([]byte("PK\x03\x04"), []byte(hostileText)...), article.Options{}, article.ErrBinary, 0},
		{"pdf.html", []byte("%PDF-1.7\n" + hostileText), article.Options{}, article.ErrBinary, 0},
		{"nul.jsonl", []byte(strings.ReplaceAll(hostileText, " ", "\x00")), article.Options{}, article.ErrBinary, 0},
		{"big.txt", long, article.Options{MaxFileSize: 1000000}, article.ErrTooLarge, 0},
		{"longline.txt", append([]byte("Title\r\n\r\n"), long...), article.Options{MaxLineLength: 100000}, article.ErrLineTooLong, 3},
		{"longline-cr.md", append([]byte("Title\r\r"), long...), article.Options{MaxLineLength: 100000}, article.ErrLineTooLong, 3},
		{"longline16.txt", utf16Bytes("Title\n\n"+string(long[:300000]), true), article.Options{MaxLineLength: 100000}, article.ErrLineTooLong, 3},
		{"front.md", []byte("---\ntitle: Museum\ndate: [2026-03-04\nurl: x\n---\n" + hostileText), article.Options{}, article.ErrFrontMatter, 0},
		{"toml.md", []byte("---\ntitle = \"Museum\"\noutlet = \"Post\"\n---\n" + hostileText), article.Options{}, article.ErrFrontMatter, 0},
		{"tabs.md", []byte("\xEF\xBB\xBF---\r\ntitle: Museum\r\n\tdate: 2026-03-04\r\n---\r\n" + hostileText), article.Options{}, article.ErrFrontMatter, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := parseWithin(t, 10*time.Second, tc.name, tc.src, tc.opts)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if len(docs) != 0 {
				t.Errorf("%d documents from a rejected file", len(docs))
			}
			var e *article.Error
			if !errors.As(err, &e) || e.Path != tc.name {
				t.Fatalf("err %v is not an *article.Error naming %s", err, tc.name)
			}
			if tc.line > 0 && e.Line != tc.line {
				t.Errorf("line %d, want %d (%v)", e.Line, tc.line, err)
			}
			if e.Line > 0 && !strings.HasPrefix(err.Error(), tc.name+":"+itoa(e.Line)+": ") {
				t.Errorf("message %q does not start with path:line", err)
			}
			t.Logf("%v", err)
		})
	}
	t.Run("front matter line", func(t *testing.T) {
		// the line of the file that holds the YAML error (the front matter
		// starts on line 2); go-yaml counts parser errors from 0 and scanner
		// errors from 1, and names the first line of an unclosed flow
		// collection only when it is not the first line
		for _, tc := range []struct {
			yaml string
			line int
		}{
			{"title: Museum\noutlet: Post\ndate: [2026-03-04\n", 4},
			{"title: Museum\r\noutlet: Post\r\ndate: [2026-03-04\r\n", 4},
			{"title: Museum\ndate: {a: 1\nurl: x\n", 3},
			{"title: [unclosed\ndate: 2026-03-10\n", 2},
			{"title: Museum\ndate: 2026-03-04\n- item\n", 4},
			{"title: Museum\nurl: !foo!bar x\n", 3},
			{"title: Museum\n  outlet: Post\ndate: 2026-03-04\n", 3},
			{"title = \"Museum\"\noutlet: Post\n", 3},
			{"title: Museum\n\tdate: 2026-03-04\n", 3},
			{"date: [2026\n", 2},
		} {
			src := "---\n" + tc.yaml + "---\nThe museum reopened on Tuesday.\n"
			_, err := article.Parse("f.md", []byte(src), article.Options{})
			var e *article.Error
			if !errors.As(err, &e) || !errors.Is(err, article.ErrFrontMatter) {
				t.Fatalf("%q: err = %v", tc.yaml, err)
			}
			if e.Line != tc.line {
				t.Errorf("%q: front matter error at line %d, want %d (%v)", tc.yaml, e.Line, tc.line, err)
			}
		}
	})
	t.Run("jsonl lines", func(t *testing.T) {
		src := "\xEF\xBB\xBF" + `{"text":"The museum reopened on Tuesday.","published":"2026-03-04"}` + "\r\n" +
			"not json\r\n" +
			"\r\n" +
			`{"title":"no text"}` + "\r\n" +
			`["text", "an array"]` + "\n" +
			`{"text": 42}` + "\n" +
			`{"text":"Second record, about 3,000 visitors."}` + "\n" +
			`{"text":"truncated` + "\n" +
			`"just a string"` + "\n" +
			`{"text":""}` + "\n" +
			`{"nested":{"text":"x"}}`
		docs, err := parseWithin(t, 10*time.Second, "r.jsonl", []byte(src), article.Options{})
		if len(docs) != 2 {
			t.Errorf("%d records read, want 2", len(docs))
		}
		want := map[int]error{2: article.ErrBadJSON, 4: article.ErrNoText, 5: article.ErrBadJSON, 6: article.ErrNoText,
			8: article.ErrBadJSON, 9: article.ErrBadJSON, 10: article.ErrNoText, 11: article.ErrNoText}
		j, ok := err.(interface{ Unwrap() []error })
		if !ok {
			t.Fatalf("err = %v, want a joined list", err)
		}
		got := map[int]error{}
		for _, e := range j.Unwrap() {
			var ae *article.Error
			if !errors.As(e, &ae) {
				t.Errorf("%v is not an *article.Error", e)
				continue
			}
			got[ae.Line] = ae.Err
		}
		for line, w := range want {
			if !errors.Is(got[line], w) {
				t.Errorf("line %d: %v, want %v", line, got[line], w)
			}
		}
		if len(got) != len(want) {
			t.Errorf("errors on lines %v, want %v", got, want)
		}
		for _, d := range docs {
			if p := d.Position(d.Sentences[0].Start); p.Line != 1 && p.Line != 7 {
				t.Errorf("record %s at line %d", d.Path, p.Line)
			}
		}
	})
}

func itoa(n int) string {
	b := []byte{}
	for n > 0 || len(b) == 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// TestHostileHTML: malformed and deeply nested HTML is read in reasonable
// time, without a crash, and its text is found.
func TestHostileHTML(t *testing.T) {
	const sentence = "The Harbour Museum reopened on Tuesday after a two-year renovation, its director said."
	nest := func(open, close string, n int) []byte {
		return []byte("<html><body>" + strings.Repeat(open, n) + "<p>" + sentence + "</p>" + strings.Repeat(close, n) + "</body></html>")
	}
	cases := map[string][]byte{
		"div.html":      nest("<div>", "</div>", 100_000),
		"div-open.html": nest("<div>\n", "", 100_000),
		"b.html":        nest("<b>", "</b>", 100_000),
		"table.html":    nest("<table><tr><td>", "</td></tr></table>", 20_000),
		"ul.html":       nest("<ul><li>", "</li></ul>", 50_000),
		"span-a.html":   nest(`<span class="x"><a href="#">`, "</a></span>", 50_000),
		"aside.html":    nest("<aside>", "</aside>", 100_000), // skipped furniture, never closed on the way in
		"broken.html": []byte(`<html><head><title>Museum reopens | Harbour Post</title><meta property="og:site_name" content="Harbour Post"
<body><div class=article><p>` + sentence + `<p>About 3,000 visitors came <b><i>through</b></i> the doors.</div></span></p>
<script>if (a < b && c > d) { document.write("<p>not text</p>") </scr` + "\x00" + `ipt><!-- unterminated comment <p>The renovation cost 4 million euros.`),
		"unterminated.html": []byte("<p>" + sentence + "</p><div class=\"unterminated attribute><p>More text here."),
		"entities.html":     []byte("<p>" + sentence + " &#0; &#xFFFFFFFF; &#55296; &amp &unknown; &" + strings.Repeat("a", 100) + "; Visitors were pleased.</p>"),
		"ld.html":           []byte(`<script type="application/ld+json">` + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + `</script><p>` + sentence + "</p>"),
		"ld-obj.html":       []byte(`<script type="application/ld+json">` + strings.Repeat(`{"a":`, 50_000) + "1" + strings.Repeat("}", 50_000) + `</script><p>` + sentence + "</p>"),
	}
	for name, src := range cases {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			// minified pages have long lines: lift the line limit so that
			// the nesting, not the limit, is what is tested
			docs, err := parseWithin(t, 30*time.Second, name, src, article.Options{MaxLineLength: 8 << 20})
			if err != nil || len(docs) != 1 {
				t.Fatalf("Parse = %v, %v", docs, err)
			}
			t.Logf("%d bytes in %v", len(src), time.Since(start))
			d := docs[0]
			if name == "aside.html" {
				return // the text is inside the aside furniture
			}
			found := false
			for si := range d.Sentences {
				if strings.Contains(d.SentenceText(si), "Harbour Museum reopened on Tuesday") {
					found = true
				}
			}
			if !found {
				t.Errorf("sentence not found; sentences: %q", sentenceTexts(d))
			}
		})
	}
}

// TestHostileLoad: a folder with symbolic link loops, unreadable files and
// folders, and other non-article entries; a missing path.
func TestHostileLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(rel string, b []byte) string {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	symlink := func(target, rel string) {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(rel))); err != nil {
			t.Fatal(err)
		}
	}
	write("a/article.txt", []byte(hostileText))
	write("a/b/c/deep.md", []byte(hostileText))
	symlink("..", "a/b/up")           // a/b/up → a
	symlink("../..", "a/b/c/top")     // a/b/c/top → a
	symlink("self.txt", "a/self.txt") // a link to itself
	symlink("x.txt", "a/ping.txt")    // a/ping.txt ↔ a/x.txt
	symlink("ping.txt", "a/x.txt")
	symlink("nowhere", "a/dangling.md")
	write("a/notes.pdf", []byte("%PDF-1.4"))    // not an article extension: not read
	write("a/.hidden.txt", []byte(hostileText)) // hidden: not read
	if err := os.Mkdir(filepath.Join(dir, "a", "dir.txt"), 0o755); err != nil {
		t.Fatal(err) // a folder with an article's extension
	}
	unreadable := write("a/locked.txt", []byte(hostileText))
	lockedDir := filepath.Join(dir, "a", "lockeddir")
	write("a/lockeddir/in.txt", []byte(hostileText))
	for _, p := range []string{unreadable, lockedDir} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o755) })
	}
	_, rerr := os.ReadFile(unreadable)
	root := rerr == nil // chmod 000 does not stop root

	missing := filepath.Join(dir, "missing.txt")
	var paths []string
	done := make(chan []error, 1)
	go func() {
		done <- article.Load([]string{filepath.Join(dir, "a"), missing}, article.Options{}, func(d *article.Document) {
			paths = append(paths, d.Path)
		})
	}()
	var errs []error
	select {
	case errs = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Load did not return: a symbolic link loop?")
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(dir, filepath.FromSlash(p))
		return filepath.ToSlash(r)
	}
	seen := map[string]int{}
	for _, p := range paths {
		seen[rel(p)]++
	}
	for p, n := range seen {
		if n > 1 {
			t.Errorf("%s read %d times", p, n)
		}
	}
	for _, p := range []string{"a/article.txt", "a/b/c/deep.md"} {
		if seen[p] != 1 {
			t.Errorf("%s not read; read %v", p, paths)
		}
	}
	for _, p := range []string{"a/notes.pdf", "a/.hidden.txt", "a/lockeddir/in.txt"} {
		if seen[p] > 0 && !(root && p == "a/lockeddir/in.txt") {
			t.Errorf("%s should not be read", p)
		}
	}
	named := func(rel string, target error) bool {
		for _, e := range errs {
			var ae *article.Error
			if errors.As(e, &ae) && ae.Path == filepath.ToSlash(filepath.Join(dir, filepath.FromSlash(rel))) && (target == nil || errors.Is(e, target)) {
				return true
			}
		}
		return false
	}
	if !named("missing.txt", fs.ErrNotExist) {
		t.Errorf("missing path not reported: %v", errs)
	}
	if !root {
		if !named("a/locked.txt", fs.ErrPermission) {
			t.Errorf("unreadable file not reported: %v", errs)
		}
		if !named("a/lockeddir", fs.ErrPermission) {
			t.Errorf("unreadable folder not reported: %v", errs)
		}
	}
	t.Logf("read %v; problems %v", paths, errs)
}

// TestHostileLimits: a file exactly at the limits is read; one byte more is
// not. Standard input is held to the same limits.
func TestHostileLimits(t *testing.T) {
	line := strings.Repeat("x", 99) + ".\n" // 101 bytes with the break
	src := []byte(strings.Repeat(line, 10))
	if _, err := article.Parse("at.txt", src, article.Options{MaxFileSize: int64(len(src)), MaxLineLength: 100}); err != nil {
		t.Errorf("at the limits: %v", err)
	}
	if _, err := article.Parse("over.txt", src, article.Options{MaxFileSize: int64(len(src)) - 1}); !errors.Is(err, article.ErrTooLarge) {
		t.Errorf("one byte over the size limit: %v", err)
	}
	if _, err := article.Parse("over.txt", src, article.Options{MaxLineLength: 99}); !errors.Is(err, article.ErrLineTooLong) {
		t.Errorf("one byte over the line limit: %v", err)
	}
	var got int
	errs := article.Load([]string{"-"}, article.Options{MaxFileSize: 1000, Stdin: bytes.NewReader(bytes.Repeat([]byte("a "), 1000))}, func(*article.Document) { got++ })
	if len(errs) != 1 || !errors.Is(errs[0], article.ErrTooLarge) || got != 0 {
		t.Errorf("stdin over the limit: %d documents, %v", got, errs)
	}
	errs = article.Load([]string{"-"}, article.Options{Stdin: bytes.NewReader([]byte("\x89PNG\r\n\x1a\nrest"))}, func(*article.Document) { got++ })
	if len(errs) != 1 || !errors.Is(errs[0], article.ErrBinary) || got != 0 {
		t.Errorf("binary stdin: %d documents, %v", got, errs)
	}
}
