package baseline

import "testing"

// FuzzParse: a baseline file of any bytes is read or rejected with a
// SyntaxError naming the file, never a panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"version": 1, "tool": "claimdiff", "findings": []}`))
	f.Add([]byte(`{"version": 1, "findings": [{"fingerprint": "ab", "check": "x", "values": ["1"], "docs": ["a.txt"]}]}`))
	f.Add([]byte("{\n  \"version\": 1,\n  \"findings\": [,]\n}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("known.json", data)
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		if _, err := b.Marshal(); err != nil {
			t.Fatal(err)
		}
	})
}
