package diagram

import "slices"

// typeStyle is how one entity type looks, in DOT and in Mermaid.
type typeStyle struct {
	shape    string // Graphviz node shape
	style    string // Graphviz node style
	fill     string
	stroke   string
	mermaidL string // Mermaid shape opening and closing around the quoted label
	mermaidR string
}

const otherType = "Other"

// typeOrder is the legend's order: the schema's types, then the rest.
var typeOrder = slices.Concat(EntityTypes, []string{otherType})

var typeStyles = map[string]typeStyle{
	"Person":       {"ellipse", "filled", "#FDE2C8", "#C0692B", "([", "])"},
	"Position":     {"box", "rounded,filled", "#FFF4B3", "#B59B00", "(", ")"},
	"Organization": {"box", "filled", "#CFE3FA", "#2F6DB5", "[[", "]]"},
	"Group":        {"hexagon", "filled", "#E6DBF7", "#6A4BA8", "{{", "}}"},
	"Event":        {"octagon", "filled", "#D4F0D4", "#2E7D32", "[/", "/]"},
	"Place":        {"house", "filled", "#E8E8E8", "#616161", ">", "]"},
	"Date":         {"box", "filled,dashed", "#F5F5F5", "#9E9E9E", "[(", ")]"},
	"Document":     {"note", "filled", "#FFFFFF", "#8D6E63", "[\\", "\\]"},
	otherType:      {"ellipse", "dashed", "#FFFFFF", "#757575", "[", "]"},
}

// styleOf is the style of an entity type; unknown types share one.
func styleOf(entityType string) (string, typeStyle) {
	if canon, ok := canonicalType(entityType); ok {
		return canon, typeStyles[canon]
	}
	return otherType, typeStyles[otherType]
}

// edgeStyle is how one predicate is drawn in DOT.
type edgeStyle struct {
	color  string
	style  string
	weight int // Graphviz edge weight: heavier edges are kept short and straight
	width  string
}

var edgeStyles = map[string]edgeStyle{
	// A Position is part of its holder's description: a heavy, short edge
	// keeps it beside the Person.
	"holds":          {"#B59B00", "bold", 10, "2"},
	"headOf":         {"#2F6DB5", "bold", 3, "2"},
	"memberOf":       {"#2F6DB5", "solid", 3, ""},
	"represents":     {"#C0692B", "dashed", 1, ""},
	"cooperatesWith": {"#2E7D32", "bold", 1, ""},
	"advises":        {"#6A4BA8", "solid", 1, ""},
	"urges":          {"#6A4BA8", "dashed", 1, ""},
	"appoints":       {"#B59B00", "dashed", 1, ""},
}

var defaultEdgeStyle = edgeStyle{"#555555", "solid", 1, ""}

func edgeStyleOf(predicate string) edgeStyle {
	if s, ok := edgeStyles[predicate]; ok {
		return s
	}
	return defaultEdgeStyle
}

const fontName = "Helvetica"
