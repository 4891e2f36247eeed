package report

import (
	"bytes"
	"testing"
)

func TestRenderFormats(t *testing.T) {
	in := sampleInput()
	for _, tc := range []struct{ name, alias string }{
		{"markdown", "md"}, {"markdown", "Markdown"}, {"json", "JSON"}, {"text", "txt"}, {"sarif", " sarif "},
	} {
		var a, b bytes.Buffer
		if err := Render(&a, tc.name, in); err != nil {
			t.Fatal(err)
		}
		if err := Render(&b, tc.alias, in); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%q and %q differ", tc.name, tc.alias)
		}
	}
	var buf bytes.Buffer
	if err := Render(&buf, "html", in); err == nil || buf.Len() != 0 {
		t.Errorf("unknown format: err %v, wrote %d bytes", err, buf.Len())
	}
}

func TestDeterministic(t *testing.T) {
	for _, format := range Formats {
		for name, in := range map[string]Input{"sample": sampleInput(), "evil": evilInput(), "many": manyFindings(300, "")} {
			var a, b bytes.Buffer
			if err := Render(&a, format, in); err != nil {
				t.Fatal(err)
			}
			if err := Render(&b, format, in); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s/%s: two renderings differ", format, name)
			}
			if !bytes.HasSuffix(a.Bytes(), []byte("\n")) {
				t.Errorf("%s/%s: no trailing newline", format, name)
			}
		}
	}
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

var errWrite = bytes.ErrTooLarge

func TestWriteErrors(t *testing.T) {
	for _, format := range Formats {
		if err := Render(failWriter{}, format, sampleInput()); err != errWrite {
			t.Errorf("%s: error %v, want the writer's", format, err)
		}
	}
}

func TestEmptyInput(t *testing.T) {
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Render(&buf, format, Input{}); err != nil {
			t.Errorf("%s: %v", format, err)
		}
	}
	var buf bytes.Buffer
	_ = JSON(&buf, Input{})
	for _, want := range []string{`"findings": []`, `"documents": []`, `"problems": []`, `"stale": []`} {
		if !bytes.Contains(buf.Bytes(), []byte(want)) {
			t.Errorf("empty JSON lacks %s:\n%s", want, buf.String())
		}
	}
}
