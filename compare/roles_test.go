package compare_test

import "testing"

// TestJudicialPostConflict: the posts of a court (judge, magistrate,
// recorder, coroner) are posts, so one person given two of them is a role
// conflict; the same post in both is none.
func TestJudicialPostConflict(t *testing.T) {
	doc := func(title string) string {
		return "Published: May 4, 2026\n\n" + title + " Anna Verhoeven jailed the former treasurer for four years at Tamsford Crown Court on Monday.\n"
	}
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"Judge", "Magistrate", 1},
		{"Coroner", "Judge", 1},
		{"Judge", "Recorder", 1},
		{"Judge", "Judge", 0},
	} {
		dir := writeDocs(t, map[string]string{"a.txt": doc(tc.a), "b.txt": doc(tc.b)})
		if n := countCheck(dir, "role-conflict"); n != tc.want {
			t.Errorf("%s against %s: %d role-conflict findings, want %d", tc.a, tc.b, n, tc.want)
		}
	}
}
