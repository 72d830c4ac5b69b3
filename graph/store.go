package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	bolt "github.com/coreos/bbolt"

	"github.com/cayleygraph/cayley/graph"
)

// Config says which store to open.
type Config struct {
	Backend  string // "bolt" (default), "memory", "postgres"
	Path     string // bolt: directory (default ./graphq.db); postgres: DSN
	ReadOnly bool
}

// Backend names accepted in Config.Backend.
const (
	BackendBolt     = "bolt"
	BackendMemory   = "memory"
	BackendPostgres = "postgres"
)

// DefaultBoltPath is the bolt directory used when Config.Path is empty.
const DefaultBoltPath = "graphq.db"

// ParseLocation turns a --db value into a Config: "postgres://…" or
// "postgresql://…" is PostgreSQL, ":memory:" is in-memory, anything else a
// bolt directory.
func ParseLocation(s string) Config {
	lower := strings.ToLower(s)
	switch {
	case strings.HasPrefix(lower, "postgres://"), strings.HasPrefix(lower, "postgresql://"):
		return Config{Backend: BackendPostgres, Path: s}
	case s == ":memory:":
		return Config{Backend: BackendMemory}
	case s == "":
		return Config{Backend: BackendBolt, Path: DefaultBoltPath}
	}
	return Config{Backend: BackendBolt, Path: s}
}

// Errors callers may test with errors.Is.
var (
	// ErrReadOnly is returned by writes to a store opened with ReadOnly.
	ErrReadOnly = errors.New("store is read-only")
	// ErrClosed is returned by every method of a closed Store.
	ErrClosed = errors.New("store is closed")
	// ErrInUse says another process holds the bolt store's lock.
	ErrInUse = errors.New("in use by another process")
)

// Store is a graphq knowledge graph in a Cayley quad store. Its methods are
// safe for concurrent use.
type Store struct {
	cfg   Config
	where string // the store's name for messages, password redacted
	qs    graph.QuadStore

	// mu serialises writers (AddResult reads then writes, which must not
	// interleave) and Close; memstore needs it for readers too.
	mu     sync.RWMutex
	closed bool
	// exclusiveReads is set for memstore, which races even between a
	// reader and a writer.
	exclusiveReads bool
	// bolt is the bbolt file under a bolt store, for bulk mode (see bulkSync).
	bolt *bolt.DB
}

// Open opens (creating on first use, unless cfg.ReadOnly) the store cfg
// names. A store written by a newer graphq is refused.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.Backend == "" {
		cfg.Backend = BackendBolt
	}
	s := &Store{cfg: cfg}
	var err error
	switch cfg.Backend {
	case BackendBolt:
		if s.cfg.Path == "" {
			s.cfg.Path = DefaultBoltPath
		}
		s.where = s.cfg.Path
		s.qs, s.bolt, err = openBolt(s.cfg.Path, cfg.ReadOnly)
	case BackendMemory:
		s.where = ":memory:"
		s.exclusiveReads = true
		s.qs, err = openMemory()
	case BackendPostgres:
		s.where = redactDSN(cfg.Path)
		s.qs, err = openPostgres(cfg.Path, cfg.ReadOnly)
	default:
		return nil, fmt.Errorf("unknown store backend %q (want bolt, memory or postgres)", cfg.Backend)
	}
	if err != nil {
		return nil, err
	}
	if err := s.checkSchema(ctx); err != nil {
		s.qs.Close()
		return nil, err
	}
	return s, nil
}

// OpenMemory opens an empty in-memory store.
func OpenMemory() (*Store, error) {
	return Open(context.Background(), Config{Backend: BackendMemory})
}

// Close releases the store. Closing twice is not an error.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("close store %s: %s", s.where, redactSecrets(err.Error()))
	}
	return nil
}

// String names the store (a PostgreSQL password is redacted).
func (s *Store) String() string { return s.cfg.Backend + ":" + s.where }

// read runs fn under the lock readers need.
func (s *Store) read(fn func() error) error {
	if s.exclusiveReads {
		s.mu.Lock()
		defer s.mu.Unlock()
	} else {
		s.mu.RLock()
		defer s.mu.RUnlock()
	}
	if s.closed {
		return ErrClosed
	}
	return fn()
}

// write runs fn under the writers' lock.
func (s *Store) write(fn func() error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	if s.cfg.ReadOnly {
		return fmt.Errorf("store %s: %w", s.where, ErrReadOnly)
	}
	return fn()
}

// wrap adds context to a backend error; PostgreSQL errors are flattened and
// redacted, since lib/pq and Cayley may quote the DSN.
func (s *Store) wrap(what string, err error) error {
	if err == nil {
		return nil
	}
	if s.cfg.Backend == BackendPostgres {
		return fmt.Errorf("%s: %s", what, redactSecrets(err.Error()))
	}
	return fmt.Errorf("%s: %w", what, err)
}
