package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/graphq/graphq/graph"
)

// Prompts of the REPL: the continuation prompt shows a statement is open.
const (
	promptMain = "gizmo> "
	promptMore = "...> "
)

// repl is one interactive session on a store.
type repl struct {
	store       *graph.Store
	out, errOut io.Writer
	// interactive is set when stdin is a terminal: prompts, line editing,
	// history and Ctrl-C handling are on.
	interactive bool
	format      string
	limit       int
	timeout     time.Duration
	// last holds the results of the last query or :find, which :why and
	// :dot explain and draw.
	last []any
	// names feeds tab completion and the "did you mean" hints.
	names *nameIndex
	// interrupts receives Ctrl-C while a query runs (interactive only).
	interrupts chan os.Signal
	// failed is set when a statement failed, which a script's exit status
	// reports.
	failed bool
}

// runREPL runs the interactive Gizmo shell; args are those after "repl".
// It returns the exit status.
func runREPL(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	fs := newFlagSet(e, "repl")
	db := dbFlag(fs, e)
	limit := fs.Int("limit", graph.DefaultQueryLimit, "maximum number of results per query")
	timeout := fs.Duration("timeout", graph.DefaultQueryTimeout, "give up on a query after this `duration`")
	format := fs.String("format", "", "result `format`: table or json (default: table on a terminal, else json)")
	memory := memoryFlag(fs)
	rest, code, ok := parseArgs(e, fs, replUsage, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		errorf(e, "repl: unexpected argument %q; pipe statements on standard input instead", rest[0])
		return exitUsage
	}
	if *format == "" {
		*format = formatJSON
		if isTerminal(stdout) {
			*format = formatTable
		}
	}
	if *format != formatTable && *format != formatJSON {
		errorf(e, "repl: unknown --format %q (want table or json)", *format)
		return exitUsage
	}

	s, err := openReadStore(ctx, *db, *memory)
	if err != nil {
		errorf(e, "repl: %v", err)
		return exitFail
	}
	r := &repl{
		store:       s,
		out:         stdout,
		errOut:      stderr,
		interactive: isTerminal(stdin),
		format:      *format,
		limit:       max(*limit, 1),
		timeout:     *timeout,
		names:       newNameIndex(),
	}
	if r.interactive {
		// Ctrl-C at the prompt arrives as a key (the terminal is raw), while
		// a query runs as SIGINT; the shell's own context must outlive it,
		// since main cancels its context on the first one.
		ctx = context.WithoutCancel(ctx)
		r.interrupts = make(chan os.Signal, 1)
		signal.Notify(r.interrupts, os.Interrupt)
		defer signal.Stop(r.interrupts)
	}
	large := r.printBanner(ctx)
	go r.names.load(ctx, s, large)

	var lines lineSource
	if r.interactive {
		lines, err = newTerminalLines(stdin, stdout, stderr, newCompleter(r.names))
		if err != nil {
			errorf(e, "repl: %v", err)
			return closeStore(e, s, exitFail)
		}
	} else {
		lines = newPipedLines(stdin)
	}
	r.loop(ctx, lines)
	if err := lines.Close(); err != nil {
		errorf(e, "repl: %v", err)
	}
	code = exitOK
	if r.failed && !r.interactive {
		code = exitFail
	}
	return closeStore(e, s, code)
}

// printBanner names the store (password redacted) and what it holds; a
// script's stdout gets results only, so it goes to stderr there. It says
// whether the store is large (over bannerStatsQuads).
func (r *repl) printBanner(ctx context.Context) (large bool) {
	w := r.out
	if !r.interactive {
		w = r.errOut
	}
	sz, err := r.store.Size(ctx)
	if err != nil {
		fmt.Fprintf(w, "graphq repl on %s (stats: %v). Type :help for help.\n", r.store, err)
		return false
	}
	if sz.Quads > bannerStatsQuads {
		fmt.Fprintf(w, "graphq repl on %s: %d articles, %d quads (:stats counts entities and triples). Type :help for help.\n",
			r.store, sz.Articles, sz.Quads)
		return true
	}
	st, err := r.store.Stats(ctx)
	if err != nil {
		fmt.Fprintf(w, "graphq repl on %s (stats: %v). Type :help for help.\n", r.store, err)
		return false
	}
	fmt.Fprintf(w, "graphq repl on %s: %d articles, %d entities, %d triples, %d quads. Type :help for help.\n",
		r.store, st.Articles, st.Entities, st.Triples, st.Quads)
	return false
}

// bannerStatsQuads is the largest store whose banner counts entities and
// triples: Stats reads every quad, about a second per million on bolt.
const bannerStatsQuads = 1_000_000

// loop reads statements until EOF or :quit. A statement goes on over
// several lines while a bracket, string, template or comment is open.
func (r *repl) loop(ctx context.Context, lines lineSource) {
	var pending []string
	for {
		prompt := promptMain
		if len(pending) > 0 {
			prompt = promptMore
		}
		line, err := lines.ReadLine(prompt)
		switch {
		case errors.Is(err, errLineInterrupted):
			pending = nil
			continue
		case errors.Is(err, io.EOF):
			if len(pending) > 0 && !r.interactive {
				// A script's unfinished statement still runs, so its error
				// is reported rather than the statement silently dropped.
				r.runQuery(ctx, strings.Join(pending, "\n"))
			}
			return
		case err != nil:
			fmt.Fprintf(r.errOut, "error: read input: %v\n", err)
			r.failed = true
			return
		}
		if ctx.Err() != nil {
			return
		}
		if len(pending) == 0 && strings.HasPrefix(strings.TrimSpace(line), ":") {
			if r.meta(ctx, strings.TrimSpace(line)) == metaQuit {
				// Not kept in the history: up-arrow in the next session
				// should bring back the last question, not the way out.
				return
			}
			lines.SaveHistory(strings.TrimSpace(line))
			continue
		}
		pending = append(pending, line)
		stmt := strings.Join(pending, "\n")
		if strings.TrimSpace(stmt) == "" {
			pending = nil
			continue
		}
		// A blank line ends a statement that only an operator at the end of
		// a line kept open.
		blank := strings.TrimSpace(line) == "" && !scanJS(stmt).incomplete()
		if needsMoreInput(stmt) && !blank {
			continue
		}
		pending = nil
		lines.SaveHistory(historyLine(stmt))
		r.runQuery(ctx, stmt)
	}
}

// interruptible runs fn with a context that Ctrl-C cancels, so a long query
// or lookup stops without leaving the shell.
func (r *repl) interruptible(ctx context.Context, fn func(context.Context) error) error {
	if r.interrupts == nil {
		return fn(ctx)
	}
	// A Ctrl-C from before this call is stale.
	select {
	case <-r.interrupts:
	default:
	}
	qctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case <-r.interrupts:
			cancel()
		case <-done:
		}
	}()
	return fn(qctx)
}

// runQuery runs one Gizmo statement and prints its results or one error
// line.
func (r *repl) runQuery(ctx context.Context, src string) {
	start := time.Now()
	var results []any
	err := r.interruptible(ctx, func(qctx context.Context) error {
		var err error
		results, err = r.store.Query(qctx, src, graph.QueryOptions{Limit: r.limit, Timeout: r.timeout})
		return err
	})
	if err != nil {
		r.reportQueryError(src, err)
		return
	}
	r.last = results
	r.show(results)
	if r.interactive {
		note := ""
		if len(results) >= r.limit {
			note = "; limit reached, :limit N for more"
		}
		// On stderr: with stdout redirected, the file gets results only.
		fmt.Fprintf(r.errOut, "(%s in %s%s)\n", plural(len(results), "result"), roundDuration(time.Since(start)), note)
	}
}

// show writes results in the current format.
func (r *repl) show(results []any) {
	if err := writeResults(r.out, results, r.format); err != nil {
		r.fail("%v", err)
	}
}

// note tells the user what happened, on stdout at a terminal; a script's
// stdout carries results only, so there it goes to stderr.
func (r *repl) note(format string, args ...any) {
	w := r.out
	if !r.interactive {
		w = r.errOut
	}
	fmt.Fprintf(w, format+"\n", args...)
}

// fail prints one error line.
func (r *repl) fail(format string, args ...any) {
	r.failed = true
	fmt.Fprintf(r.errOut, "error: "+format+"\n", args...)
}

// reportQueryError prints a failed query as one line; on a terminal the
// offending line follows with a caret under the column goja named.
func (r *repl) reportQueryError(src string, err error) {
	r.failed = true
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(r.errOut, "interrupted")
		return
	case errors.Is(err, graph.ErrQueryTimeout):
		fmt.Fprintf(r.errOut, "error: query timed out after %s (:timeout D to change)\n", r.timeout)
		return
	}
	qe := parseQueryError(err)
	fmt.Fprintln(r.errOut, "error: "+qe.String())
	if r.interactive {
		if caret := qe.caret(src); caret != "" {
			fmt.Fprint(r.errOut, caret)
		}
	}
}

// plural writes "1 result", "2 results".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// roundDuration keeps two significant figures of a query time, so that a
// sub-millisecond answer reads "0.42ms", not "0s".
func roundDuration(d time.Duration) time.Duration {
	switch {
	case d >= time.Second:
		return d.Round(10 * time.Millisecond)
	case d >= 10*time.Millisecond:
		return d.Round(time.Millisecond)
	case d >= time.Millisecond:
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(10 * time.Microsecond)
}
