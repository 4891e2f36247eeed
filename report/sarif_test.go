package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/claimdiff/claimdiff/compare"
)

// sarifSchemaURL is the id of the official SARIF 2.1.0 schema (errata 01),
// kept at testdata/report/sarif-schema-2.1.0.json.
const sarifSchemaURL = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// sarifSchema compiles the schema from the local file; nothing is fetched.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join(goldenDir, "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(sarifSchemaURL, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(sarifSchemaURL)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

func TestSARIFSchema(t *testing.T) {
	sch := sarifSchema(t)
	for name, in := range map[string]Input{"sample": sampleInput(), "evil": evilInput(), "empty": {}} {
		var buf bytes.Buffer
		if err := SARIF(&buf, in); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasSuffix(buf.Bytes(), []byte("}\n")) {
			t.Errorf("%s: SARIF does not end in a newline", name)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%s: SARIF does not parse: %v", name, err)
		}
		if err := sch.Validate(inst); err != nil {
			t.Errorf("%s: SARIF is not valid against the 2.1.0 schema: %v", name, err)
		}
	}
}

func TestSARIFStructure(t *testing.T) {
	in := sampleInput()
	var buf bytes.Buffer
	if err := SARIF(&buf, in); err != nil {
		t.Fatal(err)
	}
	type location struct {
		ID               *int `json:"id"`
		PhysicalLocation struct {
			ArtifactLocation struct{ URI, URIBaseID string }
			Region           struct {
				StartLine, StartColumn int
				Snippet                struct{ Text string }
			}
		}
		Message struct{ Text string }
	}
	var log struct {
		Version string
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name, Version, InformationURI string
					Rules                         []struct {
						ID                   string
						ShortDescription     struct{ Text string }
						DefaultConfiguration struct{ Level string }
					}
				}
			}
			Results []struct {
				RuleID              string
				RuleIndex           int
				Level               string
				Message             struct{ Text string }
				Locations           []location
				RelatedLocations    []location
				PartialFingerprints map[string]string
				BaselineState       string
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-schema-2.1.0.json") || len(log.Runs) != 1 {
		t.Fatalf("version %q, $schema %q, %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if d.Name != "claimdiff" || d.Version != "0.1.0" || d.InformationURI != InformationURI {
		t.Errorf("driver %q %q %q", d.Name, d.Version, d.InformationURI)
	}
	if len(d.Rules) != len(compare.Checks) {
		t.Fatalf("%d rules, want %d", len(d.Rules), len(compare.Checks))
	}
	for i, c := range compare.Checks {
		r := d.Rules[i]
		if r.ID != c.ID || r.ShortDescription.Text != c.Description || r.DefaultConfiguration.Level != c.Severity.String() {
			t.Errorf("rule %d = %+v, want %+v", i, r, c)
		}
	}
	if len(run.Results) != len(in.Findings) {
		t.Fatalf("%d results, want %d", len(run.Results), len(in.Findings))
	}
	for i, res := range run.Results {
		f := in.Findings[i]
		if res.RuleID != f.Check || d.Rules[res.RuleIndex].ID != f.Check || res.Level != f.Severity.String() {
			t.Errorf("result %d: rule %q (index %d), level %q", i, res.RuleID, res.RuleIndex, res.Level)
		}
		for _, g := range f.Values { // GitHub shows only the message: it must name everything
			for _, o := range append([]string{g.Value}, g.Outlets...) {
				if !strings.Contains(res.Message.Text, o) {
					t.Errorf("result %d: message %q does not name %q", i, res.Message.Text, o)
				}
			}
		}
		if res.PartialFingerprints[FingerprintKey] != f.Fingerprint || res.BaselineState != f.BaselineState {
			t.Errorf("result %d: fingerprints %v, baselineState %q", i, res.PartialFingerprints, res.BaselineState)
		}
		if len(res.Locations) != 1 || len(res.RelatedLocations) != len(f.Claims)-1 {
			t.Fatalf("result %d: %d locations, %d related", i, len(res.Locations), len(res.RelatedLocations))
		}
		for j, loc := range append(res.Locations, res.RelatedLocations...) {
			c := f.Claims[j]
			p := loc.PhysicalLocation
			if p.ArtifactLocation.URI != c.Pos.Path || p.Region.StartLine != c.Pos.Line || p.Region.Snippet.Text != c.Sentence {
				t.Errorf("result %d location %d = %+v, want %s", i, j, p, c.Pos)
			}
			if j > 0 && (loc.ID == nil || *loc.ID != j) {
				t.Errorf("result %d related location %d has id %v", i, j, loc.ID)
			}
			if !strings.Contains(loc.Message.Text, c.Outlet) || !strings.Contains(loc.Message.Text, c.Value) {
				t.Errorf("result %d location %d message %q", i, j, loc.Message.Text)
			}
		}
	}
	// At the start of a line the byte and UTF-16 columns agree.
	if got := run.Results[2].Locations[0].PhysicalLocation.Region.StartColumn; got != 1 {
		t.Errorf("start column %d, want 1", got)
	}
}

func TestSARIFColumnsCountUTF16(t *testing.T) {
	in := sampleInput()
	d := in.Documents[0] // news/bbc.txt
	c := claim(d, "district", "", 0)
	if c.Pos.Col != 53 { // "About 500 people attended the vigil in Kyiv's café " is 52 bytes, 51 UTF-16 units
		t.Fatalf("fixture: byte column %d", c.Pos.Col)
	}
	if got := utf16Column(c); got != 52 {
		t.Errorf("UTF-16 column %d, want 52", got)
	}
}

func TestSARIFPaths(t *testing.T) {
	for path, want := range map[string]string{
		"news/a b.txt":   "news/a%20b.txt",
		"c:weird.txt":    "./c:weird.txt",
		"/abs/x#1.txt":   "file:///abs/x%231.txt",
		"dir/100%.txt":   "dir/100%25.txt",
		"plain.txt":      "plain.txt",
		"news/über.html": "news/%C3%BCber.html",
	} {
		loc := sarifLocation(compare.Evidence{Pos: articlePos(path)})
		if got := *loc.PhysicalLocation.ArtifactLocation.URI; got != want {
			t.Errorf("%q → %q, want %q", path, got, want)
		}
	}
}

func TestSARIFSchemaRejects(t *testing.T) {
	// The validator is live: a result with an unknown level is refused.
	var buf bytes.Buffer
	if err := SARIF(&buf, sampleInput()); err != nil {
		t.Fatal(err)
	}
	bad := bytes.Replace(buf.Bytes(), []byte(`"level":"warning","message"`), []byte(`"level":"fatal","message"`), 1)
	if bytes.Equal(bad, buf.Bytes()) {
		t.Fatal("test setup: no warning result to break")
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if sarifSchema(t).Validate(inst) == nil {
		t.Errorf("the schema accepts level \"fatal\"")
	}
}
