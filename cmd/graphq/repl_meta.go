package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// metaResult tells the loop whether to go on.
type metaResult int

const (
	metaContinue metaResult = iota
	metaQuit
)

// metaCommand is one of the shell's own commands (a line starting with ':').
type metaCommand struct {
	name, args, help string
	run              func(r *repl, ctx context.Context, arg string) metaResult
}

// metaCommands is filled in init because :help lists the table itself.
var metaCommands []metaCommand

func init() {
	metaCommands = []metaCommand{
		{"help", "", "this list", (*repl).metaHelp},
		{"find", "NAME", "entities whose name or alias is NAME (any case)", (*repl).metaFind},
		{"facts", "NAME", "the facts about an entity, with their sources", (*repl).metaFacts},
		{"why", "[NAME]", "the sentences behind an entity's facts, or behind the last result", (*repl).metaWhy},
		{"stats", "", "what the store holds", (*repl).metaStats},
		{"schema", "", "predicates with subject -> object types, and entity types", (*repl).metaSchema},
		{"limit", "[N]", "show or set the result limit per query", (*repl).metaLimit},
		{"timeout", "[D]", "show or set the time limit per query, e.g. 30s or 2m", (*repl).metaTimeout},
		{"format", "[table|json]", "show or set how results are printed", (*repl).metaFormat},
		{"dot", "FILE", "draw the entities of the last result as Graphviz DOT (.mmd: Mermaid, .svg, .png)", (*repl).metaDot},
		{"quit", "", "leave (also :exit, :q or Ctrl-D)", func(*repl, context.Context, string) metaResult { return metaQuit }},
	}
}

// metaAliases are other spellings of meta commands.
var metaAliases = map[string]string{"q": "quit", "exit": "quit", "h": "help", "?": "help"}

// meta runs one meta command line.
func (r *repl) meta(ctx context.Context, line string) metaResult {
	name, arg, _ := strings.Cut(strings.TrimPrefix(line, ":"), " ")
	arg = strings.TrimSpace(arg)
	if alias, ok := metaAliases[name]; ok {
		name = alias
	}
	for _, m := range metaCommands {
		if m.name == name {
			return m.run(r, ctx, arg)
		}
	}
	r.fail("unknown command :%s; :help lists the commands", name)
	return metaContinue
}

func (r *repl) metaHelp(context.Context, string) metaResult {
	var b strings.Builder
	b.WriteString(`Type a Gizmo query (JavaScript) and press Enter; it goes on over several
lines while a bracket, string or comment is open. Tab completes methods,
predicates ("<holds>") and entity names. Ctrl-C stops a running query or
clears the input; Ctrl-D leaves.

  g.V().Has("<name>", "Ketut Suiasa").Out("<represents>").Out("<name>").All()
  g.V("<organization:KASN>").In().Tag("who").Out("<name>").All()

Commands:
`)
	for _, m := range metaCommands {
		fmt.Fprintf(&b, "  %-22s %s\n", strings.TrimSpace(":"+m.name+" "+m.args), m.help)
	}
	fmt.Fprintf(&b, "Now: :limit %d, :timeout %s, :format %s.\n", r.limit, r.timeout, r.format)
	fmt.Fprint(r.out, b.String())
	return metaContinue
}

func (r *repl) metaLimit(_ context.Context, arg string) metaResult {
	if arg != "" {
		n, err := strconv.Atoi(arg)
		if err != nil || n < 1 {
			r.fail(":limit wants a positive whole number, not %q", arg)
			return metaContinue
		}
		r.limit = n
	}
	r.note("limit %d", r.limit)
	return metaContinue
}

func (r *repl) metaTimeout(_ context.Context, arg string) metaResult {
	if arg != "" {
		d, err := time.ParseDuration(arg)
		if err != nil || d <= 0 {
			r.fail(":timeout wants a duration such as 30s or 2m, not %q", arg)
			return metaContinue
		}
		r.timeout = d
	}
	r.note("timeout %s", r.timeout)
	return metaContinue
}

func (r *repl) metaFormat(_ context.Context, arg string) metaResult {
	switch arg {
	case "":
	case formatTable, formatJSON:
		r.format = arg
	default:
		r.fail(":format wants table or json, not %q", arg)
		return metaContinue
	}
	r.note("format %s", r.format)
	return metaContinue
}

func (r *repl) metaStats(ctx context.Context, _ string) metaResult {
	err := r.interruptible(ctx, func(ctx context.Context) error {
		st, err := r.store.Stats(ctx)
		if err != nil {
			return err
		}
		return writeRecords(r.out, r.format, []string{"store", "articles", "entities", "triples", "quads"},
			[]map[string]any{{"store": r.store.String(), "articles": st.Articles, "entities": st.Entities, "triples": st.Triples, "quads": st.Quads}})
	})
	if err != nil {
		r.fail("stats: %v", err)
	}
	return metaContinue
}
