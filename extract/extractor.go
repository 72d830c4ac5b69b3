package extract

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/graphq/graphq/extract/segment"
	"github.com/graphq/graphq/schema"
)

// Extractor runs the extraction pipeline. It is safe for concurrent use: its
// schema data is read-only and each call keeps its own state.
type Extractor struct {
	lx       *lexicon
	splitter *segment.Splitter
	cache    wordCache
	cached   atomic.Int64
	scratch  sync.Pool // of *scratch
}

// New loads the schema data and returns an extractor.
func New() (*Extractor, error) {
	s, err := schema.Load()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	var abbrevs []string
	abbrevs = append(abbrevs, s.Honorifics...)
	abbrevs = append(abbrevs, s.GivenNames...)
	for _, t := range s.Titles {
		abbrevs = append(abbrevs, t.Surface)
	}
	abbrevs = append(abbrevs, "No", "Jl", "Kab", "Prov", "Kec", "Kel", "Tel", "Hlm", "St", "Yth", "a.n", "u.p")
	var acronyms []string
	for _, a := range s.Abbreviations {
		acronyms = append(acronyms, a.Short)
	}
	return &Extractor{lx: newLexicon(s), splitter: segment.New(abbrevs).WithAcronyms(acronyms)}, nil
}

// Sentences splits text into sentences with byte offsets, as the extractor does.
func (x *Extractor) Sentences(text string) []segment.Sentence { return x.splitter.Split(text) }

// Extract finds the triples and entities of one article. It never fails:
// text it cannot read yields fewer triples, not an error.
func (x *Extractor) Extract(a Article) Result {
	st := newArticleState(a)
	sc := x.getScratch()
	defer x.putScratch(sc)
	sents := x.mentions(a.Text, st, sc)
	x.resolve(sents, st)
	out := newCollector(a.Source, a.Text, len(sents))
	rel := x.newRelation(st, out)
	for _, s := range sents {
		rel.relate(s)
	}
	for _, s := range sents {
		for _, m := range s.mentions {
			if m.canon != "" && !m.pronoun && m.typ != "Generic" && m.typ != "Date" {
				out.addEntity(m)
			}
		}
	}
	return Result{Article: a, Triples: out.sorted(), Entities: out.entityList()}
}

// mentions splits and chunks a text. It chunks twice: the first pass learns
// the article's person names, so the second can recognise their short and
// misspelt forms.
func (x *Extractor) mentions(text string, st *articleState, sc *scratch) []*sentence {
	sents := x.prepare(text, st, sc)
	for _, s := range sents {
		x.chunk(s, st)
		for _, m := range s.mentions {
			if m.typ == "Person" && !m.pronoun {
				st.learnPerson(m.canon, learnSite{s.index, m.tok0, m.tok1})
			}
		}
	}
	// Only sentences that hold a name word learned after them need a second
	// look; most articles name people in full first.
	for _, s := range sents {
		if st.learnedLater(s) {
			s.mentions = nil
			x.chunk(s, st)
		}
	}
	return sents
}

// Mentions returns the typed entity mentions of a text as (type, text,
// canonical name, byte start, byte end), for evaluation against NER data.
func (x *Extractor) Mentions(text string) []Mention {
	st := newArticleState(Article{Text: text})
	sc := x.getScratch()
	defer x.putScratch(sc)
	var out []Mention
	for _, s := range x.mentions(text, st, sc) {
		for _, m := range s.mentions {
			for _, part := range []*mention{m.body, m.position, m} {
				if part == nil || part.pronoun || part.anaphor || part.typ == "Date" {
					continue
				}
				a, b := part.span(s)
				if part == m && m.typ == "Person" {
					a = s.toks[m.nameTok0].Start
				}
				out = append(out, Mention{Type: part.typ, Text: text[a:b], Start: a, End: b})
			}
		}
	}
	return out
}

// Mention is one typed entity mention with its byte span.
type Mention struct {
	Type       string
	Text       string
	Start, End int
}

// prepare splits, tokenises and marks quotes, and learns the article's
// acronym definitions and years.
func (x *Extractor) prepare(text string, st *articleState, sc *scratch) []*sentence {
	sents := sc.sentences(text, x.splitter.Split(text))
	for _, s := range sents {
		quote := false
		for k, t := range s.toks {
			s.low[k], s.lex[k] = x.lx.lower(t.Text)
			s.honorific[k] = x.lx.isHonorificToken(t.Text, s.lex[k])
			switch t.Text {
			case "“", "\"":
				quote = t.Text == "“" || !quote
			case "”":
				quote = false
			}
			s.inQuote[k] = quote
		}
		s.titleCase = isTitleCase(s)
		x.learnDefinitions(s, st)
	}
	sort.Ints(st.years)
	return sents
}

// isTitleCase reports a headline written in Title Case: most words
// capitalised and no closing period.
func isTitleCase(s *sentence) bool {
	words, capital := 0, 0
	for _, t := range s.toks {
		if t.IsWord() {
			words++
			if t.IsCapitalized() {
				capital++
			}
		}
	}
	return words >= 4 && capital*10 >= words*7 && !strings.HasSuffix(s.text, ".")
}
