package report

import (
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/article"
	"github.com/claimdiff/claimdiff/compare"
)

// fakeDoc builds a document from its lines; the sentences are the lines
// that end in a full stop.
func fakeDoc(path, outlet, title string, published time.Time, dateSource string, lines ...string) *article.Document {
	src := strings.Join(lines, "\n") + "\n"
	d := &article.Document{Path: path, Format: article.FormatText, Outlet: outlet, Title: title,
		Published: published, DateSource: dateSource, Src: []byte(src), Text: []byte(src)}
	off := 0
	for _, l := range lines {
		if strings.HasSuffix(l, ".") || strings.HasSuffix(l, ".\"") {
			d.Sentences = append(d.Sentences, article.Sentence{Span: article.Span{Start: off, End: off + len(l)}})
		}
		off += len(l) + 1
	}
	return d
}

// claim is the evidence for value in the sentence of d that contains it.
func claim(d *article.Document, value, norm string, group int) compare.Evidence {
	src := string(d.Src)
	at := strings.Index(src, value)
	if at < 0 {
		panic("fixture: " + value + " not in " + d.Path)
	}
	sentence := ""
	for si, s := range d.Sentences {
		if s.Start <= at && at < s.End {
			sentence = d.SentenceText(si)
		}
	}
	return compare.Evidence{Doc: d, Pos: d.Position(at), Outlet: d.Outlet, Sentence: sentence, Value: value, Norm: norm, Group: group}
}

// sampleInput is a small hand-made report: a date mismatch between three
// outlets with one outlier, a quote drift with a word diff (unchanged since
// the baseline) and a divergence warning.
func sampleInput() Input {
	day := time.Date(2024, 2, 24, 0, 0, 0, 0, time.UTC)
	bbc := fakeDoc("news/bbc.txt", "BBC News", "War enters its third year", day, "front matter",
		"War enters its third year",
		"",
		"Russia's full-scale invasion began in February 2022, officials recalled.",
		"President Zelensky said: \"We will not give up our land.\"",
		"About 500 people attended the vigil in Kyiv's café district.")
	reuters := fakeDoc("news/reuters.txt", "Reuters", "Ukraine marks two years of war", day, "text",
		"Ukraine marks two years of war",
		"Published: 24 February 2024",
		"",
		"The invasion, launched in February 2022, has killed tens of thousands.",
		"Zelensky told reporters: \"We will never give up our land.\"")
	guardian := fakeDoc("news/guardian.txt", "The Guardian", "Two years on", time.Time{}, "",
		"Two years on",
		"",
		"Since the invasion of February 2023, the front line has barely moved.",
		"More than 600 people gathered for the vigil.")
	docs := []*article.Document{bbc, guardian, reuters}

	date := compare.Finding{
		Check: "date-mismatch", Severity: compare.Error, Confidence: 0.92, Kind: "contradiction",
		Message: "The Guardian dates the start of the invasion to February 2023; BBC News and Reuters to February 2022.",
		Fact:    "began / invasion",
		Why:     "All three sentences date the start of the full-scale invasion; the months agree but the years differ.",
		Values: []compare.ValueGroup{
			{Value: "February 2022", Norm: "2022-02", Outlets: []string{"BBC News", "Reuters"}},
			{Value: "February 2023", Norm: "2023-02", Outlets: []string{"The Guardian"}},
		},
		Claims: []compare.Evidence{
			claim(bbc, "February 2022", "2022-02", 0),
			claim(reuters, "February 2022", "2022-02", 0),
			claim(guardian, "February 2023", "2023-02", 1),
		},
		Outlier:       "The Guardian",
		Fingerprint:   "3f9a1c0d5e7b2a64",
		BaselineState: "new",
	}
	q1 := claim(bbc, "We will not give up our land.", "", 0)
	q1.Speaker = "Volodymyr Zelensky"
	q2 := claim(reuters, "We will never give up our land.", "", 1)
	q2.Speaker = "Volodymyr Zelensky"
	quote := compare.Finding{
		Check: "quote-drift", Severity: compare.Error, Confidence: 0.81, Kind: "contradiction",
		Message: "BBC News and Reuters quote Volodymyr Zelensky differently: \"not\" against \"never\".",
		Fact:    "Volodymyr Zelensky / quote",
		Why:     "Same speaker, same occasion, 5 of 7 words in common; the wording differs.",
		Values: []compare.ValueGroup{
			{Value: "We will not give up our land.", Norm: "we will not give up our land", Outlets: []string{"BBC News"}},
			{Value: "We will never give up our land.", Norm: "we will never give up our land", Outlets: []string{"Reuters"}},
		},
		Claims: []compare.Evidence{q1, q2},
		Diff: []compare.DiffOp{
			{Op: "equal", Text: "We will "}, {Op: "delete", Text: "not"}, {Op: "insert", Text: "never"},
			{Op: "equal", Text: " give up our land."},
		},
		Fingerprint:   "b07c44e19d2f8a31",
		BaselineState: "unchanged",
	}
	vigil := compare.Finding{
		Check: "value-divergence", Severity: compare.Warning, Confidence: 0.55, Kind: "divergence",
		Message: "BBC News counts about 500 people at the vigil; The Guardian more than 600.",
		Fact:    "attended / vigil",
		Why:     "Both count the people at a vigil, but only BBC News places it in Kyiv.",
		Values: []compare.ValueGroup{
			{Value: "About 500", Norm: "~500", Outlets: []string{"BBC News"}},
			{Value: "More than 600", Norm: ">600", Outlets: []string{"The Guardian"}},
		},
		Claims: []compare.Evidence{
			claim(bbc, "About 500", "~500", 0),
			claim(guardian, "More than 600", ">600", 1),
		},
		Fingerprint:   "5d0e7a9b13c4f862",
		BaselineState: "new",
	}
	return Input{
		Tool: "claimdiff", Version: "0.1.0",
		Documents: docs,
		Claims:    14,
		Findings:  []compare.Finding{date, quote, vigil},
		Problems:  []string{"news/photo.jpg: binary file, skipped"},
		Stale:     []string{"0123456789abcdef"},
	}
}

// articlePos is line 1, column 1 of path.
func articlePos(path string) article.Position {
	return article.Position{Path: path, Line: 1, Col: 1}
}
