package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/graphq/graphq/graph"
)

var buildUsage = usage{
	synopsis: "build [--db PATH] [--workers N] [--resume] [--batch N] [--map-budget MIB] [--no-bulk-load] [--keep-going] [--quiet] FILE|DIR...",
	about: `
Reads articles (text files, directories, .gz files, .jsonl corpora, - for
standard input), extracts their triples and loads them into the store,
replacing what the store held for the same articles. Files that are not
articles are skipped and named on stderr with the reason; the exit status is
then 1 unless --keep-going is given. --resume skips articles stored
unchanged by an earlier (possibly interrupted) build; after the extractor
changed, build without it. Prints a summary: articles, skipped, triples,
entities, quads and time. On a terminal, and unless --quiet, a progress line
shows the share of the input read, articles per second and the time left
(only counts and rate for standard input, whose size is unknown). Memory
stays flat as the store grows: transactions shrink so that the pages of the
bolt file a build keeps resident stay within --map-budget. The first build
into an empty bolt store is a bulk load: it writes a new store file in one
pass, several times faster, and puts it in place when complete; if it fails
or is killed the store stays empty (Ctrl-C keeps what was read).
--no-bulk-load commits batch by batch instead.`,
	examples: []string{
		"graphq build seeds/",
		"graphq build --db /tmp/news.db --workers 2 --keep-going corpus.jsonl.gz",
		"graphq build --resume corpus/    # after Ctrl-C: only what is missing",
	},
}

func runBuild(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "build")
	db := dbFlag(fs, e)
	workers := fs.Int("workers", 0, "extraction workers (0: one per CPU)")
	keepGoing := fs.Bool("keep-going", false, "exit 0 even when some files were skipped")
	quiet := fs.Bool("quiet", false, "no progress line and no summary, only problems")
	resume := fs.Bool("resume", false, "skip articles already stored with the same content")
	batch := fs.Int("batch", graph.DefaultBuildBatch, "most articles per store transaction")
	mapBudget := fs.Int64("map-budget", graph.DefaultMappedBudget>>20, "MiB of the bolt file a build keeps resident; -1: no limit (faster on large stores, RSS grows with the store)")
	noBulk := fs.Bool("no-bulk-load", false, "write a first build batch by batch, as later builds are: slower, but a killed build keeps what it committed")
	paths, code, ok := parseArgs(e, fs, buildUsage, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		errorf(e, "build: no FILE or DIR given; run 'graphq build --help' for usage")
		return exitUsage
	}

	s, err := openStore(ctx, *db, false)
	if err != nil {
		errorf(e, "build: %v", err)
		return exitFail
	}
	defer limitHeap()()
	opt := graph.BuildOptions{Workers: *workers, KeepGoing: *keepGoing, SkipUnchanged: *resume, BatchSize: *batch, MappedBudget: mapBudgetBytes(*mapBudget), NoBulkLoad: *noBulk}
	var bar *progressBar
	if !*quiet && isTTY(e.stderr) {
		bar = newProgressBar(e.stderr)
		opt.Progress = bar.update
	}
	sum, err := s.Build(ctx, paths, opt)
	bar.finish()

	for _, p := range sum.Problems {
		fmt.Fprintf(e.stderr, "skipped %s: %s\n", p.File, p.Reason)
	}
	if !*quiet || err != nil {
		printBuildSummary(e.stdout, sum)
	}
	code = exitOK
	switch {
	case err != nil:
		errorf(e, "build: %s", redactIn(err.Error(), *db))
		code = exitFail
	case sum.Skipped > 0 && !*keepGoing:
		errorf(e, "build: %d file(s) skipped (use --keep-going to exit 0 anyway)", sum.Skipped)
		code = exitFail
	}
	return closeStore(e, s, code)
}

// printBuildSummary writes one "key: value" line per count, easy to read
// and to parse in scripts.
func printBuildSummary(w io.Writer, s graph.BuildSummary) {
	fmt.Fprintf(w, "articles: %d\n", s.Articles)
	fmt.Fprintf(w, "skipped:  %d\n", s.Skipped)
	if s.Unchanged > 0 {
		fmt.Fprintf(w, "unchanged: %d\n", s.Unchanged)
	}
	fmt.Fprintf(w, "triples:  %d\n", s.Triples)
	fmt.Fprintf(w, "entities: %d\n", s.Entities)
	fmt.Fprintf(w, "quads:    %d\n", s.Quads)
	fmt.Fprintf(w, "time:     %s\n", s.Elapsed.Round(time.Millisecond))
}

// buildHeapLimit is the soft limit a build gives the Go heap (unless the
// user set GOMEMLIMIT). Left to the default pacing, a first build of
// 100,000 articles, whose live heap peaks near 380 MB (mostly the node
// table of the bulk load), let its heap reach twice that.
const buildHeapLimit = 512 << 20

// limitHeap sets the build's soft heap limit and returns what restores the
// previous one.
func limitHeap() (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(buildHeapLimit)
	return func() { debug.SetMemoryLimit(old) }
}

// mapBudgetBytes turns --map-budget (MiB; negative: no limit) into
// BuildOptions.MappedBudget.
func mapBudgetBytes(mib int64) int64 {
	if mib < 0 {
		return -1
	}
	return max(mib, 1) << 20
}
