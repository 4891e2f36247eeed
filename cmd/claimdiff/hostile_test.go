package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
)

// Hostile and broken input: a folder of generated bad files beside copies of
// the seed articles. Nothing here is committed as a binary: every file is
// written by the test into t.TempDir().
//
// What claimdiff does with each input (the "out" field of hostileCases):
//
//	input                                    outcome  stderr names
//	---------------------------------------  -------  ---------------------------------------------
//	PNG header + random bytes, saved as .txt error    path: binary file, skipped
//	zip header + random bytes, saved as .md  error    path: binary file, skipped
//	text with many NUL bytes (>1% of 8 KiB)  error    path: binary file, skipped
//	2 MB file over --max-file-size 1000000   error    path: file too large
//	a 900 KB line over --max-line-length     error    path:1: line too long
//	JSONL: a non-JSON line                   error    path:2: not a JSON object (other records read)
//	JSONL: a record without "text"           error    path:3: record has no "text" field
//	Markdown front matter that is not YAML   error    path:3: invalid YAML front matter (the bad line)
//	a folder loop, a link to itself          read     (nothing; each folder once, unresolvable links skipped)
//	unreadable file (chmod 000; not as root) error    path: permission denied
//	a path that does not exist               error    path: no such file or directory
//	invalid UTF-8 in text                    read     (nothing; bad bytes read as U+FFFD)
//	a few NUL bytes in a long text           read     (nothing)
//	UTF-16 LE / BE with BOM                  read     (nothing; decoded, positions in the original bytes)
//	UTF-8 BOM                                read     (nothing; BOM skipped)
//	CRLF and lone-CR line ends               read     (nothing)
//	~1 MB (and 10 MB) of one sentence        read     (nothing; repeats count once)
//	empty file, blank file                   empty    (nothing; a document with no sentences)
//	malformed HTML                           read     (nothing)
//	100k nested <div> HTML                   read     (nothing)
//
// "error" inputs are named on stderr as `claimdiff: path[:line]: message`,
// listed in the report's "problems", contribute no document, and make the
// run exit 2 (usage or input problem); the other inputs are still checked
// and reported. There is no warning-only class for input files today: a
// binary file is "skipped" but still counts as an input problem.

// hostileArticle is prose with values but nothing that aligns with the seed
// articles (a museum, a bridge, a library), so that the hostile inputs that
// are read do not add findings against the seeds.
const hostileArticle = "Published: March 4, 2026\n\n" +
	"The Harbour Museum reopened on Tuesday after a two-year renovation, its director said.\n\n" +
	"About 3,000 visitors came through the doors on the first day.\n\n" +
	"The renovation cost 4 million euros, the city council said.\n"

type hostileOutcome string

const (
	hostileError hostileOutcome = "error" // named on stderr, skipped, exit 2
	hostileRead  hostileOutcome = "read"  // read as a document with sentences
	hostileEmpty hostileOutcome = "empty" // read as a document without sentences
)

type hostileCase struct {
	name string // path under the input folder
	gen  func(t *testing.T, path string)
	out  hostileOutcome
	// stderr holds substrings the problem line must contain after the file
	// name (e.g. ":2: not a JSON object"); only for hostileError.
	stderr []string
	// warn is a substring of the one warning a read file gets on stderr
	// ("claimdiff: warning: PATH:3:...: not UTF-8"), "" for none.
	warn string
	// skip is set by gen when the case cannot be checked here (an
	// unreadable file when running as root).
	skip *bool
}

func hostileWrite(b []byte) func(*testing.T, string) {
	return func(t *testing.T, path string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func hostileRandom(seed uint64, n int) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func hostileUTF16(s string, big bool) []byte {
	units := utf16.Encode([]rune(s))
	out := make([]byte, 0, 2+2*len(units))
	if big {
		out = append(out, 0xFE, 0xFF)
	} else {
		out = append(out, 0xFF, 0xFE)
	}
	for _, u := range units {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// hostileRepeat repeats s until the result is at least n bytes.
func hostileRepeat(s string, n int) []byte {
	return bytes.Repeat([]byte(s), n/len(s)+1)
}

// Limits passed on the command line of the hostile run.
const (
	hostileMaxFile = 1000000
	hostileMaxLine = 100000
)

func hostileCases() []hostileCase {
	rootSkip := new(bool)
	return []hostileCase{
		{name: "image.txt", gen: hostileWrite(append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), hostileRandom(1, 4096)...)), out: hostileError, stderr: []string{": binary file, skipped"}},
		{name: "archive.md", gen: hostileWrite(append([]byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), hostileRandom(2, 4096)...)), out: hostileError, stderr: []string{": binary file, skipped"}},
		{name: "nul-many.txt", gen: hostileWrite([]byte(strings.ReplaceAll(hostileArticle, " ", "\x00"))), out: hostileError, stderr: []string{": binary file, skipped"}},
		{name: "nul-few.txt", gen: hostileWrite([]byte(strings.Replace(hostileArticle+strings.Repeat("The council said the museum was popular with schools.\n\n", 20), "Tuesday", "Tues\x00day", 1))), out: hostileRead},
		// Bigger than --max-file-size: rejected from its size, before reading.
		{name: "big.txt", gen: hostileWrite(hostileRepeat("The museum said it was full. ", 2<<20)), out: hostileError, stderr: []string{": file too large"}},
		// One line longer than --max-line-length, under --max-file-size so
		// that the line check is the one that fires (the 2 MB line is
		// TestHostileLongLine, with a larger file limit).
		{name: "longline.txt", gen: hostileWrite(hostileRepeat("The museum said it was full. ", 900_000)[:900_000]), out: hostileError, stderr: []string{":1: line too long"}},
		{name: "records.jsonl", gen: hostileWrite([]byte(
			`{"title":"Museum reopens","outlet":"Harbour Post","published":"2026-03-04","text":"The Harbour Museum reopened on Tuesday, its director said."}` + "\n" +
				"this is not json\n" +
				`{"title":"No text here","published":"2026-03-05"}` + "\n" +
				`{"outlet":"Quay Times","date":"2026-03-05","text":"About 3,000 visitors came to the Harbour Museum on its first day."}` + "\n")),
			out: hostileError, stderr: []string{":2: not a JSON object", ":3: record has no \"text\" field"}},
		// front matter that is not YAML: TOML-ish, and an unclosed flow
		// sequence on the fourth line of the file
		{name: "frontmatter.md", gen: hostileWrite([]byte("---\ntitle = \"Museum reopens\"\noutlet: Harbour Post\ndate: [2026-03-04\n---\n\n" + hostileArticle)), out: hostileError, stderr: []string{":3: invalid YAML front matter"}},
		{name: "unreadable.txt", gen: func(t *testing.T, path string) {
			hostileWrite([]byte(hostileArticle))(t, path)
			if err := os.Chmod(path, 0); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(path, 0o644) })
			if _, err := os.ReadFile(path); err == nil {
				*rootSkip = true // running as root: chmod 000 does not stop us
			}
		}, out: hostileError, stderr: []string{": permission denied"}, skip: rootSkip},
		{name: "invalid-utf8.txt", gen: hostileWrite([]byte(strings.Replace(strings.Replace(hostileArticle, "renovation", "renov\xc3\x28ation", 1), "visitors", "visi\xff\xfetors \x80\xbf", 1))), out: hostileRead, warn: ":3:62: not UTF-8"},
		{name: "utf16le.txt", gen: hostileWrite(hostileUTF16(hostileArticle, false)), out: hostileRead},
		{name: "utf16be.txt", gen: hostileWrite(hostileUTF16(hostileArticle, true)), out: hostileRead},
		{name: "bom.txt", gen: hostileWrite([]byte("\xEF\xBB\xBF" + hostileArticle)), out: hostileRead},
		{name: "crlf.txt", gen: hostileWrite([]byte(strings.ReplaceAll(hostileArticle, "\n", "\r\n"))), out: hostileRead},
		{name: "cr.txt", gen: hostileWrite([]byte(strings.ReplaceAll(hostileArticle, "\n", "\r"))), out: hostileRead},
		// ~1 MB (just under --max-file-size) of one sentence repeated:
		// under this run's 1 MB limit so that it is read, not rejected; the
		// 10 MB of the issue is TestHostileRepeated, with the default limits.
		{name: "repeated.txt", gen: hostileWrite(hostileRepeat("The Harbour Museum reopened on Tuesday, its director said.\n", 990_000)[:990_000]), out: hostileRead},
		{name: "empty.txt", gen: hostileWrite(nil), out: hostileEmpty},
		{name: "blank.md", gen: hostileWrite([]byte("\n \n\t\r\n   \n")), out: hostileEmpty},
		{name: "loop/sub/article.txt", gen: func(t *testing.T, path string) {
			hostileWrite([]byte(hostileArticle))(t, path)
			loop := filepath.Dir(filepath.Dir(path))
			// sub/up -> .. (a folder loop) and self.txt -> self.txt (a link
			// to itself, which cannot be resolved)
			if err := os.Symlink("..", filepath.Join(loop, "sub", "up")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("self.txt", filepath.Join(loop, "self.txt")); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(".", filepath.Join(loop, "here")); err != nil {
				t.Fatal(err)
			}
		}, out: hostileRead},
		{name: "broken.html", gen: hostileWrite([]byte(`<html><head><title>Museum reopens | Harbour Post</title><meta property="og:site_name" content="Harbour Post"
<body><div class=article><p>The Harbour Museum reopened on Tuesday after a two-year renovation, its director said.<p>About 3,000 visitors came <b><i>through</b></i> the doors on the first day.
</div></span></p><script>if (a < b && c > d) { document.write("<p>not text</p>") </scr` + "\x00" + `ipt><!-- unterminated comment <p>The renovation cost 4 million euros.`)), out: hostileRead},
		{name: "nested.html", gen: hostileWrite([]byte("<html><body>" + strings.Repeat("<div>\n", 100_000) +
			"<p>The Harbour Museum reopened on Tuesday after a two-year renovation, its director said.</p>" +
			"</body></html>")), out: hostileRead}, // the divs are never closed: 100k closing tags would pass --max-file-size
	}
}

// hostileSeedFiles returns the seed articles (relative to the repository root,
// where TestMain runs the tests).
func hostileSeedFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in %s: %v", seeds, err)
	}
	return files
}

// hostileReport is the part of the JSON report the hostile tests read.
type hostileReport struct {
	Documents []struct {
		Path      string `json:"path"`
		Sentences int    `json:"sentences"`
	} `json:"documents"`
	Findings []struct {
		Check       string `json:"check"`
		Fingerprint string `json:"fingerprint"`
		Claims      []struct {
			Doc string `json:"doc"`
		} `json:"claims"`
	} `json:"findings"`
	Problems []string `json:"problems"`
}

func parseHostileReport(t *testing.T, out, errs string) hostileReport {
	t.Helper()
	if !json.Valid([]byte(out)) {
		t.Fatalf("report is not valid JSON:\n%.2000s\nstderr: %.2000s", out, errs)
	}
	var rep hostileReport
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("report: %v", err)
	}
	if dec.More() {
		t.Fatal("report: more than one JSON value")
	}
	return rep
}

// hostileFindingKeys returns the sorted "check fingerprint" of every finding.
func hostileFindingKeys(rep hostileReport) []string {
	var keys []string
	for _, f := range rep.Findings {
		if f.Fingerprint == "" {
			keys = append(keys, f.Check+" <no fingerprint>")
			continue
		}
		keys = append(keys, f.Check+" "+f.Fingerprint)
	}
	slices.Sort(keys)
	return keys
}

// hostileCopySeeds copies the seed articles into dir.
func hostileCopySeeds(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range hostileSeedFiles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// hostileRun runs the CLI and fails if it takes longer than limit (a hang or
// quadratic blow-up on hostile input).
func hostileRun(t *testing.T, limit time.Duration, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code      int
		out, errs string
	}
	done := make(chan result, 1)
	go func() {
		var out, errb bytes.Buffer
		code := run(append([]string{"claimdiff"}, args...), strings.NewReader(""), &out, &errb)
		done <- result{code, out.String(), errb.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.errs
	case <-time.After(limit):
		t.Fatalf("claimdiff %s: no answer after %v", strings.Join(args, " "), limit)
	}
	return 0, "", ""
}

func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads several MB")
	}
	tmp := t.TempDir()
	in := filepath.Join(tmp, "in")
	hostileCopySeeds(t, filepath.Join(in, "seeds"))
	cases := hostileCases()
	for _, c := range cases {
		c.gen(t, filepath.Join(in, filepath.FromSlash(c.name)))
	}
	missing := filepath.Join(tmp, "does", "not", "exist.txt")

	// the seeds alone, for reference
	seedCode, seedOut, seedErrs := hostileRun(t, time.Minute, "check", "--format", "json", seeds)
	if seedCode != 1 {
		t.Fatalf("seeds alone: exit %d, want 1; stderr: %s", seedCode, seedErrs)
	}
	want := hostileFindingKeys(parseHostileReport(t, seedOut, seedErrs))

	code, out, errs := hostileRun(t, 2*time.Minute, "check", "--format", "json",
		"--max-file-size", strconv.Itoa(hostileMaxFile), "--max-line-length", strconv.Itoa(hostileMaxLine), in, missing)
	if strings.Contains(errs, "internal error") || strings.Contains(errs, "panic") {
		t.Fatalf("claimdiff panicked:\n%s", errs)
	}
	if code != exitUsage {
		t.Errorf("exit code %d, want %d (input problems)", code, exitUsage)
	}
	rep := parseHostileReport(t, out, errs)
	t.Logf("stderr:\n%s", errs)

	errLines := strings.Split(strings.TrimSpace(errs), "\n")
	docs := map[string]int{} // path (without "#N") → sentences
	for _, d := range rep.Documents {
		p := d.Path
		if i := strings.LastIndexByte(p, '#'); i >= 0 {
			p = p[:i]
		}
		docs[p] += d.Sentences
	}
	docCount := map[string]int{}
	for _, d := range rep.Documents {
		docCount[d.Path]++
	}
	for p, n := range docCount {
		if n > 1 {
			t.Errorf("document %s read %d times", p, n)
		}
	}
	nProblems := 0
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.skip != nil && *c.skip {
				t.Skip("running as root: the file is readable whatever its mode")
			}
			path := filepath.ToSlash(filepath.Join(in, filepath.FromSlash(c.name)))
			var lines []string // stderr lines naming the file
			var warnings []string
			for _, l := range errLines {
				if strings.HasPrefix(l, "claimdiff: "+path+":") {
					lines = append(lines, l)
				}
				if strings.HasPrefix(l, "claimdiff: warning: "+path+":") {
					warnings = append(warnings, l)
				}
			}
			if c.warn == "" && len(warnings) > 0 || c.warn != "" && (len(warnings) != 1 || !strings.Contains(warnings[0], path+c.warn)) {
				t.Errorf("warnings for %s: %q, want one with %q", path, warnings, c.warn)
			}
			n, read := docs[path]
			switch c.out {
			case hostileError:
				if len(lines) == 0 {
					t.Errorf("stderr does not name %s", path)
				}
				for _, w := range c.stderr {
					found := false
					for _, l := range lines {
						if strings.Contains(l, path+w) || strings.Contains(l, w) && w[0] != ':' {
							found = true
						}
					}
					if !found {
						t.Errorf("stderr lacks %q for %s; it says:\n%s", w, path, strings.Join(lines, "\n"))
					}
				}
				if strings.HasSuffix(c.name, ".jsonl") {
					if n == 0 {
						t.Errorf("the good records of %s were not read", path)
					}
				} else if read {
					t.Errorf("%s is an input problem but was also read as a document", path)
				}
			case hostileRead, hostileEmpty:
				if len(lines) > 0 {
					t.Errorf("%s should be read silently; stderr says:\n%s", path, strings.Join(lines, "\n"))
				}
				if !read {
					t.Errorf("%s was not read", path)
				}
				if c.out == hostileRead && n == 0 {
					t.Errorf("%s: no sentences read", path)
				}
				if c.out == hostileEmpty && n != 0 {
					t.Errorf("%s: %d sentences from an empty file", path, n)
				}
			}
		})
		if c.warn != "" {
			nProblems++ // warnings are listed with the problems
		}
		if c.out == hostileError && (c.skip == nil || !*c.skip) {
			nProblems += len(c.stderr)
			if c.stderr == nil {
				nProblems++
			}
		}
	}
	t.Run("missing path", func(t *testing.T) {
		p := filepath.ToSlash(missing)
		if !strings.Contains(errs, "claimdiff: "+p+": no such file or directory") {
			t.Errorf("stderr does not name the missing path %s", p)
		}
	})
	nProblems++ // the missing path
	if len(rep.Problems) != nProblems {
		t.Errorf("%d problems in the report, want %d: %q", len(rep.Problems), nProblems, rep.Problems)
	}
	for _, p := range rep.Problems {
		if !strings.Contains(errs, "claimdiff: "+p+"\n") && !strings.Contains(errs, "claimdiff: warning: "+p+"\n") {
			t.Errorf("problem %q of the report is not on stderr", p)
		}
	}
	for _, f := range hostileSeedFiles(t) {
		if p := filepath.ToSlash(filepath.Join(in, "seeds", filepath.Base(f))); docs[p] == 0 {
			t.Errorf("seed %s not read (or no sentences)", p)
		}
	}

	// the findings on the seeds are those of a run on the seeds alone
	// (fingerprints use file names, not folders, so they compare directly)
	got := hostileFindingKeys(rep)
	if !slices.Equal(got, want) {
		t.Errorf("findings changed by the hostile inputs:\n got %q\nwant %q", got, want)
	}
}

// TestHostileLongLine: a 2 MB line without a break, under the file size
// limit but over --max-line-length, is rejected with its line number; the
// other inputs are still checked.
func TestHostileLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 2 MB")
	}
	dir := t.TempDir()
	long := filepath.Join(dir, "longline.txt")
	hostileWrite(append([]byte("Published: March 4, 2026\n\n"), hostileRepeat("The museum said it was full. ", 2<<20)...))(t, long)
	code, out, errs := hostileRun(t, time.Minute, "check", "--format", "json",
		"--max-file-size", "4000000", "--max-line-length", "100000", long, seeds)
	if code != exitUsage {
		t.Errorf("exit %d, want %d", code, exitUsage)
	}
	if p := filepath.ToSlash(long); !strings.Contains(errs, "claimdiff: "+p+":3: line too long") {
		t.Errorf("stderr does not name %s:3 as too long:\n%s", p, errs)
	}
	rep := parseHostileReport(t, out, errs)
	if len(rep.Documents) != len(hostileSeedFiles(t)) {
		t.Errorf("%d documents, want the %d seeds", len(rep.Documents), len(hostileSeedFiles(t)))
	}
}

// TestHostileRepeated: 10 MB of one sentence repeated (one per line, all on
// a few long lines, one per paragraph), read with the default limits. The
// work is linear (about half a second for 10 MB here) because a page's
// repeated text counts once.
func TestHostileRepeated(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 30 MB")
	}
	dir := t.TempDir()
	for name, sep := range map[string]string{"lines.txt": "\n", "spaced.txt": " ", "paras.md": "\n\n"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			s := "The Harbour Museum reopened on Tuesday, its director said." + sep
			if sep == " " {
				// one paragraph, with a line break now and then so that no
				// line reaches the default --max-line-length
				s = strings.Repeat(s, 99) + s[:len(s)-1] + "\n"
			}
			hostileWrite(hostileRepeat(s, 10<<20))(t, p)
			start := time.Now()
			code, out, errs := hostileRun(t, time.Minute, "check", "--format", "json", "--published", "2026-03-04", p)
			t.Logf("%s: %v", name, time.Since(start))
			if code != exitOK {
				t.Errorf("exit %d, want 0; stderr: %s", code, errs)
			}
			rep := parseHostileReport(t, out, errs)
			if len(rep.Documents) != 1 || len(rep.Findings) != 0 {
				t.Errorf("%d documents, %d findings; want 1 and none", len(rep.Documents), len(rep.Findings))
			}
		})
	}
}

// hostileWritable reports whether files can be created in dir (false for a
// read-only folder unless running as root).
func hostileWritable(dir string) bool {
	f, err := os.CreateTemp(dir, "probe-*")
	if err != nil {
		return false
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

func hostileListDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

// TestOutputHostile: -o writes atomically. Into a read-only folder, a
// folder or a missing folder the command fails with exit 2 and leaves no
// temporary file; an existing report is left as it was when the run fails
// before writing.
func TestOutputHostile(t *testing.T) {
	t.Run("read-only dir", func(t *testing.T) {
		ro := filepath.Join(t.TempDir(), "ro")
		if err := os.Mkdir(ro, 0o755); err != nil {
			t.Fatal(err)
		}
		old := []byte(`{"old": "report"}` + "\n")
		if err := os.WriteFile(filepath.Join(ro, "report.json"), old, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(ro, 0o755) })
		if hostileWritable(ro) {
			t.Skip("running as root: a read-only folder is hostileWritable")
		}
		code, stdout, errs := runCLI(t, "", "check", "--format", "json", "-o", filepath.Join(ro, "report.json"), seeds)
		if code != exitUsage {
			t.Errorf("exit %d, want %d; stderr: %s", code, exitUsage, errs)
		}
		if !strings.Contains(errs, "write report") {
			t.Errorf("stderr does not say the report could not be written: %q", errs)
		}
		if stdout != "" {
			t.Errorf("the report went to stdout: %.200q", stdout)
		}
		if names := hostileListDir(t, ro); !slices.Equal(names, []string{"report.json"}) {
			t.Errorf("files left in the read-only folder: %q", names)
		}
		if b, _ := os.ReadFile(filepath.Join(ro, "report.json")); !bytes.Equal(b, old) {
			t.Errorf("existing report changed: %q", b)
		}
	})
	t.Run("output is a folder", func(t *testing.T) {
		dir := t.TempDir()
		target := filepath.Join(dir, "report.json")
		if err := os.Mkdir(target, 0o755); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runCLI(t, "", "check", "--format", "json", "-o", target, seeds)
		if code != exitUsage {
			t.Errorf("exit %d, want %d; stderr: %s", code, exitUsage, errs)
		}
		if names := hostileListDir(t, dir); !slices.Equal(names, []string{"report.json"}) {
			t.Errorf("temporary files left behind: %q", names)
		}
	})
	t.Run("missing folder", func(t *testing.T) {
		dir := t.TempDir()
		code, _, errs := runCLI(t, "", "check", "--format", "json", "-o", filepath.Join(dir, "nope", "report.json"), seeds)
		if code != exitUsage {
			t.Errorf("exit %d, want %d; stderr: %s", code, exitUsage, errs)
		}
		if names := hostileListDir(t, dir); len(names) != 0 {
			t.Errorf("files left behind: %q", names)
		}
	})
	// A run that fails before it writes leaves an existing report alone.
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"unknown format", []string{"--format", "pdf", seeds}},
		{"bad published", []string{"--published", "yesterday", seeds}},
		{"bad fail-on", []string{"--fail-on", "sometimes", seeds}},
		{"unknown flag", []string{"--frobnicate", seeds}},
		{"no input", nil},
	} {
		t.Run("not truncated/"+tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "report.json")
			old := []byte(`{"old": "report"}` + "\n")
			if err := os.WriteFile(out, old, 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{"check", "-o", out}, tc.args...)
			code, _, errs := runCLI(t, "", args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d; stderr: %s", code, exitUsage, errs)
			}
			if b, err := os.ReadFile(out); err != nil || !bytes.Equal(b, old) {
				t.Errorf("existing report changed: %q, %v", b, err)
			}
			if names := hostileListDir(t, dir); !slices.Equal(names, []string{"report.json"}) {
				t.Errorf("files left behind: %q", names)
			}
		})
	}
	// With input problems the report is still written (the other inputs
	// are checked and reported), atomically, and the run exits 2.
	t.Run("input problem still writes", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "report.json")
		if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errs := runCLI(t, "", "check", "--format", "json", "-o", out, filepath.Join(dir, "missing.txt"), seeds)
		if code != exitUsage {
			t.Errorf("exit %d, want %d; stderr: %s", code, exitUsage, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		rep := parseHostileReport(t, string(b), errs)
		if len(rep.Problems) != 1 || len(rep.Documents) != len(hostileSeedFiles(t)) {
			t.Errorf("report: %d problems, %d documents", len(rep.Problems), len(rep.Documents))
		}
		if names := hostileListDir(t, dir); !slices.Equal(names, []string{"report.json"}) {
			t.Errorf("files left behind: %q", names)
		}
	})
}
