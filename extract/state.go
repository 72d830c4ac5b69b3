package extract

import (
	"strings"
	"unicode/utf8"
)

// articleState is what the stages learn about one article as they read it:
// acronyms it defines, the people it names, its years and its main event.
type articleState struct {
	text         string
	article      Article
	acronyms     map[string][]string  // "PBD" -> Papua Barat Daya, defined in the text
	acronymType  map[string]string    // the entity type of what an acronym stands for
	longToAcr    map[string]string    // lower-case long form -> acronym
	learnedAt    map[string]learnSite // lower-case words of multi-word person names: where each was first learned
	learned      []learnedWord        // the same words and sites, in the order learned, as a slice to scan
	persons      []string             // canonical multi-word person names, first seen first
	personWords  [][]string           // the lower-case words of each of persons
	years        []int
	mainEvent    *mention
	lastPerson   *mention            // the person the text is about now, for pronouns
	attended     *mention            // the event the previous sentence listed attendees of
	lastDocument *mention            // the document named last, for "penandatanganan … oleh X"
	doers        map[string]*mention // cue root -> who last did it: "melantik" before "yang dilantik yakni …"
	regionWords  map[string]bool     // lower-case words the article uses as region names
}

func newArticleState(a Article) *articleState {
	st := &articleState{
		text: a.Text, article: a,
		acronyms: map[string][]string{}, acronymType: map[string]string{}, longToAcr: map[string]string{},
		learnedAt: map[string]learnSite{}, regionWords: map[string]bool{}, doers: map[string]*mention{},
	}
	if len(a.Date) >= 4 {
		if y := parseYear(a.Date[:4]); y > 0 {
			st.years = append(st.years, y)
		}
	}
	return st
}

// learnDefinitions records "Long Form (ACR)" definitions and the years a
// sentence mentions.
func (x *Extractor) learnDefinitions(s *sentence, st *articleState) {
	for k := range s.toks {
		if y := parseYear(s.low[k]); y > 0 {
			st.addYear(y)
		}
		// "Kabupaten Sleman", "Pemkab Sleman", "se-Kabupaten Sleman": Sleman
		// is a region for the whole article, never part of a name.
		if s.lex[k].introducesRegion && k+1 < len(s.toks) && s.toks[k+1].IsCapitalized() {
			st.regionWords[s.low[k+1]] = true
		}
		if s.low[k] != "(" || k+2 >= len(s.toks) || s.low[k+2] != ")" || !s.toks[k+1].IsAcronym() && !isMixedAcronym(s.toks[k+1].Text) {
			continue
		}
		start := k
		for start > 0 && (s.toks[start-1].IsCapitalized() || (s.low[start-1] == "," && start > 1 && s.toks[start-2].IsCapitalized()) ||
			s.lex[start-1].function && start > 1 && s.toks[start-2].IsCapitalized()) {
			start--
		}
		acr := s.toks[k+1].Text
		if start == k {
			// "perjanjian kerja sama (PKS)", "nota kesepahaman (MoU)": a
			// document named in lower case defines its short form too,
			// which then is no party or body of the same letters.
			for from := max(k-5, 0); from < k; from++ {
				if typ, n := x.lx.heads.longest(s.low[from:k], 0); n == k-from && typ == "Document" {
					st.acronymType[acr] = typ
					break
				}
			}
			continue
		}
		words := cleanWords(s.texts(start, k))
		if len(words) == 0 {
			continue
		}
		cover := x.acronymCover(acr, words)
		long := words[cover:]
		if len(long) < 2 {
			continue
		}
		if _, known := x.lx.abbrShort[strings.ToLower(acr)]; !known {
			st.acronyms[acr] = long
		}
		st.longToAcr[strings.ToLower(strings.Join(long, " "))] = acr
		low := x.lx.lowerAll(long)
		switch typ, n := x.lx.heads.longest(low, 0); {
		case n > 0:
			st.acronymType[acr] = typ
		case cover > 0:
			st.acronymType[acr] = "Place"
		}
	}
}

// isMixedAcronym accepts acronyms written in mixed case, such as "Bawaslu".
func isMixedAcronym(s string) bool {
	r := []rune(s)
	return len(r) >= 3 && len(r) <= 8 && r[0] >= 'A' && r[0] <= 'Z'
}

func (st *articleState) addYear(y int) {
	for _, v := range st.years {
		if v == y {
			return
		}
	}
	st.years = append(st.years, y)
}

// isPersonWord reports a lower-case word of a multi-word person name the
// article gave.
func (st *articleState) isPersonWord(w string) bool {
	_, ok := st.learnedAt[w]
	return ok
}

// learnSite is the sentence and token span of the mention that taught a
// name word.
type learnSite struct{ sent, tok0, tok1 int }

// learnedWord is a name word and where it was learned. Scanning a slice of
// them is much cheaper than ranging over learnedAt, and the scans that do it
// do not depend on the order.
type learnedWord struct {
	word  string
	runes int // utf8.RuneCountInString(word): most words are too long or short to be one edit away
	at    learnSite
}

// nearWord reports whether the learned word is one edit away from w, which
// has n runes. Two words one edit apart have nearly the same length, and
// (being two runes long or more) share their first rune or, when the edit
// is there, their last: most pairs fail these tests and need no more.
func (l learnedWord) nearWord(w string, n int) bool {
	if l.runes-n > 1 || n-l.runes > 1 {
		return false
	}
	if l.runes >= 2 && n >= 2 && differentASCII(l.word[0], w[0]) && differentASCII(l.word[len(l.word)-1], w[len(w)-1]) {
		return false
	}
	return editDistanceOne(l.word, w)
}

// differentASCII reports two different bytes of which both are ASCII, and
// so whole, different runes.
func differentASCII(a, b byte) bool {
	return a != b && a < utf8.RuneSelf && b < utf8.RuneSelf
}

// learnPerson remembers a multi-word person name so that its parts and
// near-misspellings can be recognised on their own.
func (st *articleState) learnPerson(canon string, at learnSite) {
	for _, p := range st.persons {
		if p == canon {
			return
		}
	}
	words := strings.Fields(canon)
	if len(words) < 2 {
		return
	}
	st.persons = append(st.persons, canon)
	st.personWords = append(st.personWords, strings.Fields(strings.ToLower(canon)))
	for _, w := range words {
		if len([]rune(w)) <= 2 || st.acronyms[w] != nil {
			continue
		}
		if lw := strings.ToLower(w); !st.regionWords[lw] && !st.isPersonWord(lw) {
			st.learnedAt[lw] = at
			st.learned = append(st.learned, learnedWord{lw, utf8.RuneCountInString(lw), at})
		}
	}
}

// nearPersonToken returns the known name word that w misspells (one edit
// away, five letters or more), or "".
func (st *articleState) nearPersonToken(w string) string {
	n := utf8.RuneCountInString(w)
	if n < 5 {
		return ""
	}
	found := ""
	for _, l := range st.learned {
		if t := l.word; t != w && l.nearWord(w, n) {
			if found != "" {
				return "" // ambiguous
			}
			found = t
		}
	}
	return found
}

// editDistanceOne reports whether a and b, compared rune by rune, differ by
// exactly one substitution, insertion or deletion. It runs for every pair of
// a capitalised word and a learned name word, so it does not allocate.
func editDistanceOne(a, b string) bool {
	na, nb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if na < nb {
		a, b, na, nb = b, a, nb, na
	}
	if na-nb > 1 {
		return false
	}
	// Skip the common prefix, rune by rune.
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		a, b = a[sa:], b[sb:]
	}
	if b == "" {
		return na != nb // b is a prefix of a: one rune longer, or equal
	}
	_, skipA := utf8.DecodeRuneInString(a)
	if na == nb {
		_, skipB := utf8.DecodeRuneInString(b)
		return sameRunes(a[skipA:], b[skipB:])
	}
	return sameRunes(a[skipA:], b)
}

// sameRunes compares two strings as rune sequences, as []rune conversions
// would: invalid bytes all read as utf8.RuneError.
func sameRunes(a, b string) bool {
	if a == b {
		return true
	}
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return false
		}
		a, b = a[sa:], b[sb:]
	}
	return a == "" && b == ""
}

// resolvePerson maps a person's name to the fullest name the article gives
// that person: "Pramusinto" -> "Agus Pramusinto", "Dewa Indra" -> "Dewa Made
// Indra", "Haryono" -> "Haryomo Dwi Putranto". When two people fit ("Sanjaya":
// the regent I Komang Gede Sanjaya and Rai Wahyuni Sanjaya), the one the
// article introduced first wins: news names its main figure first.
func (st *articleState) resolvePerson(canon string) string {
	words := strings.Fields(strings.ToLower(canon))
	for i, w := range words {
		if !st.isPersonWord(w) {
			if near := st.nearPersonToken(w); near != "" {
				words[i] = near
			}
		}
	}
	best := -1 // of the names of the first person who fits, the fullest
	for i, pw := range st.personWords {
		if len(pw) < len(words) || !subsequence(words, pw) {
			continue
		}
		if best < 0 || subsequence(st.personWords[best], pw) {
			best = i
		}
	}
	if best < 0 {
		return canon
	}
	return st.persons[best]
}

func subsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}

// learnedLater reports whether sentence s holds a capitalised word that the
// first chunking pass could not know when it chunked s: a name word (or a
// near-misspelling of one) learned at s from another mention, or after s.
func (st *articleState) learnedLater(s *sentence) bool {
	for k, t := range s.toks {
		if !t.IsCapitalized() {
			continue
		}
		w := s.low[k]
		if at, ok := st.learnedAt[w]; ok {
			if at.sent > s.index || at.sent == s.index && (k < at.tok0 || k >= at.tok1) {
				return true
			}
			continue
		}
		if len(w) < 5 {
			continue // (and w is no person word: see above)
		}
		// Words are learned in sentence order: those learned at s or after
		// are the last ones.
		n := utf8.RuneCountInString(w)
		for i := len(st.learned) - 1; i >= 0 && st.learned[i].at.sent >= s.index; i-- {
			if st.learned[i].nearWord(w, n) {
				return true
			}
		}
	}
	return false
}

// regionIntroducers are the words after which a capitalised word names a
// region.
var regionIntroducers = map[string]bool{
	"kabupaten": true, "kota": true, "provinsi": true, "pemkab": true, "pemkot": true, "pemprov": true,
	"kab": true, "prov": true, "kecamatan": true, "kelurahan": true, "desa": true,
}
