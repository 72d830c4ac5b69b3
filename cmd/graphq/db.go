package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"regexp"
	"strings"

	"github.com/graphq/graphq/graph"
)

const defaultDB = "./graphq.db"

// dbFlag registers --db; $GRAPHQ_DB overrides the built-in default.
func dbFlag(fs *flag.FlagSet, e *env) *string {
	def := defaultDB
	if e.getenv != nil {
		if v := e.getenv("GRAPHQ_DB"); v != "" {
			def = v
		}
	}
	return fs.String("db", def, "store `location`: bolt directory, postgres://… DSN or :memory: (env GRAPHQ_DB)")
}

// errNoStore says a read-only command was pointed at a store that does not
// exist; opening it would silently create an empty one.
var errNoStore = errors.New("no store")

// openStore opens the store at loc. Commands that only read pass
// forReading: the store must exist, so that a typo in --db is reported
// instead of creating an empty store and answering nothing, and it is
// opened read-only, so that several readers (a REPL, an export, a check)
// can share it.
func openStore(ctx context.Context, loc string, forReading bool) (*graph.Store, error) {
	cfg := graph.ParseLocation(loc)
	cfg.ReadOnly = forReading
	if forReading && cfg.Backend == "bolt" {
		if _, err := os.Stat(cfg.Path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w at %s; run graphq build first", errNoStore, redact(loc))
		}
	}
	s, err := graph.Open(ctx, cfg)
	if err != nil {
		// The store's own message may echo the location: redact it too.
		return nil, fmt.Errorf("open store %s: %s", redact(loc), redactIn(err.Error(), loc))
	}
	return s, nil
}

// keywordPassword matches password=… in a key/value PostgreSQL DSN.
var keywordPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('[^']*'|\S+)`)

// redact hides the password of a PostgreSQL DSN so it can be printed.
func redact(loc string) string {
	if u, err := url.Parse(loc); err == nil && u.User != nil {
		if _, has := u.User.Password(); has {
			return u.Redacted()
		}
	}
	return keywordPassword.ReplaceAllString(loc, "${1}xxxxx")
}

// redactIn replaces the raw location and its password wherever msg repeats
// them.
func redactIn(msg, loc string) string {
	safe := redact(loc)
	if safe == loc {
		return msg
	}
	msg = strings.ReplaceAll(msg, loc, safe)
	if u, err := url.Parse(loc); err == nil && u.User != nil {
		if pw, has := u.User.Password(); has && pw != "" {
			msg = strings.ReplaceAll(msg, pw, "xxxxx")
		}
	}
	if m := keywordPassword.FindStringSubmatch(loc); m != nil {
		msg = strings.ReplaceAll(msg, strings.Trim(m[2], "'"), "xxxxx")
	}
	return msg
}

// closeStore closes s and reports a failure, which matters after writes.
func closeStore(e *env, s *graph.Store, code int) int {
	if err := s.Close(); err != nil {
		errorf(e, "close store: %v", err)
		if code == exitOK {
			return exitFail
		}
	}
	return code
}

// memoryFlag registers --memory for the commands that only read.
func memoryFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("memory", false, "load the store into memory first: faster for wide queries on a store that fits in RAM")
}

// openReadStore opens the store at loc for reading, copied into memory when
// inMemory is set (the on-disk store is closed again at once, so other
// processes may use it while the copy answers).
func openReadStore(ctx context.Context, loc string, inMemory bool) (*graph.Store, error) {
	s, err := openStore(ctx, loc, true)
	if err != nil || !inMemory {
		return s, err
	}
	mem, err := s.InMemory(ctx)
	if cerr := s.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("%s", redactIn(err.Error(), loc))
	}
	return mem, nil
}
