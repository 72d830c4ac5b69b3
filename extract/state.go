package extract

import (
	"strings"
)

// articleState is what the stages learn about one article as they read it:
// acronyms it defines, the people it names, its years and its main event.
type articleState struct {
	text         string
	article      Article
	acronyms     map[string][]string  // "PBD" -> Papua Barat Daya, defined in the text
	acronymType  map[string]string    // the entity type of what an acronym stands for
	longToAcr    map[string]string    // lower-case long form -> acronym
	personTokens map[string]bool      // lower-case words of multi-word person names
	learnedAt    map[string]learnSite // where each of those words was first learned
	persons      []string             // canonical multi-word person names, first seen first
	years        []int
	mainEvent    *mention
	lastPerson   *mention        // the person the text is about now, for pronouns
	attended     *mention        // the event the previous sentence listed attendees of
	lastDocument *mention        // the document named last, for "penandatanganan … oleh X"
	regionWords  map[string]bool // lower-case words the article uses as region names
}

func newArticleState(a Article) *articleState {
	st := &articleState{
		text: a.Text, article: a,
		acronyms: map[string][]string{}, acronymType: map[string]string{}, longToAcr: map[string]string{},
		personTokens: map[string]bool{}, learnedAt: map[string]learnSite{}, regionWords: map[string]bool{},
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
		if regionIntroducers[strings.TrimPrefix(s.low[k], "se-")] && k+1 < len(s.toks) && s.toks[k+1].IsCapitalized() {
			st.regionWords[s.low[k+1]] = true
		}
		if s.low[k] != "(" || k+2 >= len(s.toks) || s.low[k+2] != ")" || !s.toks[k+1].IsAcronym() && !isMixedAcronym(s.toks[k+1].Text) {
			continue
		}
		start := k
		for start > 0 && (s.toks[start-1].IsCapitalized() || (s.low[start-1] == "," && start > 1 && s.toks[start-2].IsCapitalized()) ||
			x.lx.function[s.low[start-1]] && start > 1 && s.toks[start-2].IsCapitalized()) {
			start--
		}
		words := cleanWords(s.texts(start, k))
		if len(words) == 0 {
			continue
		}
		acr := s.toks[k+1].Text
		cover := x.acronymCover(acr, words)
		long := words[cover:]
		if len(long) < 2 {
			continue
		}
		if _, known := x.lx.abbrShort[strings.ToLower(acr)]; !known {
			st.acronyms[acr] = long
		}
		st.longToAcr[strings.ToLower(strings.Join(long, " "))] = acr
		low := lowerAll(long)
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

// learnSite is the sentence and token span of the mention that taught a
// name word.
type learnSite struct{ sent, tok0, tok1 int }

// learnPerson remembers a multi-word person name so that its parts and
// near-misspellings can be recognised on their own.
func (st *articleState) learnPerson(canon string, at learnSite) {
	words := strings.Fields(canon)
	if len(words) < 2 {
		return
	}
	for _, p := range st.persons {
		if p == canon {
			return
		}
	}
	st.persons = append(st.persons, canon)
	for _, w := range words {
		if len([]rune(w)) > 2 && st.acronyms[w] == nil && !st.regionWords[strings.ToLower(w)] {
			lw := strings.ToLower(w)
			if !st.personTokens[lw] {
				st.learnedAt[lw] = at
			}
			st.personTokens[lw] = true
		}
	}
}

// nearPersonToken returns the known name word that w misspells (one edit
// away, five letters or more), or "".
func (st *articleState) nearPersonToken(w string) string {
	if len([]rune(w)) < 5 {
		return ""
	}
	found := ""
	for t := range st.personTokens {
		if t != w && editDistanceOne(t, w) {
			if found != "" {
				return "" // ambiguous
			}
			found = t
		}
	}
	return found
}

func editDistanceOne(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// resolvePerson maps a person's name to the fullest name the article gives
// that person: "Pramusinto" -> "Agus Pramusinto", "Dewa Indra" -> "Dewa Made
// Indra", "Haryono" -> "Haryomo Dwi Putranto". When two people fit ("Sanjaya":
// the regent I Komang Gede Sanjaya and Rai Wahyuni Sanjaya), the one the
// article introduced first wins: news names its main figure first.
func (st *articleState) resolvePerson(canon string) string {
	words := strings.Fields(strings.ToLower(canon))
	for i, w := range words {
		if !st.personTokens[w] {
			if near := st.nearPersonToken(w); near != "" {
				words[i] = near
			}
		}
	}
	var fits []string
	for _, p := range st.persons {
		pw := strings.Fields(strings.ToLower(p))
		if len(pw) >= len(words) && subsequence(words, pw) {
			fits = append(fits, p)
		}
	}
	if len(fits) == 0 {
		return canon
	}
	// Of the names of the first person who fits, take the fullest.
	best := fits[0]
	for _, p := range fits[1:] {
		if subsequence(strings.Fields(strings.ToLower(best)), strings.Fields(strings.ToLower(p))) {
			best = p
		}
	}
	return best
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
		if len(w) < 5 || st.personTokens[w] {
			continue
		}
		for name, at := range st.learnedAt {
			if at.sent >= s.index && editDistanceOne(name, w) {
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
