package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"syscall"
	"time"

	"github.com/claimdiff/claimdiff/baseline"
	"github.com/claimdiff/claimdiff/compare"
	"github.com/claimdiff/claimdiff/config"
	"github.com/claimdiff/claimdiff/internal/atomicfile"
	"github.com/claimdiff/claimdiff/internal/pipeline"
	"github.com/claimdiff/claimdiff/report"
	"github.com/urfave/cli/v2"
)

// version is set with -ldflags "-X main.version=..."; otherwise it comes
// from the build information.
var version = ""

// Exit codes.
const (
	exitOK       = 0 // nothing fails the run
	exitFindings = 1 // findings at or above --fail-on
	exitUsage    = 2 // usage or input error
)

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// run is the whole command line: it never panics out and never calls
// os.Exit, so that tests run it in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "claimdiff: internal error: %v\n%s", r, debug.Stack())
			code = exitUsage
		}
	}()
	// Ctrl-C and SIGTERM stop the run between documents; nothing is
	// written after an interrupt, and files are only ever replaced whole
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := newApp(stdin, stdout, stderr)
	err := app.RunContext(ctx, args)
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "claimdiff: "+ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "claimdiff: "+err.Error())
	return exitUsage
}

func usageErr(format string, a ...any) error {
	return &exitError{code: exitUsage, msg: fmt.Sprintf(format, a...)}
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	commonFlags := []cli.Flag{
		&cli.StringFlag{Name: "published", Usage: "publication date `YYYY-MM-DD` for documents that give none (relative dates resolve against it)"},
		&cli.Int64Flag{Name: "max-file-size", Value: 64 << 20, Usage: "largest input file in `BYTES`; larger files are reported and skipped"},
		&cli.IntFlag{Name: "max-line-length", Value: 1 << 20, Usage: "longest input line in `BYTES`"},
		&cli.IntFlag{Name: "workers", Usage: "extraction workers (default: the number of CPUs)"},
		&cli.StringFlag{Name: "config", Usage: "config `FILE` (default: .claimdiff.yaml in the working folder or a parent)"},
		&cli.BoolFlag{Name: "no-config", Usage: "do not look for a .claimdiff.yaml"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress display and no summary on stderr (errors are still printed)"},
	}
	app := &cli.App{
		Name:      "claimdiff",
		Usage:     "cross-check the claims in news articles and report where outlets disagree",
		Version:   toolVersion(),
		Reader:    stdin,
		Writer:    stdout,
		ErrWriter: stderr,
		ExitErrHandler: func(*cli.Context, error) {
			// errors are turned into exit codes by run
		},
		HideVersion: true,
		Commands: []*cli.Command{
			{
				Name:      "check",
				Usage:     "compare the articles and report disagreements",
				ArgsUsage: "PATH... (files, folders searched for .txt .md .html .htm .jsonl, or - for stdin)",
				Description: `Examples:
   claimdiff check testdata/seeds
   claimdiff check --format json -o report.json articles/
   claimdiff check --published 2025-08-08 - < article.txt
   claimdiff check --fail-on warning --format sarif articles/ > claimdiff.sarif

Exit codes: 0 nothing fails the run, 1 a finding at or above --fail-on, 2 usage or input error.`,
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "markdown", Usage: "report `FORMAT`: markdown, json, text or sarif"},
					&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` (atomically) instead of stdout"},
					&cli.StringFlag{Name: "fail-on", Value: "error", Usage: "lowest `SEVERITY` that fails the run: error, warning, note or never"},
					&cli.StringFlag{Name: "baseline", Usage: "known findings `FILE` (from claimdiff baseline): only new findings fail the run"},
					&cli.BoolFlag{Name: "fail-on-stale", Usage: "also fail when baseline entries match no finding"},
					&cli.StringFlag{Name: "cpuprofile", Usage: "write a CPU profile of the run to `FILE` (go tool pprof)"},
					&cli.StringFlag{Name: "memprofile", Usage: "write a heap profile at the end of the run to `FILE`"},
				}, commonFlags...),
				Action: func(c *cli.Context) error { return cmdCheck(c, stdin, stdout, stderr) },
			},
			{
				Name:      "baseline",
				Usage:     "write the current findings as the baseline of known findings",
				ArgsUsage: "PATH...",
				Description: `Examples:
   claimdiff baseline articles/                      # writes claimdiff-baseline.json
   claimdiff baseline -o ci/known.json articles/
   claimdiff check --baseline ci/known.json articles/

Entries keep the "reason" a person wrote in an earlier baseline of the same file.`,
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Value: "claimdiff-baseline.json", Usage: "baseline `FILE` to write (atomically)"},
				}, commonFlags...),
				Action: func(c *cli.Context) error { return cmdBaseline(c, stdin, stdout, stderr) },
			},
			{
				Name:      "extract",
				Usage:     "print every value the recognizers read, one JSON object a line",
				ArgsUsage: "PATH... (or - for stdin)",
				Description: `Examples:
   claimdiff extract testdata/seeds/001_e3c5fa52733f7314.txt
   echo "Nearly 200 firefighters fought the blaze on Friday." | claimdiff extract --published 2026-03-06 -`,
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "jsonl", Usage: "`FORMAT`: jsonl or text"},
					&cli.BoolFlag{Name: "claims", Usage: "print the claims (what each value measures, subjects, quotes, speakers, titles) instead of the raw values"},
				}, commonFlags...),
				Action: func(c *cli.Context) error { return cmdExtract(c, stdin, stdout, stderr) },
			},
			{
				Name:  "version",
				Usage: "print the version",
				Action: func(c *cli.Context) error {
					fmt.Fprintf(stdout, "claimdiff %s\n", toolVersion())
					return nil
				},
			},
		},
	}
	app.OnUsageError = func(c *cli.Context, err error, isSubcommand bool) error {
		return usageErr("%v (see claimdiff --help)", err)
	}
	app.CommandNotFound = func(c *cli.Context, name string) {
		fmt.Fprintf(stderr, "claimdiff: unknown command %q (see claimdiff --help)\n", name)
	}
	return app
}

// pipelineOptions reads the flags shared by check and extract.
func pipelineOptions(c *cli.Context) (pipeline.Options, error) {
	var o pipeline.Options
	if s := c.String("published"); s != "" {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return o, usageErr("--published: %q is not a date YYYY-MM-DD", s)
		}
		o.Published = t
	}
	o.Article.MaxFileSize = c.Int64("max-file-size")
	o.Article.MaxLineLength = c.Int("max-line-length")
	o.Workers = c.Int("workers")
	o.Article.Stdin = c.App.Reader
	o.Context = c.Context
	if !c.Bool("quiet") {
		o.Progress = progressDisplay(c.App.ErrWriter)
	}
	cfg, err := loadConfig(c)
	if err != nil {
		return o, err
	}
	o.Config = cfg
	return o, nil
}

// loadConfig reads --config, or .claimdiff.yaml found from the working
// folder up; a bad config is a usage error naming the file and line.
func loadConfig(c *cli.Context) (*config.Config, error) {
	path := c.String("config")
	if path == "" {
		if c.Bool("no-config") {
			return nil, nil
		}
		wd, err := os.Getwd()
		if err != nil {
			return nil, nil
		}
		path = config.Find(wd)
		if path == "" {
			return nil, nil
		}
	}
	cfg, err := config.Load(path)
	if err != nil {
		return nil, &exitError{code: exitUsage, msg: err.Error()}
	}
	return cfg, nil
}

// setup reads the paths and the options shared by every command.
func setup(c *cli.Context) ([]string, pipeline.Options, error) {
	paths, err := inputs(c)
	if err != nil {
		return nil, pipeline.Options{}, err
	}
	opts, err := pipelineOptions(c)
	return paths, opts, err
}

// inputs returns the paths to read; "-" stands for stdin.
func inputs(c *cli.Context) ([]string, error) {
	paths := c.Args().Slice()
	if len(paths) == 0 {
		return nil, usageErr("%s: no input: give files, folders or - for stdin (see claimdiff %s --help)", c.Command.Name, c.Command.Name)
	}
	return paths, nil
}

func cmdCheck(c *cli.Context, stdin io.Reader, stdout, stderr io.Writer) error {
	opts, err := pipelineOptions(c)
	if err != nil {
		return err
	}
	format := strings.ToLower(c.String("format"))
	failOn := strings.ToLower(c.String("fail-on"))
	if cfg := opts.Config; cfg != nil {
		if !c.IsSet("format") && cfg.Format != "" {
			format = cfg.Format
		}
		if !c.IsSet("fail-on") && cfg.FailOn != "" {
			failOn = cfg.FailOn
		}
	}
	switch format {
	case "markdown", "md", "json", "text", "sarif":
	default:
		return usageErr("--format: unknown format %q (want markdown, json, text or sarif)", format)
	}
	var known *baseline.File
	if path := c.String("baseline"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return usageErr("--baseline: %v", err)
		}
		if known, err = baseline.Parse(path, data); err != nil {
			return usageErr("%v", err)
		}
	}
	var threshold compare.Severity
	if failOn != "never" {
		s, err := compare.ParseSeverity(failOn)
		if err != nil {
			return usageErr("--fail-on: %v (or never)", err)
		}
		threshold = s
	}
	paths, err := inputs(c)
	if err != nil {
		return err
	}
	if p := c.String("cpuprofile"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			return usageErr("--cpuprofile: %v", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return usageErr("--cpuprofile: %v", err)
		}
		defer pprof.StopCPUProfile()
	}
	res := pipeline.Run(paths, opts)
	if opts.Progress != nil {
		opts.Progress(-1) // clear the progress line
	}
	if p := c.String("memprofile"); p != "" {
		f, err := os.Create(p)
		if err != nil {
			return usageErr("--memprofile: %v", err)
		}
		runtime.GC()
		err = pprof.WriteHeapProfile(f)
		f.Close()
		if err != nil {
			return usageErr("--memprofile: %v", err)
		}
	}
	if err := c.Context.Err(); err != nil {
		return &exitError{code: exitUsage, msg: "interrupted; nothing written"}
	}
	var stale []baseline.Entry
	if known != nil {
		stale = known.Apply(res.Findings)
	}
	in := report.Input{Tool: "claimdiff", Version: toolVersion(), Documents: res.Documents, Findings: res.Findings}
	in.Claims = len(res.Claims)
	for _, p := range res.Problems {
		in.Problems = append(in.Problems, p.Error())
		fmt.Fprintln(stderr, "claimdiff: "+p.Error())
	}
	for _, w := range res.Warnings {
		in.Problems = append(in.Problems, w)
		fmt.Fprintln(stderr, "claimdiff: warning: "+w)
	}
	for _, e := range stale {
		in.Stale = append(in.Stale, e.Fingerprint)
	}
	var buf bytes.Buffer
	if err := report.Render(&buf, format, in); err != nil {
		return &exitError{code: exitUsage, msg: err.Error()}
	}
	if out := c.String("output"); out != "" && out != "-" {
		if err := atomicfile.Write(out, buf.Bytes(), 0o644); err != nil {
			return &exitError{code: exitUsage, msg: fmt.Sprintf("write report: %v", err)}
		}
	} else if _, err := stdout.Write(buf.Bytes()); err != nil {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("write report: %v", err)}
	}
	if len(res.Problems) > 0 {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("%d input problem(s); the other inputs were checked", len(res.Problems))}
	}
	if len(res.Documents) == 0 {
		return &exitError{code: exitUsage, msg: "no articles found in the given paths"}
	}
	if failOn != "never" {
		n := 0
		for _, f := range res.Findings {
			if f.Severity >= threshold && f.BaselineState != "unchanged" {
				n++
			}
		}
		if n > 0 {
			what := "finding(s)"
			if known != nil {
				what = "new finding(s)"
			}
			return &exitError{code: exitFindings, msg: fmt.Sprintf("%d %s at or above %s", n, what, threshold)}
		}
	}
	if len(stale) > 0 {
		fmt.Fprintf(stderr, "claimdiff: %d baseline entr%s matched no finding (stale)\n", len(stale), plural(len(stale), "y", "ies"))
		if c.Bool("fail-on-stale") {
			return &exitError{code: exitFindings, msg: "--fail-on-stale: the baseline has stale entries; rewrite it with claimdiff baseline"}
		}
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
