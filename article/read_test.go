package article

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
)

// TestReadFile checks that readFile reads and fails like readFileOS.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	big := bytes.Repeat([]byte("All work and no play.\n"), 5000)
	cases := []struct {
		path string
		max  int64
	}{
		{write("empty.txt", nil), 100},
		{write("one.txt", []byte("x")), 100},
		{write("small.txt", []byte("Hello, world.\n")), 100},
		{write("exact.txt", big[:100]), 100},
		{write("over.txt", big[:101]), 100},
		{write("big.txt", big), int64(len(big))},
		{write("bigger.txt", big), int64(len(big)) - 1},
		{filepath.Join(dir, "missing.txt"), 100},
		{dir, 100},
		{filepath.Join(dir, "small.txt", "x"), 100},
		{"bad\x00name", 100},
	}
	if runtime.GOOS == "linux" {
		cases = append(cases, struct {
			path string
			max  int64
		}{"/dev/null", 100})
	}
	if err := os.Chmod(write("private.txt", []byte("secret")), 0); err == nil && os.Geteuid() != 0 {
		cases = append(cases, struct {
			path string
			max  int64
		}{filepath.Join(dir, "private.txt"), 100})
	}
	for _, c := range cases {
		got, gerr := readFile(c.path, c.max)
		want, werr := readFileOS(c.path, c.max)
		if !bytes.Equal(got, want) || fmt.Sprint(gerr) != fmt.Sprint(werr) {
			t.Errorf("readFile(%q, %d) = %d bytes, %v; want %d bytes, %v", c.path, c.max, len(got), gerr, len(want), werr)
		}
		if (got == nil) != (want == nil) {
			t.Errorf("readFile(%q, %d): nil %v, want %v", c.path, c.max, got == nil, want == nil)
		}
		if errno, ok := gerr.(syscall.Errno); ok && errno == syscall.EINTR {
			t.Errorf("readFile(%q): EINTR", c.path)
		}
	}
}
