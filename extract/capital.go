package extract

import (
	"strings"

	"github.com/graphq/graphq/schema"
)

// capitalChunk classifies a capitalised run by its first words: a venue,
// a known abbreviation, a head noun, a region, or a person's name.
func (x *Extractor) capitalChunk(s *sentence, i int, art *articleState) (*mention, int) {
	if s.honorific[i] && i+1 < len(s.toks) {
		end := x.runEnd(s, i, art, true)
		if end > i+1 {
			return x.personMention(s, i, x.degreesEnd(s, end), art, "honorific-name"), x.degreesEnd(s, end) - i
		}
	}
	if typ, n := s.head(i); n > 0 && typ == "Place" {
		end := x.runEnd(s, i, art, true)
		if end > i+n || strings.EqualFold(s.toks[i].Text, "Puspem") {
			return &mention{typ: "Place", tok0: i, tok1: end, canon: joinWords(cleanWords(s.texts(i, end))), rule: "venue"}, end - i
		}
	}
	end := x.runEnd(s, i, art, false)
	ws := s.texts(i, end)
	typ := ""
	if t, ok := art.acronymType[s.toks[i].Text]; ok && end == i+1 && s.toks[i].IsAcronym() {
		typ = t // "perjanjian kerja sama (PKS)": the article's own PKS, not the party
	} else if a, n := x.knownFormOf(cleanWords(ws)); n > 0 {
		typ = a.Type
		if typ == "Prefix" {
			typ = "Organization"
		}
	} else if t, n := s.head(i); n > 0 {
		typ = t
		if i+n > end {
			end = i + n // "Nota kesepahaman": a capitalised head with lower-case words
			ws = s.texts(i, end)
		}
		if n == end-i && (t == "Organization" || t == "Place") {
			return nil, end - i // "Pemerintah" alone names no body
		}
	} else if t, ok := art.acronymType[s.toks[i].Text]; ok {
		typ = t
	}
	switch typ {
	case "Organization":
		m := &mention{typ: typ, tok0: i, tok1: end, rule: "org-name"}
		m.canon = x.canonOrg(ws, art)
		return m, end - i
	case "Event":
		end = x.eventExtend(s, end)
		// "Sosialisasi Pencegahan Politik Uang dan Netralitas Aparatur
		// Desa": a capitalised name goes on past "dan" when what follows
		// names no body, office or other event.
		if end+1 < len(s.toks) && s.low[end] == "dan" && s.toks[end+1].IsCapitalized() && !s.toks[end+1].IsAcronym() &&
			!x.isTitleWord(s, end+1) && !x.startsBody(s, end+1) && !x.isRegionAt(s, end+1) && !s.honorific[end+1] {
			if typ, n := s.head(end + 1); n == 0 || typ == "Event" || typ == "Group" {
				end = x.eventExtend(s, x.runEnd(s, end+1, art, false))
			}
		}
		end = acronymListEnd(s, end)
		m := &mention{typ: typ, tok0: i, tok1: end, eventHead: x.eventHead(s.low[i : i+1]), rule: "event-name"}
		if _, n := s.head(i); n > 0 {
			m.altTyp = x.otherHeadType(s.low[i:i+n], typ)
		}
		return m, end - i
	case "Group":
		// "ASN di Badung", "ASN se-Bali": a collective and where it is.
		if end+1 < len(s.toks) && s.low[end] == "di" && s.toks[end+1].IsCapitalized() && x.isRegionAt(s, end+1) {
			end = x.runEnd(s, end+1, art, false)
		} else if end < len(s.toks) && strings.HasPrefix(s.low[end], "se-") {
			end++
		}
		return &mention{typ: typ, tok0: i, tok1: end, rule: "group-name"}, end - i
	case "Document":
		if _, n := s.head(i); s.titleCase && n > 0 {
			end = i + n // a headline capitalises what follows the document's name too
		}
		end = documentNumberEnd(s, end)
		return &mention{typ: typ, tok0: i, tok1: end, rule: "document-name"}, end - i
	case "Place":
		return &mention{typ: "Place", tok0: i, tok1: end, canon: joinWords(cleanWords(ws)), rule: "place-name"}, end - i
	}
	nr := s.region(i)
	if np := s.place(i); np > nr {
		nr = np
	}
	if n := nr; n > 0 && n == end-i {
		return &mention{typ: "Place", tok0: i, tok1: end, canon: joinWords(ws), rule: "region"}, end - i
	}
	// Acronyms the schema and the article do not explain are organisations
	// only in company ("KPU Buleleng" is known; a lone "ZAN" is a byline,
	// "ADV" a label, "SINGARAJA" a dateline).
	if allAcronyms(s, i, end) && end-i >= 2 {
		return &mention{typ: "Organization", tok0: i, tok1: end, canon: x.canonOrg(ws, art), rule: "acronym"}, end - i
	}
	// A person: every word name-like; one word only when the article or the
	// lexicon knows it as a name.
	k := i
	for k < end && x.nameLike(s, k, art) {
		k++
	}
	if k == end {
		words, known := 0, false
		for n := i; n < end; n++ {
			if s.toks[n].IsWord() {
				words++
				known = known || art.isPersonWord(s.low[n]) || art.nearPersonToken(s.low[n]) != ""
			}
		}
		if s.titleCase && !known && !x.hasGivenName(s, i, end) {
			return nil, 1 // a headline capitalises verbs too: "Tegakkan Netralitas"
		}
		if words >= 2 || known || (words == 1 && x.personContext(s, i, end)) {
			e := x.degreesEnd(s, end)
			return x.personMention(s, i, e, art, "name"), e - i
		}
	}
	return nil, 1
}

func allAcronyms(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if !s.toks[k].IsAcronym() {
			return false
		}
	}
	return b > a
}

// eventExtend carries an event name over the lower-case words that go on
// naming it ("Rakor pengawasan netralitas ASN", "Pilkada serentak").
func (x *Extractor) eventExtend(s *sentence, end int) int {
	for k := end; k < len(s.toks) && k-end < 6; k++ {
		if x.isStop(s, k) || (!s.toks[k].IsCapitalized() && !isLowerWord(s.toks[k].Text)) {
			return k
		}
		if _, ok := x.lx.s.Months[s.low[k]]; ok {
			return k
		}
		if s.low[k] == "tanggal" || s.low[k] == "tahun" || s.is(roleTheme, k) {
			return k // "Dialog Kebangsaan bertema …": the theme is no part of the name
		}
		if !s.toks[k].IsCapitalized() && x.looksVerb(s, k) {
			return k // "Rakor … bertujuan menyamakan …": a verb ends the name
		}
		end = k + 1
	}
	return end
}

// acronymListEnd carries an event's name over a list of short forms or
// groups that ends it: "Apel Siaga Netralitas ASN, TNI dan Polri",
// "Rakor Netralitas ASN, Kepala Desa, dan Perangkat Desa".
func acronymListEnd(s *sentence, end int) int {
	item := func(k int) int { // the end of a list item at k, or k
		if s.toks[k].IsAcronym() || s.lex[k].abbrev {
			return k + 1
		}
		if typ, n := s.head(k); n > 0 && typ == "Group" && s.toks[k].IsCapitalized() {
			return k + n
		}
		return k
	}
	k := end
	for k+1 < len(s.toks) && s.low[k] == "," {
		e := item(k + 1)
		if e == k+1 {
			break
		}
		k = e
	}
	if k == end && !(k < len(s.low) && s.low[k] == "dan") {
		return end
	}
	if k < len(s.low) && s.low[k] == "," {
		k++ // "ASN, TNI, dan Polri"
	}
	if k+1 < len(s.toks) && s.low[k] == "dan" && k > end {
		if e := item(k + 1); e > k+1 {
			return e
		}
	}
	return end
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z') && r != '-' {
			return false
		}
	}
	return w != ""
}

// eventHead is the canonical head of an event phrase, for matching anaphora.
func (x *Extractor) eventHead(words []string) string {
	if len(words) == 0 {
		return ""
	}
	if a, ok := x.lx.abbrShort[words[0]]; ok && a.Type == "Event" {
		if a.Scope == "short" {
			return strings.ToLower(a.Short)
		}
		return strings.Fields(strings.ToLower(a.Long))[0]
	}
	return words[0]
}

func (x *Extractor) personMention(s *sentence, a, b int, art *articleState, rule string) *mention {
	for a < b-1 && s.honorific[a] && (s.toks[a+1].IsCapitalized() || s.low[a+1] == ".") {
		a++ // "Pak Hasto": the honorific is not the name
		if s.low[a] == "." {
			a++
		}
		if a < b-1 && forceAfterRank[s.low[a]] {
			a++ // "Brigjen TNI Raden …"
		}
	}
	m := &mention{typ: "Person", tok0: a, tok1: b, nameTok0: a, rule: rule}
	m.text = s.surface(art.text, a, b)
	m.canon = x.personCanon(s.texts(a, b))
	return m
}

// bodyCanon writes the body or region after a title canonically: an
// organisation by canonOrg, anything else as written.
func (x *Extractor) bodyCanon(s *sentence, a, b int, t schema.Title, art *articleState) string {
	if a >= b {
		return ""
	}
	if x.isOrgBody(s, a, b, t, art) && t.BodyPrefix == "" {
		return x.canonOrg(s.texts(a, b), art)
	}
	ws := cleanWords(s.texts(a, b))
	for {
		before, _, after, _, ok := x.splitDefinition(ws)
		if !ok {
			break
		}
		ws = append(append([]string{}, before...), after...)
	}
	return joinWords(x.qualifiers(ws, art))
}

// orgBodyCanon names the organisation a head or member title refers to.
func (x *Extractor) orgBodyCanon(s *sentence, a, b int, t schema.Title, art *articleState) string {
	if t.BodyPrefix != "" {
		return x.canonOrg(append([]string{t.BodyPrefix}, s.texts(a, b)...), art)
	}
	return x.canonOrg(s.texts(a, b), art)
}

// personContext reports the context of a lone name: "ujar Hasto", "menurut
// Benny", "Nurhayati mengatakan".
func (x *Extractor) personContext(s *sentence, a, b int) bool {
	if s.lex[a].common || x.looksDerived(s, a) || s.toks[a].IsAcronym() {
		return false
	}
	if a > 0 {
		prev := s.low[a-1]
		if s.is(roleSpeech, a-1) || prev == "menurut" || x.lx.isHonorific(prev) {
			return true
		}
		if prev == "dan" || prev == "serta" {
			// "yakni Andi Mappatunru, Hj. Fatmawati Rusdi, dan Marjono": the
			// last of a list of people.
			if n := len(s.mentions); n > 0 && s.mentions[n-1].typ == "Person" && s.mentions[n-1].tok1 >= a-2 {
				return true
			}
		}
	}
	if b < len(s.low) {
		next := s.low[b]
		if strings.HasSuffix(next, "nya") {
			return false
		}
		if next == "sendiri" || s.is(roleAdverb, b) && next != "ini" && next != "itu" && next != "tersebut" || s.is(roleNegation, b) {
			return true // "Benny sendiri", "Kalla juga", "Rofiq tidak"
		}
		if x.factsAt(s, b).active {
			return true // "Nurhayati mengatakan"
		}
	}
	return false
}

// hasGivenName reports whether [a,b) holds a given name or a word the NER
// lexicon knows as part of names.
func (x *Extractor) hasGivenName(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if s.lex[k].given || s.lex[k].person {
			return true
		}
	}
	return false
}

// documentNumberEnd extends a document's name over its number: "Surat
// Edaran Nomor 1 Tahun 2024", "Peraturan Pemerintah Nomor 94 Tahun 2021".
func documentNumberEnd(s *sentence, end int) int {
	k := end
	if k > 0 && (s.low[k-1] == "nomor" || s.low[k-1] == "no") {
		k--
	}
	if k >= len(s.low) || (s.low[k] != "nomor" && s.low[k] != "no") {
		return end
	}
	k++
	if k < len(s.low) && s.low[k] == "." {
		k++
	}
	if k >= len(s.low) || s.low[k] == "" || s.low[k][0] < '0' || s.low[k][0] > '9' {
		return end
	}
	k++
	if k+1 < len(s.low) && s.low[k] == "tahun" && isYear(s.low[k+1]) {
		k += 2
	}
	return k
}
