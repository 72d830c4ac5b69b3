package graph

import (
	"context"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// factFields are the predicates every fact node has exactly once.
var factFields = []quad.IRI{predSubject, predPredicate, predObject, predSentence, predStart, predEnd, predConfidence, predRule, predSource}

// Check verifies the store's consistency and returns the problems found,
// sorted: the schema version is present; every quad but the meta quad is
// labelled by an article whose node says it is one; fact nodes are
// complete and agree with their edge; no node is left without quads (a
// ghost, what re-adding existing quads leaves on bolt and postgres).
//
// It reads the store in one pass and holds neither its quads nor its
// nodes: fact nodes are checked from a sorted spill of their quads, the
// names and edges they need are joined against those the store has by a
// second sort, and a node is a ghost when no quad has it (index lookups for
// subject and object, then the pass for the other directions). What it
// keeps is a count per label and the nodes no index lookup found.
func (s *Store) Check(ctx context.Context) ([]string, error) {
	var problems []string
	err := s.read(func() error {
		c := &checker{ctx: ctx, qs: s.qs, labels: map[string]*labelCount{}, articles: map[string]bool{}}
		defer c.close()
		return s.releasingWhile(func() error {
			var err error
			problems, err = c.run()
			return s.wrap("check", err)
		})
	})
	return problems, err
}

type checker struct {
	ctx      context.Context
	qs       graph.QuadStore
	problems []string

	hasSchema bool
	labels    map[string]*labelCount // quads per article label
	articles  map[string]bool        // article nodes typed under their own label
	unseen    map[string]quad.Value  // nodes no quad has as subject or object, yet

	facts spillSorter // fact nodes' quads, each node's together
	joins spillSorter // names and edges facts need, and those the store has
}

type labelCount struct {
	label quad.Value
	n     int
}

func (c *checker) report(format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf(format, args...))
}

func (c *checker) close() {
	c.facts.close()
	c.joins.close()
}

func (c *checker) run() ([]string, error) {
	if err := c.findUnindexedNodes(); err != nil {
		return nil, err
	}
	if err := eachQuad(c.ctx, c.qs, c.qs.QuadsAllIterator(), c.scan); err != nil {
		return nil, err
	}
	if !c.hasSchema {
		c.report("schema version quad %s missing", schemaQuad(SchemaVersion).NQuad())
	}
	for key, lc := range c.labels {
		if !c.articles[key] {
			c.report("%d quads labelled %s, which is no article node", lc.n, lc.label)
		}
	}
	if err := c.checkFacts(); err != nil {
		return nil, err
	}
	if err := c.checkJoins(); err != nil {
		return nil, err
	}
	for _, n := range c.unseen {
		c.report("ghost node %s occurs in no quad", n)
	}
	sort.Strings(c.problems)
	return c.problems, nil
}

// findUnindexedNodes keeps the nodes that no quad has as subject or
// object: predicates, labels and ghosts. Asking the indexes per node costs
// time, not memory; the few left are settled by the pass over the quads.
func (c *checker) findUnindexedNodes() error {
	c.unseen = map[string]quad.Value{}
	it := c.qs.NodesAllIterator()
	defer it.Close()
	for it.Next(c.ctx) {
		ref := it.Result()
		if c.hasQuad(ref, quad.Subject) || c.hasQuad(ref, quad.Object) {
			continue
		}
		if v := c.qs.NameOf(ref); v != nil {
			c.unseen[quad.StringOf(v)] = v
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return c.ctx.Err()
}

func (c *checker) hasQuad(ref graph.Ref, d quad.Direction) bool {
	it := c.qs.QuadIterator(d, ref)
	defer it.Close()
	return it.Next(c.ctx)
}

// scan takes one quad of the pass over the store.
func (c *checker) scan(q quad.Quad) error {
	if len(c.unseen) > 0 {
		for _, v := range []quad.Value{q.Predicate, q.Label} {
			if v != nil {
				delete(c.unseen, quad.StringOf(v))
			}
		}
	}
	if err := c.collectForFacts(q); err != nil {
		return err
	}
	switch {
	case q.Label == metaLabel:
		switch {
		case q.Subject == metaStore && q.Predicate == metaSchemaVer:
			c.hasSchema = true
		case q.Subject == metaStore && q.Predicate == metaReplacing:
			c.report("replacing %s was interrupted: add the article again", q.Object)
		}
		return nil
	case q.Label == nil:
		c.report("unlabelled quad %s", q.NQuad())
		return nil
	}
	key := quad.StringOf(q.Label)
	lc := c.labels[key]
	if lc == nil {
		lc = &labelCount{label: q.Label}
		c.labels[key] = lc
	}
	lc.n++
	if q.Predicate == predType && q.Object == quad.String(articleType) {
		if q.Label == q.Subject {
			c.articles[key] = true
		} else {
			c.report("article node %s is typed under label %s", q.Subject, q.Label)
		}
	}
	return nil
}

// collectForFacts keeps what the fact checks need: the quads of fact nodes,
// sorted by node, and which entities are named under which label and which
// edges exist, to join with what the facts ask for.
func (c *checker) collectForFacts(q quad.Quad) error {
	if iri, ok := iriString(q.Subject); ok && strings.HasPrefix(iri, factPrefix) {
		b, err := pquads.MakeQuad(q).Marshal()
		if err != nil {
			return fmt.Errorf("encode %s: %w", q.NQuad(), err)
		}
		// Keyed by node, then label, so that a fact spread over labels
		// (a corruption) is judged under the same label on every backend.
		if err := c.facts.add(quad.StringOf(q.Subject)+"\x00"+quad.StringOf(q.Label), b); err != nil {
			return err
		}
	}
	switch p, _ := q.Predicate.(quad.IRI); {
	case p == predName:
		return c.have(nameJoin(q.Subject, q.Label))
	case p != "" && !modelPredicates[string(p)]:
		return c.have(edgeJoin(q))
	}
	return nil
}

// Join records: a base key, then 0 for "the store has it" or 1 for "a fact
// needs it" (so that the first record of a base tells whether it exists);
// the value holds the base's length, and for a need the problem to report.
func nameJoin(entity, label quad.Value) string {
	return "n" + quad.StringOf(entity) + "\x00" + quad.StringOf(label)
}

func edgeJoin(q quad.Quad) string { return "e" + quadKey(q) }

func (c *checker) have(base string) error {
	return c.joins.add(base+"\x000", binary.AppendUvarint(nil, uint64(len(base))))
}

func (c *checker) need(base, problem string) error {
	return c.joins.add(base+"\x001", append(binary.AppendUvarint(nil, uint64(len(base))), problem...))
}

// checkFacts reads the fact quads back one node at a time.
func (c *checker) checkFacts() error {
	var node string
	var qq []quad.Quad
	flush := func() error {
		if len(qq) == 0 {
			return nil
		}
		err := c.checkFact(qq[0].Subject, qq)
		qq = qq[:0]
		return err
	}
	err := c.facts.each(func(key string, val []byte) error {
		var pq pquads.Quad
		if err := pq.Unmarshal(val); err != nil {
			return fmt.Errorf("decode fact quad: %w", err)
		}
		subject, _, _ := strings.Cut(key, "\x00")
		if subject != node {
			if err := flush(); err != nil {
				return err
			}
			node = subject
		}
		qq = append(qq, pq.ToNative())
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// checkFact verifies one fact node, given all its quads sorted by label:
// each field once, and its source its label (the least of its quads'
// labels, normally the only one); its entities named and its edge present
// under that label become needs that checkJoins settles.
func (c *checker) checkFact(node quad.Value, qq []quad.Quad) error {
	fields := map[quad.IRI][]quad.Quad{}
	for _, q := range qq {
		if p, ok := q.Predicate.(quad.IRI); ok {
			fields[p] = append(fields[p], q)
		}
	}
	complete := true
	for _, f := range factFields {
		if n := len(fields[f]); n != 1 {
			c.report("fact %s has %d %s quads, want 1", node, n, f)
			complete = false
		}
	}
	if !complete {
		return nil
	}
	label := qq[0].Label
	if src := fields[predSource][0].Object; src != label {
		c.report("fact %s has source %s but label %s", node, src, label)
	}
	subj, obj := fields[predSubject][0].Object, fields[predObject][0].Object
	for _, e := range []quad.Value{subj, obj} {
		if err := c.need(nameJoin(e, label), fmt.Sprintf("fact %s names entity %s, which has no name in %s", node, e, label)); err != nil {
			return err
		}
	}
	edge := quad.Quad{Subject: subj, Predicate: quad.IRI(PredicateIRI(literalString(fields[predPredicate][0].Object))), Object: obj, Label: label}
	return c.need(edgeJoin(edge), fmt.Sprintf("fact %s has no edge %s", node, edge.NQuad()))
}

// checkJoins reports every need whose base the store does not have.
func (c *checker) checkJoins() error {
	var base string
	found := false
	return c.joins.each(func(key string, val []byte) error {
		n, size := binary.Uvarint(val)
		if size <= 0 || int(n) > len(key) {
			return fmt.Errorf("corrupt join record %q", key)
		}
		if b := key[:n]; b != base {
			base, found = b, false
		}
		switch key[len(key)-1] {
		case '0':
			found = true
		case '1':
			if !found {
				c.problems = append(c.problems, string(val[size:]))
			}
		}
		return nil
	})
}
