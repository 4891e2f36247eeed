package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// zwj is the zero-width joiner that escapeInline puts after "@" and between
// "#" and a digit, so that GitHub finds neither a @mention nor an issue
// reference, and inside "://" and "www." so that no linkifier finds a URL.
// It is invisible: the reader still sees what the article said.
const zwj = "\u200d"

// oneLine folds article text onto one line: control characters (including
// the escape character of terminal colour sequences), line and paragraph
// separators and runs of white space become one space; bidirectional
// override characters, which could reorder what the reader sees, are
// dropped; leading and trailing space is trimmed.
func oneLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isBidiControl(r):
			continue
		case r == utf8.RuneError, unicode.IsControl(r), unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isBidiControl reports whether r is an explicit bidirectional embedding,
// override or isolate character.
func isBidiControl(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// truncate cuts s to at most n runes, ending it with "…" when it was cut.
func truncate(s string, n int) string {
	if n <= 0 || utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)
	return strings.TrimRightFunc(string(runes[:n-1]), unicode.IsSpace) + "…"
}

// escapeInline makes article text safe to place anywhere inline in GitHub
// Flavored Markdown: a paragraph, a list item, a heading or a table cell.
// The text is folded onto one line (oneLine), every character that could
// open Markdown syntax is backslash-escaped, the HTML specials and the
// table pipe become character references (so no raw HTML and no broken
// table cell), and zero-width joiners defuse @mentions, #123 issue
// references and autolinks (https://..., www.). The result renders as the
// original text, nothing more.
func escapeInline(s string) string {
	s = oneLine(s)
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '|':
			b.WriteString("&#124;")
		case '@':
			b.WriteString("@" + zwj)
		case '#':
			b.WriteString(`\#`)
			if i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				b.WriteString(zwj)
			}
		case ':':
			b.WriteString(`\:`)
			if i+1 < len(s) && s[i+1] == '/' {
				b.WriteString(zwj)
			}
		case '.':
			if i >= 3 && strings.EqualFold(s[i-3:i], "www") {
				b.WriteString(zwj)
			}
			b.WriteString(`\.`)
		case '-':
			b.WriteString(`\-`)
			// "GH-123" is an issue reference too.
			if i >= 2 && strings.EqualFold(s[i-2:i], "gh") && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				b.WriteString(zwj)
			}
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '+', '!', '~', '$', '=':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// escapeCell is escapeInline for a table cell, cut to at most n runes first
// (a cell never holds more than n characters of article text).
func escapeCell(s string, n int) string {
	return escapeInline(truncate(oneLine(s), n))
}

// codeFence returns a backtick fence longer than any run of backticks in
// body, so that no line of body can close the fenced block early.
func codeFence(body string) string {
	longest, run := 0, 0
	for i := 0; i < len(body); i++ {
		if body[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}
