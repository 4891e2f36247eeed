package article

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// Default limits used when the Options fields are zero.
const (
	DefaultMaxFileSize   = 64 << 20 // bytes
	DefaultMaxLineLength = 1 << 20  // bytes
)

// Errors wrapped by *Error; test for them with errors.Is.
var (
	ErrBinary      = errors.New("binary file, skipped")
	ErrTooLarge    = errors.New("file too large")
	ErrLineTooLong = errors.New("line too long")
	ErrNoText      = errors.New("record has no \"text\" field")
	ErrBadJSON     = errors.New("not a JSON object")
	ErrFrontMatter = errors.New("invalid YAML front matter")
)

// Options control how files are read.
type Options struct {
	// Published is the fallback publication date (DateSource "flag") used
	// when a document has none of its own. Only its calendar date is kept.
	Published time.Time
	// MaxFileSize is the largest file accepted, in bytes (0: 64 MiB).
	MaxFileSize int64
	// MaxLineLength is the longest line accepted, in bytes (0: 1 MiB).
	MaxLineLength int
	// Stdin is read for the path "-" (nil: os.Stdin).
	Stdin io.Reader
}

func (o Options) withDefaults() Options {
	if o.MaxFileSize <= 0 {
		o.MaxFileSize = DefaultMaxFileSize
	}
	// the readers read one byte past the limit to see a file exceed it
	o.MaxFileSize = min(o.MaxFileSize, math.MaxInt64-1)
	if o.MaxLineLength <= 0 {
		o.MaxLineLength = DefaultMaxLineLength
	}
	return o
}

// FormatOf returns the format implied by a file name's extension; unknown
// extensions (and "-", standard input) are plain text.
func FormatOf(path string) Format {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		return FormatHTML
	case ".jsonl":
		return FormatJSONL
	}
	return FormatText
}

// loadable reports whether a file found in a folder walk is read.
func loadable(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm", ".jsonl":
		return true
	}
	return false
}

// Parse reads the documents of one file: one for txt, Markdown and HTML, one
// per record for JSONL. The format comes from the extension of path. Problems
// are reported as *Error values naming the file (and line when known); for
// JSONL, bad records yield an errors.Join of *Error while the good records
// are still returned.
func Parse(path string, src []byte, opts Options) ([]*Document, error) {
	opts = opts.withDefaults()
	path = filepath.ToSlash(path)
	if int64(len(src)) > opts.MaxFileSize {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(src), opts.MaxFileSize)}
	}
	body := src
	var u16 *utf16Map
	if isUTF16(src) {
		u16 = decodeUTF16(src)
		body = u16.text
	} else if isBinary(src) {
		return nil, &Error{Path: path, Err: ErrBinary}
	}
	if n := longLine(body, opts.MaxLineLength); n > 0 {
		return nil, &Error{Path: path, Line: n, Err: fmt.Errorf("%w: limit %d bytes", ErrLineTooLong, opts.MaxLineLength)}
	}
	var docs []*Document
	var err error
	switch FormatOf(path) {
	case FormatJSONL:
		docs, err = parseJSONL(path, body, opts)
	case FormatHTML:
		docs = []*Document{parseHTML(path, body, opts)}
	case FormatMarkdown:
		var d *Document
		d, err = parseMarkdown(path, body, opts)
		if d != nil {
			docs = []*Document{d}
		}
	default:
		docs = parseText(path, body, opts)
	}
	if u16 != nil {
		ls := u16.lineStarts()
		for _, d := range docs {
			u16.remap(d, src)
			d.lineStarts = ls
		}
	}
	return docs, err
}

// parseText reads a plain text file: Text is Src. The document and the
// slice holding it are allocated together.
func parseText(path string, src []byte, opts Options) []*Document {
	b := &struct {
		d    Document
		docs [1]*Document
	}{d: Document{Path: path, Format: FormatText, Src: src, Text: src}}
	b.docs[0] = &b.d
	analyze(&b.d, bomLen(src), false, nil, opts)
	return b.docs[:]
}

// Load reads every path (a file, a folder searched recursively for .txt, .md,
// .markdown, .html, .htm and .jsonl files, or "-" for standard input read as
// plain text) and calls fn for every document, in a deterministic order:
// paths in the order given, the files of a folder sorted by path, JSONL
// records in file order. Problems are returned as *Error values naming the
// file; the other files are still read.
func Load(paths []string, opts Options, fn func(doc *Document)) []error {
	opts = opts.withDefaults()
	var errs []error
	add := func(err error) {
		if err == nil {
			return
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			errs = append(errs, j.Unwrap()...)
			return
		}
		errs = append(errs, err)
	}
	parse := func(path string, src []byte) {
		docs, err := Parse(path, src, opts)
		for _, d := range docs {
			fn(d)
		}
		add(err)
	}
	for _, p := range paths {
		if p == "-" {
			in := opts.Stdin
			if in == nil {
				in = os.Stdin
			}
			src, err := readLimited(in, opts.MaxFileSize)
			if err != nil {
				add(&Error{Path: "-", Err: err})
				continue
			}
			parse("-", src)
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			add(&Error{Path: filepath.ToSlash(p), Err: unwrapPathError(err)})
			continue
		}
		files := []string{p}
		if fi.IsDir() {
			var werrs []error
			files, werrs = walk(p)
			for _, e := range werrs {
				add(e)
			}
		}
		// files are read and parsed a few ahead on their own goroutines;
		// their documents and errors are handed on in file order
		type parsed struct {
			docs []*Document
			err  error
		}
		ahead := 2 * runtime.GOMAXPROCS(0)
		results := make([]chan parsed, len(files))
		start := func(i int) {
			ch := make(chan parsed, 1)
			results[i] = ch
			go func(f string) {
				defer func() {
					// a bug in a parser costs this file, not the run
					if r := recover(); r != nil {
						ch <- parsed{err: &Error{Path: filepath.ToSlash(f), Err: fmt.Errorf("internal error while parsing: %v", r)}}
					}
				}()
				src, err := readFile(f, opts.MaxFileSize)
				if err != nil {
					ch <- parsed{err: &Error{Path: filepath.ToSlash(f), Err: err}}
					return
				}
				docs, err := Parse(f, src, opts)
				ch <- parsed{docs, err}
			}(files[i])
		}
		for i := 0; i < len(files) && i < ahead; i++ {
			start(i)
		}
		for i := range files {
			r := <-results[i]
			results[i] = nil
			if i+ahead < len(files) {
				start(i + ahead)
			}
			for _, d := range r.docs {
				fn(d)
			}
			add(r.err)
		}
	}
	return errs
}

func unwrapPathError(err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFileOS reads the file at path whole with os.File, failing if it holds
// more than max bytes.
func readFileOS(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	size := 512
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		if fi.Size() > max {
			return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), max)
		}
		size = int(fi.Size()) + 1 // room to read the end of the file
	}
	src, err := readSized(f, max, size)
	return src, unwrapPathError(err)
}

func readLimited(r io.Reader, max int64) ([]byte, error) {
	return readSized(r, max, 512)
}

// readSized reads r to its end like io.ReadAll, into a buffer of capacity
// size to start with, and fails if it holds more than max bytes.
func readSized(r io.Reader, max int64, size int) ([]byte, error) {
	r = io.LimitReader(r, max+1)
	src := make([]byte, 0, size)
	for {
		n, err := r.Read(src[len(src):cap(src)])
		src = src[:len(src)+n]
		if err != nil {
			if err != io.EOF {
				return nil, err
			}
			break
		}
		if len(src) == cap(src) {
			src = append(src, 0)[:len(src)] // grow
		}
	}
	if int64(len(src)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return src, nil
}

// walk lists the loadable files under root, sorted by path. Hidden files and
// folders are skipped; symbolic links are followed once (loops are safe).
func walk(root string) ([]string, []error) {
	var files []string
	var errs []error
	var visited dirSet // a set, not a list: a walk meets thousands of folders
	var rec func(dir string)
	rec = func(dir string) {
		fi, err := os.Stat(dir)
		if err != nil {
			errs = append(errs, &Error{Path: filepath.ToSlash(dir), Err: unwrapPathError(err)})
			return
		}
		if !visited.visit(fi) {
			return
		}
		ents, err := os.ReadDir(dir)
		if err != nil {
			errs = append(errs, &Error{Path: filepath.ToSlash(dir), Err: unwrapPathError(err)})
		}
		for _, e := range ents {
			name := e.Name()
			if strings.HasPrefix(name, ".") {
				continue
			}
			full := filepath.Join(dir, name)
			typ := e.Type()
			if typ&fs.ModeSymlink != 0 {
				st, err := os.Stat(full)
				if err != nil {
					continue // dangling link
				}
				typ = st.Mode().Type()
			}
			switch {
			case typ.IsDir():
				rec(full)
			case typ.IsRegular() && loadable(name):
				files = append(files, full)
			}
		}
	}
	rec(root)
	for i := range files {
		files[i] = filepath.ToSlash(files[i])
	}
	sort.Strings(files)
	return files, errs
}

// bomLen is the length of a UTF-8 byte order mark at the start of b.
func bomLen(b []byte) int {
	if bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) {
		return 3
	}
	return 0
}

// isBinary reports whether src looks like binary content: a known file
// signature or more than 1% NUL bytes in the first 8 KiB.
func isBinary(src []byte) bool {
	for _, sig := range binarySignatures {
		if bytes.HasPrefix(src, []byte(sig)) {
			return true
		}
	}
	head := src
	if len(head) > 8192 {
		head = head[:8192]
	}
	nul := bytes.Count(head, []byte{0})
	return nul > 0 && nul*100 > len(head)
}

var binarySignatures = []string{
	"\x89PNG", "PK\x03\x04", "PK\x05\x06", "%PDF-", "GIF87a", "GIF89a", "\xFF\xD8\xFF",
	"\x1F\x8B", "\x7FELF", "7z\xBC\xAF\x27\x1C", "Rar!\x1A\x07", "BZh91AY&SY", "\x00\x00\x01\x00",
}

// longLine returns the 1-based number of the first line longer than max
// bytes, or 0.
func longLine(src []byte, max int) int {
	if len(src) <= max {
		return 0
	}
	line, start := 1, 0
	nl, cr := -1, -1 // the next "\n" and "\r" at or after start (len(src) if none)
	for {
		if nl < start {
			nl = indexByteFrom(src, start, '\n')
		}
		if cr < start {
			cr = indexByteFrom(src, start, '\r')
		}
		i := min(nl, cr)
		if i == len(src) {
			break
		}
		c := src[i]
		if i-start > max {
			return line
		}
		if c == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
		line++
		start = i + 1
	}
	if len(src)-start > max {
		return line
	}
	return 0
}

// fileOutlet is the last-resort outlet name: the file name without its
// extension.
func fileOutlet(path string) string {
	p := filePath(path)
	if p == "-" || p == "" {
		return "stdin"
	}
	base := p
	if i := strings.LastIndexAny(base, "/\\"); i >= 0 {
		base = base[i+1:]
	}
	if ext := filepath.Ext(base); ext != "" && len(ext) < len(base) {
		base = base[:len(base)-len(ext)]
	}
	if base == "" {
		return "unknown"
	}
	return base
}
