package reports

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/graphq/graphq/graph/diagram"
)

const regenerate = "run go generate ./examples/reports"

// The checked-in reports must be what the generator makes of the seeds now.
// DOT and Mermaid are compared byte for byte. The SVGs are compared only
// when the system dot draws them, as it drew the checked-in ones, and by
// their content (elements, ids, labels, colours, line styles in order)
// rather than their bytes: coordinates move with the Graphviz version and
// the fonts installed, while the DOT they come from is already compared
// exactly.
func TestReportsUpToDate(t *testing.T) {
	svg := diagram.LayoutEngine() == diagram.SystemDot
	dir := t.TempDir()
	if _, err := Generate(context.Background(), filepath.Join("..", "..", "seeds"), dir, svg); err != nil {
		t.Fatalf("Generate: %v", err)
	}
	for _, r := range Reports {
		t.Run(r.File, func(t *testing.T) {
			if r.IsImage() && !svg {
				t.Skip("the checked-in SVGs are drawn by the Graphviz dot program, which is not on PATH")
			}
			checkedIn, err := os.ReadFile(r.File)
			if err != nil {
				t.Fatalf("%v (%s)", err, regenerate)
			}
			fresh, err := os.ReadFile(filepath.Join(dir, r.File))
			if err != nil {
				t.Fatal(err)
			}
			if !r.IsImage() {
				if !bytes.Equal(checkedIn, fresh) {
					t.Fatalf("examples/reports/%s is stale: %s\n%s", r.File, regenerate, firstDifference(string(checkedIn), string(fresh)))
				}
				return
			}
			old, now := svgContent(t, checkedIn), svgContent(t, fresh)
			if diff := firstDifference(strings.Join(old, "\n"), strings.Join(now, "\n")); diff != "" {
				t.Fatalf("examples/reports/%s is stale: %s\n%s", r.File, regenerate, diff)
			}
			if !bytes.Equal(checkedIn, fresh) {
				t.Logf("%s: same drawing, other coordinates (another Graphviz version or other fonts)", r.File)
			}
		})
	}
}

// The checked-in SVGs are what the README shows: a title, a legend, and
// every node of their DOT source as text.
func TestCheckedInSVGsShowEveryNode(t *testing.T) {
	label := regexp.MustCompile(`(?m)^\s*n\d+\[.*\blabel="((?:[^"\\]|\\.)*)"`)
	for _, pair := range [][2]string{{"seeds.dot", "seeds.svg"}, {"kasn.dot", "kasn.svg"}} {
		t.Run(pair[1], func(t *testing.T) {
			src, err := os.ReadFile(pair[0])
			if err != nil {
				t.Fatal(err)
			}
			svg, err := os.ReadFile(pair[1])
			if err != nil {
				t.Fatal(err)
			}
			texts := map[string]bool{}
			content := svgContent(t, svg)
			for _, c := range content {
				if text, ok := strings.CutPrefix(c, "text "); ok {
					texts[text] = true
				}
			}
			want := []string{"Legend"}
			for _, m := range label.FindAllStringSubmatch(string(src), -1) {
				want = append(want, strings.ReplaceAll(m[1], `\"`, `"`))
			}
			if len(want) < 10 {
				t.Fatalf("only %d node labels in %s", len(want), pair[0])
			}
			for _, l := range want {
				if !texts[l] {
					t.Errorf("%s has no text %q", pair[1], l)
				}
			}
			if !strings.HasPrefix(strings.Join(content, "\n"), "svg") {
				t.Errorf("%s: root element is not svg", pair[1])
			}
		})
	}
}

// svgAttrs are the attributes that say what an SVG shows, not where.
var svgAttrs = map[string]bool{
	"id": true, "class": true, "fill": true, "stroke": true,
	"stroke-width": true, "stroke-dasharray": true, "font-size": true,
}

// svgContent lists an SVG's elements with their svgAttrs, and the text of
// its title and text elements, in document order; comments (which name
// the Graphviz version) and coordinates are left out.
func svgContent(t *testing.T, svg []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false // the DOCTYPE names an external DTD
	var out []string
	var open []string
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			open = append(open, tok.Name.Local)
			line := tok.Name.Local
			for _, a := range tok.Attr {
				if svgAttrs[a.Name.Local] {
					line += fmt.Sprintf(" %s=%q", a.Name.Local, a.Value)
				}
			}
			out = append(out, line)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			if len(open) == 0 {
				continue
			}
			if el := open[len(open)-1]; el == "text" || el == "title" {
				if s := strings.TrimSpace(string(tok)); s != "" {
					out = append(out, el+" "+s)
				}
			}
		}
	}
}

// firstDifference shows the first line where two texts differ, or "".
func firstDifference(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  checked in: %s\n  generated:  %s", i+1, x, y)
		}
	}
	return ""
}
