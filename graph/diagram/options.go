package diagram

import (
	"fmt"
	"slices"
	"strings"
)

// Options select and style what a diagram shows. The zero value draws the
// institutional graph as DOT.
type Options struct {
	Focus      string   // an entity name or alias (case-insensitive); empty: whole graph
	Depth      int      // hops around Focus (0: default 1)
	Predicates []string // keep only these predicates; empty: DefaultPredicates; "all": every predicate
	Types      []string // keep only nodes of these entity types; empty: all
	Sources    []string // keep only edges stated by these articles; empty: all
	MaxNodes   int      // cap on nodes (0: default 60); what is left out is noted
	Lang       string   // edge label language: "en" (default) or "id"
	Format     string   // "dot" (default), "mermaid", "svg", "png"
	Title      string   // diagram title; empty: none

	NoClusters bool // draw organisations flat, without clusters for their members
	NoLegend   bool // leave out the entity-type legend
	// KeepIsolated keeps, without a Focus, the nodes no kept edge touches
	// (those the Types filter allows), for a graph already cut down to what
	// the reader asked for, such as the entities of a query.
	KeepIsolated bool
}

// Defaults of Options' zero fields.
const (
	DefaultDepth    = 1
	DefaultMaxNodes = 60
)

// AllPredicates, as the only entry of Options.Predicates, keeps every
// predicate, open ones included.
const AllPredicates = "all"

// Formats Render writes.
var Formats = []string{"dot", "mermaid", "svg", "png"}

// EntityTypes of the schema, in legend order.
var EntityTypes = []string{"Person", "Position", "Organization", "Group", "Event", "Place", "Date", "Document"}

var defaultPredicates = []string{
	"holds", "headOf", "memberOf", "represents", "advises", "cooperatesWith",
	"appoints", "organizes", "attends", "accompaniedBy", "urges", "issues",
	"signs", "speaksAt", "opens",
}

// corePredicates are the scored predicates of the annotation guide.
var corePredicates = append(slices.Clone(defaultPredicates), "heldAt", "heldOn")

// DefaultPredicates is the institutional predicate set drawn when
// Options.Predicates is empty: every core predicate but heldAt and heldOn.
func DefaultPredicates() []string { return slices.Clone(defaultPredicates) }

// Omitted counts what the MaxNodes cap left out of a diagram.
type Omitted struct {
	Nodes, Edges int
}

// Any reports whether the cap left anything out.
func (o Omitted) Any() bool { return o.Nodes > 0 || o.Edges > 0 }

func (o Omitted) String() string {
	return fmt.Sprintf("%d %s and %d %s not shown", o.Nodes, plural(o.Nodes, "node", "nodes"), o.Edges, plural(o.Edges, "edge", "edges"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// normalized checks opt and fills in its defaults.
func (opt Options) normalized() (Options, error) {
	if opt.Depth < 0 {
		return opt, fmt.Errorf("diagram: depth %d is negative", opt.Depth)
	}
	if opt.Depth == 0 {
		opt.Depth = DefaultDepth
	}
	if opt.MaxNodes < 0 {
		return opt, fmt.Errorf("diagram: max nodes %d is negative", opt.MaxNodes)
	}
	if opt.MaxNodes == 0 {
		opt.MaxNodes = DefaultMaxNodes
	}
	opt.Lang = strings.ToLower(strings.TrimSpace(opt.Lang))
	switch opt.Lang {
	case "":
		opt.Lang = "en"
	case "en", "id":
	default:
		return opt, fmt.Errorf("diagram: language %q: want en or id", opt.Lang)
	}
	opt.Format = strings.ToLower(strings.TrimSpace(opt.Format))
	if opt.Format == "" {
		opt.Format = "dot"
	}
	if !slices.Contains(Formats, opt.Format) {
		return opt, fmt.Errorf("diagram: format %q: want one of %s", opt.Format, strings.Join(Formats, ", "))
	}
	types := make([]string, 0, len(opt.Types))
	for _, t := range opt.Types {
		canon, ok := canonicalType(t)
		if !ok {
			return opt, fmt.Errorf("diagram: entity type %q: want one of %s", t, strings.Join(EntityTypes, ", "))
		}
		types = append(types, canon)
	}
	opt.Types = types
	return opt, nil
}

// canonicalType accepts an entity type in any letter case.
func canonicalType(t string) (string, bool) {
	t = strings.TrimSpace(t)
	for _, known := range EntityTypes {
		if strings.EqualFold(t, known) {
			return known, true
		}
	}
	return "", false
}

// predicateSet is what Options.Predicates keeps; nil means every predicate.
func (opt Options) predicateSet() map[string]bool {
	preds := opt.Predicates
	if len(preds) == 0 {
		preds = defaultPredicates
	}
	set := map[string]bool{}
	for _, p := range preds {
		p = strings.TrimSpace(p)
		if strings.EqualFold(p, AllPredicates) {
			return nil
		}
		set[canonicalPredicate(p)] = true
	}
	return set
}

// canonicalPredicate spells a core predicate the schema's way ("headof" ->
// "headOf"); open predicates are kept as given.
func canonicalPredicate(p string) string {
	for _, core := range corePredicates {
		if strings.EqualFold(p, core) {
			return core
		}
	}
	return p
}
