package extract

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/graphq/graphq/schema"
)

// texts returns the token texts of [a,b).
func (s *sentence) texts(a, b int) []string {
	out := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		out = append(out, s.toks[k].Text)
	}
	return out
}

// fieldWords open the name of a field of work inside a body.
var fieldWords = map[string]bool{"bidang": true, "seksi": true, "subbidang": true, "urusan": true, "divisi": true}

// nationalQualifiers add nothing to a body's name: "BKN RI" is BKN.
var nationalQualifiers = map[string]bool{"pusat": true, "ri": true, "republik": true, "indonesia": true}

// preferred returns the canonical form of a known abbreviation: the first
// short form listed for its long form, or the long form where a short form
// names a kind of body rather than a body (Pemkab -> Pemerintah Kabupaten).
func (x *Extractor) preferred(a schema.Abbreviation) string {
	switch a.Type {
	case "Prefix", "Place", "Document":
		return a.Long
	case "Event":
		if a.Scope == "short" {
			return a.Short
		}
		return a.Long
	}
	if p, ok := x.lx.abbrLong[strings.ToLower(a.Long)]; ok {
		return p.Short
	}
	return a.Short
}

// knownForm finds the longest known short or long form at the start of
// words (lower case), returning it and its length in words. Of the
// abbreviations that list a form, it returns the one lookups by the form
// give, the first listed: lx.knownForms holds that one for each form.
func (x *Extractor) knownForm(words []string) (schema.Abbreviation, int) {
	return x.lx.knownForms.longest(words, 0)
}

// knownFormOf is knownForm for words in any case.
func (x *Extractor) knownFormOf(words []string) (schema.Abbreviation, int) {
	return x.lx.knownForms.longestAnyCase(words)
}

// cleanWords drops commas and dots from a phrase's tokens, and splits
// hyphenated acronym pairs ("GNN-ASN").
func cleanWords(texts []string) []string {
	if len(texts) == 0 {
		return nil
	}
	out := make([]string, 0, len(texts))
	for _, t := range texts {
		switch t {
		case ",", ".", "–", "—", "-":
			continue
		}
		if strings.Contains(t, "-") && isAcronymText(strings.Split(t, "-")[0]) {
			out = append(out, strings.Split(t, "-")...)
			continue
		}
		out = append(out, t)
	}
	return out
}

func isAcronymText(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// lowerAll lowers every word, sharing the lexicon's copies of known ones.
func (lx *lexicon) lowerAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i], _ = lx.lower(w)
	}
	return out
}

// splitDefinition finds "Long Form (ACR)" in a phrase. It returns the words
// before, the acronym, the words after, and where in the words before the
// acronym's long form starts.
func (x *Extractor) splitDefinition(ws []string) (before []string, acr string, after []string, cover int, ok bool) {
	for p := 0; p+2 < len(ws); p++ {
		if ws[p] == "(" && ws[p+2] == ")" {
			before, acr, after = ws[:p], ws[p+1], ws[p+3:]
			return before, acr, after, x.acronymCover(acr, before), true
		}
	}
	return ws, "", nil, 0, false
}

// acronymCover returns the index in words where the long form of acr
// starts: where the known long form matches, else where the initials of the
// content words spell it, else 0 (the whole phrase).
func (x *Extractor) acronymCover(acr string, words []string) int {
	low := x.lx.lowerAll(words)
	if a, ok := x.lx.abbrShort[strings.ToLower(acr)]; ok {
		long := strings.ToLower(a.Long)
		for k := range low {
			if strings.Join(low[k:], " ") == long {
				return k
			}
		}
		for _, b := range x.lx.s.Abbreviations {
			if strings.EqualFold(b.Short, a.Short) {
				for k := range low {
					if strings.Join(low[k:], " ") == strings.ToLower(b.Long) {
						return k
					}
				}
			}
		}
	}
	up := strings.ToUpper(acr)
	for k := range words {
		var initials strings.Builder
		for _, w := range words[k:] {
			if x.lx.function[strings.ToLower(w)] {
				continue
			}
			initials.WriteRune(unicode.ToUpper(firstRune(w)))
		}
		if initials.String() == up {
			return k
		}
	}
	return 0
}

// qualifiers cleans what follows a body's name: national qualifiers go,
// article acronyms expand ("PBD" -> "Papua Barat Daya").
func (x *Extractor) qualifiers(ws []string, art *articleState) []string {
	var out []string
	paren := false
	for _, w := range ws {
		// "(Kanwil Kemenkumham) Maluku": a parenthesis restates the name before it.
		if w == "(" || w == ")" {
			paren = w == "("
			continue
		}
		if paren {
			continue
		}
		lw := strings.ToLower(w)
		if fieldWords[lw] {
			break // "KASN Bidang Pengawasan": a field of work, not another body
		}
		if nationalQualifiers[lw] {
			continue
		}
		if exp, ok := art.acronyms[w]; ok {
			out = append(out, exp...)
			continue
		}
		out = append(out, w)
	}
	return out
}

// canonOrg names an organisation canonically: "Komisi Aparatur Sipil Negara
// (KASN)", "Komisi ASN Pusat" and "KASN" are all "KASN"; "Badan Pengawas
// Pemilu (Bawaslu) Bali" is "Bawaslu Bali"; "Pemkab Badung" is "Pemerintah
// Kabupaten Badung".
func (x *Extractor) canonOrg(texts []string, art *articleState) string {
	ws := cleanWords(texts)
	if before, acr, after, cover, ok := x.splitDefinition(ws); ok {
		if cover == 0 {
			head := acr
			if a, known := x.lx.abbrShort[strings.ToLower(acr)]; known {
				head = x.preferred(a)
			}
			return joinWords(append([]string{head}, x.qualifiers(after, art)...))
		}
		ws = append(append([]string{}, before...), after...)
	}
	if a, n := x.knownFormOf(ws); n > 0 {
		rest := x.qualifiers(ws[n:], art)
		return joinWords(append([]string{x.preferred(a)}, rest...))
	}
	if len(art.longToAcr) > 0 {
		if acr, ok := art.longToAcr[strings.ToLower(strings.Join(ws, " "))]; ok {
			return acr
		}
	}
	if len(ws) == 0 {
		return ""
	}
	if exp, ok := art.acronyms[ws[0]]; ok {
		if acr, ok := art.longToAcr[strings.ToLower(strings.Join(exp, " "))]; ok {
			return joinWords(append([]string{acr}, x.qualifiers(ws[1:], art)...))
		}
	}
	return joinWords(titleCase(ws, x))
}

// canonEvent names an event: abbreviations expanded ("Rakor" -> "Rapat
// Koordinasi"), known long forms of groups shortened ("Aparatur Sipil Negara"
// -> "ASN"), words title-cased; elections keep their short name and year.
func (x *Extractor) canonEvent(texts []string, art *articleState, year int) string {
	ws := cleanWords(texts)
	// Every "Long Form (ACR)" inside the name: keep the long form, or the
	// short form of a known collective ("Aparatur Sipil Negara (ASN)" -> ASN).
	for {
		before, acr, after, cover, ok := x.splitDefinition(ws)
		if !ok {
			break
		}
		if cover > 0 {
			if a, known := x.lx.abbrShort[strings.ToLower(acr)]; known && a.Type == "Group" {
				before = append(before[:cover:cover], a.Short)
			}
		}
		ws = append(append([]string{}, before...), after...)
	}
	var out []string
	for k := 0; k < len(ws); k++ {
		if exp, ok := art.acronyms[ws[k]]; ok {
			out = append(out, exp...)
			continue
		}
		if a, n := x.knownFormOf(ws[k:]); n > 0 {
			switch {
			case a.Type == "Event" && a.Scope == "short" && k+n+1 < len(ws) && strings.EqualFold(ws[k+n], "dan") && strings.EqualFold(ws[k+n+1], "Wakil"):
				// "Pemilihan Bupati dan Wakil Bupati": the pair is the name; Pilbup would drop the deputy.
				out = append(out, ws[k:k+n]...)
			case a.Type == "Event" && a.Scope == "short":
				y := year
				for _, w := range ws[k+n:] {
					if v := parseYear(w); v > 0 {
						y = v
					}
				}
				if k == 0 {
					if y > 0 {
						return a.Short + " " + strconv.Itoa(y)
					}
					return a.Short
				}
				out = append(out, a.Short)
			case a.Type == "Event":
				out = append(out, strings.Fields(a.Long)...)
			case a.Type == "Group" || a.Type == "Organization":
				out = append(out, x.preferred(a))
			default:
				out = append(out, ws[k:k+n]...)
			}
			k += n - 1
			continue
		}
		out = append(out, ws[k])
	}
	return joinWords(titleCase(out, x))
}

// canonGroup names a collective: quantifiers dropped ("seluruh", "para"),
// long forms shortened, "di X" read as "X", and a regional government inside
// reduced to its region ("ASN Pemkab Badung" -> "ASN Badung").
func (x *Extractor) canonGroup(texts []string, art *articleState) (string, string) {
	ws := cleanWords(texts)
	k := 0
	for k < len(ws) && x.lx.is(roleQuantifier, strings.ToLower(ws[k])) {
		k++
	}
	ws = ws[k:]
	if _, _, _, _, ok := x.splitDefinition(ws); ok {
		before, acr, after, cover, _ := x.splitDefinition(ws)
		ws = append(append(before[:cover:cover], acr), after...)
	}
	low := x.lx.lowerAll(ws)
	var out []string
	for i := 0; i < len(ws); i++ {
		lw := low[i]
		if lw == "kita" || lw == "di" || lw == "(" || lw == ")" {
			continue
		}
		if a, n := x.knownFormOf(ws[i:]); n > 0 {
			if a.Type == "Prefix" {
				i += n - 1
				continue
			}
			if a.Type == "Group" {
				out = append(out, a.Short)
				i += n - 1
				continue
			}
		}
		if t, n := x.lx.titles.longest(low, i); n > 0 && t.Kind == "prefix" {
			out = append(out, t.Full)
			i += n - 1
			continue
		}
		out = append(out, ws[i])
	}
	if len(out) == 0 {
		return "", ""
	}
	// "jajaran Pemkab Buleleng" is the government itself.
	if a, n := x.knownFormOf(cleanWords(texts)[k:]); n > 0 && a.Type == "Prefix" {
		return x.canonOrg(cleanWords(texts)[k:], art), "Organization"
	}
	return joinWords(out), "Group"
}

// personCanon drops honorifics, degrees and dots from a name.
func (x *Extractor) personCanon(texts []string) string {
	var out []string
	for i, t := range texts {
		if t == "." || t == "," || (x.lx.isHonorific(t) && !(i > 0 && i == len(texts)-1 && len(out) == 0)) {
			continue
		}
		out = append(out, strings.TrimSuffix(t, "."))
	}
	return strings.ReplaceAll(joinWords(out), "’", "'")
}

func titleCase(ws []string, x *Extractor) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		lw := strings.ToLower(w)
		if w == lw && !(i > 0 && x.lx.function[lw]) {
			r := []rune(w)
			r[0] = unicode.ToUpper(r[0])
			w = string(r)
		}
		out[i] = w
	}
	return out
}

// joinWords joins the words with single spaces, as
// strings.Join(strings.Fields(strings.Join(ws, " ")), " ") would, with one
// allocation.
func joinWords(ws []string) string {
	size := 0
	for _, w := range ws {
		size += len(w) + 1
	}
	var b strings.Builder
	b.Grow(size)
	for _, w := range ws {
		for f := range strings.FieldsSeq(w) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(f)
		}
	}
	return b.String()
}
