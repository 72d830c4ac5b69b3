package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// QueryOptions bound one Gizmo query.
type QueryOptions struct {
	Limit   int           // maximum results; 0 means the default (100)
	Timeout time.Duration // 0 means the default (30s)
}

// Query defaults.
const (
	DefaultQueryLimit   = 100
	DefaultQueryTimeout = 30 * time.Second
)

// ErrQueryTimeout is wrapped by the error of a query that ran out of time.
var ErrQueryTimeout = errors.New("query timed out")

// stopGrace bounds the wait for an interrupted query's JavaScript to end.
const stopGrace = 2 * time.Second

// Query runs one Gizmo query and returns its results as JSON-ready values:
// one map per path (tag -> value), IRIs as "<iri>", strings plain, numbers
// as numbers, and what g.Emit emitted as it was.
func (s *Store) Query(ctx context.Context, src string, opt QueryOptions) ([]any, error) {
	if opt.Limit <= 0 {
		opt.Limit = DefaultQueryLimit
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultQueryTimeout
	}
	var out []any
	err := s.read(func() error {
		var err error
		out, err = s.runGizmo(ctx, src, opt)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (s *Store) runGizmo(ctx context.Context, src string, opt QueryOptions) ([]any, error) {
	// A session cannot run a second query once an iterator closed (the goja
	// VM stays interrupted), so every query gets its own.
	sess := gizmo.NewSession(s.qs)
	it, err := sess.Execute(ctx, src, query.Options{Limit: opt.Limit, Collation: query.JSON})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	// Execute ignores its context: the deadline works through Next, which
	// interrupts the VM, so `while(true){}` ends too.
	qctx, cancel := context.WithTimeout(ctx, opt.Timeout)
	defer cancel()
	out := []any{}
	for len(out) < opt.Limit && it.Next(qctx) {
		// The value of the script's last expression comes as a nil row.
		if r := it.Result(); r != nil {
			out = append(out, r)
		}
	}
	err = it.Err()
	it.Close()
	// Wait for the script's goroutine, so it no longer reads the store once
	// the caller holds no lock.
	drain, stop := context.WithTimeout(context.Background(), stopGrace)
	for it.Next(drain) {
	}
	stop()
	switch {
	case err == nil:
		return out, nil
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil:
		return nil, fmt.Errorf("%w after %s", ErrQueryTimeout, opt.Timeout)
	case ctx.Err() != nil:
		return nil, ctx.Err()
	}
	return nil, fmt.Errorf("gizmo: %s", s.redactIfPostgres(err.Error()))
}

func (s *Store) redactIfPostgres(msg string) string {
	if s.cfg.Backend == BackendPostgres {
		return redactSecrets(msg)
	}
	return msg
}
