package diagram

import (
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

var hostileLabels = []string{
	`Say "hi" to "KASN"`,
	`back\slash`,
	`C:\new\line \l \" \N \G end\`,
	"tab\there\tand\ttabs",
	"nbsp\u00a0space\u2009thin\u3000ideographic",
	"zero\u200bwidth\u200djoin\ufeffbom\u200fbidi\u202eoverride",
	"bad\xffutf\xc3\x288",
	"<b>{x}|y</b> &amp; &lt; & [z]",
	"line\nbreaks\r\nand  many   spaces ",
	"#quot; mermaid #35; `code` (paren)",
	strings.Repeat("Sekretaris Daerah Provinsi Bali ", 8),
	"Gubernur \x00\x07\x1b[31m Bali",
}

func hostileGraph() *Graph {
	g := &Graph{}
	for i, l := range hostileLabels {
		typ := EntityTypes[i%len(EntityTypes)]
		g.Nodes = append(g.Nodes, Node{ID: fmt.Sprintf("e%02d", i), Label: l, Type: typ})
		if i > 0 {
			g.Edges = append(g.Edges, Edge{From: fmt.Sprintf("e%02d", i-1), To: fmt.Sprintf("e%02d", i), Predicate: "advises"})
		}
	}
	// An organisation cluster named by a hostile label: e10 is an
	// Organization that is memberOf the Organization e02.
	g.Edges = append(g.Edges, Edge{From: "e10", To: "e02", Predicate: "memberOf"})
	return g
}

// svgTexts are the texts of an SVG's <text> elements, XML-unescaped.
func svgTexts(t *testing.T, svg string) map[string]bool {
	t.Helper()
	texts := map[string]bool{}
	dec := xml.NewDecoder(strings.NewReader(svg))
	dec.Strict = false
	var inText bool
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			if tk.Name.Local == "text" {
				inText = true
				cur.Reset()
			}
		case xml.CharData:
			if inText {
				cur.Write(tk)
			}
		case xml.EndElement:
			if tk.Name.Local == "text" {
				inText = false
				texts[cur.String()] = true
			}
		}
	}
	return texts
}

func TestHostileLabelsRenderIntact(t *testing.T) {
	src := render(t, hostileGraph(), Options{Title: `Title "with" \n & <tricks>`})
	if !strings.Contains(src, "subgraph cluster_") {
		t.Fatalf("no cluster drawn:\n%s", src)
	}
	svg := graphvizSVG(t, []byte(src))
	texts := svgTexts(t, svg)
	for _, raw := range append(hostileLabels, `Title "with" \n & <tricks>`) {
		want := CleanLabel(raw)
		if !texts[want] {
			t.Errorf("SVG has no text %q (from %q); texts: %v", want, raw, texts)
		}
	}
}

func TestHostileLabelsMermaid(t *testing.T) {
	out := render(t, hostileGraph(), Options{Format: "mermaid", Title: `T "x" \ y`})
	checkMermaidSyntax(t, out)
	for _, raw := range hostileLabels {
		if !strings.Contains(out, mermaidText(CleanLabel(raw))) {
			t.Errorf("Mermaid lacks the escaped label of %q", raw)
		}
	}
}

var (
	mermaidID        = `(?:n\d+|omitted)`
	mermaidQuoted    = `"[^"]*"`
	mermaidNodeLine  = regexp.MustCompile(`^\s*` + mermaidID + `(\(\[|\(|\[\[|\{\{|\[/|>|\[\(|\[\\|\[)` + mermaidQuoted + `(\]\)|\)|\]\]|\}\}|/\]|\]|\)\]|\\\])$`)
	mermaidEdgeLine  = regexp.MustCompile(`^\s*n\d+ (-->|---)(\|` + mermaidQuoted + `\|)? n\d+$`)
	mermaidSubgraph  = regexp.MustCompile(`^\s*subgraph c\d+\[` + mermaidQuoted + `\]$`)
	mermaidClassLine = regexp.MustCompile(`^\s*(classDef \w+ [\w:#,\-]+|class ` + mermaidID + `(,` + mermaidID + `)* \w+)$`)
)

// checkMermaidSyntax is a line-by-line grammar of what writeMermaid may
// emit: front matter, the header, nodes, balanced subgraphs, edges between
// declared nodes, and classes. No raw quote can hide inside a label.
func checkMermaidSyntax(t *testing.T, out string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	i := 0
	if lines[0] == "---" {
		if !regexp.MustCompile(`^title: "([^"\\]|\\.)*"$`).MatchString(lines[1]) || lines[2] != "---" {
			t.Fatalf("bad front matter: %q", lines[:3])
		}
		i = 3
	}
	if lines[i] != "flowchart LR" {
		t.Fatalf("line %d = %q, want flowchart LR", i+1, lines[i])
	}
	declared := map[string]bool{}
	depth := 0
	for n, line := range lines[i+1:] {
		switch {
		case mermaidNodeLine.MatchString(line):
			declared[strings.Fields(strings.Map(func(r rune) rune {
				if strings.ContainsRune(`([{>"/\`, r) {
					return ' '
				}
				return r
			}, line))[0]] = true
		case mermaidSubgraph.MatchString(line):
			depth++
		case strings.TrimSpace(line) == "end":
			depth--
			if depth < 0 {
				t.Fatalf("line %d: end without subgraph", n+i+2)
			}
		case mermaidEdgeLine.MatchString(line):
			f := strings.Fields(line)
			if !declared[f[0]] || !declared[f[len(f)-1]] {
				t.Errorf("line %d: edge between undeclared nodes: %q", n+i+2, line)
			}
		case mermaidClassLine.MatchString(line):
		default:
			t.Errorf("line %d: not valid here: %q", n+i+2, line)
		}
	}
	if depth != 0 {
		t.Errorf("%d subgraphs not closed", depth)
	}
}

func TestMermaidVariants(t *testing.T) {
	tests := []struct {
		name     string
		opt      Options
		contains []string
	}{
		{"default", Options{}, []string{"subgraph c", `---|"cooperatesWith"|`, `-->|"holds ×2"|`, "classDef Person"}},
		{"focus", Options{Focus: "kasn", Depth: 2}, []string{"class n", " focus"}},
		{"lang id", Options{Lang: "id"}, []string{`|"memimpin"|`, `|"menjabat ×2"|`}},
		{"capped", Options{MaxNodes: 3, Title: "T"}, []string{`omitted["`, "not shown"}},
		{"no clusters", Options{NoClusters: true}, []string{"flowchart LR"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, kasnGraph(), Options{Format: "mermaid", Focus: tt.opt.Focus, Depth: tt.opt.Depth,
				Lang: tt.opt.Lang, MaxNodes: tt.opt.MaxNodes, Title: tt.opt.Title, NoClusters: tt.opt.NoClusters})
			checkMermaidSyntax(t, out)
			for _, want := range tt.contains {
				if !strings.Contains(out, want) {
					t.Errorf("Mermaid lacks %q:\n%s", want, out)
				}
			}
			if tt.opt.NoClusters && strings.Contains(out, "subgraph") {
				t.Errorf("NoClusters drew a subgraph:\n%s", out)
			}
		})
	}
}
