// Package diagram draws the institutional relationships of the knowledge
// graph — who holds which office, heads or belongs to which body, represents
// whom, and which bodies advise, cooperate with or organise what — as
// Graphviz DOT, Mermaid, or SVG and PNG. SVG and PNG are laid out by the
// system dot program, or, when it is not on PATH, by the engine a program
// registered with RegisterFallbackLayout (importing wasmgraphviz registers
// an embedded Graphviz, for SVG only); LayoutEngine says which one will
// draw.
//
// Render is the entry point: it runs Filter (focus and depth, predicate,
// type and source filters, and a node cap whose omissions are noted in the
// drawing) and then one writer. Output is deterministic: the same graph
// gives the same bytes whatever the order of its nodes and edges.
//
// Drawing conventions: one shape and colour per entity type, explained by
// a legend; an Organization with sub-bodies or members is a cluster that
// holds them (and the Positions its members hold); holds edges are heavy
// so a Position sits beside its holder; parallel edges are merged and
// labelled with their count; cooperatesWith has no arrowheads; edge labels
// are predicate names, or Indonesian with Lang "id" (labels_id.tsv).
//
// Labels come from news text, so every label goes through CleanLabel
// (control, format and invisible characters removed, spaces normalised,
// invalid UTF-8 repaired, length capped) before a writer escapes it for
// its format.
//
// The default predicate set is the institutional one (DefaultPredicates).
// heldAt and heldOn are left out by default: places and dates attach to
// every event and crowd out the people and bodies a reader looks for; ask
// for them in Options.Predicates, or give the single predicate "all" to
// keep every predicate.
package diagram
