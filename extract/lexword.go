package extract

import (
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/graphq/graphq/schema"
)

// lexWord is what the lexicon knows of one lower-case word. Its fields are
// set at load and never changed, but for facts, which is filled in once,
// atomically.
type lexWord struct {
	word                                    string // the word itself, lower case
	roles                                   uint32 // bit set of its roles
	common, given, person, function, abbrev bool   // abbrev: a known short form
	honorific                               bool   // as written without dots
	// introducesRegion: the word, or the word after "se-", is one of
	// regionIntroducers ("kabupaten", "se-kabupaten").
	introducesRegion bool
	titles           []phraseEntry[schema.Title]
	heads            []phraseEntry[string]
	regions, places  []phraseEntry[bool]

	// facts are the word's wordFacts, made on first use. They live here
	// rather than in the extractor's cache because known words are most of
	// the tokens, and an atomic load is much cheaper than a sync.Map lookup.
	facts atomic.Pointer[wordFacts]
}

// word returns what the lexicon knows of a lower-case word.
func (lx *lexicon) word(w string) *lexWord {
	if e, ok := lx.words[w]; ok {
		return e
	}
	return lx.unknown
}

// lower returns strings.ToLower(text) and what the lexicon knows of it.
// Lowering a capitalised known word ("Bupati") returns the lexicon's own
// copy of the lower-case word instead of allocating a new one.
func (lx *lexicon) lower(text string) (string, *lexWord) {
	var buf [32]byte
	if len(text) > len(buf) {
		low := strings.ToLower(text)
		return low, lx.word(low)
	}
	upper := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf {
			low := strings.ToLower(text)
			return low, lx.word(low)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		buf[i] = c
	}
	if !upper {
		return text, lx.word(text)
	}
	if e, ok := lx.words[string(buf[:len(text)])]; ok {
		return e.word, e
	}
	return string(buf[:len(text)]), lx.unknown
}

// indexWords builds lx.words from the maps and indexes.
func (lx *lexicon) indexWords() {
	lx.words = map[string]*lexWord{}
	lx.unknown = &lexWord{}
	entry := func(w string) *lexWord {
		e := lx.words[w]
		if e == nil {
			e = &lexWord{word: w}
			lx.words[w] = e
		}
		return e
	}
	for w, r := range lx.roles {
		entry(w).roles = r
	}
	for _, f := range []struct {
		words map[string]bool
		flag  func(*lexWord) *bool
	}{
		{lx.common, func(e *lexWord) *bool { return &e.common }},
		{lx.given, func(e *lexWord) *bool { return &e.given }},
		{lx.person, func(e *lexWord) *bool { return &e.person }},
		{lx.function, func(e *lexWord) *bool { return &e.function }},
		{lx.honorific, func(e *lexWord) *bool { return &e.honorific }},
	} {
		for w, ok := range f.words {
			*f.flag(entry(w)) = ok
		}
	}
	for w := range lx.abbrShort {
		entry(w).abbrev = true
	}
	for w := range regionIntroducers {
		entry(w).introducesRegion = true
		entry("se-" + w).introducesRegion = true
	}
	for w, es := range lx.titles.byFirst {
		entry(w).titles = es
	}
	for w, es := range lx.heads.byFirst {
		entry(w).heads = es
	}
	for w, es := range lx.regions.byFirst {
		entry(w).regions = es
	}
	for w, es := range lx.places.byFirst {
		entry(w).places = es
	}
}

// isHonorificToken is isHonorific(text) for a token whose lower-case form
// has lexWord e: without dots, that form is the key isHonorific looks up.
func (lx *lexicon) isHonorificToken(text string, e *lexWord) bool {
	if len(text) == 0 || len(text) > 12 {
		return false
	}
	if strings.IndexByte(text, '.') < 0 {
		return e.honorific
	}
	return lx.isHonorific(text)
}

// lowerASCII appends the lower case of an ASCII word to buf; ok is false if
// the word is not ASCII.
func lowerASCII(buf []byte, word string) (lower []byte, ok bool) {
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf, true
}

// equalLower reports whether strings.ToLower(word) == lower, without
// allocating for ASCII words.
func equalLower(word, lower string) bool {
	if len(word) != len(lower) {
		return !isASCII(word) && strings.ToLower(word) == lower
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(word) == lower
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false // ToLower keeps an ASCII prefix's bytes in place
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
