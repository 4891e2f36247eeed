package compare_test

import "testing"

// TestPairFindings: two articles, one check, how many findings. Each row
// names the rule it holds.
func TestPairFindings(t *testing.T) {
	const (
		mar4 = "Published: March 4, 2026\n\n"
		mar5 = "Published: March 5, 2026\n\n"
		may  = "Published: May 13, 2026\n\n"
	)
	confirmed := mar4 + "The company confirmed that state inspectors had issued a written warning about ventilation.\n"
	undetected := may + "The intruders went undetected for four weeks.\n"
	cases := []struct {
		name, a, b, check string
		want              int
	}{
		{
			// a remark split over two quotations, given to two people by
			// two articles, is one conflict; a lone surname resolves to the
			// full name given earlier
			"attribution once",
			mar4 + "Harbourmaster Colm Rafferty spoke on the quay.\n\n" +
				"\"The fog came in very fast and visibility dropped within minutes,\" Rafferty told reporters. \"The crew had very little time to react.\"\n",
			mar4 + "\"The fog came in very fast and visibility dropped within minutes,\" said Ines Holloway, operations director of the ferry company. \"The crew had very little time to react.\"\n",
			"attribution-conflict", 1,
		},
		{
			// a named person against an unnamed spokesperson of the company
			"spokesperson",
			mar4 + "Helen Vasquez, the operations director of Tollander Packaging, spoke. \"We have put forward a fair offer in a very difficult market,\" she said.\n",
			mar4 + "A Tollander spokesperson said the company had made \"a fair offer in a very difficult market\" and remained open to talks.\n",
			"attribution-conflict", 0,
		},
		{
			// "confirmed" and "denied" in other words, two content words shared
			"confirmed against denied",
			confirmed,
			mar5 + "Haldor Chemicals denied that it had received any warning from inspectors before the blast, and said the hall was safe.\n",
			"negation-conflict", 1,
		},
		{
			// a noun made from the verb: "declaration" / "declare"
			"declare / declaration",
			mar4 + "The minister confirmed that the government would declare the valley a disaster zone.\n",
			mar5 + "The ministry denied that a disaster declaration was planned, and said damage was still being counted.\n",
			"negation-conflict", 1,
		},
		{
			// one shared word is not enough
			"different statements",
			confirmed,
			mar5 + "Haldor Chemicals denied that it had cut its maintenance budget before the blast, and said the hall was safe.\n",
			"negation-conflict", 0,
		},
		{
			// a period reported now may have begun months before
			"period begun months ago",
			may + "The attackers first got into the network in early December and went undetected for six weeks, the regulator said.\n",
			undetected,
			"duration-mismatch", 1,
		},
		{
			// a period years ago is another one
			"period years ago",
			may + "In 2019 the intruders went undetected for six weeks, the regulator said.\n",
			undetected,
			"duration-mismatch", 0,
		},
		{
			// a count of one significant digit is rounded down at it:
			// "more than 200" holds for 285
			"more than a round count",
			mar4 + "A fire swept through the apartment block, and the hospital said more than 200 people were injured.\n",
			mar4 + "A fire swept through the apartment block, and the hospital said 285 people were injured.\n",
			"number-mismatch", 0,
		},
		{
			// but not for a count past the next round figure
			"more than a round count, exceeded",
			mar4 + "A fire swept through the apartment block, and the hospital said more than 200 people were injured.\n",
			mar4 + "A fire swept through the apartment block, and the hospital said 340 people were injured.\n",
			"number-mismatch", 1,
		},
		{
			// two significant digits: the bound stays near the figure
			"more than a finer count",
			mar4 + "A fire swept through the apartment block, and the hospital said more than 110 people were injured.\n",
			mar4 + "A fire swept through the apartment block, and the hospital said 160 people were injured.\n",
			"number-mismatch", 1,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeDocs(t, map[string]string{"a.txt": tc.a, "b.txt": tc.b})
			if n := countCheck(dir, tc.check); n != tc.want {
				t.Errorf("%d %s findings, want %d", n, tc.check, tc.want)
			}
		})
	}
}
