package extract

import (
	"sort"
	"strings"
)

// collector gathers an article's triples, one per distinct fact, and the
// entities they name.
type collector struct {
	source   string
	text     string
	triples  []Triple
	index    map[string]int
	entities map[string]*Entity
}

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
	if c.index == nil {
		c.index = map[string]int{}
	}
	key := subj.typ + "\x00" + t.Subject + "\x00" + pred + "\x00" + obj.typ + "\x00" + t.Object
	if i, ok := c.index[key]; ok {
		if conf > c.triples[i].Confidence {
			t.Open = c.triples[i].Open
			c.triples[i] = t
		}
		c.addEntity(subj)
		c.addEntity(obj)
		return i
	}
	c.index[key] = len(c.triples)
	c.triples = append(c.triples, t)
	c.addEntity(subj)
	c.addEntity(obj)
	return len(c.triples) - 1
}

func (c *collector) addEntity(m *mention) {
	key := m.typ + "\x00" + m.canon
	e, ok := c.entities[key]
	if !ok {
		e = &Entity{Name: m.canon, Type: m.typ}
		c.entities[key] = e
	}
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

func (c *collector) sorted() []Triple {
	out := append([]Triple(nil), c.triples...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return false
	})
	return out
}

func (c *collector) entityList() []Entity {
	out := make([]Entity, 0, len(c.entities))
	for _, e := range c.entities {
		sort.Strings(e.Aliases)
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Type != out[j].Type {
			return out[i].Type < out[j].Type
		}
		return out[i].Name < out[j].Name
	})
	return out
}
