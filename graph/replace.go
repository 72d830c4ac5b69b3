package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/graphq/graphq/extract"
)

// AddStats says what AddResult changed.
type AddStats struct {
	Triples, Entities, QuadsAdded, QuadsRemoved int
}

// AddResult stores one article's extraction, replacing whatever the store
// held for the same article source. Only the difference is written, in one
// transaction (two on bolt: see apply): adding the same result twice changes
// nothing, and a changed result leaves no quad or node of the old one behind.
func (s *Store) AddResult(ctx context.Context, r extract.Result) (AddStats, error) {
	a, err := buildArticleQuads(r)
	if err != nil {
		return AddStats{}, err
	}
	st := AddStats{Triples: a.facts, Entities: len(a.entities)}
	err = s.write(func() error {
		added, removed, err := s.replaceLabel(ctx, a.label, a.quads)
		st.QuadsAdded, st.QuadsRemoved = added, removed
		return err
	})
	if err != nil {
		return st, fmt.Errorf("store article %s: %w", r.Article.Source, err)
	}
	return st, nil
}

// RemoveArticle deletes every quad of one article. Removing an article the
// store does not hold is not an error.
func (s *Store) RemoveArticle(ctx context.Context, source string) error {
	err := s.write(func() error {
		_, _, err := s.replaceLabel(ctx, quad.IRI(ArticleIRI(source)), nil)
		return err
	})
	if err != nil {
		return fmt.Errorf("remove article %s: %w", source, err)
	}
	return nil
}

// replaceLabel makes the quads labelled label exactly want. Quads already
// stored are never written again: on bolt and postgres that would raise
// node reference counts and leave ghost nodes after a later delete.
func (s *Store) replaceLabel(ctx context.Context, label quad.IRI, want map[string]quad.Quad) (added, removed int, err error) {
	old, err := quadsWith(ctx, s.qs, quad.Label, label)
	if err != nil {
		return 0, 0, s.wrap("read old quads", err)
	}
	have := make(map[string]quad.Quad, len(old))
	for _, q := range old {
		have[quadKey(q)] = q
	}
	var adds, dels []graph.Delta
	for _, k := range sortedKeys(have) {
		if _, keep := want[k]; !keep {
			dels = append(dels, graph.Delta{Quad: have[k], Action: graph.Delete})
		}
	}
	for _, k := range sortedKeys(want) {
		if _, exists := have[k]; !exists {
			adds = append(adds, graph.Delta{Quad: want[k], Action: graph.Add})
		}
	}
	// A bolt replacement interrupted between its two transactions left a
	// marker; this replacement completes the article and clears it.
	pending := false
	if s.cfg.Backend == BackendBolt {
		markers, err := quadsWith(ctx, s.qs, quad.Subject, metaStore)
		if err != nil {
			return 0, 0, s.wrap("read old quads", err)
		}
		for _, q := range markers {
			pending = pending || quadKey(q) == quadKey(pendingQuad(label))
		}
	}
	if len(adds)+len(dels) == 0 && !pending {
		return 0, 0, nil
	}
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	if err := s.apply(label, adds, dels, pending); err != nil {
		return 0, 0, err
	}
	return len(adds), len(dels), nil
}

// apply writes one article's changes. Strict options: a quad that
// unexpectedly exists or is missing means another writer changed the
// article meanwhile, and the transaction is rolled back rather than applied
// half.
//
// Cayley's KV store (bolt) mishandles a batch that both adds and deletes:
// a new quad that mentions a node whose reference count drops overall is
// stored without that node. There the change goes in two transactions, the
// additions first, bracketed by a pending marker that Check reports if the
// second never ran. memstore and PostgreSQL take it in one.
func (s *Store) apply(label quad.IRI, adds, dels []graph.Delta, pending bool) error {
	write := func(what string, deltas []graph.Delta) error {
		if len(deltas) == 0 {
			return nil
		}
		if err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{}); err != nil {
			return s.wrap(fmt.Sprintf("%s %d quads", what, len(deltas)), err)
		}
		return nil
	}
	if s.cfg.Backend != BackendBolt {
		return write("write", append(dels, adds...))
	}
	marker := pendingQuad(label)
	twoPhase := len(adds) > 0 && len(dels) > 0
	if twoPhase && !pending {
		adds = append(adds, graph.Delta{Quad: marker, Action: graph.Add})
	}
	if twoPhase || pending {
		dels = append(dels, graph.Delta{Quad: marker, Action: graph.Delete})
	}
	if err := write("add", adds); err != nil {
		return err
	}
	return write("remove", dels)
}

func sortedKeys(m map[string]quad.Quad) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
