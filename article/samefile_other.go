//go:build !unix

package article

import "os"

// dirSet holds the folders a walk has visited.
type dirSet struct{ visited []os.FileInfo }

// visit adds fi to the set and reports whether it was new.
func (s *dirSet) visit(fi os.FileInfo) bool {
	for _, v := range s.visited {
		if os.SameFile(v, fi) {
			return false
		}
	}
	s.visited = append(s.visited, fi)
	return true
}
