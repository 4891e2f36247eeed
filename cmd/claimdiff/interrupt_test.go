package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterrupt sends SIGINT to a real claimdiff process working on a
// large input: it stops with exit code 2, says so, and leaves no report and
// no temporary file behind.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "claimdiff")
	build := exec.Command("go", "build", "-o", bin, "./cmd/claimdiff")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	// a large folder: many copies of the seeds
	in := filepath.Join(dir, "in")
	files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
	for i := 0; i < 400; i++ {
		sub := filepath.Join(in, "b"+strings.Repeat("x", i%7)+string(rune('a'+i%26)), "c")
		os.MkdirAll(sub, 0o755)
		for _, f := range files {
			b, _ := os.ReadFile(f)
			os.WriteFile(filepath.Join(sub, filepath.Base(f)+string(rune('a'+i%26))+".txt"), b, 0o644)
		}
	}
	out := filepath.Join(dir, "report.md")
	cmd := exec.Command(bin, "check", "-o", out, in)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(150 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	code := cmd.ProcessState.ExitCode()
	if code == 0 || code == 1 {
		// the run finished before the signal arrived: nothing to check
		t.Skipf("run finished before the interrupt (exit %d, %v)", code, err)
	}
	if code != 2 || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("exit %d, stderr %q: want 2 and interrupted", code, stderr.String())
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a report was written after the interrupt")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
