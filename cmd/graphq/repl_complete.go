package main

import (
	"context"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/graphq/graphq/graph"
)

// Gizmo v0.7.7's methods as completion offers them: the graph object's
// (capitalised only) and a path's (capitalised; order() exists only in
// lower case), and the global value and filter helpers.
var (
	graphMethods = []string{"V", "Vertex", "M", "Morphism", "Emit", "IRI", "AddNamespace", "AddDefaultNamespaces", "LoadNamespaces"}
	pathMethods  = []string{
		"All", "And", "As", "Back", "Both", "Count", "Difference", "Except", "Filter", "Follow", "FollowR",
		"FollowRecursive", "ForEach", "GetLimit", "Has", "HasR", "In", "InPredicates", "Intersect", "Is",
		"LabelContext", "Labels", "Limit", "Map", "Or", "Out", "OutPredicates", "Save", "SaveInPredicates",
		"SaveOpt", "SaveOptR", "SaveOutPredicates", "SaveR", "Skip", "Tag", "TagArray", "TagValue", "ToArray",
		"ToValue", "Union", "Unique", "order",
	}
	globalFunctions = []string{"g", "graph", "regex", "like", "lt", "lte", "gt", "gte", "iri", "str", "bnode", "raw", "lang", "typed"}
)

// modelPredicates are the predicates every store has (the quad model), so
// completion offers them before the store has been read.
var modelPredicates = []string{"name", "type", "alias", "subject", "predicate", "object", "sentence", "source", "rule", "confidence", "start", "end", "title", "file", "date", "url"}

// nameIndex caches what completion offers from the store: entity names and
// aliases, entity IRIs and predicates. It is filled in the background at
// start, so a large store does not delay the first prompt.
type nameIndex struct {
	// loaded is closed once load is done (nil: nothing to wait for).
	loaded chan struct{}

	mu         sync.RWMutex
	names      []string // names and aliases, sorted, unique
	iris       []string // entity IRIs without brackets
	predicates []string // predicate IRIs without brackets
}

// loadTimeout bounds the start-up read of the store for completion.
const loadTimeout = 20 * time.Second

// load reads names, IRIs and predicates from s; failures leave completion
// with the built-in words only. A large store (over bannerStatsQuads) has
// its names streamed rather than its subgraph built.
func (n *nameIndex) load(ctx context.Context, s *graph.Store, large bool) {
	if n.loaded != nil {
		defer close(n.loaded)
	}
	ctx, cancel := context.WithTimeout(ctx, loadTimeout)
	defer cancel()
	preds := map[string]bool{}
	for _, p := range append(append([]string{}, modelPredicates...), graph.CorePredicates...) {
		preds[p] = true
	}
	// Open predicates (the extractor's own, e.g. "menerima") are not in
	// the subgraph: ask the store for every predicate in use.
	res, err := s.Query(ctx, `g.V().OutPredicates().Unique().All()`, graph.QueryOptions{Limit: 1000, Timeout: loadTimeout})
	if err == nil {
		for _, r := range res {
			if m, ok := r.(map[string]any); ok {
				if id, ok := m["id"].(string); ok && strings.HasPrefix(id, "<") {
					preds[strings.Trim(id, "<>")] = true
				}
			}
		}
	}
	names, iris := map[string]bool{}, map[string]bool{}
	if large {
		// The whole subgraph of a large store would not fit in memory:
		// stream the names instead, keeping what loadTimeout allows.
		_ = s.EachName(ctx, func(iri, name string) error {
			iris[iri], names[name] = true, true
			return nil
		})
		n.set(sortedKeysOf(names), sortedKeysOf(iris), sortedKeysOf(preds))
		return
	}
	if g, err := s.Subgraph(ctx, ""); err == nil {
		for _, node := range g.Nodes {
			iris[node.ID] = true
			if node.Label != "" {
				names[node.Label] = true
			}
			for _, a := range node.Aliases {
				names[a] = true
			}
		}
	}
	n.set(sortedKeysOf(names), sortedKeysOf(iris), sortedKeysOf(preds))
}

func (n *nameIndex) set(names, iris, preds []string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.names, n.iris, n.predicates = names, iris, preds
}

func (n *nameIndex) snapshot() (names, iris, preds []string) {
	n.mu.RLock()
	defer n.mu.RUnlock()
	if n.predicates == nil {
		return n.names, n.iris, append(append([]string{}, modelPredicates...), graph.CorePredicates...)
	}
	return n.names, n.iris, n.predicates
}

// newNameIndex makes an index for load to fill in the background.
func newNameIndex() *nameIndex { return &nameIndex{loaded: make(chan struct{})} }

// similar lists up to limit names containing text, case-insensitively. It
// waits for the index to be loaded: unlike Tab, a command that finds
// nothing by name would otherwise give a wrong answer.
func (n *nameIndex) similar(ctx context.Context, text string, limit int) []string {
	if n.loaded != nil {
		select {
		case <-n.loaded:
		case <-ctx.Done():
			return nil
		}
	}
	names, _, _ := n.snapshot()
	want := strings.ToLower(strings.TrimSpace(text))
	var out []string
	for _, name := range names {
		if want != "" && strings.Contains(strings.ToLower(name), want) {
			out = append(out, name)
			if len(out) == limit {
				break
			}
		}
	}
	return out
}

func sortedKeysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// completer offers Gizmo methods, meta commands, predicates and entity
// names to readline's Tab.
type completer struct{ names *nameIndex }

func newCompleter(n *nameIndex) *completer { return &completer{names: n} }

// Do implements readline.AutoCompleter: the candidates are what to insert
// after the cursor, length the number of runes of the word being completed.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	candidates, typed := c.complete(string(line[:pos]))
	n := utf8.RuneCountInString(typed)
	out := make([][]rune, 0, len(candidates))
	for _, cand := range candidates {
		out = append(out, []rune(cand)[n:])
	}
	return out, n
}

// complete returns the whole words that can replace typed, the end of the
// text before the cursor.
func (c *completer) complete(before string) (candidates []string, typed string) {
	if trimmed := strings.TrimLeft(before, " \t"); strings.HasPrefix(trimmed, ":") {
		return c.completeMeta(trimmed)
	}
	if q, ok := openQuote(before); ok {
		typed = before[q:]
		return c.completeString(typed), typed
	}
	word := trailingIdentifier(before)
	rest := before[:len(before)-len(word)]
	if strings.HasSuffix(rest, ".") {
		receiver := trailingIdentifier(rest[:len(rest)-1])
		start := len(rest) - 1 - len(receiver)
		methods := pathMethods
		if (receiver == "g" || receiver == "graph") && (start == 0 || rest[start-1] != '.' && !isIdentByte(rest[start-1])) {
			methods = graphMethods
		}
		return withPrefix(methods, word, "(", false), word
	}
	if word == "" {
		return nil, ""
	}
	return withPrefix(globalFunctions, word, "", false), word
}

// completeMeta completes a meta command, or the entity name after :find,
// :facts and :why, or the format after :format.
func (c *completer) completeMeta(text string) ([]string, string) {
	cmd, arg, hasArg := strings.Cut(text, " ")
	if !hasArg {
		var names []string
		for _, m := range metaCommands {
			names = append(names, ":"+m.name)
		}
		return withPrefix(names, cmd, "", false), cmd
	}
	arg = strings.TrimLeft(arg, " ")
	switch cmd {
	case ":find", ":facts", ":why", ":f":
		names, _, _ := c.names.snapshot()
		return withPrefix(names, arg, "", true), arg
	case ":format":
		return withPrefix([]string{formatTable, formatJSON}, arg, "", false), arg
	}
	return nil, arg
}

// completeString completes a Gizmo string literal: predicates and entities
// as IRIs ("<holds>", "<person:Ketut_Suiasa>") and names ("Ketut Suiasa").
func (c *completer) completeString(typed string) []string {
	quote := typed[:1]
	names, iris, preds := c.names.snapshot()
	var words []string
	for _, p := range preds {
		words = append(words, quote+"<"+p+">"+quote)
	}
	// Entities only once the user has typed something: a bare quote would
	// list the whole store.
	if len(typed) > 1 {
		for _, iri := range iris {
			words = append(words, quote+"<"+iri+">"+quote)
		}
		for _, name := range names {
			if !strings.Contains(name, quote) && !strings.Contains(name, `\`) {
				words = append(words, quote+name+quote)
			}
		}
	}
	return withPrefix(words, typed, "", false)
}

// withPrefix keeps the words starting with prefix (ignoring case if
// fold), each followed by suffix, sorted and unique.
func withPrefix(words []string, prefix, suffix string, fold bool) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range words {
		ok := strings.HasPrefix(w, prefix)
		if !ok && fold && len(w) >= len(prefix) {
			ok = strings.EqualFold(w[:len(prefix)], prefix)
		}
		if ok && !seen[w] {
			seen[w] = true
			out = append(out, w+suffix)
		}
	}
	sort.Strings(out)
	return out
}

// openQuote finds the quote that starts the unfinished string literal at
// the end of text.
func openQuote(text string) (int, bool) {
	s := scanJS(text)
	if s.openQuote > 0 {
		return s.openQuote - 1, true
	}
	return 0, false
}

// trailingIdentifier is the JavaScript identifier text ends with.
func trailingIdentifier(text string) string {
	i := len(text)
	for i > 0 && isIdentByte(text[i-1]) {
		i--
	}
	return text[i:]
}

func isIdentByte(b byte) bool {
	return b == '_' || b == '$' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
