package graph

// TEMPORARY contract stub: the graph package owner replaces this file.

import (
	"context"
	"errors"
	"io"
	"time"

	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/graph/diagram"
)

var errTODO = errors.New("graph: not implemented yet")

// Config says which store to open.
type Config struct {
	Backend  string // "bolt" (default), "memory", "postgres"
	Path     string // bolt: directory (default ./graphq.db); postgres: DSN
	ReadOnly bool
}

// ParseLocation turns a --db value into a Config: "postgres://…" or
// "postgresql://…" is PostgreSQL, ":memory:" is in-memory, anything else a
// bolt directory.
func ParseLocation(s string) Config { return Config{Backend: "bolt", Path: s} }

// Store is a graphq knowledge graph in a Cayley quad store.
type Store struct{}

// Open opens (creating on first use) the store cfg names.
func Open(ctx context.Context, cfg Config) (*Store, error) { return nil, errTODO }

// Close releases the store.
func (s *Store) Close() error { return errTODO }

// AddStats says what AddResult changed.
type AddStats struct {
	Triples, Entities, QuadsAdded, QuadsRemoved int
}

// AddResult stores one article's extraction, replacing whatever the store
// held for the same article source.
func (s *Store) AddResult(ctx context.Context, r extract.Result) (AddStats, error) {
	return AddStats{}, errTODO
}

// RemoveArticle deletes every quad of one article.
func (s *Store) RemoveArticle(ctx context.Context, source string) error { return errTODO }

// Stats counts what the store holds.
type Stats struct {
	Articles, Entities, Triples, Quads int
}

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (Stats, error) { return Stats{}, errTODO }

// QueryOptions bound one Gizmo query.
type QueryOptions struct {
	Limit   int           // maximum results; 0 means the default (100)
	Timeout time.Duration // 0 means the default (30s)
}

// Query runs one Gizmo query and returns its results as JSON-ready values.
func (s *Store) Query(ctx context.Context, gizmo string, opt QueryOptions) ([]any, error) {
	return nil, errTODO
}

// Export writes the whole graph; format is "nquads".
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error { return errTODO }

// Subgraph reads the entities and core-predicate edges of the store (of one
// article when source is not empty) as a diagram model.
func (s *Store) Subgraph(ctx context.Context, source string) (*diagram.Graph, error) {
	return nil, errTODO
}

// EntityInfo is one entity as the store knows it.
type EntityInfo struct {
	IRI     string // e.g. "person:Ketut_Suiasa" (without angle brackets)
	Name    string
	Type    string
	Aliases []string
}

// Lookup finds entities whose name or any alias equals name,
// case-insensitively.
func (s *Store) Lookup(ctx context.Context, name string) ([]EntityInfo, error) {
	return nil, errTODO
}

// Fact is one stored triple with its provenance.
type Fact struct {
	Subject, Predicate, Object EntityInfo
	Source                     string // article source
	Sentence                   string
	Start, End                 int
	Confidence                 float64
	Rule                       string
}

// Facts returns every fact whose subject or object is the entity iri.
func (s *Store) Facts(ctx context.Context, iri string) ([]Fact, error) {
	return nil, errTODO
}

// Check verifies the store's consistency (quads, node references, article
// bookkeeping) and returns the problems found.
func (s *Store) Check(ctx context.Context) ([]string, error) { return nil, errTODO }
