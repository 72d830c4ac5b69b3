package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chunk finds the top-level mentions of a sentence, left to right, longest first.
func (x *Extractor) chunk(s *sentence, art *articleState) {
	for i := 0; i < len(s.toks); {
		m, n := x.chunkAt(s, i, art)
		if n == 0 {
			i++
			continue
		}
		if m != nil {
			if i > 0 {
				m.preceding = s.low[i-1]
			}
			if m.text == "" {
				m.text = s.surface(art.text, m.tok0, m.tok1)
				if m.typ == "Event" {
					// "Bimbingan Teknis (Bimtek) Penguatan Netralitas ASN": the
					// name as written, without the short form it defines.
					m.text = withoutParenthesised(m.text)
				}
			}
			s.mentions = append(s.mentions, m)
		}
		i += n
	}
}

func (x *Extractor) chunkAt(s *sentence, i int, art *articleState) (*mention, int) {
	if d, n, ok := x.matchDate(s, i); ok {
		return &mention{typ: "Date", tok0: i, tok1: i + n, date: d, rule: "date"}, n
	}
	if s.is(rolePronoun, i) || (s.inQuote[i] && s.is(roleFirstPerson, i)) {
		return &mention{typ: "Person", tok0: i, tok1: i + 1, pronoun: true, rule: "pronoun"}, 1
	}
	if s.is(roleQuantifier, i) {
		if m := x.groupChunk(s, i, art); m != nil {
			return m, m.tok1 - i
		}
		return nil, 1
	}
	if m := x.anaphorChunk(s, i); m != nil {
		return m, m.tok1 - i
	}
	tok := s.toks[i]
	if !tok.IsWord() {
		return nil, 1
	}
	if tok.IsCapitalized() {
		if m := x.titleChunk(s, i, art); m != nil {
			return m, m.tok1 - i
		}
		return x.capitalChunk(s, i, art)
	}
	if t, n := s.title(i); n > 0 && (t.Kind == "member" || t.Kind == "head") && i+n < len(s.toks) && s.toks[i+n].IsCapitalized() {
		if m := x.titleChunk(s, i, art); m != nil {
			return m, m.tok1 - i
		}
		return nil, n + 1
	}
	if m := x.lowerHeadChunk(s, i, art); m != nil {
		return m, m.tok1 - i
	}
	return nil, 1
}

// anaphorChunk recognises "acara ini", "kegiatan tersebut", "Rakor ini":
// an event named elsewhere in the article.
func (x *Extractor) anaphorChunk(s *sentence, i int) *mention {
	typ, n := s.head(i)
	if typ != "Event" || n == 0 {
		return nil
	}
	j := i + n
	if j < len(s.low) && (s.low[j] == "ini" || s.low[j] == "tersebut") {
		return &mention{typ: "Event", tok0: i, tok1: j + 1, anaphor: true, eventHead: x.eventHead(s.low[i : i+n]), rule: "event-anaphor"}
	}
	if (s.low[i] == "kegiatan" || s.low[i] == "acara") && n == 1 {
		return &mention{typ: "Event", tok0: i, tok1: j, anaphor: true, rule: "event-anaphor"}
	}
	return nil
}

// isStop reports whether token i ends a lower-case phrase.
func (x *Extractor) isStop(s *sentence, i int) bool {
	if i >= len(s.low) || !s.toks[i].IsWord() {
		return true
	}
	// A function word, a month or weekday, or a verb form of a cue root.
	return x.factsAt(s, i).stop
}

// lowerHeadChunk recognises lower-case phrases with a head noun: documents
// ("pakta integritas"), events ("sosialisasi netralitas"), venues ("ruang
// Kertha Gosana"), groups ("kepala-kepala dinas") and, when the phrase is a
// known long form, organisations ("kementerian dalam negeri").
func (x *Extractor) lowerHeadChunk(s *sentence, i int, art *articleState) *mention {
	typ, n := s.head(i)
	if n == 0 {
		return nil
	}
	j := i + n
	switch typ {
	case "Document":
		return &mention{typ: typ, tok0: i, tok1: j, canon: s.surface(art.text, i, j), rule: "document-head"}
	case "Place":
		// "ruang Kertha Gosana", "ruang rapat Jimbarwana": a venue head, at most
		// two lower-case words, then the venue's name.
		for k := j; k < len(s.toks) && k <= j+2; k++ {
			if s.toks[k].IsCapitalized() {
				end := x.runEnd(s, k, art, true)
				return &mention{typ: typ, tok0: i, tok1: end, rule: "venue-head"}
			}
			if x.isStop(s, k) || !s.toks[k].IsWord() {
				break
			}
		}
		return nil
	case "Event":
		end := j
		named := false
		for end < len(s.toks) && end-i < 7 && !x.isStop(s, end) && !s.is(roleTheme, end) && !x.looksVerb(s, end) {
			if s.toks[end].IsCapitalized() {
				if x.startsBody(s, end) || x.isTitleWord(s, end) {
					break // "tahapan kampanye Bawaslu DKI telah …": the body is the next phrase
				}
				end, named = x.runEnd(s, end, art, false), true
				break
			}
			end++
		}
		if !named && end-i >= 7 {
			// "rapat pleno terbuka rekapitulasi hasil penghitungan perolehan
			// suara …": a description too long to be a name; its head names it.
			end = j + 2
		}
		m := &mention{typ: typ, tok0: i, tok1: end, eventHead: x.eventHead(s.low[i:j]), rule: "event-head"}
		m.altTyp = x.otherHeadType(s.low[i:j], typ)
		return m
	case "Group":
		end := j
		for end < len(s.toks) && end-i < 4 && !x.isStop(s, end) && !s.toks[end].IsCapitalized() && !x.looksVerb(s, end) {
			end++
		}
		if end > j && strings.HasPrefix(s.low[end-1], "se-") && end < len(s.toks) && s.toks[end].IsCapitalized() {
			end = x.runEnd(s, end, art, false) // "camat se-Kabupaten Tabanan"
		}
		return &mention{typ: typ, tok0: i, tok1: end, rule: "group-head"}
	case "Organization":
		if a, k := x.knownForm(s.low[i:min(len(s.low), i+8)]); k > n && a.Type == "Organization" {
			return &mention{typ: typ, tok0: i, tok1: i + k, rule: "org-long-form"}
		}
	}
	return nil
}

// groupChunk reads a quantified collective: "para camat", "seluruh Aparatur
// Sipil Negara (ASN) di Buleleng", "para Penjabat (Pj) Bupati dan Walikota".
func (x *Extractor) groupChunk(s *sentence, i int, art *articleState) *mention {
	j := i
	for j < len(s.low) && s.is(roleQuantifier, j) {
		j++
	}
	start := j
	lower, capital := 0, false // lower-case content words taken; a capitalised word seen
	for j < len(s.toks) && j-i <= 10 {
		w := s.low[j]
		switch {
		case s.toks[j].IsCapitalized() || s.toks[j].IsAcronym():
			capital = true
			j++
		case w == "(" && j+2 < len(s.toks) && s.low[j+2] == ")":
			j += 3
		case strings.HasPrefix(w, "se-"), j > start && (w == "kita" || w == "kami"):
			j++
		case (w == "dan" || w == "serta") && j > start && j+1 < len(s.toks) && s.toks[j+1].IsCapitalized() && x.isTitleWord(s, j+1):
			j++
		case w == "di" && j > start && j+1 < len(s.toks) && s.toks[j+1].IsCapitalized():
			j++
		case s.toks[j].IsWord() && !x.isStop(s, j) && !x.looksVerb(s, j) && !s.is(roleConjunction, j) && ((lower < 3 && !capital) || isGroupWord(w)):
			lower++
			j++
		default:
			goto done
		}
	}
done:
	for j > start && (s.low[j-1] == "di" || s.low[j-1] == "dan" || s.low[j-1] == "serta") {
		j--
	}
	if j == start {
		return nil
	}
	named := false
	for k := start; k < j; k++ {
		named = named || (s.toks[k].IsWord() && !s.is(roleNonEntity, k))
	}
	if !named {
		return nil
	}
	return &mention{typ: "Group", tok0: i, tok1: j, quantified: true, rule: "quantified-group"}
}

// headlineVerb reports a verb as headlines write it, often bare and
// capitalised: "Buka", "Gelar", "Tetapkan", "Tandatangani": a verb, a bare
// cue root, a bare root with a verbal suffix, or a root whose verb forms are
// known ("Pimpin": memimpin).
func (x *Extractor) headlineVerb(s *sentence, k int) bool { return x.factsAt(s, k).headline }

// looksVerb reports a word with a verbal prefix on a known root
// ("mendukung", "dilantik", "bersinergi").
func (x *Extractor) looksVerb(s *sentence, k int) bool { return x.factsAt(s, k).verbLike }

// isGroupWord accepts the lower-case words a collective's name is made of.
func isGroupWord(w string) bool {
	switch w {
	case "provinsi", "kabupaten", "kota", "kabupaten/kota", "daerah", "kita", "lingkungan", "dinas", "pemerintah":
		return true
	}
	return strings.Contains(w, "-") || strings.Contains(w, "/")
}

func (x *Extractor) isTitleWord(s *sentence, i int) bool {
	_, n := s.title(i)
	return n > 0
}

// runEnd returns the end of the capitalised run that starts at i: capitalised
// words, acronyms, "(ACRONYM)" definitions, initials with their dots, years
// after an event head, and "dan" inside long body names. inPlace keeps titles
// and head nouns inside the run (a venue name may hold any of them).
func (x *Extractor) runEnd(s *sentence, i int, art *articleState, inPlace bool) int {
	return x.runEndIn(s, i, art, inPlace, false)
}

// runEndIn is runEnd; afterTitle says the run is the body after a title,
// where "dan" may join a long name ("Asisten Pemerintahan dan Kesejahteraan
// Rakyat").
func (x *Extractor) runEndIn(s *sentence, i int, art *articleState, inPlace, afterTitle bool) int {
	j := i
	known := 0 // in a headline, the words of a known name at i ("Kanwil Kemenkumham") stay together
	if s.titleCase {
		_, known = x.knownForm(s.low[i:min(len(s.low), i+6)])
	}
	for j < len(s.toks) {
		t := s.toks[j]
		w := s.low[j]
		switch {
		case t.IsCapitalized() && t.IsWord():
			if j == i && s.titleCase && x.headlineVerb(s, j) && !x.isHeadAt(s, j) {
				return j // "Kades Jaga Netralitas": a headline verb opens no name
			}
			if j >= i+max(known, 1) && s.titleCase && (s.lex[j].common && !art.regionWords[w] && !regionIntroducers[w] || x.headlineHead(s, j) || x.startsBody(s, j) || x.headlineVerb(s, j)) {
				return j // "Pemprov PBD Gelar Sosialisasi", "Pemprov PBD BKN RI": a headline
			}
			if j > i && !inPlace && s.honorific[j] && !s.honorific[j-1] {
				// an honorific after a body starts a person: "... Pusat Prof Dr. Agus"
				return j
			}
			j++
		case w == "." && j > i && j+1 < len(s.toks) && nameDot(s, j) && s.toks[j+1].IsCapitalized():
			j++
		case w == "(" && j+2 < len(s.toks) && s.low[j+2] == ")" && s.toks[j+1].IsCapitalized():
			j += 3
		case w == "(" && j > i && j+3 < len(s.toks) && s.low[j+3] == ")" && s.toks[j+1].IsCapitalized() && s.toks[j+2].IsCapitalized():
			j += 4 // "Kantor Wilayah … (Kanwil Kemenkumham) Maluku": a two-word short form
		case isYear(w) && j > i:
			j++
		case j > i && isUnitNumber(t.Text):
			j++ // "Babinsa Koramil 1009-01/Pelaihari": a unit by its number
		case inPlace && j > i && isCount(w) && (s.low[j-1] == "lantai" || s.low[j-1] == "lt"):
			j++ // "Auditorium Gedung Rektorat Lantai 4": a floor by its number
		case w == "dan" && j > i && j+1 < len(s.toks) && s.toks[j+1].IsCapitalized() && !s.toks[j+1].IsAcronym() &&
			!x.isTitleWord(s, j+1) && !x.isHeadAt(s, j+1) && !x.startsBody(s, j+1) && s.low[j-1] != ")" &&
			(afterTitle || x.longBody(s, i, j)) && !inPlace:
			j++
		case w == "dan" && j > i && x.knownFormSpans(s, i, j):
			j++ // "Dinas Pemberdayaan Masyarakat dan Desa": a known long form goes on
		case w == "dan" && j > i && x.officePair(s, j):
			j += 2 // "Pemilihan Bupati dan Wakil Bupati Sikka": one pair of offices
		case w == "dan" && j > i && !slices.Contains(s.low[i:j], "(") && x.longBody(s, i, j) && !inPlace && acronymCloses(s, j+1):
			j++ // "Dinas Pemberdayaan Masyarakat dan Desa (PMD)": the acronym closes the name
		default:
			return j
		}
	}
	return j
}

// headlineHead reports an event or document head noun at k: in a headline it
// starts a new phrase ("Pemprov PBD Gelar Sosialisasi …"); administrative
// place words ("Kota", "Kabupaten") do not, they belong to body names.
func (x *Extractor) headlineHead(s *sentence, k int) bool {
	typ, n := s.head(k)
	return n > 0 && (typ == "Event" || typ == "Document")
}

// startsBody reports whether a known organisation's name starts at token k.
func (x *Extractor) startsBody(s *sentence, k int) bool {
	a, n := x.knownForm(s.low[k:min(len(s.low), k+6)])
	return n > 0 && (a.Type == "Organization" || a.Type == "Prefix")
}

// otherHeadType returns a second type the head phrase names, if any.
func (x *Extractor) otherHeadType(words []string, typ string) string {
	for _, t := range x.lx.headTypes[strings.Join(words, " ")] {
		if t != typ {
			return t
		}
	}
	return ""
}

// isHeadAt reports whether a head noun of any type starts at token k.
func (x *Extractor) isHeadAt(s *sentence, k int) bool {
	_, n := s.head(k)
	return n > 0
}

// longBody reports whether tokens [i,j) read as the start of a long body
// name that may go on after "dan" ("Asisten Pemerintahan dan Kesejahteraan").
func (x *Extractor) longBody(s *sentence, i, j int) bool {
	if _, n := s.title(i); n > 0 {
		return true
	}
	typ, n := s.head(i)
	return n > 0 && typ == "Organization"
}

// nameDot reports whether the full stop at k goes on a name: it closes an
// honorific ("Dr."), an initial ("A.A.", "I.") or a shortened given name
// ("Moh.", "Muh."; a longer given name before a stop ends a sentence:
// "... Rizali Hadi. Kapolda ...").
func nameDot(s *sentence, k int) bool {
	return k > 0 && (s.honorific[k-1] || isInitial(s.toks[k-1].Text) || s.lex[k-1].given && utf8.RuneCountInString(s.low[k-1]) <= 3 || abbreviatedMiddle(s, k-1))
}

// abbreviatedMiddle reports a short capitalised word inside a name, before
// its stop: "Jemmy Ch. Rotinsulu".
func abbreviatedMiddle(s *sentence, k int) bool {
	return k > 0 && utf8.RuneCountInString(s.toks[k].Text) == 2 && s.toks[k].IsCapitalized() && !s.toks[k].IsAcronym() && !s.lex[k].abbrev &&
		s.toks[k-1].IsCapitalized() && s.toks[k-1].IsWord() && k+2 < len(s.toks) && s.toks[k+2].IsCapitalized()
}

// dottedInitial reports initials written with their stops, "A.A." or
// "I.G.A.": a name's start, not an acronym.
func dottedInitial(s *sentence, k int) bool {
	return strings.Contains(s.toks[k].Text, ".") && isInitial(s.toks[k].Text) && k+1 < len(s.low) && s.low[k+1] == "."
}

func isInitial(w string) bool {
	r := []rune(w)
	if len(r) == 0 || len(r) > 5 {
		return false
	}
	letters := 0
	for i, c := range r {
		switch {
		case unicode.IsUpper(c):
			letters++
		case c == '.' && i > 0 && r[i-1] != '.': // "A.A", "I.G.A"
		default:
			return false
		}
	}
	return letters <= 3
}

func isYear(w string) bool { return parseYear(w) > 0 }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// acronymCloses reports capitalised words from k to an "(ACR)" within a few
// tokens: the end of a long name that an acronym defines.
func acronymCloses(s *sentence, k int) bool {
	for n := k; n < len(s.toks) && n < k+4; n++ {
		if s.low[n] == "(" {
			return n > k && n+2 < len(s.toks) && s.low[n+2] == ")" && s.toks[n+1].IsCapitalized()
		}
		if !s.toks[n].IsCapitalized() {
			return false
		}
	}
	return false
}

// officePair reports "Bupati dan Wakil Bupati", "Wali Kota dan Wakil Wali
// Kota" around the "dan" at j: an office and its deputy, named together as
// one ticket or election, so the name they stand in goes on.
func (x *Extractor) officePair(s *sentence, j int) bool {
	if j+2 >= len(s.toks) || s.low[j+1] != "wakil" || !s.toks[j+1].IsCapitalized() {
		return false
	}
	deputy, n := s.title(j + 1)
	if n < 2 {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if t, m := s.title(k); m == j-k && "Wakil "+t.Full == deputy.Full {
			return true
		}
	}
	return false
}

// knownFormSpans reports a known long form that starts at i and goes on past
// the "dan" at j, whatever the words after "dan" are ("Desa" is a place head).
// The form may start one word before the run, where a title ends in the
// body's head noun ("Kepala Dinas | Pemberdayaan Masyarakat dan Desa").
func (x *Extractor) knownFormSpans(s *sentence, i, j int) bool {
	for start := max(i-1, 0); start <= i; start++ {
		if _, n := x.knownForm(s.low[start:min(len(s.low), j+8)]); start+n > j+1 {
			return true
		}
	}
	return false
}

// withoutParenthesised drops "(…)" groups from a name as written.
func withoutParenthesised(text string) string {
	if !strings.Contains(text, "(") {
		return text
	}
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
