package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/memstore"
)

// InMemory copies the whole store into a new read-only in-memory Store (Cayley's
// memstore) and returns it; s stays open and unchanged.
//
// It is a read path for query and the REPL: on bolt, Cayley's KV iterators
// answer selective Gizmo queries slowly (every step is a bbolt lookup plus
// a protobuf decode), while memstore answers the same queries one to two
// orders of magnitude faster (bench/README.md has the figures). The price is
// memory, about 0.5 KB of heap per quad, and the copy's load time (10 s
// for 1M quads); writes to s after
// the copy are not seen by it.
func (s *Store) InMemory(ctx context.Context) (*Store, error) {
	var mem *memstore.QuadStore
	err := s.read(func() error {
		all, err := allQuads(ctx, s.qs)
		if err != nil {
			return s.wrap("read quads", err)
		}
		mem = memstore.New(all...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load store %s into memory: %w", s.where, err)
	}
	return &Store{
		cfg:   Config{Backend: BackendMemory, ReadOnly: true},
		where: s.where + " (in memory)",
		qs:    mem,
		// Read-only, so no writer can race a reader; memstore readers alone
		// may share it.
		exclusiveReads: false,
	}, nil
}
