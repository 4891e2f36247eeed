package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progressDisplay returns a progress callback that redraws one line on w
// at most ten times a second, or nil when w is not a terminal (CI, pipes
// and files get no carriage-return redraws) or CI is set.
func progressDisplay(w io.Writer) func(int) {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("CI") != "" {
		return nil
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	var last time.Time
	shown := false
	return func(done int) {
		if done < 0 {
			if shown {
				fmt.Fprint(f, "\r\033[K")
			}
			return
		}
		if now := time.Now(); now.Sub(last) >= 100*time.Millisecond {
			last = now
			shown = true
			fmt.Fprintf(f, "\rclaimdiff: %d documents read", done)
		}
	}
}
