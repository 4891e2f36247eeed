package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/pipeline"
	"github.com/urfave/cli/v2"
)

// extractRecord is one line of `claimdiff extract`.
type extractRecord struct {
	Doc   string `json:"doc"`
	Line  int    `json:"line"`
	Col   int    `json:"col"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	Text  string `json:"text"`
	Norm  string `json:"norm"`
	Mod   string `json:"mod"`
}

func cmdExtract(c *cli.Context, stdin io.Reader, stdout, stderr io.Writer) error {
	format := strings.ToLower(c.String("format"))
	if format != "jsonl" && format != "text" {
		return usageErr("--format: unknown format %q (want jsonl or text)", c.String("format"))
	}
	paths, opts, err := setup(c)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if c.Bool("claims") {
		res := pipeline.Load(paths, opts)
		for _, cl := range res.Claims {
			r := claimRecord(cl)
			if format == "text" {
				fmt.Fprintf(&buf, "%s: %s key=%s subject=%v agents=%v qualifier=%v time=%s speaker=%q %q\n", r.Where, r.Type, r.Key, r.Subject, r.Agents, r.Qualifier, r.Time, r.Speaker, r.Value)
				continue
			}
			if err := enc.Encode(r); err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
		}
		stdout.Write(buf.Bytes())
		for _, p := range res.Problems {
			fmt.Fprintln(stderr, "claimdiff: "+p.Error())
		}
		for _, w := range res.Warnings {
			fmt.Fprintln(stderr, "claimdiff: warning: "+w)
		}
		if len(res.Problems) > 0 {
			return &exitError{code: exitUsage, msg: fmt.Sprintf("%d input problem(s); the other inputs were read", len(res.Problems))}
		}
		return nil
	}
	docs, problems := pipeline.LoadDocuments(paths, opts)
	var warnings []string
	for _, d := range docs {
		if w := pipeline.NotUTF8(d); w != "" {
			warnings = append(warnings, w)
		}
		for _, m := range pipeline.Mentions(d) {
			start, end := d.SrcOffset(m.Start), d.SrcOffset(m.End)
			pos := d.Position(m.Start)
			r := extractRecord{Doc: pos.Path, Line: pos.Line, Col: pos.Col, Start: start, End: end, Kind: m.Kind.String(), Text: m.Text, Norm: m.Norm, Mod: m.Mod.String()}
			if format == "text" {
				mod := ""
				if m.Mod != claims.ModNone {
					mod = " (" + m.Mod.String() + ")"
				}
				fmt.Fprintf(&buf, "%s: %s %q = %s%s\n", pos, m.Kind, m.Text, m.Norm, mod)
				continue
			}
			if err := enc.Encode(r); err != nil {
				return &exitError{code: exitUsage, msg: err.Error()}
			}
		}
	}
	if _, err := stdout.Write(buf.Bytes()); err != nil {
		return &exitError{code: exitUsage, msg: err.Error()}
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, "claimdiff: "+p.Error())
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "claimdiff: warning: "+w)
	}
	if len(problems) > 0 {
		return &exitError{code: exitUsage, msg: fmt.Sprintf("%d input problem(s); the other inputs were read", len(problems))}
	}
	return nil
}

// claimRecordT is one line of `claimdiff extract --claims`.
type claimRecordT struct {
	Where     string   `json:"where"`
	Type      string   `json:"type"`
	Kind      string   `json:"kind,omitempty"`
	Value     string   `json:"value"`
	Norm      string   `json:"norm,omitempty"`
	Key       string   `json:"key,omitempty"`
	Counted   string   `json:"counted,omitempty"`
	Subject   []string `json:"subject,omitempty"`
	Qualifier []string `json:"qualifier,omitempty"`
	Agents    []string `json:"agents,omitempty"`
	Time      string   `json:"time,omitempty"`
	Speaker   string   `json:"speaker,omitempty"`
	Person    string   `json:"person,omitempty"`
	Org       string   `json:"org,omitempty"`
	Prop      []string `json:"prop,omitempty"`
	Flags     []string `json:"flags,omitempty"`
	Sentence  string   `json:"sentence"`
}

func claimRecord(c *claims.Claim) claimRecordT {
	types := map[claims.Type]string{claims.TypeValue: "value", claims.TypeQuote: "quote", claims.TypeRole: "role", claims.TypeProp: "statement", claims.TypePlace: "place"}
	r := claimRecordT{Where: c.Doc.Position(c.ValueSpan.Start).String(), Type: types[c.Type], Kind: c.Value.Kind.String(), Value: c.Value.Text, Norm: c.Value.Norm,
		Key: c.Key, Counted: c.Counted, Subject: c.Subject(), Qualifier: c.Qualifier(), Agents: c.Agents(), Sentence: c.Text()}
	if c.QuoteParts != nil {
		r.Speaker = c.Speaker
	}
	if c.RoleParts != nil {
		r.Person, r.Org = c.Person, c.Org
	}
	if c.PropParts != nil {
		r.Prop = c.Prop
	}
	if c.Time != nil {
		r.Time = c.Time.String()
	}
	if c.Type == claims.TypeRole {
		r.Value = c.Title
	}
	for _, f := range []struct {
		on   bool
		name string
	}{{c.Hedged, "hedged"}, {c.Negated, "negated"}, {c.Update, "update"}, {c.Weak, "weak"}, {c.Quoted, "quoted"}, {c.Increment, "increment"}, {c.Value.Relative, "relative"}} {
		if f.on {
			r.Flags = append(r.Flags, f.name)
		}
	}
	return r
}
