// Package article turns the bytes of an article file into a Document: its
// format (plain text, Markdown with front matter, HTML, JSONL), metadata
// (outlet, title, publication date, URL), the readable text with web
// boilerplate removed, the prose sentences, and a line table that maps every
// offset back to the original file as path:line:col.
//
// The original bytes are never rewritten: Document.Src holds them as read and
// every Span of the package indexes Document.Text, which is Src itself for
// plain text and Markdown and a decoded view with an offset map for HTML and
// JSONL.
package article

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Span is a half-open byte range [Start, End) of Document.Text.
type Span struct{ Start, End int }

// Len is the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Position is a place in a source file. It is valid if Line > 0.
type Position struct {
	Path   string
	Offset int // byte offset into the file
	Line   int // 1-based
	Col    int // 1-based, in bytes
}

// IsValid reports whether the position names a line.
func (p Position) IsValid() bool { return p.Line > 0 }

// String formats the position as path:line:col (or path when invalid).
func (p Position) String() string {
	if !p.IsValid() {
		return p.Path
	}
	return fmt.Sprintf("%s:%d:%d", p.Path, p.Line, p.Col)
}

// Format is the input format of a document.
type Format string

// The input formats claimdiff reads.
const (
	FormatText     Format = "txt"
	FormatMarkdown Format = "md"
	FormatHTML     Format = "html"
	FormatJSONL    Format = "jsonl"
)

// Sentence is one prose sentence of a document.
type Sentence struct {
	Span     // into Document.Text
	Para int // index of the paragraph the sentence belongs to
}

// SentenceText returns the text of sentence i with white space folded
// (line breaks and runs of spaces become one space; in Markdown, inline
// markup is dropped). It is made on demand: documents keep only offsets.
func (d *Document) SentenceText(i int) string {
	s := d.Sentences[i]
	return foldString(d.Text[s.Start:s.End], d.Format == FormatMarkdown)
}

// AppendSentenceText appends SentenceText(i) to dst (no string is made).
func (d *Document) AppendSentenceText(dst []byte, i int) []byte {
	s := d.Sentences[i]
	return appendFolded(dst, d.Text[s.Start:s.End], d.Format == FormatMarkdown)
}

// Document is one article.
type Document struct {
	Path   string // the file as named on the command line (slash-separated); JSONL records add "#N" (1-based record number)
	Format Format

	Outlet    string    // who published it: front matter, an "Original url:" line, a URL or site name in the page, else the file name
	Title     string    // headline, when one was found
	URL       string    // canonical URL, when one was found
	Published time.Time // publication date; zero if unknown
	// DateSource says where Published came from: "front matter", "json",
	// "html" (a meta tag, JSON-LD or <time> of an HTML page),
	// "text" (a date line in the page), "url" (a date in the article's URL),
	// "flag" (--published), or "" when the date is unknown.
	DateSource string
	// DateAmbiguous reports that Published came from a numeric date whose
	// day and month could be swapped (both at most 12); it was read
	// month-first.
	DateAmbiguous bool

	Src  []byte // the original bytes of the file, never rewritten
	Text []byte // the readable text; for txt and md the same bytes as Src

	Sentences   []Sentence // prose only: boilerplate, markup, headline and metadata lines excluded
	Boilerplate []Span     // spans of Text dropped as boilerplate (menus, promos, related blocks, repeats)

	// segs maps Text offsets to Src offsets; nil means the identity.
	segs []Segment
	// lineStarts holds the Src offset of the start of every line, made
	// once on first use (Position may be called from several goroutines).
	lineStarts []int
	linesOnce  sync.Once
}

// Segment maps a run of Text bytes onto Src: Text[TextStart:TextStart+Len]
// came from Src starting at SrcStart. When Exact is false the run was decoded
// (an HTML entity, a JSON escape) and every offset inside it maps to SrcStart.
type Segment struct {
	TextStart, SrcStart, Len int
	Exact                    bool
}

// SetMapping installs the Text→Src offset map (segments sorted by TextStart).
func (d *Document) SetMapping(segs []Segment) { d.segs = segs }

// SrcOffset maps an offset of Text to an offset of Src.
func (d *Document) SrcOffset(off int) int {
	if d.segs == nil {
		return off
	}
	i := sort.Search(len(d.segs), func(i int) bool { return d.segs[i].TextStart > off }) - 1
	if i < 0 {
		return 0
	}
	s := d.segs[i]
	if !s.Exact {
		return s.SrcStart
	}
	delta := off - s.TextStart
	if delta > s.Len {
		delta = s.Len
	}
	return s.SrcStart + delta
}

// Position maps an offset of Text to a position in the source file.
func (d *Document) Position(off int) Position {
	src := d.SrcOffset(off)
	d.linesOnce.Do(func() {
		if d.lineStarts == nil {
			d.lineStarts = LineStarts(d.Src)
		}
	})
	line := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > src })
	if line == 0 {
		line = 1
	}
	col := src - d.lineStarts[line-1] + 1
	return Position{Path: filePath(d.Path), Offset: src, Line: line, Col: col}
}

// LineStarts returns the offset of the start of every line of src. A line
// ends at "\n", "\r\n" or a lone "\r".
func LineStarts(src []byte) []int {
	nls := bytes.Count(src, []byte{'\n'})
	crs := bytes.Count(src, []byte{'\r'})
	starts := make([]int, 1, 1+nls+crs)
	if crs == 0 {
		for i := 0; ; {
			k := bytes.IndexByte(src[i:], '\n')
			if k < 0 {
				return starts
			}
			i += k + 1
			starts = append(starts, i)
		}
	}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			starts = append(starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			starts = append(starts, i+1)
		}
	}
	return starts
}

// filePath strips a JSONL record suffix ("#N") from a document path.
func filePath(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '#' {
			return p[:i]
		}
		if p[i] < '0' || p[i] > '9' {
			break
		}
	}
	return p
}

// Error is a problem with an input file: it prints as path:line:col: msg
// (line and column when known).
type Error struct {
	Path      string
	Line, Col int
	Err       error
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %v", e.Path, e.Line, e.Col, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
