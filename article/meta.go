package article

import (
	"bytes"
	"net/url"
	"strings"
	"time"
	"unicode"
)

// Outlet name priorities when read from the page text.
const (
	prioMenu       = 1
	prioStandalone = 2
	prioPostedBy   = 3
	prioStaff      = 4
	prioPostedBar  = 4
	prioCopyright  = 5
)

// metaInfo collects metadata found in the text.
type metaInfo struct {
	date      time.Time
	dateAmb   bool
	dateLabel bool
	dateLine  int // line index of the chosen date line, -1 if none

	origURL   string // from an "Original url:" line
	datedURL  string // the first URL in the text with /YYYY/MM/DD/
	outletTxt string
	outletPri int
}

// outlet offers an outlet name found in the page with a priority.
func (m *metaInfo) outlet(name string, prio int) {
	if name != "" && prio > m.outletPri {
		m.outletTxt, m.outletPri = name, prio
	}
}

// scanMeta reads metadata from the lines: date lines in the header zone,
// the "Original url:" line, URLs, copyright and byline outlet names. It
// marks the metadata lines so that they are not read as prose.
func (a *analyzer) scanMeta() {
	m := &a.meta
	m.dateLine = -1
	nonEmpty := 0
	for i := 0; i < len(a.lines); i++ {
		ln := a.lines[i]
		if ln.start == ln.end {
			continue
		}
		nonEmpty++
		s := a.t[ln.start:ln.end]
		zone := nonEmpty <= headerZone
		l := a.lower(ln.start, ln.end)
		isOrig := hasPrefixWord(l, "original url") || hasPrefixWord(l, "source url") || hasPrefixWord(l, "original article")
		if zone && len(s) <= 400 && !isOrig && !isURL(s) {
			if dh, ok := parseDateLine(s); ok {
				a.kinds[i] = kMeta
				if m.dateLine < 0 || dh.labelled && !m.dateLabel {
					m.date, m.dateAmb, m.dateLabel, m.dateLine = dh.t, dh.amb, dh.labelled, i
				}
				if dh.label == "posted" && dh.end < len(s) {
					a.postedBy(s[dh.end:])
				}
				continue
			}
			if name := relTimeOutlet(s); name != "" {
				m.outlet(name, prioStandalone)
			} else if bytes.Count(s, []byte("|")) >= 2 {
				first, _, _ := bytes.Cut(s, []byte("|"))
				if name := outletName(first); name != "" && !menuWords[strings.ToLower(name)] {
					m.outlet(name, prioMenu)
				}
			}
		}
		if isOrig {
			a.kinds[i] = kMeta
			rest := s[bytes.IndexByte(s, ' ')+1:]
			if c := bytes.IndexByte(rest, ':'); c >= 0 && !bytes.HasPrefix(rest[c:], []byte("://")) {
				rest = bytes.TrimSpace(rest[c+1:])
			}
			j := i
			if !isURL(rest) {
				// The URL is on the next non-blank line.
				for j = i + 1; j < len(a.lines) && a.lines[j].start == a.lines[j].end; j++ {
				}
				if j >= len(a.lines) || !isURL(a.t[a.lines[j].start:a.lines[j].end]) {
					continue
				}
				rest = a.t[a.lines[j].start:a.lines[j].end]
				a.kinds[j] = kMeta
			}
			u := string(rest)
			// A hard-wrapped URL goes on on the next line.
			if k := j + 1; k < len(a.lines) && len(rest) >= 60 {
				nx := a.t[a.lines[k].start:a.lines[k].end]
				if len(nx) > 0 && urlContinuation(nx) {
					u += string(nx)
					a.kinds[k] = kMeta
				}
			}
			if m.origURL == "" {
				m.origURL = u
			}
			continue
		}
		if len(s) <= maxNeedleLine {
			if name := copyrightOutlet(s, l); name != "" {
				m.outlet(name, prioCopyright)
			} else if hasPrefixWord(l, "by") && countWordsMax(s, 9) <= 8 {
				if name := staffOutlet(s); name != "" {
					m.outlet(name, prioStaff)
				}
			}
		}
	}
	a.findDatedURL()
}

// postedBy reads the outlet from the tail of a "Posted on DATE by NAME |
// SITE" line.
func (a *analyzer) postedBy(rest []byte) {
	rest = bytes.TrimSpace(rest)
	var lb [8]byte
	if l := lowerASCII(lb[:], rest); !hasPrefixWord(l, "by") {
		return
	}
	rest = bytes.TrimSpace(rest[2:])
	prio := prioPostedBy
	if k := bytes.LastIndexByte(rest, '|'); k >= 0 {
		rest, prio = bytes.TrimSpace(rest[k+1:]), prioPostedBar
	}
	if name := outletName(rest); name != "" {
		a.meta.outlet(name, prio)
	}
}

// findDatedURL records the first URL of the text whose path holds
// /YYYY/MM/DD/.
//
// The URL is read at the first "http" of a run of bytes up to white space,
// '"', '<', '>' or ')'; the later "http"s of the run are not read. Only a run
// holding "://" can start with "http://" or "https://", so the runs are
// found from their first "://", a rare string in prose.
func (a *analyzer) findDatedURL() {
	t := a.t
	for off := 0; off < len(t); {
		c := bytes.Index(t[off:], []byte("://"))
		if c < 0 {
			return
		}
		c += off
		rs, re := c, c
		for rs > off && !urlStop(t[rs-1]) {
			rs--
		}
		for re < len(t) && !urlStop(t[re]) {
			re++
		}
		if k := bytes.Index(t[rs:re], []byte("http")); k >= 0 {
			u := t[rs+k : re]
			if bytes.HasPrefix(u, []byte("http://")) || bytes.HasPrefix(u, []byte("https://")) {
				if _, ok := urlDate(u); ok {
					if a.meta.origURL == string(u) {
						a.meta.datedURL = a.meta.origURL // no copy
					} else {
						a.meta.datedURL = string(u)
					}
					return
				}
			}
		}
		off = re + 1
	}
}

// urlStop reports a byte that ends a URL in findDatedURL.
func urlStop(c byte) bool {
	return c <= ' ' || c == '"' || c == '<' || c == '>' || c == ')'
}

// isURL reports a line that is just an http(s) URL.
func isURL(s []byte) bool {
	return (bytes.HasPrefix(s, []byte("http://")) || bytes.HasPrefix(s, []byte("https://"))) &&
		bytes.IndexByte(s, ' ') < 0
}

// urlContinuation reports a line that can be the rest of a wrapped URL.
func urlContinuation(s []byte) bool {
	if isURL(s) || bytes.HasPrefix(s, []byte("www.")) {
		return false
	}
	for _, c := range s {
		if !(isLetter(c) || isDigit(c) || strings.IndexByte("-._~/?#[]@!$&'()*+,;=%:", c) >= 0) {
			return false
		}
	}
	return true
}

// urlDate returns the date in a URL path of the form /YYYY/MM/DD/.
func urlDate[S ~string | ~[]byte](u S) (time.Time, bool) {
	for i := 0; i+11 <= len(u); i++ {
		if u[i] != '/' {
			continue
		}
		p := u[i+1:]
		if len(p) < 10 || p[4] != '/' || p[7] != '/' {
			continue
		}
		if !allDigits(p[:4]) || !allDigits(p[5:7]) || !allDigits(p[8:10]) {
			continue
		}
		if len(p) > 10 && p[10] != '/' {
			continue
		}
		y, mo, d := atoi(p[:4]), atoi(p[5:7]), atoi(p[8:10])
		if t, ok := mkDate(y, mo, d); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

func allDigits[S ~string | ~[]byte](s S) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func atoi[S ~string | ~[]byte](s S) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// mkDate returns midnight UTC of a valid calendar date.
func mkDate(y, m, d int) (time.Time, bool) {
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// urlHost returns the host of an URL without "www.", lower-cased.
func urlHost(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" {
		return ""
	}
	h := strings.ToLower(p.Hostname())
	return strings.TrimPrefix(h, "www.")
}

// copyrightOutlet reads the site name from "© 2025 Rediff.com",
// "(c) 2026 NewsHub24", "Copyright 2026 KBRN-TV".
func copyrightOutlet(s, l []byte) string {
	k := bytes.Index(s, []byte("©"))
	n := 2
	if k < 0 {
		if k = bytes.Index(l, []byte("(c)")); k >= 0 {
			n = 3
		} else if k = indexAt(l, "copyright", 3); k >= 0 {
			n = 9
		} else {
			return ""
		}
	}
	rest := s[k+n:]
	// Skip more marks, years and year ranges.
	for {
		rest = bytes.TrimLeft(rest, " \t,-–")
		switch {
		case bytes.HasPrefix(rest, []byte("©")):
			rest = rest[2:]
		case len(rest) >= 3 && lowerByte(rest[0]) == '(' && lowerByte(rest[1]) == 'c' && rest[2] == ')':
			rest = rest[3:]
		case len(rest) > 0 && isDigit(rest[0]):
			i := 0
			for i < len(rest) && isDigit(rest[i]) {
				i++
			}
			rest = rest[i:]
		default:
			goto name
		}
	}
name:
	// The name runs to a separator.
	end := len(rest)
	for _, sep := range [...]string{" - ", " | ", " — ", " – ", ". ", ",", " All ", " all ", " ·", "•", ";"} {
		if i := bytes.Index(rest[:end], []byte(sep)); i >= 0 {
			end = i
		}
	}
	name := strings.TrimRight(string(bytes.TrimSpace(rest[:end])), ".")
	name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(name, " Inc"), " Ltd"))
	if !validOutlet(name) {
		return ""
	}
	if strings.IndexByte(name, ' ') < 0 && strings.IndexByte(name, '.') > 0 {
		name = strings.ToLower(name) // a domain name
	}
	return name
}

// indexAt is bytes.Index(s, []byte(p)), searching first for p[at], a rare
// byte of p.
func indexAt(s []byte, p string, at int) int {
	for i := at; i < len(s); {
		j := bytes.IndexByte(s[i:], p[at])
		if j < 0 {
			return -1
		}
		i += j
		if k := i - at; k+len(p) <= len(s) && string(s[k:k+len(p)]) == p {
			return k
		}
		i++
	}
	return -1
}

// staffOutlet reads "By Continental Press staff" as "Continental Press".
func staffOutlet(s []byte) string {
	f := bytes.Fields(s)
	if len(f) < 3 {
		return ""
	}
	last := strings.ToLower(string(f[len(f)-1]))
	switch last {
	case "staff", "reporters", "correspondents", "newsroom", "desk", "team":
	default:
		return ""
	}
	return outletName(bytes.Join(f[1:len(f)-1], []byte(" ")))
}

// relTimeOutlet reads "Al Bawaba21 hours ago" as "Al Bawaba".
func relTimeOutlet(s []byte) string {
	if !bytes.HasSuffix(s, []byte(" ago")) || countWordsMax(s, 7) > 6 {
		return ""
	}
	r := bytes.TrimSuffix(s, []byte(" ago"))
	sp := bytes.LastIndexByte(r, ' ')
	if sp < 0 {
		return ""
	}
	r = r[:sp] // drop the unit
	e := len(r)
	for e > 0 && (isDigit(r[e-1]) || r[e-1] == ' ') {
		e--
	}
	if e == len(r) {
		return ""
	}
	return outletName(r[:e])
}

// outletName returns s as an outlet name if it looks like one: 1 to 5 words
// in Title Case (a tagline after " - ", " | " or " — " is dropped).
func outletName(s []byte) string {
	for _, sep := range [...]string{" - ", " | ", " — ", " – ", ": "} {
		if i := bytes.Index(s, []byte(sep)); i > 0 {
			s = s[:i]
		}
	}
	s = bytes.TrimSpace(s)
	if len(s) == 0 || len(s) > 50 || endsTerminal(s) {
		return ""
	}
	n := 0
	for f := range bytes.FieldsSeq(s) {
		n++
		r, _ := runeAt(f, 0)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !titleStopWords[string(f)] {
			return ""
		}
	}
	if n > 5 {
		return ""
	}
	name := string(s)
	if !validOutlet(name) {
		return ""
	}
	return name
}

// notOutlets are words that look like names in a header but are not
// outlets.
var notOutlets = setOf("home", "news", "menu", "newsroom", "staff", "admin", "editor", "editors",
	"live", "share", "image", "logo", "photo", "video", "top stories", "breaking news", "search")

func validOutlet(name string) bool {
	if len(name) < 2 || len(name) > 60 || !hasLetters([]byte(name), 2) {
		return false
	}
	return !notOutlets[strings.ToLower(name)]
}

// finishMeta fills in what the format left unknown: date, URL, outlet.
func (a *analyzer) finishMeta(opts Options) {
	d, m := a.d, &a.meta
	if d.URL == "" {
		d.URL = m.origURL
	}
	if d.Published.IsZero() {
		switch {
		case m.dateLine >= 0:
			d.Published, d.DateSource, d.DateAmbiguous = m.date, "text", m.dateAmb
		default:
			for _, u := range [...]string{d.URL, m.origURL, m.datedURL} {
				if t, ok := urlDate(u); ok {
					d.Published, d.DateSource = t, "url"
					break
				}
			}
		}
	}
	if d.Published.IsZero() && !opts.Published.IsZero() {
		y, mo, dd := opts.Published.Date()
		d.Published, d.DateSource = time.Date(y, mo, dd, 0, 0, 0, 0, time.UTC), "flag"
	}
	if d.Outlet == "" {
		d.Outlet = urlHost(d.URL)
	}
	if d.Outlet == "" {
		d.Outlet = m.outletTxt
	}
	if d.Outlet == "" {
		d.Outlet = fileOutlet(d.Path)
	}
}
