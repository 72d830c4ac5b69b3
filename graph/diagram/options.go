package diagram

// TEMPORARY contract stub: the diagram package owner replaces this file.

import (
	"errors"
	"io"
)

// Options select and style what a diagram shows.
type Options struct {
	Focus      string   // an entity name or alias (case-insensitive); empty: whole graph
	Depth      int      // hops around Focus (default 1)
	Predicates []string // keep only these predicates; empty: the institutional default
	Types      []string // keep only nodes of these entity types; empty: all
	Sources    []string // keep only edges stated by these articles; empty: all
	MaxNodes   int      // cap on nodes (0: default 60); what is left out is noted
	Lang       string   // edge label language: "en" (default) or "id"
	Format     string   // "dot" (default), "mermaid", "svg", "png"
	Title      string   // diagram title; empty: none
}

// Render filters g by opt and writes it in opt.Format to w.
func Render(w io.Writer, g *Graph, opt Options) error {
	return errors.New("diagram: not implemented yet")
}
