//go:build !linux

package article

// readFile reads the file at path whole, failing if it holds more than max
// bytes.
func readFile(path string, max int64) ([]byte, error) { return readFileOS(path, max) }
