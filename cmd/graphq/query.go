package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/graphq/graphq/graph"
)

var queryUsage = usage{
	synopsis: "query [--db PATH] [--limit N] [--timeout D] [--file F] ['GIZMO' | -]",
	about: `
Runs one Gizmo query (JavaScript) against the store and prints each result
as one line of JSON. The query comes from the argument, from --file, or from
standard input when the argument is - or absent and standard input is not a
terminal. Entities are IRIs such as <person:Ketut_Suiasa> with <name>,
<type> and <alias> facts; see README.md for the quad model. A syntax error, a
timeout or a missing store exits 1 with a one-line message on stderr.`,
	examples: []string{
		`graphq query 'g.V().Has("<name>","Ketut Suiasa").Out("<represents>").Out("<name>").All()'`,
		`echo 'g.V().Has("<type>","Person").Out("<name>").All()' | graphq query --limit 10 -`,
	},
}

func runQuery(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "query")
	db := dbFlag(fs, e)
	limit := fs.Int("limit", graph.DefaultQueryLimit, "maximum number of results")
	timeout := fs.Duration("timeout", graph.DefaultQueryTimeout, "give up after this `duration`")
	file := fs.String("file", "", "read the query from this `file`")
	memory := memoryFlag(fs)
	rest, code, ok := parseArgs(e, fs, queryUsage, args)
	if !ok {
		return code
	}
	src, err := querySource(e, *file, rest)
	if err != nil {
		errorf(e, "query: %v", err)
		return exitUsage
	}

	s, err := openReadStore(ctx, *db, *memory)
	if err != nil {
		errorf(e, "query: %v", err)
		return exitFail
	}
	results, err := s.Query(ctx, src, graph.QueryOptions{Limit: *limit, Timeout: *timeout})
	if err != nil {
		errorf(e, "query: %s", queryErrorText(err, *timeout))
		return closeStore(e, s, exitFail)
	}
	out := bufio.NewWriter(e.stdout)
	for _, r := range results {
		if err := writeJSONLine(out, r); err != nil {
			errorf(e, "query: %v", err)
			return closeStore(e, s, exitFail)
		}
	}
	if err := out.Flush(); err != nil {
		errorf(e, "query: write results: %v", err)
		return closeStore(e, s, exitFail)
	}
	return closeStore(e, s, exitOK)
}

// querySource finds the query text: argument, --file or standard input.
func querySource(e *env, file string, args []string) (string, error) {
	if len(args) > 1 {
		return "", errors.New("give the query as one argument (quote it)")
	}
	var text string
	switch {
	case file != "" && len(args) == 1:
		return "", errors.New("give the query either as an argument or with --file, not both")
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", fmt.Errorf("read query file: %w", err)
		}
		text = string(b)
	case len(args) == 1 && args[0] != "-":
		text = args[0]
	case len(args) == 0 && isTerminal(e.stdin):
		return "", errors.New("no query given; pass it as an argument, with --file, or on standard input")
	default:
		b, err := io.ReadAll(e.stdin)
		if err != nil {
			return "", fmt.Errorf("read query from standard input: %w", err)
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		return "", errors.New("the query is empty")
	}
	return text, nil
}

// queryErrorText makes a one-line message; a deadline says "timeout" in
// so many words, whatever the store's own wording, so scripts can grep it.
func queryErrorText(err error, timeout time.Duration) string {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	lower := strings.ToLower(msg)
	timedOut := errors.Is(err, context.DeadlineExceeded) || strings.Contains(lower, "timed out") || strings.Contains(lower, "deadline exceeded")
	if timedOut && !strings.Contains(lower, "timeout") {
		return fmt.Sprintf("timeout (--timeout %s): %s", timeout, msg)
	}
	return msg
}
