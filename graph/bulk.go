package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/graphq/graphq/extract"
)

// AddResults stores many articles' extractions with exactly the effect of
// calling AddResult on each in order, but in one write transaction (two on
// bolt when some article changes: all additions, then all removals; see
// apply). One transaction per article costs a bbolt commit and fsync each,
// which is most of AddResult's time on bolt; a batch of a few hundred
// articles loads several times faster.
//
// Each article's stored quads become exactly its new quads: only the
// difference is written, never a quad that already exists. When the batch
// holds the same source twice, the later result wins and the earlier one's
// stats say nothing was written. The returned stats are in the order of rs.
// A result that cannot be converted (no source) fails the whole batch
// before anything is written.
func (s *Store) AddResults(ctx context.Context, rs []extract.Result) ([]AddStats, error) {
	return s.addResults(ctx, rs, nil)
}

// addResults is AddResults that also notes, when entities is not nil, the
// entity nodes of the batch's articles.
func (s *Store) addResults(ctx context.Context, rs []extract.Result, entities map[quad.IRI]struct{}) ([]AddStats, error) {
	arts := make([]*articleQuads, len(rs))
	stats := make([]AddStats, len(rs))
	last := make(map[quad.IRI]int, len(rs))
	for i, r := range rs {
		a, err := buildArticleQuads(r)
		if err != nil {
			return nil, fmt.Errorf("store batch: result %d: %w", i, err)
		}
		arts[i] = a
		stats[i] = AddStats{Triples: a.facts, Entities: len(a.entities)}
		last[a.label] = i
	}
	err := s.write(func() error {
		pending, err := s.pendingArticles(ctx)
		if err != nil {
			return err
		}
		var adds, dels []graph.Delta
		for i, a := range arts {
			if last[a.label] != i {
				continue
			}
			add, del, err := s.diffLabel(ctx, a.label, a.quads)
			if err != nil {
				return fmt.Errorf("article %s: %w", rs[i].Article.Source, err)
			}
			stats[i].QuadsAdded, stats[i].QuadsRemoved = len(add), len(del)
			if s.cfg.Backend == BackendBolt {
				add, del = bracketPending(a.label, add, del, pending[a.label])
			}
			adds = append(adds, add...)
			dels = append(dels, del...)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		return s.applyBatch(adds, dels)
	})
	if err != nil {
		return stats, fmt.Errorf("store batch of %d articles: %w", len(rs), err)
	}
	if entities != nil {
		for _, a := range arts {
			for iri := range a.entities {
				entities[iri] = struct{}{}
			}
		}
	}
	return stats, nil
}

// diffLabel compares the quads stored under label with want and returns
// the deltas that make them equal, in a deterministic order.
func (s *Store) diffLabel(ctx context.Context, label quad.IRI, want map[string]quad.Quad) (adds, dels []graph.Delta, err error) {
	old, err := quadsWith(ctx, s.qs, quad.Label, label)
	if err != nil {
		return nil, nil, s.wrap("read old quads", err)
	}
	have := make(map[string]quad.Quad, len(old))
	for _, q := range old {
		have[quadKey(q)] = q
	}
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
	return adds, dels, nil
}

// pendingArticles are the articles whose bolt replacement was interrupted
// between its two transactions (nil on other backends).
func (s *Store) pendingArticles(ctx context.Context) (map[quad.Value]bool, error) {
	if s.cfg.Backend != BackendBolt {
		return nil, nil
	}
	markers, err := quadsWith(ctx, s.qs, quad.Subject, metaStore)
	if err != nil {
		return nil, s.wrap("read old quads", err)
	}
	pending := map[quad.Value]bool{}
	for _, q := range markers {
		if q.Predicate == metaReplacing && q.Label == metaLabel {
			pending[q.Object] = true
		}
	}
	return pending, nil
}

// bracketPending adds the pending marker of a bolt two-phase replacement:
// written with the additions, removed with the removals, so Check reports
// an article whose removals never ran. A marker left by an interrupted
// replacement is removed too.
func bracketPending(label quad.IRI, adds, dels []graph.Delta, pending bool) ([]graph.Delta, []graph.Delta) {
	marker := pendingQuad(label)
	twoPhase := len(adds) > 0 && len(dels) > 0
	if twoPhase && !pending {
		adds = append(adds, graph.Delta{Quad: marker, Action: graph.Add})
	}
	if twoPhase || pending {
		dels = append(dels, graph.Delta{Quad: marker, Action: graph.Delete})
	}
	return adds, dels
}

// applyBatch writes additions and removals with strict options (see
// apply): on bolt additions first, each in its own transaction.
func (s *Store) applyBatch(adds, dels []graph.Delta) error {
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
	if err := write("add", adds); err != nil {
		return err
	}
	return write("remove", dels)
}
