package main

import (
	"fmt"
	"io"
	"os"

	"github.com/claimdiff/claimdiff/baseline"
	"github.com/claimdiff/claimdiff/internal/atomicfile"
	"github.com/claimdiff/claimdiff/internal/pipeline"
	"github.com/urfave/cli/v2"
)

func cmdBaseline(c *cli.Context, stdin io.Reader, stdout, stderr io.Writer) error {
	paths, opts, err := setup(c)
	if err != nil {
		return err
	}
	out := c.String("output")
	// an existing baseline: keep its reasons; a malformed one is never overwritten
	var previous *baseline.File
	if data, err := os.ReadFile(out); err == nil {
		if previous, err = baseline.Parse(out, data); err != nil {
			return usageErr("%v (not overwritten)", err)
		}
	}
	res := pipeline.Run(paths, opts)
	if err := c.Context.Err(); err != nil {
		return &exitError{code: exitUsage, msg: "interrupted; no baseline written"}
	}
	for _, p := range res.Problems {
		fmt.Fprintln(stderr, "claimdiff: "+p.Error())
	}
	if len(res.Problems) > 0 {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("%d input problem(s); no baseline written", len(res.Problems))}
	}
	b := baseline.FromFindings(res.Findings, previous)
	data, err := b.Marshal()
	if err != nil {
		return &exitError{code: exitUsage, msg: err.Error()}
	}
	if err := atomicfile.Write(out, data, 0o644); err != nil {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("write baseline: %v", err)}
	}
	fmt.Fprintf(stderr, "claimdiff: wrote %d finding(s) to %s\n", len(b.Findings), out)
	return nil
}
