package diagram

import (
	"fmt"

	"github.com/emicklei/dot"
)

// legendTitle is the legend's heading in the edge-label language.
func legendTitle(lang string) string {
	if lang == "id" {
		return "Keterangan"
	}
	return "Legend"
}

// addDOTLegend draws one sample node per entity type in the diagram, in a
// cluster of its own. Its key sorts after every organisation cluster.
func addDOTLegend(root *dot.Graph, v *diagramView) {
	types := v.typesPresent()
	if len(types) == 0 {
		return
	}
	legend := root.Subgraph("zz_legend", dot.ClusterOption{})
	legend.Attrs("label", legendTitle(v.opt.Lang), "style", "dashed", "color", "#9E9E9E", "fontname", fontName)
	for i, t := range types {
		st := typeStyles[t]
		legend.Node(fmt.Sprintf("legend%02d", i)).Attrs("label", typeLabel(t, v.opt.Lang), "shape", st.shape,
			"style", st.style, "fillcolor", st.fill, "color", st.stroke, "fontname", fontName, "fontsize", "10")
	}
}
