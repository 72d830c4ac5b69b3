package diagram

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// mermaidEscapes turn characters that Mermaid reads as syntax inside a
// quoted label into its #entity; codes. '#' itself goes first so that
// text like "#quot;" stays text.
var mermaidEscapes = strings.NewReplacer(
	"#", "#35;",
	`"`, "#quot;",
	"&", "#amp;",
	"<", "#lt;",
	">", "#gt;",
	"|", "#124;",
	"{", "#123;",
	"}", "#125;",
	"[", "#91;",
	"]", "#93;",
	"(", "#40;",
	")", "#41;",
	"`", "#96;",
	`\`, "#92;",
)

// mermaidText quotes a cleaned label for Mermaid.
func mermaidText(s string) string {
	return `"` + mermaidEscapes.Replace(s) + `"`
}

// writeMermaid writes the view as a Mermaid flowchart. Node ids are n1,
// n2, … in node-ID order and clusters are c1, c2, …, so no text from the
// graph reaches an identifier.
func writeMermaid(w io.Writer, v *diagramView) error {
	bw := bufio.NewWriter(w)
	if lines := v.caption(); len(lines) > 0 {
		// A YAML double-quoted title: cleaned text has no line breaks or
		// control characters, so quotes and backslashes are all to escape.
		title := strings.Join(lines, " — ")
		title = strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(title)
		fmt.Fprintf(bw, "---\ntitle: \"%s\"\n---\n", title)
	}
	fmt.Fprintln(bw, "flowchart LR")
	v.writeMermaidMembers(bw, "", 1)
	if v.omitted.Any() {
		fmt.Fprintf(bw, "  omitted%s\n", mermaidShape(typeStyles[otherType], v.caption()[len(v.caption())-1]))
	}
	for _, e := range v.g.Edges {
		arrow := "-->"
		if symmetric[e.Predicate] {
			arrow = "---"
		}
		label := v.edgeLabel(e)
		if label == "" {
			// Mermaid rejects an empty |""| edge text.
			fmt.Fprintf(bw, "  n%d %s n%d\n", v.key[e.From], arrow, v.key[e.To])
			continue
		}
		fmt.Fprintf(bw, "  n%d %s|%s| n%d\n", v.key[e.From], arrow, mermaidText(label), v.key[e.To])
	}
	v.writeMermaidClasses(bw)
	return bw.Flush()
}

func (v *diagramView) writeMermaidMembers(w io.Writer, org string, depth int) {
	indent := strings.Repeat("  ", depth)
	for _, id := range v.layout.children[org] {
		n := v.nodeByID(id)
		_, st := styleOf(n.Type)
		label := nodeLabel(n)
		if v.layout.clusters[id] {
			fmt.Fprintf(w, "%ssubgraph c%d[%s]\n", indent, v.key[id], mermaidText(label))
			fmt.Fprintf(w, "%s  n%d%s\n", indent, v.key[id], mermaidShape(st, label))
			v.writeMermaidMembers(w, id, depth+1)
			fmt.Fprintf(w, "%send\n", indent)
			continue
		}
		fmt.Fprintf(w, "%sn%d%s\n", indent, v.key[id], mermaidShape(st, label))
	}
}

func mermaidShape(st typeStyle, label string) string {
	return st.mermaidL + mermaidText(label) + st.mermaidR
}

// writeMermaidClasses colours nodes by entity type and marks the focus.
func (v *diagramView) writeMermaidClasses(w io.Writer) {
	byType := map[string][]string{}
	var focus []string
	for _, n := range v.g.Nodes {
		t, _ := styleOf(n.Type)
		byType[t] = append(byType[t], fmt.Sprintf("n%d", v.key[n.ID]))
		if v.focus[n.ID] {
			focus = append(focus, fmt.Sprintf("n%d", v.key[n.ID]))
		}
	}
	if v.omitted.Any() {
		byType[otherType] = append(byType[otherType], "omitted")
	}
	for _, t := range typeOrder {
		if len(byType[t]) == 0 {
			continue
		}
		st := typeStyles[t]
		fmt.Fprintf(w, "  classDef %s fill:%s,stroke:%s,color:#000\n", t, st.fill, st.stroke)
		fmt.Fprintf(w, "  class %s %s\n", strings.Join(byType[t], ","), t)
	}
	if len(focus) > 0 {
		fmt.Fprintln(w, "  classDef focus stroke-width:4px")
		fmt.Fprintf(w, "  class %s focus\n", strings.Join(focus, ","))
	}
}
