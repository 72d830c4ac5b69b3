package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// command is one subcommand of graphq.
type command struct {
	name, summary string
	run           func(ctx context.Context, e *env, args []string) int
}

// commands lists the subcommands in the order the overview shows them. It
// is a function, not a variable, so that subcommands may print help without
// an initialisation cycle.
func commands() []*command {
	return []*command{
		{"build", "extract articles and load them into the store", runBuild},
		{"extract", "print the triples of articles, without a store", runExtract},
		{"query", "run a Gizmo query against the store", runQuery},
		{"repl", "interactive Gizmo shell with entity lookup", runREPLCommand},
		{"dot", "draw the graph (DOT, Mermaid, SVG, PNG)", runDot},
		{"export", "write the whole graph as N-Quads", runExport},
		{"check", "verify the store's consistency", runCheck},
	}
}

func lookupCommand(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}

func printOverview(w io.Writer) {
	fmt.Fprintln(w, "graphq turns Indonesian news articles into a knowledge graph and queries it with Gizmo.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "usage: graphq COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "The store is --db PATH on every command (default ./graphq.db, or $GRAPHQ_DB):")
	fmt.Fprintln(w, "a bolt directory, postgres://USER:PASS@HOST/DB?sslmode=disable, or :memory:.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "example:")
	fmt.Fprintln(w, "  graphq build seeds/")
	fmt.Fprintln(w, `  graphq query 'g.V().Has("<name>","Ketut Suiasa").Out("<represents>").Out("<name>").All()'`)
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'graphq COMMAND --help' for the flags and an example of one command.")
}

func printCommandHelp(w io.Writer, c *command) {
	// Each command prints its own help, flags included, on --help.
	c.run(context.Background(), &env{stdout: w, stderr: w}, []string{"--help"})
}

// usage is the help text of one subcommand.
type usage struct {
	synopsis string // after "usage: graphq "
	about    string
	examples []string
}

// newFlagSet makes a subcommand's flag set; errors go to stderr.
func newFlagSet(e *env, name string) *flag.FlagSet {
	fs := flag.NewFlagSet("graphq "+name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {} // parseArgs prints usage itself, to the right stream
	return fs
}

// parseArgs parses flags anywhere among the arguments (Go's flag package
// stops at the first positional one, but "graphq build seeds/ --db x" is
// natural), and returns the positional arguments. When it returns ok=false
// the command must exit with code: 0 after --help, 2 after a bad flag.
func parseArgs(e *env, fs *flag.FlagSet, u usage, args []string) (positional []string, code int, ok bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			writeUsage(e.stdout, fs, u)
			return nil, exitOK, false
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "run '%s --help' for usage\n", fs.Name())
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, exitOK, true
		}
		if rest[0] == "--" {
			return append(positional, rest[1:]...), exitOK, true
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

func writeUsage(w io.Writer, fs *flag.FlagSet, u usage) {
	fmt.Fprintf(w, "usage: graphq %s\n\n", u.synopsis)
	fmt.Fprintln(w, strings.TrimSpace(u.about))
	fmt.Fprintln(w, "\nflags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fmt.Fprintln(w, "\nexample:")
	for _, ex := range u.examples {
		fmt.Fprintf(w, "  %s\n", ex)
	}
}

// errorf prints a one-line error on stderr.
func errorf(e *env, format string, args ...any) {
	fmt.Fprintf(e.stderr, "graphq: "+format+"\n", args...)
}
