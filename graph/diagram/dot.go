package diagram

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/emicklei/dot"
)

// writeDOT writes the view as Graphviz DOT through emicklei/dot. Node and
// subgraph keys are zero-padded positions, so emicklei's sorting by key
// follows our order, and every node is created once, in its own cluster.
func writeDOT(w io.Writer, v *diagramView) error {
	root := dot.NewGraph(dot.Directed).ID("graphq")
	root.Attrs("rankdir", "LR", "fontname", fontName, "newrank", "true")
	if lines := v.caption(); len(lines) > 0 {
		escaped := make([]string, len(lines))
		for i, l := range lines {
			escaped[i] = dotText(l)
		}
		// emicklei/dot Go-quotes the newline as \n, Graphviz's line break.
		root.Attrs("label", strings.Join(escaped, "\n"), "labelloc", "t", "fontsize", "16")
	}
	nodes := map[string]dot.Node{}
	v.addDOTMembers(root, "", nodes)
	if !v.opt.NoLegend {
		addDOTLegend(root, v)
	}
	for _, e := range v.g.Edges {
		from, to := nodes[e.From], nodes[e.To]
		de := root.Edge(from, to)
		st := edgeStyleOf(e.Predicate)
		de.Attrs("label", dotText(v.edgeLabel(e)), "color", st.color, "fontcolor", st.color,
			"fontname", fontName, "fontsize", "10", "style", st.style)
		if st.weight != 1 {
			de.Attr("weight", strconv.Itoa(st.weight))
		}
		if st.width != "" {
			de.Attr("penwidth", st.width)
		}
		if symmetric[e.Predicate] {
			de.Attr("dir", "none")
		}
	}
	var buf bytes.Buffer
	root.Write(&buf)
	_, err := w.Write(dropBlankLines(buf.Bytes()))
	return err
}

// dropBlankLines removes the whitespace-only lines emicklei/dot leaves
// after each block, so the output diffs and documents cleanly.
func dropBlankLines(src []byte) []byte {
	var out bytes.Buffer
	for line := range bytes.Lines(src) {
		if len(bytes.TrimSpace(line)) > 0 {
			out.Write(line)
		}
	}
	return out.Bytes()
}

// addDOTMembers creates the nodes drawn directly in the cluster of org
// ("" for the root) and, for those that are clusters themselves, their
// nested subgraphs.
func (v *diagramView) addDOTMembers(parent *dot.Graph, org string, nodes map[string]dot.Node) {
	for _, id := range v.layout.children[org] {
		if v.layout.clusters[id] {
			sub := parent.Subgraph(fmt.Sprintf("c%06d", v.key[id]), dot.ClusterOption{})
			n := v.nodeByID(id)
			sub.Attrs("label", dotText(nodeLabel(n)), "style", "rounded,filled",
				"fillcolor", "#F3F8FE", "color", "#2F6DB5", "fontname", fontName)
			nodes[id] = v.addDOTNode(sub, n)
			v.addDOTMembers(sub, id, nodes)
			continue
		}
		nodes[id] = v.addDOTNode(parent, v.nodeByID(id))
	}
}

func (v *diagramView) nodeByID(id string) Node { return v.g.Nodes[v.key[id]-1] }

func (v *diagramView) addDOTNode(parent *dot.Graph, n Node) dot.Node {
	_, st := styleOf(n.Type)
	dn := parent.Node(fmt.Sprintf("k%06d", v.key[n.ID]))
	dn.Attrs("label", dotText(nodeLabel(n)), "shape", st.shape, "style", st.style,
		"fillcolor", st.fill, "color", st.stroke, "fontname", fontName)
	if v.focus[n.ID] {
		dn.Attr("penwidth", "3")
	}
	return dn
}
