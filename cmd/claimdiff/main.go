// Command claimdiff cross-checks the claims in a batch of news articles and
// reports where outlets disagree.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}
