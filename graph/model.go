package graph

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"github.com/graphq/graphq/extract"
)

// Predicates of the quad model (see the package documentation).
var (
	predName       = quad.IRI("name")
	predType       = quad.IRI("type")
	predAlias      = quad.IRI("alias")
	predSubject    = quad.IRI("subject")
	predPredicate  = quad.IRI("predicate")
	predObject     = quad.IRI("object")
	predSentence   = quad.IRI("sentence")
	predStart      = quad.IRI("start")
	predEnd        = quad.IRI("end")
	predConfidence = quad.IRI("confidence")
	predRule       = quad.IRI("rule")
	predSource     = quad.IRI("source")
	predTitle      = quad.IRI("title")
	predFile       = quad.IRI("file")
	predDate       = quad.IRI("date")
	predURL        = quad.IRI("url")
	// predContentHash carries ContentHash of the article's input, so that an
	// interrupted build can skip what it already stored (bulk_hash.go).
	predContentHash = quad.IRI("graphq:contentHash")
)

// articleType is the <type> of article nodes.
const articleType = "Article"

// IRI prefixes of node kinds.
const (
	articlePrefix = "article:"
	factPrefix    = "fact:"
	// openPrefix marks a triple predicate renamed because it collides with
	// a model predicate.
	openPrefix = "rel:"
	// untypedPrefix names entities the extractor gave no type.
	untypedPrefix = "entity:"
)

// modelPredicates are the predicate names the model itself uses.
var modelPredicates = map[string]bool{}

func init() {
	for _, p := range []quad.IRI{predName, predType, predAlias, predSubject, predPredicate, predObject,
		predSentence, predStart, predEnd, predConfidence, predRule, predSource, predTitle, predFile, predDate, predURL, predContentHash} {
		modelPredicates[string(p)] = true
	}
}

// CorePredicates are the scored predicates of shared/eval/GUIDELINES.md: the
// edges Subgraph returns.
var CorePredicates = []string{
	"holds", "headOf", "memberOf", "represents", "attends", "organizes", "opens", "speaksAt",
	"heldAt", "heldOn", "accompaniedBy", "advises", "cooperatesWith", "appoints", "urges",
	"signs", "issues",
}

func isCorePredicate(p string) bool {
	for _, c := range CorePredicates {
		if c == p {
			return true
		}
	}
	return false
}

// ArticleIRI is the node (and label) of an article, without brackets.
func ArticleIRI(source string) string { return articlePrefix + escapeIRI(source) }

// EntityIRI is the node of an entity, without brackets: the lower-case type,
// a colon and the name with spaces as underscores.
func EntityIRI(typ, name string) string {
	prefix := untypedPrefix
	if t := strings.ToLower(strings.TrimSpace(typ)); t != "" {
		prefix = escapeIRI(strings.Join(strings.Fields(t), "_")) + ":"
	}
	return prefix + escapeIRI(strings.Join(strings.Fields(name), "_"))
}

// PredicateIRI is the edge predicate a triple's predicate is stored under.
func PredicateIRI(predicate string) string {
	p := escapeIRI(strings.Join(strings.Fields(predicate), "_"))
	if modelPredicates[p] {
		return openPrefix + p
	}
	return p
}

// FactIRI is the node of the n-th (from 1) triple of an article.
func FactIRI(source string, n int) string {
	return factPrefix + escapeIRI(source) + "/" + strconv.Itoa(n)
}

// sourceOfArticle inverts ArticleIRI.
func sourceOfArticle(iri string) (string, bool) {
	rest, ok := strings.CutPrefix(iri, articlePrefix)
	if !ok {
		return "", false
	}
	src, err := url.PathUnescape(rest)
	if err != nil {
		return rest, true
	}
	return src, true
}

// escapeIRI percent-encodes what N-Quads does not allow in an IRI (and %,
// so that the encoding can be undone); everything else, Unicode included,
// stays readable.
func escapeIRI(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r <= ' ' || r == 0x7f || strings.ContainsRune("<>\"{}|^`\\%", r) || unicode.IsSpace(r) || !unicode.IsPrint(r) {
			for _, c := range []byte(string(r)) {
				fmt.Fprintf(&b, "%%%02X", c)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cleanName collapses whitespace, so that one name always gives one IRI.
func cleanName(s string) string { return strings.Join(strings.Fields(s), " ") }

// entityFacts collects one entity's quads while an article is converted.
type entityFacts struct {
	iri     quad.IRI
	name    string
	typ     string
	aliases map[string]bool
}

// articleQuads is the de-duplicated quad set of one article.
type articleQuads struct {
	label    quad.IRI
	quads    map[string]quad.Quad // keyed by N-Quads line
	entities map[quad.IRI]*entityFacts
	facts    int
}

func (a *articleQuads) add(s, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: a.label}
	a.quads[quadKey(q)] = q
}

// quadKey identifies a quad across backends: what the store gives back
// compares equal to what was written.
func quadKey(q quad.Quad) string { return q.NQuad() }

// typeResolver finds an entity's type when a triple does not give it: from
// the result's entity list, or from another triple naming the same entity.
type typeResolver map[string]map[string]bool

func newTypeResolver() typeResolver { return typeResolver{} }

func (tr typeResolver) note(name, typ string) {
	name, typ = cleanName(name), strings.TrimSpace(typ)
	if name == "" || typ == "" {
		return
	}
	if tr[name] == nil {
		tr[name] = map[string]bool{}
	}
	tr[name][typ] = true
}

func (tr typeResolver) resolve(name, typ string) string {
	if typ = strings.TrimSpace(typ); typ != "" {
		return typ
	}
	if types := tr[cleanName(name)]; len(types) == 1 {
		for t := range types {
			return t
		}
	}
	return ""
}

// buildArticleQuads converts one extraction result into its quads.
func buildArticleQuads(r extract.Result) (*articleQuads, error) {
	src := r.Article.Source
	if strings.TrimSpace(src) == "" {
		return nil, fmt.Errorf("article has no source")
	}
	art := quad.IRI(ArticleIRI(src))
	a := &articleQuads{label: art, quads: map[string]quad.Quad{}, entities: map[quad.IRI]*entityFacts{}}

	a.add(art, predType, quad.String(articleType))
	for p, v := range map[quad.IRI]string{predTitle: r.Article.Title, predFile: r.Article.File, predDate: r.Article.Date, predURL: r.Article.URL} {
		if v = strings.TrimSpace(v); v != "" {
			a.add(art, p, quad.String(v))
		}
	}
	// Results made without the article's text (tests, re-imports) carry no
	// hash: there is nothing to compare a later input with.
	if r.Article.Text != "" {
		a.add(art, predContentHash, quad.String(ContentHash(r.Article)))
	}

	types := newTypeResolver()
	for _, e := range r.Entities {
		types.note(e.Name, e.Type)
	}
	for _, t := range r.Triples {
		types.note(t.Subject, t.SubjectType)
		types.note(t.Object, t.ObjectType)
	}
	for _, e := range r.Entities {
		if ent := a.entity(e.Name, types.resolve(e.Name, e.Type)); ent != nil {
			for _, al := range e.Aliases {
				ent.alias(al)
			}
		}
	}

	seen := map[string]bool{}
	for _, t := range r.Triples {
		subj := a.entity(t.Subject, types.resolve(t.Subject, t.SubjectType))
		obj := a.entity(t.Object, types.resolve(t.Object, t.ObjectType))
		pred := strings.TrimSpace(t.Predicate)
		if subj == nil || obj == nil || pred == "" {
			continue
		}
		subj.alias(t.SubjectText)
		obj.alias(t.ObjectText)
		// The same statement from the same sentence span is one fact.
		key := fmt.Sprintf("%s\x00%s\x00%s\x00%d\x00%d\x00%s", subj.iri, pred, obj.iri, t.Start, t.End, t.Sentence)
		if seen[key] {
			continue
		}
		seen[key] = true
		a.facts++
		a.add(subj.iri, quad.IRI(PredicateIRI(pred)), obj.iri)
		f := quad.IRI(FactIRI(src, a.facts))
		a.add(f, predSubject, subj.iri)
		a.add(f, predPredicate, quad.String(pred))
		a.add(f, predObject, obj.iri)
		a.add(f, predSentence, quad.String(t.Sentence))
		a.add(f, predStart, quad.Int(t.Start))
		a.add(f, predEnd, quad.Int(t.End))
		a.add(f, predConfidence, quad.Float(t.Confidence))
		a.add(f, predRule, quad.String(t.Rule))
		a.add(f, predSource, art)
	}

	for _, e := range a.entities {
		a.add(e.iri, predName, quad.String(e.name))
		if e.typ != "" {
			a.add(e.iri, predType, quad.String(e.typ))
		}
		for al := range e.aliases {
			a.add(e.iri, predAlias, quad.String(al))
		}
	}
	return a, nil
}

// entity returns (making on first use) the entity named name of type typ;
// nil for an empty name.
func (a *articleQuads) entity(name, typ string) *entityFacts {
	name = cleanName(name)
	if name == "" {
		return nil
	}
	iri := quad.IRI(EntityIRI(typ, name))
	e := a.entities[iri]
	if e == nil {
		e = &entityFacts{iri: iri, name: name, typ: strings.TrimSpace(typ), aliases: map[string]bool{}}
		a.entities[iri] = e
	}
	return e
}

func (e *entityFacts) alias(s string) {
	if s = cleanName(s); s != "" && s != e.name {
		e.aliases[s] = true
	}
}
