package extract

import (
	"strings"

	"github.com/graphq/graphq/extract/morph"
	"github.com/graphq/graphq/schema"
)

// lexicon indexes the schema data for the lookups the stages make per token.
type lexicon struct {
	s *schema.Schema

	titles    phraseIndex[schema.Title]
	abbrShort map[string]schema.Abbreviation // by lower-case short form
	abbrLong  map[string]schema.Abbreviation // by lower-case long form: the preferred short form
	heads     phraseIndex[string]            // phrase -> entity type
	headTypes map[string][]string            // phrase -> every type it heads
	regions   phraseIndex[bool]
	places    phraseIndex[bool]
	honorific map[string]bool // lower case, dots removed
	given     map[string]bool
	common    map[string]bool
	function  map[string]bool
	verbs     map[string]bool
	person    map[string]bool
	roles     map[string]uint32                // lower-case word -> bit set of its roles
	forms     phraseIndex[schema.Abbreviation] // short and long forms
	// knownForms is forms with each phrase's value the abbreviation that
	// looking the phrase up as a short, then a long form gives: the one
	// listed first. See Extractor.knownForm.
	knownForms phraseIndex[schema.Abbreviation]
	cuesByRoot map[string][]schema.Cue
	predicates map[string]schema.Predicate
	// verbFormRoots holds the roots whose verb forms are known words
	// ("pimpin": memimpin; "serah": menyerahkan).
	verbFormRoots map[string]bool
	// words gathers what the maps and indexes above say of each lower-case
	// word, so that a token needs one lookup rather than one per list.
	words map[string]*lexWord
	// unknown is the lexWord of all the words the lexicon does not know. It
	// is never changed: factsAt keeps their facts in the extractor's cache.
	unknown *lexWord
}

func newLexicon(s *schema.Schema) *lexicon {
	lx := &lexicon{
		s:          s,
		abbrShort:  map[string]schema.Abbreviation{},
		abbrLong:   map[string]schema.Abbreviation{},
		honorific:  set(s.Honorifics, dropDots),
		given:      set(s.GivenNames, strings.ToLower),
		common:     set(s.CommonWords, strings.ToLower),
		function:   set(s.FunctionWords, strings.ToLower),
		verbs:      set(s.Verbs, strings.ToLower),
		person:     set(s.PersonTokens, strings.ToLower),
		roles:      map[string]uint32{},
		headTypes:  map[string][]string{},
		cuesByRoot: map[string][]schema.Cue{},
		predicates: map[string]schema.Predicate{},
	}
	for _, t := range s.Titles {
		lx.titles.add(t.Surface, t)
	}
	for _, a := range s.Abbreviations {
		if _, ok := lx.abbrShort[strings.ToLower(a.Short)]; !ok {
			lx.abbrShort[strings.ToLower(a.Short)] = a
		}
		if _, ok := lx.abbrLong[strings.ToLower(a.Long)]; !ok {
			lx.abbrLong[strings.ToLower(a.Long)] = a
		}
	}
	// In schema type order, so that a head listed under two types ("deklarasi":
	// Event and Document) always reads the same way.
	for _, typ := range s.Types {
		for _, h := range s.Heads[typ] {
			lx.heads.add(h, typ)
			lx.headTypes[strings.ToLower(h)] = append(lx.headTypes[strings.ToLower(h)], typ)
		}
	}
	for _, r := range s.Regions {
		lx.regions.add(r, true)
	}
	// Places from the NER corpus type a capitalised word as a place, but do
	// not bound names: "Sudirman" is a street there and a name here.
	for _, p := range s.Places {
		lx.places.add(p, true)
	}
	for name, ws := range s.Words {
		if r, ok := roleNames[name]; ok {
			for _, w := range ws {
				lx.roles[strings.ToLower(w)] |= 1 << r
			}
		}
	}
	for _, a := range s.Abbreviations {
		lx.forms.add(a.Short, a)
		lx.forms.add(a.Long, a)
	}
	lx.knownForms.byFirst = map[string][]phraseEntry[schema.Abbreviation]{}
	for first, entries := range lx.forms.byFirst {
		known := make([]phraseEntry[schema.Abbreviation], len(entries))
		for i, e := range entries {
			known[i] = e
			phrase := strings.Join(e.words, " ")
			if b, ok := lx.abbrShort[phrase]; ok {
				known[i].value = b
			} else if b, ok := lx.abbrLong[phrase]; ok {
				known[i].value = b
			}
		}
		lx.knownForms.byFirst[first] = known
	}
	for _, c := range s.Cues {
		root := strings.ReplaceAll(c.Root, " ", "")
		lx.cuesByRoot[root] = append(lx.cuesByRoot[root], c)
	}
	for _, p := range s.Predicates {
		lx.predicates[p.Name] = p
	}
	lx.verbFormRoots = verbFormRoots(lx.verbs, lx.common)
	lx.indexWords()
	return lx
}

// verbFormRoots returns every root r such that prefix+r+suffix is one of the
// words, for the verbal prefixes and suffixes a verb form takes.
func verbFormRoots(wordSets ...map[string]bool) map[string]bool {
	roots := map[string]bool{}
	for _, words := range wordSets {
		for w := range words {
			for _, p := range []string{"me", "mem", "men", "meng", "meny", "di"} {
				for _, suf := range []string{"", "kan", "i"} {
					if len(w) >= len(p)+len(suf) && strings.HasPrefix(w, p) && strings.HasSuffix(w, suf) {
						roots[w[len(p):len(w)-len(suf)]] = true
					}
				}
			}
		}
	}
	return roots
}

// is reports whether a lower-case word plays a role (pronoun, weekday, ...).
func (lx *lexicon) is(r role, lower string) bool { return lx.roles[lower]&(1<<r) != 0 }

// isHonorific reports an honorific, rank or degree, dots and case aside. It
// runs for most capitalised tokens, so it avoids allocating.
func (lx *lexicon) isHonorific(word string) bool {
	if len(word) == 0 || len(word) > 12 {
		return false
	}
	var buf [12]byte
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c == '.':
			continue
		case c >= 0x80:
			return lx.honorific[dropDots(word)]
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return lx.honorific[string(buf[:n])]
}

type cueMatch struct {
	schema.Cue
	morph.Analysis
}

func set(words []string, key func(string) string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[key(w)] = true
	}
	return m
}

func dropDots(s string) string { return strings.ToLower(strings.ReplaceAll(s, ".", "")) }

// phraseIndex finds the longest multi-word phrase starting at a token.
type phraseIndex[V any] struct {
	byFirst map[string][]phraseEntry[V]
}

type phraseEntry[V any] struct {
	words []string // lower case
	value V
}

func (p *phraseIndex[V]) add(phrase string, v V) {
	if p.byFirst == nil {
		p.byFirst = map[string][]phraseEntry[V]{}
	}
	words := strings.Fields(strings.ToLower(phrase))
	if len(words) == 0 {
		return
	}
	p.byFirst[words[0]] = append(p.byFirst[words[0]], phraseEntry[V]{words: words, value: v})
}

// longestAnyCase is longest(lowered words, 0) for words in any case. It
// does not lower them: most capitalised runs start no phrase, and it finds
// that out without allocating.
func (p *phraseIndex[V]) longestAnyCase(words []string) (V, int) {
	var best V
	if len(words) == 0 {
		return best, 0
	}
	var phrases []phraseEntry[V]
	var buf [32]byte
	if first, ok := lowerASCII(buf[:0], words[0]); ok {
		phrases = p.byFirst[string(first)]
	} else {
		phrases = p.byFirst[strings.ToLower(words[0])]
	}
	n := 0
	for _, e := range phrases {
		if len(e.words) <= n || len(e.words) > len(words) {
			continue
		}
		ok := true
		for k, w := range e.words {
			if !equalLower(words[k], w) {
				ok = false
				break
			}
		}
		if ok {
			best, n = e.value, len(e.words)
		}
	}
	return best, n
}

// longest returns the value and length in words of the longest phrase that
// starts at words[i] (words given in lower case).
func (p *phraseIndex[V]) longest(words []string, i int) (V, int) {
	if i >= len(words) {
		var none V
		return none, 0
	}
	return longestOf(p.byFirst[words[i]], words, i)
}

// longestOf is longest given the phrases that start with words[i].
func longestOf[V any](phrases []phraseEntry[V], words []string, i int) (V, int) {
	var best V
	n := 0
	for _, e := range phrases {
		if len(e.words) <= n || i+len(e.words) > len(words) {
			continue
		}
		ok := true
		for k, w := range e.words {
			if words[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			best, n = e.value, len(e.words)
		}
	}
	return best, n
}
