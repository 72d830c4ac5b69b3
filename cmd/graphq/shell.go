package main

import "context"

// replUsage is shared with runREPL (repl.go), which parses the flags.
var replUsage = usage{
	synopsis: "repl [--db PATH] [--limit N] [--timeout D] [--format table|json]",
	about: `
Starts an interactive Gizmo shell on the store: type a query to see its
results; the shell also looks entities up by name and shows their facts with
their source sentences. Statements piped on standard input run as a script.
Type :help inside for its own commands.`,
	examples: []string{
		"graphq repl --db ./graphq.db",
		`echo 'g.V().Has("<type>","Person").Out("<name>").All()' | graphq repl`,
	},
}

// runREPLCommand adapts the REPL (repl.go) to the command table.
func runREPLCommand(ctx context.Context, e *env, args []string) int {
	return runREPL(ctx, args, e.stdin, e.stdout, e.stderr)
}
