package graph

import (
	"context"
	"fmt"
	"sort"

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
	adds, dels, err := s.diffLabel(ctx, label, want)
	if err != nil {
		return 0, 0, err
	}
	// A bolt replacement interrupted between its two transactions left a
	// marker; this replacement completes the article and clears it.
	pending, err := s.pendingArticles(ctx)
	if err != nil {
		return 0, 0, err
	}
	if len(adds)+len(dels) == 0 && !pending[label] {
		return 0, 0, nil
	}
	if err := ctx.Err(); err != nil {
		return 0, 0, err
	}
	added, removed = len(adds), len(dels)
	if s.cfg.Backend == BackendBolt {
		adds, dels = bracketPending(label, adds, dels, pending[label])
	}
	if err := s.applyBatch(adds, dels); err != nil {
		return 0, 0, err
	}
	return added, removed, nil
}

// applyBatch (bulk.go) writes the changes with strict options: a quad that
// unexpectedly exists or is missing means another writer changed the
// article meanwhile, and the transaction is rolled back rather than applied
// half.
//
// Cayley's KV store (bolt) mishandles a batch that both adds and deletes:
// a new quad that mentions a node whose reference count drops overall is
// stored without that node. There the change goes in two transactions, the
// additions first, bracketed by a pending marker (bracketPending) that Check
// reports if the second never ran. memstore and PostgreSQL take it in one.

func sortedKeys(m map[string]quad.Quad) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
