package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/graphq/graphq/graph"
)

// maxLastValues bounds how many values of the last result :why and :dot
// look up, so a 100-row result does not mean 100 lookups.
const maxLastValues = 50

// resolveEntities finds the entities a user means by arg: an IRI
// ("<person:Ketut_Suiasa>" or "person:Ketut_Suiasa") or a name or alias.
func (r *repl) resolveEntities(ctx context.Context, arg string) ([]graph.EntityInfo, error) {
	if strings.HasPrefix(arg, "<") && strings.HasSuffix(arg, ">") {
		return []graph.EntityInfo{{IRI: strings.Trim(arg, "<>")}}, nil
	}
	found, err := r.store.Lookup(ctx, arg)
	if err != nil || len(found) > 0 {
		return found, err
	}
	if strings.Contains(arg, ":") && !strings.ContainsAny(arg, " \t") {
		return []graph.EntityInfo{{IRI: arg}}, nil
	}
	// A part of a name is enough when only one name contains it.
	if similar := r.names.similar(ctx, arg, 2); len(similar) == 1 {
		return r.store.Lookup(ctx, similar[0])
	}
	return nil, nil
}

// maxPartialMatches bounds what :find lists when no name matches whole.
const maxPartialMatches = 20

// lookupPartial finds the entities whose name or alias contains text.
func (r *repl) lookupPartial(ctx context.Context, text string) ([]graph.EntityInfo, error) {
	seen := map[string]bool{}
	var out []graph.EntityInfo
	for _, name := range r.names.similar(ctx, text, maxPartialMatches) {
		found, err := r.store.Lookup(ctx, name)
		if err != nil {
			return nil, err
		}
		for _, e := range found {
			if !seen[e.IRI] {
				seen[e.IRI] = true
				out = append(out, e)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].IRI < out[j].IRI })
	return out, nil
}

// notFound reports a name no entity has, with names that contain it.
func (r *repl) notFound(ctx context.Context, arg string) {
	msg := fmt.Sprintf("no entity is named %q", arg)
	if similar := r.names.similar(ctx, arg, 5); len(similar) > 0 {
		msg += "; did you mean " + strings.Join(quoteAll(similar), ", ") + "?"
	}
	r.fail("%s", msg)
}

func quoteAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// entityRecord is how :find shows an entity; "id" carries the IRI the way
// query results do, so :why and :dot can use it as the last result.
func entityRecord(e graph.EntityInfo) map[string]any {
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	return map[string]any{"id": "<" + e.IRI + ">", "name": e.Name, "type": e.Type, "aliases": aliases}
}

func (r *repl) metaFind(ctx context.Context, arg string) metaResult {
	if arg == "" {
		r.fail(":find wants a name, e.g. :find Ketut Suiasa")
		return metaContinue
	}
	var found []graph.EntityInfo
	partial := false
	err := r.interruptible(ctx, func(ctx context.Context) error {
		var err error
		if found, err = r.store.Lookup(ctx, arg); err != nil || len(found) > 0 {
			return err
		}
		partial = true
		found, err = r.lookupPartial(ctx, arg)
		return err
	})
	if err != nil {
		r.fail("find: %v", err)
		return metaContinue
	}
	if len(found) == 0 {
		r.fail("no entity's name or alias contains %q", arg)
		return metaContinue
	}
	if partial {
		r.note("no entity is named %q; these have it in a name or alias:", arg)
	}
	records := make([]map[string]any, len(found))
	r.last = make([]any, len(found))
	for i, e := range found {
		records[i] = entityRecord(e)
		r.last[i] = records[i]
	}
	if err := writeRecords(r.out, r.format, []string{"id", "name", "type", "aliases"}, records); err != nil {
		r.fail("%v", err)
	}
	return metaContinue
}

// factRecord is one fact as :facts and :why show it; the IRIs let :dot and
// :why use a :facts answer as the last result.
func factRecord(f graph.Fact) map[string]any {
	return map[string]any{
		"subject":    displayName(f.Subject),
		"predicate":  f.Predicate.Name,
		"object":     displayName(f.Object),
		"source":     f.Source,
		"confidence": f.Confidence,
		"rule":       f.Rule,
		"sentence":   f.Sentence,
		"subjectIRI": "<" + f.Subject.IRI + ">",
		"objectIRI":  "<" + f.Object.IRI + ">",
	}
}

func displayName(e graph.EntityInfo) string {
	if e.Name != "" {
		return e.Name
	}
	return e.IRI
}

func (r *repl) metaFacts(ctx context.Context, arg string) metaResult {
	if arg == "" {
		r.fail(":facts wants a name, e.g. :facts KASN")
		return metaContinue
	}
	var facts []graph.Fact
	var entities []graph.EntityInfo
	err := r.interruptible(ctx, func(ctx context.Context) error {
		var err error
		if entities, err = r.resolveEntities(ctx, arg); err != nil {
			return err
		}
		facts, err = r.factsOf(ctx, entities)
		return err
	})
	switch {
	case err != nil:
		r.fail("facts: %v", err)
		return metaContinue
	case len(entities) == 0:
		r.notFound(ctx, arg)
		return metaContinue
	case len(facts) == 0:
		r.note("no facts about %s", arg)
		return metaContinue
	}
	records := make([]map[string]any, len(facts))
	r.last = make([]any, len(facts))
	for i, f := range facts {
		records[i] = factRecord(f)
		r.last[i] = records[i]
	}
	if err := writeRecords(r.out, r.format, []string{"subject", "predicate", "object", "source", "confidence", "rule"}, records); err != nil {
		r.fail("%v", err)
	}
	return metaContinue
}

// factsOf gathers the facts of entities, each once, in the store's order.
func (r *repl) factsOf(ctx context.Context, entities []graph.EntityInfo) ([]graph.Fact, error) {
	seen := map[string]bool{}
	var out []graph.Fact
	for _, e := range entities {
		facts, err := r.store.Facts(ctx, e.IRI)
		if err != nil {
			return nil, err
		}
		for _, f := range facts {
			k := fmt.Sprint(f.Source, f.Start, f.Subject.IRI, f.Predicate.Name, f.Object.IRI)
			if !seen[k] {
				seen[k] = true
				out = append(out, f)
			}
		}
	}
	return out, nil
}

func (r *repl) metaWhy(ctx context.Context, arg string) metaResult {
	var facts []graph.Fact
	var entities []graph.EntityInfo
	err := r.interruptible(ctx, func(ctx context.Context) error {
		var err error
		if arg != "" {
			entities, err = r.resolveEntities(ctx, arg)
		} else {
			entities, err = r.lastEntities(ctx)
		}
		if err != nil {
			return err
		}
		if facts, err = r.factsOf(ctx, entities); err != nil {
			return err
		}
		if arg == "" && len(entities) > 1 {
			facts = factsAmong(facts, entities)
		}
		return nil
	})
	switch {
	case err != nil:
		r.fail("why: %v", err)
	case len(entities) == 0 && arg != "":
		r.notFound(ctx, arg)
	case len(entities) == 0:
		r.fail(":why without a name explains the last result, which names no entity; try :why NAME")
	case len(facts) == 0:
		r.note("no facts, so no sentences, behind that")
	default:
		if err := r.writeWhy(facts); err != nil {
			r.fail("%v", err)
		}
	}
	return metaContinue
}

// factsAmong keeps the facts that link two of the entities, when there are
// any: for a result of several entities, those explain the result.
func factsAmong(facts []graph.Fact, entities []graph.EntityInfo) []graph.Fact {
	in := map[string]bool{}
	for _, e := range entities {
		in[e.IRI] = true
	}
	var among []graph.Fact
	for _, f := range facts {
		if in[f.Subject.IRI] && in[f.Object.IRI] {
			among = append(among, f)
		}
	}
	if len(among) == 0 {
		return facts
	}
	return among
}

// writeWhy prints each sentence once, with its source and the facts it
// states.
func (r *repl) writeWhy(facts []graph.Fact) error {
	type group struct {
		source, sentence string
		facts            []string
	}
	var groups []*group
	bySentence := map[string]*group{}
	for _, f := range facts {
		k := f.Source + "\x00" + f.Sentence
		g := bySentence[k]
		if g == nil {
			g = &group{source: f.Source, sentence: f.Sentence}
			bySentence[k] = g
			groups = append(groups, g)
		}
		g.facts = append(g.facts, fmt.Sprintf("%s %s %s", displayName(f.Subject), f.Predicate.Name, displayName(f.Object)))
	}
	if r.format == formatJSON {
		results := make([]any, len(groups))
		for i, g := range groups {
			results[i] = map[string]any{"source": g.source, "sentence": g.sentence, "facts": g.facts}
		}
		return writeResults(r.out, results, formatJSON)
	}
	var b strings.Builder
	for _, g := range groups {
		fmt.Fprintf(&b, "%s: %q\n", g.source, strings.Join(strings.Fields(g.sentence), " "))
		for _, f := range g.facts {
			fmt.Fprintf(&b, "    %s\n", f)
		}
	}
	_, err := fmt.Fprint(r.out, b.String())
	return err
}

// lastEntities finds the entities in the last result: IRIs of entities or,
// when it has none, plain strings that are some entity's name or alias.
func (r *repl) lastEntities(ctx context.Context) ([]graph.EntityInfo, error) {
	var iris, names []string
	for _, v := range lastValues(r.last) {
		if strings.HasPrefix(v, "<") && strings.HasSuffix(v, ">") {
			iri := strings.Trim(v, "<>")
			if isEntityIRI(iri) {
				iris = append(iris, iri)
			}
		} else {
			names = append(names, v)
		}
	}
	seen := map[string]bool{}
	var out []graph.EntityInfo
	for _, iri := range iris {
		if !seen[iri] {
			seen[iri] = true
			out = append(out, graph.EntityInfo{IRI: iri})
		}
	}
	if len(out) > 0 {
		// A result that carries IRIs is about those; its other strings are
		// names, types and sentences of the same entities.
		return out, nil
	}
	for _, name := range names {
		found, err := r.store.Lookup(ctx, name)
		if err != nil {
			return nil, err
		}
		for _, e := range found {
			if !seen[e.IRI] {
				seen[e.IRI] = true
				out = append(out, e)
			}
		}
	}
	return out, nil
}

// isEntityIRI tells entity nodes from the model's article, fact and
// predicate nodes.
func isEntityIRI(iri string) bool {
	kind, _, ok := strings.Cut(iri, ":")
	if !ok {
		return false
	}
	switch kind {
	case "article", "fact", "graphq", "rel", "http", "https":
		return false
	}
	return true
}

// lastValues lists the distinct strings in results (tags' values,
// recursively), in order, at most maxLastValues.
func lastValues(results []any) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(v any)
	walk = func(v any) {
		if len(out) >= maxLastValues {
			return
		}
		switch v := v.(type) {
		case string:
			if v != "" && !seen[v] {
				seen[v] = true
				out = append(out, v)
			}
		case []string:
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			keys := make([]string, 0, len(v))
			for k := range v {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(v[k])
			}
		}
	}
	for _, r := range results {
		walk(r)
	}
	return out
}
