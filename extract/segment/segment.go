package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence and its byte span in the text.
type Sentence struct {
	Text       string
	Start, End int
}

// Splitter splits text into sentences. The zero value knows no
// abbreviations; use New.
type Splitter struct {
	abbrev map[string]bool
	// acronyms are words in capitals that name something ("ASN", "KPU"):
	// before a capitalised word they end a sentence, where initials such
	// as "IB." do not.
	acronyms map[string]bool
}

// WithAcronyms returns sp knowing acronyms as names, not initials: "…
// netralitas ASN. Ketua Bawaslu …" is two sentences.
func (sp *Splitter) WithAcronyms(acronyms []string) *Splitter {
	sp.acronyms = map[string]bool{}
	for _, a := range acronyms {
		sp.acronyms[a] = true
	}
	return sp
}

// New returns a splitter that never ends a sentence after one of abbrevs
// (compared case-insensitively, without their final dot).
func New(abbrevs []string) *Splitter {
	s := &Splitter{abbrev: map[string]bool{}}
	for _, a := range abbrevs {
		s.abbrev[strings.ToLower(strings.TrimSuffix(a, "."))] = true
	}
	return s
}

// Split returns the sentences of text in order. Offsets are byte offsets;
// text[s.Start:s.End] == s.Text. Whitespace between sentences is dropped.
func (sp *Splitter) Split(text string) []Sentence {
	var out []Sentence
	start := 0
	depth := 0
	emit := func(end int) {
		seg := text[start:end]
		trimmedLeft := len(seg) - len(strings.TrimLeftFunc(seg, unicode.IsSpace))
		seg = strings.TrimSpace(seg)
		if seg != "" {
			s := start + trimmedLeft
			out = append(out, Sentence{Text: seg, Start: s, End: s + len(seg)})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == '\n':
			emit(i)
			depth = 0
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
		case (r == '.' || r == '!' || r == '?') && depth == 0:
			end := closeAfter(text, i+size)
			if sp.endsSentence(text, i, end) {
				emit(end)
				i = end
				continue
			}
		}
		i += size
	}
	emit(len(text))
	return out
}

// closeAfter extends a sentence end over further punctuation and closing quotes.
func closeAfter(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !strings.ContainsRune(`.!?"'”’)]»`, r) {
			break
		}
		i += size
	}
	return i
}

// endsSentence decides whether the terminator at i (its run ending at end)
// closes a sentence.
func (sp *Splitter) endsSentence(text string, i, end int) bool {
	if end >= len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsSpace(next) {
		return false // "S.Kom", "3.5", "bisnisbali.com"
	}
	// The next word must open a sentence.
	rest := strings.TrimLeftFunc(text[end:], func(r rune) bool { return unicode.IsSpace(r) && r != '\n' })
	if rest == "" || rest[0] == '\n' {
		return true
	}
	first, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"“‘'(`, first) {
		return false
	}
	if text[i] != '.' {
		return true
	}
	word := lastWord(text[:i])
	if word == "" {
		return true
	}
	if sp.abbrev[strings.ToLower(word)] {
		// A degree written with stops ends the sentence when a sentence
		// follows ("..., M.Pd. Kegiatan diikuti ..."), not a name ("Dr.
		// Sutrisno mengatakan": an honorific without inner stops).
		return strings.Contains(word, ".") && opensClause(rest)
	}
	runes := []rune(word)
	if len(runes) == 1 && unicode.IsUpper(runes[0]) {
		return false // an initial: "Joko P. Widodo"
	}
	if strings.Contains(word, ".") {
		return false // "S.Kom.", "M.T."
	}
	if len(runes) <= 3 && allUpper(runes) && hasTitleAfter(rest) && !sp.acronyms[word] {
		return false // "IB. Alit Merta": initials before a name
	}
	if len(runes) == 2 && unicode.IsUpper(runes[0]) && allLower(runes[1:]) && startsCapitalised(text[:i], len(word)) {
		return false // "Jemmy Ch. Rotinsulu": an abbreviated middle name
	}
	return true
}

// opensClause reports text that starts with a capitalised word followed by
// a lower-case one: "Kegiatan diikuti …", "Ia menjelaskan …".
func opensClause(rest string) bool {
	words := strings.Fields(rest)
	if len(words) < 2 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	second, _ := utf8.DecodeRuneInString(words[1])
	return unicode.IsUpper(first) && unicode.IsLower(second)
}

func lastWord(s string) string {
	j := len(s)
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if unicode.IsSpace(r) || strings.ContainsRune(`("“'`, r) {
			break
		}
		j -= size
	}
	return s[j:]
}

func allLower(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// startsCapitalised reports whether the word before the last one of s (of
// length n) is capitalised: "Jemmy Ch." is inside a name.
func startsCapitalised(s string, n int) bool {
	f := strings.Fields(s[:len(s)-n])
	if len(f) == 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsUpper(r)
}

func allUpper(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// hasTitleAfter reports whether rest starts with a capitalised word followed
// by another capitalised word on the same line, the shape of a name.
func hasTitleAfter(rest string) bool {
	f := strings.Fields(strings.SplitN(rest, "\n", 2)[0])
	if len(f) < 2 {
		return false
	}
	a, _ := utf8.DecodeRuneInString(f[0])
	b, _ := utf8.DecodeRuneInString(f[1])
	return unicode.IsUpper(a) && unicode.IsUpper(b) && !strings.HasSuffix(f[0], ".")
}
