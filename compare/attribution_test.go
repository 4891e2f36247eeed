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

// TestConfirmedAgainstDenied: "confirmed" and "denied" in other words are
// one conflict when the two statements share two content words; one
// shared word is not enough.
func TestConfirmedAgainstDenied(t *testing.T) {
	conf := "Published: March 4, 2026\n\nThe company confirmed that state inspectors had issued a written warning about ventilation.\n"
	deny := "Published: March 5, 2026\n\nHaldor Chemicals denied that it had received any warning from inspectors before the blast, and said the hall was safe.\n"
	other := "Published: March 5, 2026\n\nHaldor Chemicals denied that it had cut its maintenance budget before the blast, and said the hall was safe.\n"
	dir := writeDocs(t, map[string]string{"a.txt": conf, "b.txt": deny})
	if n := countCheck(dir, "negation-conflict"); n != 1 {
		t.Errorf("%d negation-conflict findings, want 1", n)
	}
	// a noun made from the verb: "declaration" / "declare"
	decl := "Published: March 4, 2026\n\nThe minister confirmed that the government would declare the valley a disaster zone.\n"
	undecl := "Published: March 5, 2026\n\nThe ministry denied that a disaster declaration was planned, and said damage was still being counted.\n"
	dir = writeDocs(t, map[string]string{"a.txt": decl, "b.txt": undecl})
	if n := countCheck(dir, "negation-conflict"); n != 1 {
		t.Errorf("%d negation-conflict findings for declare/declaration, want 1", n)
	}
	dir = writeDocs(t, map[string]string{"a.txt": conf, "b.txt": other})
	if n := countCheck(dir, "negation-conflict"); n != 0 {
		t.Errorf("%d negation-conflict findings for two different statements, want 0", n)
	}
}

// TestDurationStartDate: a period reported now may have begun months
// before; a period years ago is another one.
func TestDurationStartDate(t *testing.T) {
	a := "Published: May 13, 2026\n\nThe attackers first got into the network in early December and went undetected for six weeks, the regulator said.\n"
	b := "Published: May 13, 2026\n\nThe intruders went undetected for four weeks.\n"
	dir := writeDocs(t, map[string]string{"a.txt": a, "b.txt": b})
	if n := countCheck(dir, "duration-mismatch"); n != 1 {
		t.Errorf("%d duration-mismatch findings, want 1", n)
	}
	old := "Published: May 13, 2026\n\nIn 2019 the intruders went undetected for six weeks, the regulator said.\n"
	dir = writeDocs(t, map[string]string{"a.txt": old, "b.txt": b})
	if n := countCheck(dir, "duration-mismatch"); n != 0 {
		t.Errorf("%d duration-mismatch findings for a period years ago, want 0", n)
	}
}

// TestSpokespersonNoConflict: words given to a named person in one article
// and to an unnamed spokesperson of the company in another are no conflict.
func TestSpokespersonNoConflict(t *testing.T) {
	a := "Published: March 4, 2026\n\nHelen Vasquez, the operations director of Tollander Packaging, spoke. \"We have put forward a fair offer in a very difficult market,\" she said.\n"
	b := "Published: March 4, 2026\n\nA Tollander spokesperson said the company had made \"a fair offer in a very difficult market\" and remained open to talks.\n"
	dir := writeDocs(t, map[string]string{"a.txt": a, "b.txt": b})
	if n := countCheck(dir, "attribution-conflict"); n != 0 {
		t.Errorf("%d attribution-conflict findings, want 0", n)
	}
}
