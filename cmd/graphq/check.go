package main

import (
	"context"
	"fmt"
)

var checkUsage = usage{
	synopsis: "check [--db PATH]",
	about: `
Verifies the store: every quad well formed, every referenced node present,
every article's bookkeeping consistent with its quads. Prints each problem
on its own line and exits 1 if there is any; otherwise prints the store's
counts.`,
	examples: []string{
		"graphq check --db ./graphq.db",
	},
}

func runCheck(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "check")
	db := dbFlag(fs, e)
	rest, code, ok := parseArgs(e, fs, checkUsage, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		errorf(e, "check: unexpected argument %q; run 'graphq check --help' for usage", rest[0])
		return exitUsage
	}
	s, err := openStore(ctx, *db, true)
	if err != nil {
		errorf(e, "check: %v", err)
		return exitFail
	}
	problems, err := s.Check(ctx)
	if err != nil {
		errorf(e, "check: %v", err)
		return closeStore(e, s, exitFail)
	}
	if len(problems) > 0 {
		for _, p := range problems {
			fmt.Fprintln(e.stdout, p)
		}
		errorf(e, "check: %d problem(s)", len(problems))
		return closeStore(e, s, exitFail)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		errorf(e, "check: count store: %v", err)
		return closeStore(e, s, exitFail)
	}
	fmt.Fprintf(e.stdout, "ok: %d articles, %d entities, %d triples, %d quads\n", st.Articles, st.Entities, st.Triples, st.Quads)
	return closeStore(e, s, exitOK)
}
