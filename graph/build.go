package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/extract/input"
)

// BuildOptions tune Build.
type BuildOptions struct {
	// Workers is the number of extraction goroutines; 0 means runtime.NumCPU().
	Workers int
	// Progress, when not nil, is called from the writer goroutine after each
	// article is stored or skipped; it must return quickly.
	Progress func(BuildProgress)
	// KeepGoing is for callers deciding an exit status: Build always loads
	// the good files past a bad one.
	KeepGoing bool
	// SkipUnchanged skips, without extracting, every article whose
	// ContentHash equals the one stored: a build resumed after a crash or
	// Ctrl-C redoes only what is missing. Leave it off after the extractor
	// changed, since the hash covers the input, not the rules.
	SkipUnchanged bool
	// BatchSize caps how many articles one store transaction writes (see
	// AddResults); 0 means DefaultBuildBatch. Smaller batches lose less work
	// to a crash, larger ones load faster. On bolt the writer goes below the
	// cap when transactions touch too much of a large store (see
	// MappedBudget), so that memory stays bounded as the store grows.
	BatchSize int
	// MappedBudget caps, in bytes, how much of the bolt file a build keeps
	// resident (see DefaultMappedBudget); 0 means DefaultMappedBudget, and a
	// negative value means no cap: full batches and no releases, faster on
	// a large store (7.5 against 13.6 minutes for 100,000 articles) but with
	// an RSS that grows with the store.
	MappedBudget int64
	// NoBulkLoad writes a first build through Cayley's writer, batch by
	// batch, like any later build. By default a build into a bolt store
	// that holds no article yet writes a new file in one pass (see
	// freshLoader), several times faster on a large corpus; but a build
	// killed before the end then leaves the store empty, where the
	// incremental writer keeps every batch it committed for --resume.
	NoBulkLoad bool
}

// DefaultBuildBatch is the default BuildOptions.BatchSize. On 20,000
// generated articles (5M quads) into bolt, batches of 256 spend a third
// less CPU in bbolt's commits than batches of 64 (14 s against 22 s); 1,024
// saves little more (9 s) for 400 MB more peak memory.
const DefaultBuildBatch = 256

// BuildProgress is the running count Build reports after each article.
type BuildProgress struct {
	Articles, Skipped, Unchanged, Triples int
	// Source is the article just stored, or the file just skipped.
	Source  string
	Elapsed time.Duration
	// BytesRead is how much of the input the reader has consumed (of a .gz
	// file, its compressed bytes), and BytesTotal the size of all of it, or
	// 0 while it is measured or when it is unknown (standard input): their
	// ratio is the share of the build done. See input.Meter.
	BytesRead, BytesTotal int64
	// Indexing is set in the report sent when a first build's bulk load
	// has taken every article it will and starts writing its indexes, the
	// last part of its work (about a tenth on a large corpus); the next
	// report, if any, comes after.
	Indexing bool
}

// BuildSummary says what Build did. Articles, Triples and Entities count
// what this build stored (Entities: the distinct entities of those
// articles); Quads counts the whole store at the end. So building the same
// corpus twice gives the same numbers, and no count needs a pass over the
// store, which would take longer than a small build on a large store.
type BuildSummary struct {
	// Articles counts the articles stored; Unchanged those SkipUnchanged
	// left as they were; Skipped the inputs that were not articles.
	Articles, Skipped, Unchanged, Triples, Entities, Quads int
	// BulkLoaded counts the articles, among Articles, that a first build
	// wrote in one pass into a new file (see BuildOptions.NoBulkLoad).
	BulkLoaded int
	// Problems name the inputs that were skipped and why, ordered by file.
	Problems []input.Problem
	Elapsed  time.Duration
}

// AddArticle extracts one article with x (a new extractor when x is nil)
// and stores the result, replacing what the store held for its source.
func (s *Store) AddArticle(ctx context.Context, x *extract.Extractor, a extract.Article) (AddStats, error) {
	if x == nil {
		var err error
		if x, err = extract.New(); err != nil {
			return AddStats{}, fmt.Errorf("load extractor: %w", err)
		}
	}
	st, err := s.AddResult(ctx, x.Extract(a))
	if err != nil {
		return st, fmt.Errorf("store article %s: %w", a.Source, err)
	}
	return st, nil
}

// buildItem travels from the walker through the extractors to the writer:
// a result to store, a problem, or an article left unchanged.
type buildItem struct {
	result    extract.Result
	problem   *input.Problem
	unchanged bool
	// fresh is the result made ready for a fresh load, while one runs.
	fresh    *freshArticle
	freshErr error
}

// Build reads every article under paths (files, directories, .gz, .jsonl;
// see input.Walk), extracts them on opt.Workers goroutines and stores them
// through a single writer, since the quad store serialises writes anyway.
// The writer stores what is ready in one AddResults transaction of at most
// opt.BatchSize articles, so a fast extraction is not held back by one
// commit per article. Channels and batches are bounded, so memory does not
// grow with the corpus. Inputs that
// are not articles are skipped and listed in the summary's Problems. A store
// error or a cancelled ctx stops the build and is returned with the summary
// of what was stored until then.
func (s *Store) Build(ctx context.Context, paths []string, opt BuildOptions) (BuildSummary, error) {
	finish := s.bulkSync()
	sum, err := s.build(ctx, paths, opt)
	if ferr := finish(); err == nil && ferr != nil {
		err = ferr
	}
	return sum, err
}

func (s *Store) build(ctx context.Context, paths []string, opt BuildOptions) (BuildSummary, error) {
	start := time.Now()
	var sum BuildSummary
	x, err := extract.New()
	if err != nil {
		return sum, fmt.Errorf("load extractor: %w", err)
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	batch := opt.BatchSize
	if batch <= 0 {
		batch = DefaultBuildBatch
	}
	budget := opt.MappedBudget
	if budget == 0 {
		budget = DefaultMappedBudget
	}
	var stored map[string]string
	if opt.SkipUnchanged {
		if stored, err = s.ArticleHashes(ctx); err != nil {
			return sum, fmt.Errorf("read stored article hashes: %w", err)
		}
	}

	fresh, err := s.startFreshLoad(ctx, opt)
	if err != nil {
		return sum, err
	}
	var freshActive atomic.Bool
	freshActive.Store(fresh != nil)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	articles := make(chan buildItem, workers)
	results := make(chan buildItem, batch)

	var meter input.Meter
	progress := opt.Progress
	if progress != nil {
		progress = func(p BuildProgress) {
			p.BytesRead, p.BytesTotal = meter.Read(), meter.Total()
			opt.Progress(p)
		}
	}

	var walkErr error
	var walkDone sync.WaitGroup
	walkDone.Add(1)
	go func() {
		defer walkDone.Done()
		defer close(articles)
		walkErr = input.WalkMetered(paths, input.Limits{}, &meter, func(a extract.Article, err error) error {
			item := buildItem{result: extract.Result{Article: a}}
			if err != nil {
				item.problem = asProblem(a, err)
			}
			select {
			case articles <- item:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()

	var extractors sync.WaitGroup
	for range workers {
		extractors.Add(1)
		go func() {
			defer extractors.Done()
			for item := range articles {
				a := item.result.Article
				switch {
				case item.problem != nil:
				case stored != nil && stored[a.Source] != "" && stored[a.Source] == ContentHash(a):
					item.unchanged = true
				default:
					item.result = x.Extract(a)
					if freshActive.Load() {
						item.fresh, item.freshErr = prepareFresh(item.result)
					}
				}
				select {
				case results <- item:
				case <-ctx.Done():
					// Drain so the walker is never left blocked on a send.
					for range articles {
					}
					return
				}
			}
		}()
	}
	go func() {
		extractors.Wait()
		close(results)
	}()

	w := &buildWriter{s: s, progress: progress, start: start, sum: &sum, entities: map[quad.IRI]struct{}{}, fresh: fresh, freshActive: &freshActive}
	writeErr := w.writeResults(ctx, results, batch, budget)
	writeErr = w.endFresh(ctx, writeErr)
	sum.Entities = len(w.entities)
	if writeErr != nil {
		cancel()
		for range results {
		}
	}
	walkDone.Wait()

	sort.SliceStable(sum.Problems, func(i, j int) bool { return sum.Problems[i].File < sum.Problems[j].File })
	sum.Skipped = len(sum.Problems)
	sum.Elapsed = time.Since(start)

	switch {
	case writeErr != nil && !(ctx.Err() != nil && errors.Is(writeErr, ctx.Err())):
		s.countInto(ctx, &sum)
		return sum, writeErr
	case ctx.Err() != nil:
		// A write stopped by the cancellation is the cancellation, not a
		// store failure: its transaction was not applied.
		// In-flight articles were dropped, so the summary is partial.
		s.countInto(ctx, &sum)
		return sum, fmt.Errorf("build cancelled after %d articles: %w", sum.Articles, ctx.Err())
	case walkErr != nil:
		return sum, fmt.Errorf("read inputs: %w", walkErr)
	}
	if sum.Quads, err = s.quadTotal(ctx); err != nil {
		return sum, fmt.Errorf("count store after build: %w", err)
	}
	sum.Elapsed = time.Since(start)
	return sum, nil
}

// countInto fills the store totals of a build that stopped early, so its
// summary still says what the store now holds; it ignores ctx's
// cancellation but not for long.
func (s *Store) countInto(ctx context.Context, sum *BuildSummary) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if n, err := s.quadTotal(ctx); err == nil {
		sum.Quads = n
	}
}

// buildWriter is a build's single writer and what it counts.
type buildWriter struct {
	s        *Store
	progress func(BuildProgress)
	start    time.Time
	sum      *BuildSummary
	// entities collects the stored articles' entity nodes: a set as large
	// as the corpus's distinct entities, not its articles.
	entities map[quad.IRI]struct{}
	// fresh, while not nil, writes the articles of a first build (see
	// freshLoader); freshStored counts what it holds.
	fresh       *freshLoader
	freshActive *atomic.Bool
}

// writeResults stores results, batch by batch, until the channel closes,
// the context ends or the store fails.
func (w *buildWriter) writeResults(ctx context.Context, results <-chan buildItem, batch int, budget int64) error {
	s := w.s
	pending := make([]buildItem, 0, batch)
	limit := batch
	for item := range results {
		// Take what else is ready, without waiting: a slow extraction then
		// writes small batches, a slow store large ones.
		pending = append(pending[:0], item)
	fill:
		for len(pending) < limit {
			select {
			case more, ok := <-results:
				if !ok {
					break fill
				}
				pending = append(pending, more)
			default:
				break fill
			}
		}
		if w.fresh != nil {
			if err := w.writeFresh(ctx, pending); err != nil {
				return err
			}
			continue
		}
		before, known := s.mappedNow()
		if err := w.writeBatch(ctx, pending); err != nil {
			return err
		}
		if after, ok := s.mappedNow(); known && ok && budget > 0 {
			if touched := after - before; touched > budget/2 || len(pending) == limit {
				limit = nextBatchLimit(len(pending), batch, touched, budget)
			}
			s.trimMapped(after, budget)
		}
	}
	return nil
}

// writeBatch stores one batch in one transaction, then counts and reports
// its items in order.
func (w *buildWriter) writeBatch(ctx context.Context, items []buildItem) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("build cancelled after %d articles: %w", w.sum.Articles, err)
	}
	var rs []extract.Result
	for _, item := range items {
		if item.problem == nil && !item.unchanged {
			rs = append(rs, item.result)
		}
	}
	var stats []AddStats
	if len(rs) > 0 {
		var err error
		if stats, err = w.s.addResults(ctx, rs, w.entities); err != nil {
			return fmt.Errorf("store %d articles from %s on: %w", len(rs), rs[0].Article.Source, err)
		}
	}
	for _, item := range items {
		triples := 0
		if item.problem == nil && !item.unchanged {
			triples = stats[0].Triples
			stats = stats[1:]
		}
		w.count(item, triples)
	}
	return nil
}

// count adds one written item to the summary and reports progress.
func (w *buildWriter) count(item buildItem, triples int) {
	var name string
	switch sum := w.sum; {
	case item.problem != nil:
		sum.Problems = append(sum.Problems, *item.problem)
		name = item.problem.File
	case item.unchanged:
		sum.Unchanged++
		name = item.result.Article.Source
	default:
		sum.Articles++
		sum.Triples += triples
		name = item.result.Article.Source
	}
	w.report(name, false)
}

func (w *buildWriter) report(source string, indexing bool) {
	if w.progress != nil {
		w.progress(BuildProgress{
			Articles:  w.sum.Articles,
			Skipped:   len(w.sum.Problems),
			Unchanged: w.sum.Unchanged,
			Triples:   w.sum.Triples,
			Source:    source,
			Elapsed:   time.Since(w.start),
			Indexing:  indexing,
		})
	}
}

// asProblem keeps the input's own *Problem, and names the article for any
// other error so that the report still says which input failed.
func asProblem(a extract.Article, err error) *input.Problem {
	var p *input.Problem
	if errors.As(err, &p) {
		return p
	}
	file := a.File
	if file == "" {
		file = a.Source
	}
	return &input.Problem{File: file, Reason: err.Error()}
}
