package extract

import "github.com/graphq/graphq/extract/token"

// sentence is one sentence of an article on its way through the pipeline.
type sentence struct {
	index      int
	text       string
	start, end int // byte offsets in the article
	toks       []token.Token
	low        []string // lower-case token texts
	inQuote    []bool
	titleCase  bool       // a headline in Title Case: capitals say little there
	mentions   []*mention // top-level mentions in order
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
