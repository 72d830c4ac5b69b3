package extract

import (
	"strings"

	"github.com/graphq/graphq/schema"
)

// titleChunk reads an office title with what follows it: a body or region,
// and a person's name, written directly after it ("Kepala BKPSDM Gede
// Wijaya") or in apposition ("Sekda Kota Denpasar, AAN Rai Iswara").
func (x *Extractor) titleChunk(s *sentence, i int, art *articleState) *mention {
	var chain []schema.Title
	j := i
	for j < len(s.toks) {
		t, n := s.title(j)
		if n == 0 || (j > i && !s.toks[j].IsCapitalized()) {
			break
		}
		chain = append(chain, t)
		j += n
		// "Penjabat (Pj) Bupati": the parenthesis repeats the title.
		if j+2 < len(s.toks) && s.low[j] == "(" && s.low[j+2] == ")" {
			if t2, n2 := s.title(j + 1); n2 == 1 && t2.Full == t.Full {
				j += 3
			}
		}
		if t.Kind != "prefix" {
			// "Menteri Pendayagunaan … Birokrasi (PANRB) Abdullah Azwar Anas"
			if t.Takes == "none" && j+2 < len(s.toks) && s.low[j] == "(" && s.low[j+2] == ")" {
				j += 3
			}
			break
		}
	}
	if len(chain) == 0 || chain[len(chain)-1].Kind == "prefix" {
		return nil
	}
	main := chain[len(chain)-1]
	if j < len(s.toks) {
		if a, ok := x.lx.abbrShort[s.low[j]]; ok && a.Type == "Group" {
			// "Kepala OPD": the heads of many bodies, a collective, not an office.
			if !s.toks[i].IsCapitalized() {
				return nil
			}
			return &mention{typ: "Group", tok0: i, tok1: j + 1, rule: "title-of-group"}
		}
	}
	bodyStart, end := j, j
	// A complete title ("Mendagri", "Menteri Dalam Negeri") is followed by a
	// name at most; other titles by a body or region, then a name. A military
	// or police unit is written by its number: "Dandim 1603/Sikka".
	if j < len(s.toks) && isUnitNumber(s.toks[j].Text) {
		j++
	}
	end = x.bodyRunEnd(s, j, art)
	nameStart := x.splitName(s, bodyStart, end, main, art)
	if nameStart == end-1 && !x.strongNameStart(s, nameStart, art) {
		// "Asisten KASN Bidang Pengawasan Netralitas, Made Sukarta": one
		// unknown word before a name in apposition belongs to the body.
		if _, _, ok := x.appositionName(s, end, art); ok {
			nameStart = end
		}
	}
	pos := &mention{typ: "Position", tok0: i, tok1: nameStart, titleKind: main.Kind, takes: main.Takes, rule: "title"}
	pos.text = s.surface(art.text, i, nameStart)
	// "Wakil Rektor Bidang Kemahasiswaan Untad": a field of work, then the body.
	orgStart := x.bodyAfterField(s, bodyStart, nameStart, art)
	if orgStart < nameStart-1 && isRoman(s.toks[orgStart].Text) {
		orgStart++ // "Deputi II Kantor Staf Presiden": the numeral is the title's
	}
	body := strings.TrimSpace(x.bodyCanon(s, orgStart, nameStart, main, art))
	if orgStart > bodyStart {
		body = joinWords(append(cleanWords(s.texts(bodyStart, orgStart)), body))
	}
	var full []string
	for _, t := range chain {
		full = append(full, t.Full)
	}
	pos.canon = strings.Join(full, " ")
	if body != "" {
		pos.canon += " " + body
		if (orgStart > bodyStart || x.isOrgBody(s, orgStart, nameStart, main, art)) && (main.Kind == "head" || main.Kind == "member") {
			org := &mention{typ: "Organization", tok0: orgStart, tok1: nameStart, rule: "title-body"}
			org.text = s.surface(art.text, orgStart, nameStart)
			org.canon = x.orgBodyCanon(s, orgStart, nameStart, main, art)
			pos.body = org
			if orgStart > bodyStart && main.Kind == "head" {
				// "Koordinator Divisi Pencegahan Bawaslu Sumbar": heads the
				// division, a member of the body.
				pos.titleKind = "member"
			}
		}
	} else {
		pos.bareTitle = true
	}
	if nameStart == end {
		// "Sekda Kota Denpasar, AAN Rai Iswara": a name in apposition.
		if ns, ne, ok := x.appositionName(s, end, art); ok {
			person := x.personMention(s, ns, ne, art, "title-apposition")
			person.tok0 = i
			person.position, person.body, person.titleKind = pos, pos.body, pos.titleKind
			return person
		}
		// "Anggota Komisi A dari Fraksi Partai Gerindra, Mustafa Kamal,": the
		// holder's party or faction, then the name in apposition.
		if party, ns, ne, ok := x.affiliatedApposition(s, end, art); ok {
			person := x.personMention(s, ns, ne, art, "title-apposition")
			person.tok0 = i
			person.position, person.body, person.titleKind = pos, pos.body, pos.titleKind
			person.affiliation = party
			return person
		}
		return pos
	}
	person := x.personMention(s, nameStart, x.degreesEnd(s, end), art, "title-name")
	person.tok0 = i
	person.position, person.body, person.titleKind = pos, pos.body, pos.titleKind
	return person
}

// bodyRunEnd extends the run after a title over a body written with a comma
// inside its long form when an acronym closes it: "Badan Kepegawaian,
// Pengembangan Sumber Daya Manusia (BPKSDM) Kota Denpasar".
func (x *Extractor) bodyRunEnd(s *sentence, j int, art *articleState) int {
	end := x.runEndIn(s, j, art, false, true)
	if end < len(s.toks) && s.honorific[end] {
		end = x.runEnd(s, end, art, true)
	}
	if end > j && end+1 < len(s.toks) && s.low[end] == "," && s.toks[end+1].IsCapitalized() && !x.isTitleWord(s, end+1) {
		e2 := x.runEndIn(s, end+1, art, false, true)
		for k := end + 1; k < e2; k++ {
			if s.low[k] == "(" {
				return e2
			}
		}
		// "Staf Ahli Gubernur Bidang Pemerintahan, Hukum dan Politik, Drs.
		// X": a field of work listed with commas, in common words only.
		if x.hasField(s, j, end) && e2 > end+1 && x.allCommon(s, end+1, e2) {
			return e2
		}
	}
	return end
}

func (x *Extractor) hasField(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if fieldWords[s.low[k]] {
			return true
		}
	}
	return false
}

// allCommon reports words the lexicon knows as common ones ("Hukum dan
// Politik"), not names.
func (x *Extractor) allCommon(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if s.toks[k].IsWord() && s.low[k] != "dan" && (!s.lex[k].common || s.lex[k].given || s.lex[k].person) {
			return false
		}
	}
	return true
}

// splitName finds where a person's name begins in the run [a,b) after a
// title. It scans back over name-like words; where the words before a name
// are capitalised common words ("... Sumber Daya Alam Dr. Ida Bagus"), a
// given name or honorific marks where the name starts.
func (x *Extractor) splitName(s *sentence, a, b int, t schema.Title, art *articleState) int {
	k := b
	for k > a && x.nameLike(s, k-1, art) {
		k--
	}
	weak := b
	for weak > a && x.weakNameLike(s, weak-1) && art.acronyms[s.toks[weak-1].Text] == nil && !art.regionWords[s.low[weak-1]] {
		weak--
	}
	for p := weak; p < k; p++ {
		if x.strongNameStart(s, p, art) {
			k = p
			break
		}
	}
	// "Pj Wali Kota Ambon Dominggus Kaya": after a region or an acronym
	// that closes the body, two or more capitalised words are the holder's
	// name, though the lexicon reads one of them as a common word.
	if k == b && weak > a && b-weak >= 2 && x.closesBody(s, weak-1, art) && !x.datelike(s, weak, b) {
		k = weak
	}
	// "Rektor Universitas Airlangga Mohammad Nasih": a head noun alone names
	// no body; the word after it is the body's.
	for n := 1; n <= 3 && k-n >= a && b-k >= 2; n++ {
		if typ, m := s.head(k - n); m == n && typ == "Organization" {
			k++
			break
		}
	}
	// "Bupati Sleman Kustini Sri Purnomo": right after a regional title, an
	// unknown word followed by a name is the region we do not know.
	if t.Takes == "region" && k == a && b-k >= 2 && s.toks[k].IsWord() && !x.strongNameStart(s, k, art) &&
		(b-k >= 3 || x.strongNameStart(s, k+1, art)) {
		k++
	}
	// "Rektor Unkhair Ridha Ajam", "Wakil Rektor Bidang Akademik Unhas
	// Muhammad Ruslin": a head or member title needs a body; when none is
	// written before the name, its first unknown word is the body, a short
	// form the article does not define.
	if t.Takes == "body" && (t.Kind == "head" || t.Kind == "member") && t.BodyPrefix == "" && k < b && !x.bodyBefore(s, a, k) &&
		b-k >= 2 && s.toks[k].IsWord() && !x.strongNameStart(s, k, art) && !s.lex[k].common && (b-k >= 3 || x.strongNameStart(s, k+1, art)) {
		k++
		if fieldWords[s.low[a]] {
			// "Bidang Akademik Unhas Muhammad Ruslin": the field, the body, then a given name.
			for p := k; p < b; p++ {
				if x.strongNameStart(s, p, art) {
					k = p
					break
				}
			}
		}
	}
	// "Danrem 143/Haluoleo Brigjen TNI Raden …": a rank with its force
	// belongs to the name, not to the body before it.
	for k-2 >= a && forceAfterRank[s.low[k-1]] && s.honorific[k-2] {
		k -= 2
		for k > a && s.honorific[k-1] {
			k--
		}
	}
	// Honorifics and initials open a name; a dot cannot.
	for k < b && s.low[k] == "." {
		k++
	}
	if k == b {
		return b
	}
	if fieldWords[s.low[k]] {
		return b // "Anggota KPU Jambi Divisi Teknis Penyelenggaraan, X": the field, then the name in apposition
	}
	words := 0
	known := false
	for n := k; n < b; n++ {
		if s.toks[n].IsWord() && !s.honorific[n] {
			words++
			known = known || x.strongNameStart(s, n, art)
		}
	}
	if words == 0 {
		return b
	}
	// One unknown word after a regional title is a region we do not know
	// ("Bupati Tapanuli"); after a title of a body it is a name unless it
	// reads as a common or derived word ("Menteri Keuangan" vs "Menteri Tedjo").
	if words == 1 && !known && (k == a && t.Takes == "region" || x.looksDerived(s, b-1) || k == a && t.Takes == "body" && s.lex[b-1].common) {
		return b // "Bupati Tapanuli": a region we do not know; "Kepegawaian": a noun
	}
	// "Kepala Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura": one
	// unknown word, then a comma and more of the body's name, is the body's.
	if words == 1 && !known && b+1 < len(s.toks) && s.low[b] == "," && s.toks[b+1].IsCapitalized() && !x.isTitleWord(s, b+1) && !s.honorific[b+1] {
		return b
	}
	return k
}

// strongNameStart reports a word that begins or belongs to a name whatever
// surrounds it: an honorific, a given name, a name the article or the NER
// lexicon knows.
func (x *Extractor) strongNameStart(s *sentence, k int, art *articleState) bool {
	return s.honorific[k] || s.lex[k].given || s.lex[k].person || art.isPersonWord(s.low[k]) || dottedInitial(s, k)
}

// weakNameLike accepts any capitalised word that is not plainly part of a
// body: common words pass ("Putra", "Jaya"), acronyms, regions, titles and
// head nouns do not.
func (x *Extractor) weakNameLike(s *sentence, k int) bool {
	t := s.toks[k]
	w := s.low[k]
	if w == "." {
		return nameDot(s, k)
	}
	if !t.IsWord() || !t.IsCapitalized() || strings.Contains(w, "/") {
		return false
	}
	if s.honorific[k] || s.lex[k].given || dottedInitial(s, k) {
		return true
	}
	if x.isRegionAt(s, k) || x.isTitleWord(s, k) || t.IsAcronym() || isYear(w) || x.afterPlaceHead(s, k) || isRoman(t.Text) {
		return false
	}
	if typ, n := s.head(k); n > 0 && typ != "Group" {
		return false
	}
	return !s.lex[k].abbrev
}

// nameLike reports whether token k may be part of a person's name.
func (x *Extractor) nameLike(s *sentence, k int, art *articleState) bool {
	t := s.toks[k]
	w := s.low[k]
	switch {
	case w == ".":
		return nameDot(s, k)
	case !t.IsWord() || !t.IsCapitalized() || strings.Contains(w, "/"):
		return false
	case s.honorific[k], s.lex[k].given, art.isPersonWord(w), dottedInitial(s, k):
		return true
	case x.isRegionAt(s, k), x.isTitleWord(s, k), t.IsAcronym(), isYear(w), x.afterPlaceHead(s, k), isRoman(t.Text), art.regionWords[w]:
		return false
	}
	if s.lex[k].abbrev {
		return false
	}
	if _, defined := art.acronyms[t.Text]; defined {
		return false // "Rektor Unram Prof. …": an acronym the article defined
	}
	if typ, n := s.head(k); n > 0 && typ != "Group" {
		return false
	}
	return s.lex[k].person || !s.lex[k].common
}

// afterPlaceHead reports whether token k names the place a head noun before
// it announces: "Kabupaten Sleman", "Desa Sukawati".
func (x *Extractor) afterPlaceHead(s *sentence, k int) bool {
	if k == 0 {
		return false
	}
	typ, n := s.head(k - 1)
	return n == 1 && typ == "Place"
}

// looksDerived reports whether a word reads as an affixed common word
// ("Kepegawaian" = ke-pegawai-an), which a name never is.
func (x *Extractor) looksDerived(s *sentence, k int) bool { return x.factsAt(s, k).derived }

// isRegionAt reports whether token k is a region name or ends one.
func (x *Extractor) isRegionAt(s *sentence, k int) bool {
	for start := k; start >= 0 && start > k-4; start-- {
		if n := s.region(start); n > 0 && start+n > k {
			return true
		}
	}
	return false
}

// appositionName finds ", Name" after a title: a run of name-like words
// followed by a comma, the end of the sentence, or a lower-case word.
func (x *Extractor) appositionName(s *sentence, end int, art *articleState) (int, int, bool) {
	if end >= len(s.toks) || s.low[end] != "," || end+1 >= len(s.toks) {
		return 0, 0, false
	}
	ns := end + 1
	if s.honorific[ns] && !s.toks[ns].IsCapitalized() && ns+2 < len(s.toks) && s.low[ns+1] == "." && s.toks[ns+2].IsCapitalized() {
		ns += 2 // "Kepala Dinas Kesehatan, dr. Hj. Rosmawati": a physician's lower-case "dr."
	}
	honored := s.honorific[ns] || ns > end+1
	if !s.toks[ns].IsCapitalized() || x.isTitleWord(s, ns) {
		return 0, 0, false
	}
	ne := x.runEnd(s, ns, art, true)
	if ne == ns {
		return 0, 0, false
	}
	words := 0
	for k := ns; k < ne; k++ {
		if !x.nameLike(s, k, art) {
			return 0, 0, false
		}
		if s.toks[k].IsWord() && !s.honorific[k] {
			words++
		}
	}
	if words < 2 && !(words == 1 && honored) {
		return 0, 0, false // one word after a comma is a name only with an honorific: "…, Hj. Rahminingrum"
	}
	if ne < len(s.toks) && s.toks[ne].IsCapitalized() {
		return 0, 0, false
	}
	return ns, x.degreesEnd(s, ne), true
}

// degreesEnd extends a name over degrees written after it: ", SE., M.T.".
func (x *Extractor) degreesEnd(s *sentence, end int) int {
	for {
		k := end
		if k < len(s.toks) && s.low[k] == "," {
			k++
		}
		if k < len(s.toks) && s.honorific[k] && s.toks[k].IsCapitalized() {
			k++
			if k < len(s.toks) && s.low[k] == "." {
				k++
			}
			if s.low[end] == "," && !strings.Contains(s.low[end+1], ".") && k < len(s.toks) && s.toks[k].IsCapitalized() && s.toks[k].IsWord() && !s.honorific[k] {
				return end // "Andi Mappatunru, Hj. Fatmawati Rusdi": the next name's honorific
			}
			end = k
			continue
		}
		return end
	}
}

// isOrgBody reports whether the body after a head or member title names an
// organisation rather than a field of work or a region.
func (x *Extractor) isOrgBody(s *sentence, a, b int, t schema.Title, art *articleState) bool {
	if a >= b {
		return false
	}
	if t.BodyPrefix != "" {
		return true
	}
	if s.toks[a].IsAcronym() {
		return !x.isRegionAt(s, a)
	}
	if typ := art.acronymType[s.toks[a].Text]; typ == "Organization" {
		return true
	}
	if typ, n := s.head(a); n > 0 && typ == "Organization" {
		return true
	}
	if ab, n := x.knownForm(s.low[a:b]); n > 0 && (ab.Type == "Organization" || ab.Type == "Prefix") {
		return true // "Satpol PP Provinsi Kepri": a known short form of two words
	}
	return s.lex[a].abbrev
}

// isRoman reports a Roman numeral such as the "III" of "Komisi III".
func isRoman(w string) bool {
	if w == "" || len(w) > 5 {
		return false
	}
	for _, r := range w {
		if !strings.ContainsRune("IVX", r) {
			return false
		}
	}
	return w != "I" // "I" opens Balinese names
}

// isUnitNumber reports a unit designator written after a command title:
// digits, a slash and the unit's seat ("1603/Sikka", "161/Wirasakti").
func isUnitNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	slash := strings.IndexByte(w, '/')
	return slash > 0 && slash < len(w)-1
}

// affiliatedApposition reads "dari Fraksi X, Name" after a title: the body
// the holder comes from, an organisation, then a name in apposition.
func (x *Extractor) affiliatedApposition(s *sentence, end int, art *articleState) (*mention, int, int, bool) {
	if end+1 >= len(s.toks) || s.low[end] != "dari" || !s.toks[end+1].IsCapitalized() {
		return nil, 0, 0, false
	}
	a := end + 1
	b := x.runEnd(s, a, art, false)
	if b == a {
		return nil, 0, 0, false
	}
	typ, n := s.head(a)
	if _, k := x.knownForm(s.low[a:b]); k == 0 && (n == 0 || typ != "Organization") && !s.toks[a].IsAcronym() && s.low[a] != "fraksi" {
		return nil, 0, 0, false
	}
	ns, ne, ok := x.appositionName(s, b, art)
	if !ok {
		return nil, 0, 0, false
	}
	org := &mention{typ: "Organization", tok0: a, tok1: b, rule: "title-affiliation"}
	org.text = s.surface(art.text, a, b)
	org.canon = x.canonOrg(s.texts(a, b), art)
	return org, ns, ne, true
}

// bodyAfterField returns where the body starts in [a,b) after a title when
// a field of work comes first ("Bidang Kemahasiswaan Untad": Untad): the
// first acronym, known short form or organisation head after the field
// word; a when the run does not open with a field word or names no body.
func (x *Extractor) bodyAfterField(s *sentence, a, b int, art *articleState) int {
	if a >= b || !fieldWords[s.low[a]] {
		return a
	}
	for k := a + 1; k < b; k++ {
		if typ, n := s.head(k); s.toks[k].IsAcronym() || s.lex[k].abbrev || art.acronymType[s.toks[k].Text] == "Organization" || n > 0 && typ == "Organization" {
			return k
		}
	}
	if b-a >= 3 && !s.lex[b-1].common && s.toks[b-1].IsCapitalized() {
		return b - 1 // "Bidang Akademik Unhas": a short form the article does not define
	}
	return a
}

// closesBody reports a token that ends a body or region after a title: a
// region, a word the article uses as a region, or an acronym.
func (x *Extractor) closesBody(s *sentence, k int, art *articleState) bool {
	return x.isRegionAt(s, k) || art.regionWords[s.low[k]] || s.toks[k].IsAcronym()
}

// datelike reports a weekday or month in [a,b): "Bupati Badung Senin Pagi"
// names a time, not a person.
func (x *Extractor) datelike(s *sentence, a, b int) bool {
	for k := a; k < b; k++ {
		if _, month := x.lx.s.Months[s.low[k]]; month || s.is(roleWeekday, k) {
			return true
		}
	}
	return false
}

// forceAfterRank are the forces written after an officer's rank ("Brigjen
// TNI", "Kombes Polri"); the rank and the force open the name.
var forceAfterRank = map[string]bool{"tni": true, "polri": true}

// bodyBefore reports a body in [a,k) after a title: an acronym, a known
// short form, or an organisation head noun. Field words ("Bidang
// Akademik") are not one.
func (x *Extractor) bodyBefore(s *sentence, a, k int) bool {
	for p := a; p < k; p++ {
		if typ, n := s.head(p); s.toks[p].IsAcronym() || s.lex[p].abbrev || n > 0 && typ == "Organization" {
			return true
		}
	}
	return false
}
