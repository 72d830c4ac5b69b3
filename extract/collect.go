package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// collector gathers an article's triples, one per distinct fact, and the
// entities they name.
type collector struct {
	source   string
	text     string
	triples  []Triple
	index    map[tripleKey]int // the index in triples of each fact, once there are many
	entities []Entity          // in the order first named
	entityAt map[entityKey]int // index in entities
}

func newCollector(source, text string, sentences int) *collector {
	// Articles average about two triples and three entities per sentence.
	return &collector{
		source: source, text: text,
		triples:  make([]Triple, 0, 2*sentences),
		entities: make([]Entity, 0, 3*sentences),
		entityAt: make(map[entityKey]int, 3*sentences),
	}
}

// tripleKey identifies a fact: two triples with equal keys are one fact.
type tripleKey struct {
	subjectType, subject, predicate, objectType, object string
}

func keyOf(t *Triple) tripleKey {
	return tripleKey{t.SubjectType, t.Subject, t.Predicate, t.ObjectType, t.Object}
}

// indexedFrom is how many triples an article needs before the collector
// indexes them: most have a few dozen, which a scan finds sooner than a map
// is built.
const indexedFrom = 64

// find returns the index of the triple that states the fact key, or -1.
func (c *collector) find(key tripleKey) int {
	if c.index != nil {
		if i, ok := c.index[key]; ok {
			return i
		}
		return -1
	}
	for i := range c.triples {
		if keyOf(&c.triples[i]) == key {
			return i
		}
	}
	return -1
}

// appendTriple stores a triple of a new fact.
func (c *collector) appendTriple(key tripleKey, t Triple) {
	c.triples = append(c.triples, t)
	switch {
	case c.index != nil:
		c.index[key] = len(c.triples) - 1
	case len(c.triples) >= indexedFrom:
		c.index = make(map[tripleKey]int, 2*len(c.triples))
		for i := range c.triples {
			c.index[keyOf(&c.triples[i])] = i
		}
	}
}

// entityKey identifies an entity by its type and canonical name.
type entityKey struct{ typ, name string }

// add stores a triple unless an equal fact is there with a higher
// confidence; it returns the triple's index, or -1 if nothing was stored.
func (c *collector) add(s *sentence, subj *mention, pred string, obj *mention, conf float64, rule string) int {
	if subj == nil || obj == nil || subj.canon == "" || obj.canon == "" {
		return -1
	}
	if subj.canon == obj.canon && subj.typ == obj.typ {
		return -1
	}
	t := Triple{
		Source: c.source, Subject: subj.canon, Predicate: pred, Object: obj.canon,
		SubjectType: subj.typ, ObjectType: obj.typ,
		SubjectText: subj.text, ObjectText: obj.text,
		Sentence: s.text, SentenceIndex: s.index, Start: s.start, End: s.end,
		Confidence: conf, Rule: rule,
	}
	key := keyOf(&t)
	if i := c.find(key); i >= 0 {
		if conf > c.triples[i].Confidence {
			t.Open = c.triples[i].Open
			c.triples[i] = t
		}
		c.addEntity(subj)
		c.addEntity(obj)
		return i
	}
	c.appendTriple(key, t)
	c.addEntity(subj)
	c.addEntity(obj)
	return len(c.triples) - 1
}

func (c *collector) addEntity(m *mention) {
	key := entityKey{m.typ, m.canon}
	i, ok := c.entityAt[key]
	if !ok {
		i = len(c.entities)
		c.entityAt[key] = i
		c.entities = append(c.entities, Entity{Name: m.canon, Type: m.typ})
	}
	e := &c.entities[i]
	alias := strings.TrimSpace(m.text)
	if alias == "" || alias == e.Name {
		return
	}
	for _, a := range e.Aliases {
		if a == alias {
			return
		}
	}
	e.Aliases = append(e.Aliases, alias)
}

// sorted returns the triples in the order of their sentences, each
// sentence's in the order found. It sorts in place: the collector is done.
func (c *collector) sorted() []Triple {
	if len(c.triples) == 0 {
		return nil // as before the collector preallocated
	}
	slices.SortStableFunc(c.triples, func(a, b Triple) int { return cmp.Compare(a.Start, b.Start) })
	return c.triples
}

// entityList returns the entities sorted by type and name (which identify
// them), never nil. It sorts in place: the collector is done.
func (c *collector) entityList() []Entity {
	out := c.entities
	if out == nil {
		out = []Entity{}
	}
	for i := range out {
		sort.Strings(out[i].Aliases)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].Name < out[j].Name
	})
	return out
}
