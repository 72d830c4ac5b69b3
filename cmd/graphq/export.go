package main

import (
	"context"
	"io"
)

var exportUsage = usage{
	synopsis: "export [--db PATH] [--format nquads] [-o FILE]",
	about: `
Writes every quad of the store, one per line, labelled with its article
(<article:SOURCE>). The output loads into any RDF quad store, and sorting it
makes two stores easy to compare.`,
	examples: []string{
		"graphq export -o graph.nq",
		"graphq export --db /tmp/news.db | sort > news.nq",
	},
}

func runExport(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "export")
	db := dbFlag(fs, e)
	format := fs.String("format", "nquads", "output `format` (nquads)")
	output := fs.String("o", "", "write to `file` instead of standard output")
	rest, code, ok := parseArgs(e, fs, exportUsage, args)
	if !ok {
		return code
	}
	if len(rest) > 0 {
		errorf(e, "export: unexpected argument %q; run 'graphq export --help' for usage", rest[0])
		return exitUsage
	}
	if *format != "nquads" {
		errorf(e, "export: unknown --format %q (want nquads)", *format)
		return exitUsage
	}
	s, err := openStore(ctx, *db, true)
	if err != nil {
		errorf(e, "export: %v", err)
		return exitFail
	}
	if err := writeOutput(e, *output, func(w io.Writer) error { return s.Export(ctx, w, *format) }); err != nil {
		errorf(e, "export: %v", err)
		return closeStore(e, s, exitFail)
	}
	return closeStore(e, s, exitOK)
}
