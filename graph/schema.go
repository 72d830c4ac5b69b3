package graph

import (
	"context"
	"fmt"
	"strconv"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// SchemaVersion is the quad model version this code writes and reads.
// Raise it when the model changes in a way old code would misread.
const SchemaVersion = 1

var (
	metaLabel     = quad.IRI("graphq:meta")
	metaStore     = quad.IRI("graphq:store")
	metaSchemaVer = quad.IRI("graphq:schemaVersion")
	// metaReplacing marks an article whose replacement is under way (see
	// Store.apply).
	metaReplacing = quad.IRI("graphq:replacing")
)

func pendingQuad(article quad.IRI) quad.Quad {
	return quad.Quad{Subject: metaStore, Predicate: metaReplacing, Object: article, Label: metaLabel}
}

func schemaQuad(version int) quad.Quad {
	return quad.Quad{Subject: metaStore, Predicate: metaSchemaVer, Object: quad.String(strconv.Itoa(version)), Label: metaLabel}
}

// storedSchemaVersion reads the version quad; 0 means none.
func storedSchemaVersion(ctx context.Context, qs graph.QuadStore) (int, error) {
	qq, err := quadsWith(ctx, qs, quad.Subject, metaStore)
	if err != nil {
		return 0, err
	}
	version := 0
	for _, q := range qq {
		if q.Predicate != metaSchemaVer {
			continue
		}
		v, err := strconv.Atoi(literalString(q.Object))
		if err != nil {
			return 0, fmt.Errorf("unreadable schema version %s", q.Object)
		}
		version = max(version, v)
	}
	return version, nil
}

// checkSchema refuses a store from a newer graphq before anything is
// written, and stamps a new store with this code's version.
func (s *Store) checkSchema(ctx context.Context) error {
	version, err := storedSchemaVersion(ctx, s.qs)
	if err != nil {
		return s.wrap("store "+s.where+": read schema version", err)
	}
	switch {
	case version > SchemaVersion:
		return fmt.Errorf("store %s has schema version %d, newer than this graphq's version %d: use a newer graphq", s.where, version, SchemaVersion)
	case version == 0 && !s.cfg.ReadOnly:
		err := s.qs.ApplyDeltas([]graph.Delta{{Quad: schemaQuad(SchemaVersion), Action: graph.Add}}, graph.IgnoreOpts{})
		if err != nil {
			return s.wrap("store "+s.where+": write schema version", err)
		}
	}
	return nil
}
