//go:build linux

package article

import (
	"fmt"
	"os"
	"syscall"
)

// readFile reads the file at path whole, failing if it holds more than max
// bytes. Regular files are read with plain system calls (open, fstat, read
// to the end of the file, close): no *os.File, whose poller registration
// and allocations cost more than reading a small article. Other files go
// through os.File.
func readFile(path string, max int64) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if err := ignoringEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		f := os.NewFile(uintptr(fd), path)
		defer f.Close()
		src, err := readSized(f, max, 512)
		return src, unwrapPathError(err)
	}
	defer syscall.Close(fd)
	if st.Size > max {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, st.Size, max)
	}
	// Read to the end of the file like readSized, in a buffer one byte
	// larger than the file so that the read seeing the end needs no growth.
	src := make([]byte, 0, int(st.Size)+1)
	for left := max + 1; left > 0; {
		buf := src[len(src):cap(src)]
		if int64(len(buf)) > left {
			buf = buf[:left]
		}
		n, err := syscall.Read(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			break
		}
		src = src[:len(src)+n]
		left -= int64(n)
		if len(src) == cap(src) {
			src = append(src, 0)[:len(src)] // grow
		}
	}
	if int64(len(src)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, max)
	}
	return src, nil
}

func ignoringEINTR(fn func() error) error {
	for {
		err := fn()
		if err != syscall.EINTR {
			return err
		}
	}
}
