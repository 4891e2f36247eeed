package article

import (
	"math/rand"
	"os"
	"testing"
	"time"
)

func TestTiming(t *testing.T) {
	if os.Getenv("TIMING") == "" {
		t.Skip()
	}
	r := rand.New(rand.NewSource(1))
	var cs [][]byte
	for _, b := range corpus(t) {
		cs = append(cs, b)
	}
	toks := []string{"<", ">", "<p>", "</p>", "<div class=x>", "&amp;", "[", "](", ")", "---\n", "\n", ". ", "U.S.", "\"", "#", "> ", "- ", "{", "}", "\\u00e9", "<br>", "<script>", "<nav>", "http://a/2020/01/02/"}
	deadline := time.Now().Add(20 * time.Second)
	worst := time.Duration(0)
	for time.Now().Before(deadline) {
		b := append([]byte(nil), cs[r.Intn(len(cs))]...)
		for k := r.Intn(30); k > 0; k-- {
			switch r.Intn(4) {
			case 0:
				i := r.Intn(len(b) + 1)
				b = append(b[:i], append([]byte(toks[r.Intn(len(toks))]), b[i:]...)...)
			case 1:
				if len(b) > 10 {
					i := r.Intn(len(b) - 5)
					j := i + r.Intn(len(b)-i)
					chunk := append([]byte(nil), b[i:j]...)
					for n := r.Intn(20); n > 0; n-- {
						b = append(b, chunk...)
					}
				}
			case 2:
				if len(b) > 0 {
					b[r.Intn(len(b))] = byte(r.Intn(256))
				}
			case 3:
				if len(b) > 10 {
					i := r.Intn(len(b))
					b = b[:i]
				}
			}
		}
		for _, e := range []string{".txt", ".md", ".html", ".jsonl"} {
			st := time.Now()
			Parse("f"+e, b, Options{})
			if d := time.Since(st); d > worst && d > 50*time.Millisecond {
				worst = d
				os.WriteFile("/tmp/slow"+e, b, 0o644)
				t.Logf("%s len %d: %v", e, len(b), d)
			}
		}
	}
}
