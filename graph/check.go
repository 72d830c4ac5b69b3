package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// factFields are the predicates every fact node has exactly once.
var factFields = []quad.IRI{predSubject, predPredicate, predObject, predSentence, predStart, predEnd, predConfidence, predRule, predSource}

// Check verifies the store's consistency and returns the problems found,
// sorted: the schema version is present; every quad but the meta quad is
// labelled by an article whose node says it is one; fact nodes are
// complete and agree with their edge; no node is left without quads (a
// ghost, what re-adding existing quads leaves on bolt and postgres).
func (s *Store) Check(ctx context.Context) ([]string, error) {
	var problems []string
	err := s.read(func() error {
		all, err := allQuads(ctx, s.qs)
		if err != nil {
			return s.wrap("check", err)
		}
		nodes, err := allNodes(ctx, s.qs)
		if err != nil {
			return s.wrap("check", err)
		}
		problems = checkQuads(all, nodes)
		return nil
	})
	return problems, err
}

func allNodes(ctx context.Context, qs graph.QuadStore) ([]quad.Value, error) {
	it := qs.NodesAllIterator()
	defer it.Close()
	var out []quad.Value
	for it.Next(ctx) {
		out = append(out, qs.NameOf(it.Result()))
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

func checkQuads(all []quad.Quad, nodes []quad.Value) []string {
	var problems []string
	report := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	used := map[string]bool{}
	bySubject := map[quad.Value][]quad.Quad{}
	articles := map[quad.Value]bool{} // article nodes typed under their own label
	labels := map[quad.Value]int{}
	hasSchema := false
	for _, q := range all {
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				used[quad.StringOf(v)] = true
			}
		}
		bySubject[q.Subject] = append(bySubject[q.Subject], q)
		switch {
		case q.Label == metaLabel:
			switch {
			case q.Subject == metaStore && q.Predicate == metaSchemaVer:
				hasSchema = true
			case q.Subject == metaStore && q.Predicate == metaReplacing:
				report("replacing %s was interrupted: add the article again", q.Object)
			}
			continue
		case q.Label == nil:
			report("unlabelled quad %s", q.NQuad())
			continue
		}
		labels[q.Label]++
		if q.Predicate == predType && q.Object == quad.String(articleType) {
			if q.Label == q.Subject {
				articles[q.Subject] = true
			} else {
				report("article node %s is typed under label %s", q.Subject, q.Label)
			}
		}
	}
	if !hasSchema {
		report("schema version quad %s missing", schemaQuad(SchemaVersion).NQuad())
	}
	for label, n := range labels {
		if !articles[label] {
			report("%d quads labelled %s, which is no article node", n, label)
		}
	}
	for subj, qq := range bySubject {
		if iri, ok := iriString(subj); ok && strings.HasPrefix(iri, factPrefix) {
			problems = append(problems, checkFact(subj, qq, bySubject)...)
		}
	}
	for _, n := range nodes {
		if n != nil && !used[quad.StringOf(n)] {
			report("ghost node %s occurs in no quad", n)
		}
	}
	sort.Strings(problems)
	return problems
}

// checkFact verifies one fact node: each field once, its source its label,
// its entities named, and its edge present under the same label.
func checkFact(node quad.Value, qq []quad.Quad, bySubject map[quad.Value][]quad.Quad) []string {
	var problems []string
	fields := map[quad.IRI][]quad.Quad{}
	for _, q := range qq {
		if p, ok := q.Predicate.(quad.IRI); ok {
			fields[p] = append(fields[p], q)
		}
	}
	for _, f := range factFields {
		if n := len(fields[f]); n != 1 {
			problems = append(problems, fmt.Sprintf("fact %s has %d %s quads, want 1", node, n, f))
		}
	}
	if len(problems) > 0 {
		return problems
	}
	label := qq[0].Label
	if src := fields[predSource][0].Object; src != label {
		problems = append(problems, fmt.Sprintf("fact %s has source %s but label %s", node, src, label))
	}
	subj, obj := fields[predSubject][0].Object, fields[predObject][0].Object
	for _, e := range []quad.Value{subj, obj} {
		named := false
		for _, q := range bySubject[e] {
			named = named || (q.Predicate == predName && q.Label == label)
		}
		if !named {
			problems = append(problems, fmt.Sprintf("fact %s names entity %s, which has no name in %s", node, e, label))
		}
	}
	edge := quad.Quad{Subject: subj, Predicate: quad.IRI(PredicateIRI(literalString(fields[predPredicate][0].Object))), Object: obj, Label: label}
	found := false
	for _, q := range bySubject[subj] {
		found = found || quadKey(q) == quadKey(edge)
	}
	if !found {
		problems = append(problems, fmt.Sprintf("fact %s has no edge %s", node, edge.NQuad()))
	}
	return problems
}
