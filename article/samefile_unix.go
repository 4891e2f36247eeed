//go:build unix

package article

import (
	"os"
	"syscall"
)

// fileID is what os.SameFile compares on Unix: device and inode numbers.
type fileID struct{ dev, ino uint64 }

// dirSet holds the folders a walk has visited.
type dirSet struct {
	ids   map[fileID]bool
	other []os.FileInfo // without a *syscall.Stat_t: compared with os.SameFile
}

// visit adds fi to the set and reports whether it was new.
func (s *dirSet) visit(fi os.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		for _, v := range s.other {
			if os.SameFile(v, fi) {
				return false
			}
		}
		s.other = append(s.other, fi)
		return true
	}
	id := fileID{uint64(st.Dev), uint64(st.Ino)}
	if s.ids[id] {
		return false
	}
	if s.ids == nil {
		s.ids = make(map[fileID]bool)
	}
	s.ids[id] = true
	return true
}
