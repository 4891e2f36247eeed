package compare_test

import "testing"

// TestAttributionOnce: a remark split over two quotations and given to two
// different people by two articles is one attribution conflict, and a lone
// surname resolves to the full name the article gave earlier.
func TestAttributionOnce(t *testing.T) {
	a := "Published: March 4, 2026\n\nHarbourmaster Colm Rafferty spoke on the quay.\n\n" +
		"\"The fog came in very fast and visibility dropped within minutes,\" Rafferty told reporters. \"The crew had very little time to react.\"\n"
	b := "Published: March 4, 2026\n\n" +
		"\"The fog came in very fast and visibility dropped within minutes,\" said Ines Holloway, operations director of the ferry company. \"The crew had very little time to react.\"\n"
	dir := writeDocs(t, map[string]string{"a.txt": a, "b.txt": b})
	if n := countCheck(dir, "attribution-conflict"); n != 1 {
		t.Errorf("%d attribution-conflict findings, want 1", n)
	}
}
