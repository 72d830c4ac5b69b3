package main

import (
	"context"
	"io"
	"os"
	"os/signal"
)

func main() {
	// Ctrl-C cancels the running build or query; a second one kills as usual.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv})
	stop()
	os.Exit(code)
}

// env is what a subcommand may touch outside its arguments, so the commands
// run the same in tests and in the binary.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // the command ran and failed (bad file, query error, problems found)
	exitUsage = 2 // the command line was wrong
)

// run dispatches args (without the program name) to a subcommand.
func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		printOverview(e.stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if name == "help" && len(args) > 1 {
			if c := lookupCommand(args[1]); c != nil {
				printCommandHelp(e.stdout, c)
				return exitOK
			}
		}
		printOverview(e.stdout)
		return exitOK
	}
	c := lookupCommand(name)
	if c == nil {
		errorf(e, "unknown command %q; run 'graphq --help' for the list", name)
		return exitUsage
	}
	return c.run(ctx, e, args[1:])
}
