package config

import (
	"strings"
	"testing"
)

// FuzzParse: a config file of any bytes is read or rejected with an error
// naming the file, never a panic.
func FuzzParse(f *testing.F) {
	f.Add([]byte("aliases:\n  A: [B]\nfacts:\n  - key: killed\n    value: \"12\"\n"))
	f.Add([]byte("severity:\n  date-mismatch: note\nignore:\n  - check: quote-drift\n"))
	f.Add([]byte("facts: [\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := Parse("c.yaml", data)
		if err != nil && !strings.HasPrefix(err.Error(), "c.yaml") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}
