package graph

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"
	bolt "github.com/coreos/bbolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"

	// Registration side effects: graph/kv/all registers bbolt, bolt, btree
	// and leveldb (graph/kv alone registers nothing under Go >= 1.21 init
	// order), so Cayley tools and graph.QuadStores() see them too.
	_ "github.com/cayleygraph/cayley/graph/kv/all"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
)

// BoltFile is the bbolt database file inside a bolt store's directory.
const BoltFile = "graphq.bbolt"

// boltLockTimeout bounds the wait for another process's lock: bbolt's own
// "bolt" backend waits forever.
const boltLockTimeout = time.Second

// kvOptions turn off the bloom filters Cayley sizes for 100M nodes
// (hundreds of MB); the option is type strict, so a bool.
var kvOptions = graph.Options{kv.OptNoBloom: true}

// openBolt opens Cayley's KV quad store over a bbolt file of our own opening,
// because the registered "bbolt" backend cannot open read-only.
func openBolt(dir string, readOnly bool) (graph.QuadStore, *bolt.DB, error) {
	file := filepath.Join(dir, BoltFile)
	if readOnly {
		if _, err := os.Stat(file); err != nil {
			return nil, nil, fmt.Errorf("store %s: %w", dir, err)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, fmt.Errorf("create store %s: %w", dir, err)
	}
	db, err := hbolt.Open(file, &bolt.Options{Timeout: boltLockTimeout, ReadOnly: readOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, fmt.Errorf("store %s is %w", dir, ErrInUse)
	} else if err != nil {
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	if !readOnly {
		// Holding the lock, this writer owns what a killed fresh load left.
		if err := os.Remove(filepath.Join(dir, freshLoadFile)); err != nil && !errors.Is(err, os.ErrNotExist) {
			db.Close()
			return nil, nil, fmt.Errorf("store %s: remove unfinished load: %w", dir, err)
		}
		err := kv.Init(db, kvOptions)
		if err == nil {
			err = addLabelIndex(db)
		}
		if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			db.Close()
			return nil, nil, fmt.Errorf("initialise store %s: %w", dir, err)
		}
	}
	qs, err := kv.New(db, kvOptions)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	indexes, err := storedIndexes(db)
	if err != nil {
		// A store from before index lists were stored: Cayley's legacy list.
		indexes = nil
	}
	return newPlannedKV(qs, db.DB(), indexes), db.DB(), nil
}

func openMemory() (graph.QuadStore, error) {
	return memstore.New(), nil
}

// openPostgres opens Cayley's SQL quad store. Every error is redacted:
// lib/pq and Cayley may repeat the DSN, password included.
func openPostgres(dsn string, readOnly bool) (graph.QuadStore, error) {
	registerSecrets(dsn)
	if !readOnly {
		err := graph.InitQuadStore(BackendPostgres, dsn, nil)
		if err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			return nil, postgresError(dsn, "initialise", err)
		}
	}
	qs, err := graph.NewQuadStore(BackendPostgres, dsn, nil)
	if err != nil {
		return nil, postgresError(dsn, "open", err)
	}
	return qs, nil
}

func postgresError(dsn, what string, err error) error {
	msg := redactSecrets(err.Error())
	hint := ""
	if containsFold(msg, "SSL is not enabled") {
		hint = " (add sslmode=disable to the DSN for a server without TLS)"
	}
	return fmt.Errorf("%s store %s: %s%s", what, redactDSN(dsn), msg, hint)
}
