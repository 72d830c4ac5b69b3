package extract

import (
	"github.com/graphq/graphq/extract/token"
	"github.com/graphq/graphq/schema"
)

// sentence is one sentence of an article on its way through the pipeline.
type sentence struct {
	index      int
	text       string
	start, end int // byte offsets in the article
	toks       []token.Token
	low        []string   // lower-case token texts
	lex        []*lexWord // what the lexicon knows of each token
	honorific  []bool     // each token is an honorific, rank or degree
	inQuote    []bool
	facts      []*wordFacts // of each token, filled in as the rules ask: see factsAt
	titleCase  bool         // a headline in Title Case: capitals say little there
	mentions   []*mention   // top-level mentions in order
}

// mention is one entity mention. A titled name ("Kepala BKN Haryomo Dwi
// Putranto") is one Person mention with its Position (and the body the title
// heads or belongs to) attached, so that relation rules see one argument.
type mention struct {
	typ        string
	tok0, tok1 int    // token span in the sentence, the attached parts included
	text       string // as written
	canon      string // canonical name (resolved at article level)

	position  *mention // the office a Person mention's title names
	body      *mention // the Organization a head or member title names
	titleKind string   // head, member, office: the kind of that title
	// affiliation is the party or faction a titled person is "dari"
	// ("Anggota DPRD dari Fraksi Golkar, X"): the person is its member.
	affiliation *mention

	quantified bool // "para camat", "seluruh ASN"
	anaphor    bool // "kegiatan ini", "acara ini": an event named elsewhere
	bareTitle  bool // "Sekda" alone: a title standing for its holder
	pronoun    bool // "dia", "ia", "beliau", or a first person in a quote
	date       dateValue
	eventHead  string   // canonical head of an event ("Rapat Koordinasi")
	preceding  string   // the lower-case word before the mention
	rule       string   // the chunking rule, for provenance
	namedBy    *mention // the name a generic event is given ("kampanye bertajuk X")
	nameTok0   int      // where a person's name starts, after any title
	takes      string   // what the title takes: region, body or none
	altTyp     string   // a second type its head noun allows ("deklarasi": Event or Document)
}

func (m *mention) span(s *sentence) (int, int) {
	return s.toks[m.tok0].Start, s.toks[m.tok1-1].End
}

// surface returns the article text of tokens [a,b) of the sentence.
func (s *sentence) surface(article string, a, b int) string {
	if a >= b {
		return ""
	}
	return article[s.toks[a].Start:s.toks[b-1].End]
}

// mentionAt returns the top-level mention that starts at token i.
func (s *sentence) mentionAt(i int) *mention {
	for _, m := range s.mentions {
		if m.tok0 == i {
			return m
		}
	}
	return nil
}

// The lexicon's phrases that start at token i, as x.lx.titles.longest(s.low,
// i) and the like would find them, without a lookup per call.

func (s *sentence) title(i int) (schema.Title, int) {
	if i >= len(s.low) {
		return schema.Title{}, 0
	}
	return longestOf(s.lex[i].titles, s.low, i)
}

func (s *sentence) head(i int) (string, int) {
	if i >= len(s.low) {
		return "", 0
	}
	return longestOf(s.lex[i].heads, s.low, i)
}

func (s *sentence) region(i int) int {
	if i >= len(s.low) {
		return 0
	}
	_, n := longestOf(s.lex[i].regions, s.low, i)
	return n
}

func (s *sentence) place(i int) int {
	if i >= len(s.low) {
		return 0
	}
	_, n := longestOf(s.lex[i].places, s.low, i)
	return n
}

// is reports whether token k plays a role (pronoun, weekday, ...).
func (s *sentence) is(r role, k int) bool { return s.lex[k].roles&(1<<r) != 0 }
