package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// startFreshLoad returns a freshLoader when the build may write the store
// from scratch: a bolt store holding nothing but its schema quad, so that
// replacing its file loses nothing. Otherwise it returns nil, and the
// build goes through Cayley's writer.
func (s *Store) startFreshLoad(ctx context.Context, opt BuildOptions) (*freshLoader, error) {
	if opt.NoBulkLoad || s.cfg.Backend != BackendBolt || s.cfg.ReadOnly || s.bolt == nil {
		return nil, nil
	}
	n, err := s.quadTotal(ctx)
	if err != nil {
		return nil, fmt.Errorf("count store before build: %w", err)
	}
	if n != 1 {
		return nil, nil
	}
	l, err := newFreshLoader(s.cfg.Path)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", s.where, err)
	}
	return l, nil
}

// writeFresh stores a batch through the fresh load. An article it cannot
// take (see freshLoader.add) ends the load, and the rest of the build,
// that article on, goes through Cayley's writer.
func (w *buildWriter) writeFresh(ctx context.Context, items []buildItem) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build cancelled after %d articles: %w", w.sum.Articles, err)
	}
	for i, item := range items {
		if item.problem != nil || item.unchanged {
			w.count(item, 0)
			continue
		}
		fa, err := item.fresh, item.freshErr
		if fa == nil && err == nil {
			fa, err = prepareFresh(item.result)
		}
		if err != nil {
			return fmt.Errorf("store article %s: %w", item.result.Article.Source, err)
		}
		err = w.fresh.add(fa)
		if errors.Is(err, errFreshFallback) {
			if err := w.installFresh(); err != nil {
				return err
			}
			return w.writeBatch(ctx, items[i:])
		}
		if err != nil {
			return fmt.Errorf("store article %s: %w", item.result.Article.Source, err)
		}
		for _, e := range fa.entities {
			w.entities[e] = struct{}{}
		}
		w.sum.BulkLoaded++
		w.count(item, fa.facts)
	}
	return nil
}

// endFresh finishes a fresh load still running when the writer stopped
// with err: what it holds is installed when the build completed or was
// cancelled, and discarded after a failure, which then stored nothing.
func (w *buildWriter) endFresh(ctx context.Context, err error) error {
	if w.fresh == nil {
		return err
	}
	if err != nil && !(ctx.Err() != nil && errors.Is(err, ctx.Err())) {
		w.fresh.abort()
		w.fresh = nil
		w.forgetFresh()
		return err
	}
	if ierr := w.installFresh(); ierr != nil {
		return ierr
	}
	return err
}

// installFresh completes the fresh load and puts its file in place of the
// store's.
func (w *buildWriter) installFresh() error {
	l := w.fresh
	w.fresh = nil
	w.freshActive.Store(false)
	w.report("", true)
	if err := l.finish(); err != nil {
		l.abort()
		w.forgetFresh()
		return fmt.Errorf("store %s: %w", w.s.where, err)
	}
	return w.s.replaceBoltFile(l.path)
}

// forgetFresh takes back the counts of a fresh load that was discarded.
func (w *buildWriter) forgetFresh() {
	w.sum.Articles, w.sum.Triples, w.sum.BulkLoaded = 0, 0, 0
	clear(w.entities)
}

// replaceBoltFile closes the store, renames file over its bbolt file and
// opens it again. The rename is atomic: the store is the old file or the
// new one, whatever happens.
func (s *Store) replaceBoltFile(file string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		os.Remove(file)
		return ErrClosed
	}
	noSync := s.bolt.NoSync
	if err := s.qs.Close(); err != nil {
		s.closed = true
		os.Remove(file)
		return fmt.Errorf("close store %s for its new file: %w", s.where, err)
	}
	renameErr := os.Rename(file, filepath.Join(s.cfg.Path, BoltFile))
	if renameErr == nil {
		renameErr = syncDir(s.cfg.Path)
	} else {
		os.Remove(file)
	}
	qs, db, err := openBolt(s.cfg.Path, false)
	if err != nil {
		s.closed = true
		return fmt.Errorf("reopen store after load: %w", err)
	}
	s.qs, s.bolt = qs, db
	s.bolt.NoSync = noSync
	if renameErr != nil {
		return fmt.Errorf("store %s: install loaded file: %w", s.where, renameErr)
	}
	return nil
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
