package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/extract/input"
)

var extractUsage = usage{
	synopsis: "extract [--format jsonl|tsv] [--entities] [--keep-going] FILE|DIR...",
	about: `
Extracts the triples of articles and prints them on standard output without
touching a store. jsonl prints one JSON object per triple (the evaluation
format read by shared/eval/score); tsv prints a header line and the columns
source, subject, predicate, object, subject_type, object_type, confidence,
rule. --entities prints each article's resolved entities instead. Files that
are not articles are named on stderr and make the exit status 1 unless
--keep-going is given.`,
	examples: []string{
		"graphq extract --format jsonl seeds/ | python3 shared/eval/score shared/eval/seeds.gold.tsv -",
		"graphq extract --format tsv --entities seeds/000_1da8f10a785c8fae.txt",
	},
}

var tsvTripleHeader = []string{"source", "subject", "predicate", "object", "subject_type", "object_type", "confidence", "rule"}
var tsvEntityHeader = []string{"source", "name", "type", "aliases"}

// entityLine is one resolved entity with the article it belongs to.
type entityLine struct {
	Source string `json:"source"`
	extract.Entity
}

func runExtract(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet(e, "extract")
	format := fs.String("format", "jsonl", "output `format`: jsonl or tsv")
	entities := fs.Bool("entities", false, "print resolved entities instead of triples")
	keepGoing := fs.Bool("keep-going", false, "exit 0 even when some files were skipped")
	paths, code, ok := parseArgs(e, fs, extractUsage, args)
	if !ok {
		return code
	}
	if *format != "jsonl" && *format != "tsv" {
		errorf(e, "extract: unknown --format %q (want jsonl or tsv)", *format)
		return exitUsage
	}
	if len(paths) == 0 {
		errorf(e, "extract: no FILE or DIR given; run 'graphq extract --help' for usage")
		return exitUsage
	}
	x, err := extract.New()
	if err != nil {
		errorf(e, "extract: load extractor: %v", err)
		return exitFail
	}

	out := bufio.NewWriter(e.stdout)
	w := &resultWriter{w: out, tsv: *format == "tsv", entities: *entities}
	skipped := 0
	walkErr := input.Walk(paths, func(a extract.Article, err error) error {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			skipped++
			fmt.Fprintf(e.stderr, "skipped %s\n", problemText(a, err))
			return nil
		}
		return w.write(x.Extract(a))
	})
	if err := out.Flush(); err != nil && walkErr == nil {
		walkErr = err
	}
	switch {
	case walkErr != nil:
		errorf(e, "extract: %v", walkErr)
		return exitFail
	case skipped > 0 && !*keepGoing:
		errorf(e, "extract: %d file(s) skipped (use --keep-going to exit 0 anyway)", skipped)
		return exitFail
	}
	return exitOK
}

// problemText is "FILE: REASON" for a file input.Walk could not read.
func problemText(a extract.Article, err error) string {
	var p *input.Problem
	if errors.As(err, &p) {
		return p.Error()
	}
	name := a.File
	if name == "" {
		name = a.Source
	}
	return name + ": " + err.Error()
}

// resultWriter prints extraction results in one of the output formats.
type resultWriter struct {
	w             io.Writer
	tsv, entities bool
	headerDone    bool
}

func (rw *resultWriter) write(r extract.Result) error {
	if rw.tsv && !rw.headerDone {
		rw.headerDone = true
		header := tsvTripleHeader
		if rw.entities {
			header = tsvEntityHeader
		}
		if err := writeTSV(rw.w, header); err != nil {
			return err
		}
	}
	if rw.entities {
		for _, ent := range r.Entities {
			if err := rw.writeEntity(r.Article.Source, ent); err != nil {
				return err
			}
		}
		return nil
	}
	for _, t := range r.Triples {
		if err := rw.writeTriple(t); err != nil {
			return err
		}
	}
	return nil
}

func (rw *resultWriter) writeTriple(t extract.Triple) error {
	if !rw.tsv {
		return writeJSONLine(rw.w, t)
	}
	return writeTSV(rw.w, []string{t.Source, t.Subject, t.Predicate, t.Object, t.SubjectType, t.ObjectType,
		strconv.FormatFloat(t.Confidence, 'f', -1, 64), t.Rule})
}

func (rw *resultWriter) writeEntity(source string, ent extract.Entity) error {
	if !rw.tsv {
		return writeJSONLine(rw.w, entityLine{Source: source, Entity: ent})
	}
	return writeTSV(rw.w, []string{source, ent.Name, ent.Type, strings.Join(ent.Aliases, "|")})
}

// writeJSONLine writes v as one line of JSON. HTML escaping is off so that
// IRIs read "<person:X>", not "\u003cperson:X\u003e".
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode JSON: %w", err)
	}
	return nil
}

// tsvCleaner keeps one record per line: a tab or newline inside a name
// would shift or split the columns.
var tsvCleaner = strings.NewReplacer("\t", " ", "\r\n", " ", "\n", " ", "\r", " ")

func writeTSV(w io.Writer, fields []string) error {
	clean := make([]string, len(fields))
	for i, f := range fields {
		clean[i] = tsvCleaner.Replace(f)
	}
	_, err := io.WriteString(w, strings.Join(clean, "\t")+"\n")
	return err
}
