package article

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip()
	}
	errs := Load([]string{p}, Options{}, func(d *Document) {
		fmt.Printf("== %s fmt=%s outlet=%q title=%q url=%q date=%s src=%q amb=%v\n", d.Path, d.Format, d.Outlet, d.Title, d.URL, d.Published.Format("2006-01-02"), d.DateSource, d.DateAmbiguous)
		for _, s := range d.Sentences {
			fmt.Printf("  [%d] %s  @%s\n", s.Para, s.Text, d.Position(s.Start))
		}
		if os.Getenv("BOIL") != "" {
			for _, b := range d.Boilerplate {
				fmt.Printf("  BOIL %q\n", d.Text[b.Start:b.End])
			}
		}
	})
	fmt.Println(errs)
}
