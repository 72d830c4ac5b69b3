package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// EntityInfo is one entity as the store knows it.
type EntityInfo struct {
	IRI     string // e.g. "person:Ketut_Suiasa" (without angle brackets)
	Name    string
	Type    string
	Aliases []string
}

// Lookup finds entities whose name or any alias equals name,
// case-insensitively and after Unicode normalisation (’ matches ', a
// non-breaking space a space), sorted by IRI.
func (s *Store) Lookup(ctx context.Context, name string) ([]EntityInfo, error) {
	want := foldName(name)
	if want == "" {
		return nil, nil
	}
	var out []EntityInfo
	err := s.read(func() error {
		found := map[string]bool{}
		err := s.releasingWhile(func() error {
			return s.eachNameQuad(ctx, func(q quad.Quad) error {
				if iri, ok := iriString(q.Subject); ok && foldName(literalString(q.Object)) == want {
					found[iri] = true
				}
				return nil
			})
		})
		if err != nil {
			return s.wrap("lookup "+name, err)
		}
		for _, iri := range sortedSet(found) {
			e, err := entityInfo(ctx, s.qs, iri)
			if err != nil {
				return s.wrap("lookup "+name, err)
			}
			out = append(out, e)
		}
		return nil
	})
	return out, err
}

// eachNameQuad streams the <name> and <alias> quads, holding none: there
// is no index by predicate, so on bolt this reads the whole store.
func (s *Store) eachNameQuad(ctx context.Context, fn func(quad.Quad) error) error {
	for _, p := range []quad.IRI{predName, predAlias} {
		ref := s.qs.ValueOf(p)
		if ref == nil {
			continue
		}
		if err := eachQuad(ctx, s.qs, s.qs.QuadIterator(quad.Predicate, ref), fn); err != nil {
			return err
		}
	}
	return nil
}

// EachName calls fn with every entity IRI and one of its names or aliases,
// as the store holds them (once per article that states it), streaming:
// memory stays flat on any store, which Subgraph's does not. It stops
// with fn's error or ctx's.
func (s *Store) EachName(ctx context.Context, fn func(iri, name string) error) error {
	return s.read(func() error {
		err := s.releasingWhile(func() error {
			return s.eachNameQuad(ctx, func(q quad.Quad) error {
				if iri, ok := iriString(q.Subject); ok {
					return fn(iri, literalString(q.Object))
				}
				return nil
			})
		})
		return s.wrap("read names", err)
	})
}

// foldName is the form names are compared in: NFKC, lower case, one kind
// of apostrophe, quote and dash, single spaces.
func foldName(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', 'ʼ', '`', '´', '′':
			return '\''
		case '“', '”', '„', '″':
			return '"'
		case '‐', '‑', '‒', '–', '—', '−':
			return '-'
		case '\u200b', '\u200c', '\u200d', '\ufeff':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// entityInfo reads one entity's name, type and aliases over all articles.
func entityInfo(ctx context.Context, qs graph.QuadStore, iri string) (EntityInfo, error) {
	qq, err := quadsWith(ctx, qs, quad.Subject, quad.IRI(iri))
	if err != nil {
		return EntityInfo{}, err
	}
	return entityFromQuads(iri, qq), nil
}

// entityFromQuads builds an EntityInfo from the entity's quads; with several
// names or types (from different articles) the smallest wins, so the
// answer does not depend on storage order.
func entityFromQuads(iri string, qq []quad.Quad) EntityInfo {
	e := EntityInfo{IRI: iri}
	aliases := map[string]bool{}
	for _, q := range qq {
		v := literalString(q.Object)
		switch q.Predicate {
		case predName:
			if e.Name == "" || v < e.Name {
				e.Name = v
			}
		case predType:
			if e.Type == "" || v < e.Type {
				e.Type = v
			}
		case predAlias:
			aliases[v] = true
		}
	}
	delete(aliases, e.Name)
	e.Aliases = sortedSet(aliases)
	return e
}

func sortedSet(m map[string]bool) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Fact is one stored triple with its provenance.
type Fact struct {
	// Subject and Object are the entities; Predicate carries the predicate
	// name in both IRI (as stored, e.g. "represents") and Name.
	Subject, Predicate, Object EntityInfo
	Source                     string // article source
	Sentence                   string
	Start, End                 int
	Confidence                 float64
	Rule                       string
}

// Facts returns every fact whose subject or object is the entity iri (with
// or without angle brackets), sorted by source, then start.
func (s *Store) Facts(ctx context.Context, iri string) ([]Fact, error) {
	iri = strings.TrimSuffix(strings.TrimPrefix(iri, "<"), ">")
	var out []Fact
	err := s.read(func() error {
		var err error
		out, err = readFacts(ctx, s.qs, iri)
		return s.wrap("facts of "+iri, err)
	})
	return out, err
}

func readFacts(ctx context.Context, qs graph.QuadStore, iri string) ([]Fact, error) {
	refs, err := quadsWith(ctx, qs, quad.Object, quad.IRI(iri))
	if err != nil {
		return nil, err
	}
	factNodes := map[string]bool{}
	for _, q := range refs {
		if q.Predicate == predSubject || q.Predicate == predObject {
			if f, ok := iriString(q.Subject); ok {
				factNodes[f] = true
			}
		}
	}
	entities := map[string]EntityInfo{}
	entity := func(v quad.Value) (EntityInfo, error) {
		id, _ := iriString(v)
		if e, ok := entities[id]; ok {
			return e, nil
		}
		e, err := entityInfo(ctx, qs, id)
		entities[id] = e
		return e, err
	}
	var out []Fact
	for _, node := range sortedSet(factNodes) {
		qq, err := quadsWith(ctx, qs, quad.Subject, quad.IRI(node))
		if err != nil {
			return nil, err
		}
		var f Fact
		for _, q := range qq {
			switch q.Predicate {
			case predSubject:
				if f.Subject, err = entity(q.Object); err != nil {
					return nil, err
				}
			case predObject:
				if f.Object, err = entity(q.Object); err != nil {
					return nil, err
				}
			case predPredicate:
				p := literalString(q.Object)
				f.Predicate = EntityInfo{IRI: PredicateIRI(p), Name: p}
			case predSentence:
				f.Sentence = literalString(q.Object)
			case predStart:
				f.Start = literalInt(q.Object)
			case predEnd:
				f.End = literalInt(q.Object)
			case predConfidence:
				f.Confidence = literalFloat(q.Object)
			case predRule:
				f.Rule = literalString(q.Object)
			case predSource:
				id, _ := iriString(q.Object)
				f.Source, _ = sourceOfArticle(id)
			}
		}
		out = append(out, f)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return fmt.Sprint(a.Subject.IRI, a.Predicate.Name, a.Object.IRI) < fmt.Sprint(b.Subject.IRI, b.Predicate.Name, b.Object.IRI)
	})
	return out, nil
}
