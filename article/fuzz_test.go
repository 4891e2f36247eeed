package article

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"
)

func validUTF8(s string) bool { return utf8.ValidString(s) }

// corpus returns the seeds and fixtures as (path, bytes).
func corpus(t testing.TB) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, pat := range []string{filepath.Join(seedDir, "*"), filepath.Join(fixtures, "*")} {
		m, _ := filepath.Glob(pat)
		for _, p := range m {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out[p] = b
		}
	}
	return out
}

func FuzzParse(f *testing.F) {
	exts := []string{".txt", ".md", ".html", ".jsonl"}
	for p, b := range corpus(f) {
		for i, e := range exts {
			if filepath.Ext(p) == e {
				f.Add(b, uint8(i))
			}
		}
	}
	f.Add([]byte("Mr. J. Smith went to the U.S. He said \"no.\" Then... it ended! 4.2% rose?"), uint8(0))
	f.Fuzz(func(t *testing.T, src []byte, ext uint8) {
		path := "f" + exts[int(ext)%len(exts)]
		docs, _ := Parse(path, src, Options{})
		again, _ := Parse(path, src, Options{})
		if len(docs) != len(again) {
			t.Fatalf("not deterministic: %d vs %d docs", len(docs), len(again))
		}
		for i, d := range docs {
			if !reflect.DeepEqual(d.Sentences, again[i].Sentences) || !reflect.DeepEqual(d.Boilerplate, again[i].Boilerplate) ||
				d.Title != again[i].Title || d.Outlet != again[i].Outlet || !d.Published.Equal(again[i].Published) {
				t.Fatal("not deterministic")
			}
			for si, s := range d.Sentences {
				if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
					t.Fatalf("span %v outside Text (%d)", s.Span, len(d.Text))
				}
				if !utf8.ValidString(d.SentenceText(si)) {
					t.Fatalf("invalid UTF-8 %q", d.SentenceText(si))
				}
				for _, off := range []int{s.Start, s.End - 1, s.End} {
					if so := d.SrcOffset(off); so < 0 || so > len(d.Src) {
						t.Fatalf("SrcOffset(%d) = %d outside Src (%d)", off, so, len(d.Src))
					}
					if p := d.Position(off); !p.IsValid() {
						t.Fatalf("invalid position at %d", off)
					}
				}
			}
			for _, b := range d.Boilerplate {
				if b.Start < 0 || b.End > len(d.Text) || b.Start > b.End {
					t.Fatalf("boilerplate %v outside Text", b)
				}
			}
			if d.Outlet == "" {
				t.Fatal("empty outlet")
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	var files [][]byte
	var names []string
	for _, pat := range []string{filepath.Join(seedDir, "*.txt")} {
		m, _ := filepath.Glob(pat)
		for _, p := range m {
			src, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, src)
			names = append(names, p)
		}
	}
	// Each seed repeated 20 times: a long document.
	var total int64
	big := make([][]byte, len(files))
	for i, f := range files {
		for k := 0; k < 20; k++ {
			big[i] = append(big[i], f...)
			big[i] = append(big[i], "\n\n"...)
		}
		total += int64(len(big[i]))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for i, src := range big {
			if _, err := Parse(names[i], src, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkParseHTML(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(fixtures, "page.html"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("page.html", src, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
