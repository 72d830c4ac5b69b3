package extract

import "strings"

// resolve gives every mention its canonical name inside the article: short
// and misspelt names become full names, bare titles their holders, event
// anaphora the event they refer to, dates ISO where the year is known.
func (x *Extractor) resolve(sents []*sentence, st *articleState) {
	holders := map[string][]string{} // position canon -> persons
	for _, s := range sents {
		x.nameGenericEvents(s)
		for _, m := range s.mentions {
			x.canonicalise(s, m, st)
			if m.typ == "Person" && m.position != nil {
				holders[m.position.canon] = appendUnique(holders[m.position.canon], m.canon)
			}
		}
		x.shareRegion(s, st)
	}
	mergeRegionForms(sents)
	upgradeBarePositions(sents)
	x.completeBarePositions(sents)
	completePersonOffices(sents)
	st.mainEvent = x.mainEvent(sents)
	if st.mainEvent == nil {
		st.mainEvent = x.actEvent(sents, st)
	}
	shortEventForms(sents)
	var recent []*mention
	for _, s := range sents {
		for _, m := range s.mentions {
			switch {
			case m.typ == "Position" && m.bareTitle:
				if h := holderOf(holders, m.canon); h != "" {
					m.typ, m.canon, m.rule = "Person", h, "bare-title-holder"
				}
			case m.typ == "Position" && len(holders[m.canon]) == 1:
				// "Ketua Bawaslu Kota Denpasar memberikan pembinaan": the office
				// named in full stands for the one person the article says holds it.
				m.typ, m.canon, m.rule = "Person", holders[m.canon][0], "office-holder"
			case m.typ == "Event" && (m.anaphor || x.bareEventHead(s, m)):
				if ref := x.antecedentEvent(m, recent, st); ref != nil && ref != m {
					m.canon, m.eventHead = ref.canon, ref.eventHead
				}
			}
			if m.typ == "Event" && !m.anaphor {
				recent = append(recent, m)
			}
		}
	}
}

func appendUnique(list []string, v string) []string {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// holderOf finds the one person holding an office whose name contains the
// bare title ("Sekda" -> the person holding "Penjabat Sekretaris Daerah").
func holderOf(holders map[string][]string, title string) string {
	// "Rektor" is the Rektor UTM's holder, not the Wakil Rektor's: offices
	// that start with the title come first.
	if h := holderMatching(holders, func(pos string) bool { return pos == title || strings.HasPrefix(pos, title+" ") }); h != "" {
		return h
	}
	return holderMatching(holders, func(pos string) bool { return containsWords(pos, title) })
}

func holderMatching(holders map[string][]string, match func(pos string) bool) string {
	found := ""
	for pos, people := range holders {
		if !match(pos) {
			continue
		}
		for _, p := range people {
			if found != "" && found != p {
				return ""
			}
			found = p
		}
	}
	return found
}

func containsWords(hay, needle string) bool {
	return strings.Contains(" "+strings.ToLower(hay)+" ", " "+strings.ToLower(needle)+" ")
}

func (x *Extractor) canonicalise(s *sentence, m *mention, st *articleState) {
	texts := s.texts(m.tok0, m.tok1)
	switch m.typ {
	case "Person":
		if m.pronoun {
			return
		}
		m.canon = st.resolvePerson(m.canon)
		if m.position != nil {
			m.text = s.surface(st.text, m.position.tok1, m.tok1)
			if m.affiliation != nil {
				m.text = s.surface(st.text, m.nameTok0, m.tok1) // past "dari Fraksi X,"
			}
			if m.text == "" || strings.HasPrefix(m.text, ",") {
				m.text = strings.TrimSpace(strings.TrimPrefix(m.text, ","))
			}
		}
	case "Organization":
		if m.canon == "" {
			m.canon = x.canonOrg(texts, st)
		}
	case "Event":
		if m.anaphor {
			return
		}
		year := 0
		for k := m.tok1; k < len(s.toks) && k < m.tok1+15 && s.low[k] != "."; k++ {
			if y := parseYear(s.low[k]); y > 0 {
				year = y
				break
			}
		}
		m.canon = x.canonEvent(texts, st, year)
		if m.eventHead == "" {
			m.eventHead = strings.ToLower(strings.Fields(m.canon + " x")[0])
		}
	case "Group":
		m.canon, m.typ = x.canonGroup(texts, st)
		if m.typ == "" {
			m.typ = "Group"
		}
	case "Document":
		// A document is named by a common noun phrase: "Nota Kesepahaman" in
		// a headline is the "nota kesepahaman" of the text.
		ws := cleanWords(texts)
		for i, w := range ws {
			if !isAcronymText(w) {
				ws[i] = strings.ToLower(w)
			}
		}
		m.canon = joinWords(ws)
	case "Date":
		d := m.date
		d.inferYear(st.years)
		m.canon = d.iso()
		if d.year > 0 && m.date.year == 0 {
			m.rule = "date-weekday-year"
		}
		m.date = d
	default:
		if m.canon == "" {
			m.canon = joinWords(cleanWords(texts))
		}
	}
}

// nameGenericEvents lets a name after "bertajuk"/"bertema" name the generic
// event before it: "kampanye ... bertajuk Gerakan Nasional Netralitas ASN".
func (x *Extractor) nameGenericEvents(s *sentence) {
	for i, m := range s.mentions {
		if m.typ != "Event" || i+1 >= len(s.mentions) {
			continue
		}
		for k := m.tok1; k < len(s.toks) && k < m.tok1+5; k++ {
			if !s.is(roleTheme, k) {
				continue
			}
			if next := s.mentions[i+1]; next.tok0 == k+1 {
				next.typ = "Event"
				if next.eventHead == "" {
					next.eventHead = strings.ToLower(s.toks[next.tok0].Text)
				}
				m.typ = "Generic"
				m.namedBy = next
			}
			break
		}
	}
}

var scenePrepositions = map[string]bool{"pada": true, "dalam": true, "jelang": true, "menjelang": true, "menyambut": true, "saat": true, "di": true, "untuk": true}

// mainEvent is the event an article reports: the first named event of a
// full sentence that is not an election and not a time or setting
// ("menjelang Pilkada", "pada Pemilu").
func (x *Extractor) mainEvent(sents []*sentence) *mention {
	var fallback *mention
	for _, s := range sents {
		full := strings.ContainsAny(s.text[len(s.text)-1:], ".!?”\")")
		for _, m := range s.mentions {
			if m.typ != "Event" || m.anaphor || x.isElection(m) {
				continue
			}
			if !s.toks[m.tok0].IsCapitalized() && (m.tok1 == m.tok0+1 || !s.toks[m.tok0+1].IsCapitalized()) {
				continue // "program pelatihan": a generic activity, not the event reported
			}
			if fallback == nil {
				fallback = m
			}
			if full && !scenePrepositions[m.preceding] {
				return m
			}
		}
	}
	return fallback
}

// actEvent is the event of an article that names none but opens a sentence
// with the act it reports ("Penandatanganan nota kesepahaman dilakukan oleh
// …", "Penandatanganan disaksikan …"): the signing is the occasion that
// "acara tersebut" and "turut hadir" refer to. Only acts a cue names count.
func (x *Extractor) actEvent(sents []*sentence, st *articleState) *mention {
	for _, s := range sents {
		if len(s.toks) < 3 || s.titleCase || !s.toks[0].IsCapitalized() || !x.namesCueAct(s, 0) {
			continue
		}
		m := &mention{typ: "Event", tok0: 0, tok1: 1, eventHead: s.low[0], rule: "act-event"}
		m.canon = s.toks[0].Text
		if d := s.mentionAt(1); d != nil && d.typ == "Document" {
			m.tok1 = d.tok1
			m.canon += " " + d.canon
		}
		m.text = s.surface(st.text, m.tok0, m.tok1)
		return m
	}
	return nil
}

// namesCueAct reports a nominalised act on a cue's root: peN-…-an of
// "tandatangan", "lantik", "kukuh".
func (x *Extractor) namesCueAct(s *sentence, k int) bool {
	for _, a := range x.factsAt(s, k).analyses {
		if a.Prefix == "peN" && a.Suffix == "an" && len(x.lx.cuesByRoot[a.Root]) > 0 {
			return true
		}
	}
	return false
}

func (x *Extractor) isElection(m *mention) bool {
	if m.eventHead == "pemilihan" {
		return true // "tahapan pemilihan", "Pemilihan Bupati": the long forms of Pilkada and Pemilu
	}
	a, ok := x.lx.abbrShort[m.eventHead]
	return ok && a.Scope == "short"
}

// bareEventHead reports whether an event mention is its head word alone
// ("Sosialisasi"), which refers to the article's event of that kind.
func (x *Extractor) bareEventHead(s *sentence, m *mention) bool {
	return m.tok1-m.tok0 == 1 && !x.isElection(m)
}

func (x *Extractor) antecedentEvent(m *mention, recent []*mention, st *articleState) *mention {
	if m.eventHead != "" {
		for i := len(recent) - 1; i >= 0; i-- {
			r := recent[i]
			if r != m && r.tok1-r.tok0 > 1 && headsMatch(r.eventHead, m.eventHead) {
				return r
			}
		}
		if st.mainEvent != nil && headsMatch(st.mainEvent.eventHead, m.eventHead) {
			return st.mainEvent
		}
		if !m.anaphor {
			return nil
		}
	}
	return st.mainEvent
}

func headsMatch(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a != "" && b != "" && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

// upgradeBarePositions gives a titled person's bare office ("PJ Bupati
// Lihadnyana") the full name the article gives it elsewhere ("Penjabat
// Bupati Buleleng"), so one office is one node.
func upgradeBarePositions(sents []*sentence) {
	full := map[string][]*mention{} // person -> positions with a body
	for _, s := range sents {
		for _, m := range s.mentions {
			if m.typ == "Person" && m.position != nil && !m.position.bareTitle {
				full[m.canon] = append(full[m.canon], m.position)
			}
		}
	}
	for _, s := range sents {
		for _, m := range s.mentions {
			if m.typ != "Person" || m.position == nil || !m.position.bareTitle {
				continue
			}
			var match *mention
			for _, p := range full[m.canon] {
				if strings.HasPrefix(p.canon, m.position.canon+" ") {
					if match != nil && match.canon != p.canon {
						match = nil
						break
					}
					match = p
				}
			}
			if match != nil {
				m.position.canon, m.position.bareTitle = match.canon, false
				if m.body == nil {
					m.body = match.body
				}
			}
		}
	}
}

// completeBarePositions names the region of bare regional offices ("Wabup
// Ketut Suiasa" -> Wakil Bupati Badung) when the article is about exactly
// one region: the region of its other regional offices and governments.
func (x *Extractor) completeBarePositions(sents []*sentence) {
	regions := map[string]bool{}
	var bare []*mention
	for _, s := range sents {
		for _, m := range s.mentions {
			for _, p := range []*mention{m, m.position} {
				if p == nil || p.typ != "Position" && p != m.position {
					continue
				}
				if p.bareTitle && p.takes == "region" && p == m.position {
					bare = append(bare, p) // a bare title alone stands for its holder: see resolve
				} else if p.takes == "region" && p.tok1-p.tok0 >= 2 {
					if r := x.regionOf(s, p); r != "" {
						regions[r] = true
					}
				}
			}
			if m.typ == "Organization" {
				for _, prefix := range []string{"Pemerintah Kabupaten ", "Pemerintah Kota ", "Pemerintah Provinsi "} {
					if strings.HasPrefix(m.canon, prefix) {
						regions[strings.TrimPrefix(m.canon, prefix)] = true
					}
				}
			}
		}
	}
	if len(regions) != 1 {
		return
	}
	for r := range regions {
		for _, p := range bare {
			p.canon += " " + r
			p.bareTitle = false
			p.rule = "title-region-from-article"
		}
	}
}

// regionOf returns the region a regional office names, without the
// administrative words ("Bupati Badung" -> "Badung", "Sekda Provinsi Bali"
// -> "Bali").
func (x *Extractor) regionOf(s *sentence, p *mention) string {
	var words []string
	for k := p.tok0; k < p.tok1; k++ {
		if _, n := s.title(k); n > 0 && len(words) == 0 {
			k += n - 1
			continue
		}
		switch s.low[k] {
		case "provinsi", "kabupaten", "kota", "(", ")", ",":
			continue
		}
		words = append(words, s.toks[k].Text)
	}
	return strings.Join(words, " ")
}

// shortEventForms gives an event written short ("Rapat paripurna") the full
// name the article gives it elsewhere ("Rapat Paripurna Penetapan Ranperda
// APBD Perubahan"), when exactly one longer name starts with it.
func shortEventForms(sents []*sentence) {
	var events []*mention
	var lower []string
	var headline []bool
	for _, s := range sents {
		for _, m := range s.mentions {
			if m.typ == "Event" && !m.anaphor && m.canon != "" {
				events = append(events, m)
				lower = append(lower, strings.ToLower(m.canon))
				headline = append(headline, s.titleCase)
			}
		}
	}
	for i, m := range events {
		prefix := lower[i] + " "
		full := ""
		for j, o := range events {
			// A headline's capitals run past the name ("… ASN Jelang Pilkada"):
			// it never lends its longer form.
			if strings.HasPrefix(lower[j], prefix) && !headline[j] {
				if full != "" && full != o.canon {
					full = ""
					break
				}
				full = o.canon
			}
		}
		if full != "" {
			m.canon = full
		}
	}
}

// shareRegion reads "KPU dan Bawaslu Kota Bandung" distributively: a
// regional body written bare before "dan" and another regional body with
// its region takes that region too (KPU Kota Bandung).
func (x *Extractor) shareRegion(s *sentence, st *articleState) {
	for i := 0; i+1 < len(s.mentions); i++ {
		m, n := s.mentions[i], s.mentions[i+1]
		if m.typ != "Organization" || n.typ != "Organization" || n.tok0 != m.tok1+1 || (s.low[m.tok1] != "dan" && s.low[m.tok1] != "serta") {
			continue
		}
		mw := cleanWords(s.texts(m.tok0, m.tok1))
		a, k := x.knownFormOf(mw)
		if k == 0 || k != len(mw) || a.Scope != "regional" || a.Type != "Organization" {
			continue
		}
		nw := cleanWords(s.texts(n.tok0, n.tok1))
		b, kn := x.knownFormOf(nw)
		if kn == 0 || b.Scope != "regional" {
			continue
		}
		rest := x.qualifiers(nw[kn:], st)
		if len(rest) == 0 || !x.regionPhrase(rest, st) {
			continue
		}
		m.canon = joinWords(append([]string{x.preferred(a)}, rest...))
	}
}

// regionPhrase reports words that name a region: an administrative word
// and a name ("Kota Bandung"), a known region, or one the article uses.
func (x *Extractor) regionPhrase(ws []string, st *articleState) bool {
	low := x.lx.lowerAll(ws)
	if regionIntroducers[low[0]] && len(low) > 1 {
		return true
	}
	if _, n := x.lx.regions.longest(low, 0); n == len(low) {
		return true
	}
	return len(low) == 1 && st.regionWords[low[0]]
}

// adminWords introduce a region inside a body's name ("Bawaslu Kabupaten
// Badung"); the news drops them as often as not ("Bawaslu Badung").
var adminWords = map[string]bool{"kabupaten": true, "kota": true, "provinsi": true}

// mergeRegionForms gives a body or office one name in an article: "Bawaslu
// Badung" becomes "Bawaslu Kabupaten Badung" when the article writes that
// form and no other form ("Bawaslu Kota Badung") that the short one could mean.
func mergeRegionForms(sents []*sentence) {
	long := map[string]string{} // short form -> the one long form, "" if several
	for _, s := range sents {
		for _, m := range s.mentions {
			for _, p := range []*mention{m, m.position, m.body} {
				if p == nil || (p.typ != "Organization" && p.typ != "Position") {
					continue
				}
				if short, ok := withoutAdminWord(p.canon); ok {
					if prev, seen := long[short]; seen && prev != p.canon {
						long[short] = ""
					} else {
						long[short] = p.canon
					}
				}
			}
		}
	}
	if len(long) == 0 {
		return
	}
	for _, s := range sents {
		for _, m := range s.mentions {
			for _, p := range []*mention{m, m.position, m.body} {
				if p != nil && (p.typ == "Organization" || p.typ == "Position") && long[p.canon] != "" {
					p.canon = long[p.canon]
				}
			}
		}
	}
}

// withoutAdminWord returns a name with its one region-introducing word
// dropped ("Bawaslu Kabupaten Badung" -> "Bawaslu Badung"); the word must
// stand between two words, so "Pemerintah Kabupaten Badung" keeps its own.
func withoutAdminWord(name string) (string, bool) {
	if !strings.Contains(name, " Kabupaten ") && !strings.Contains(name, " Kota ") && !strings.Contains(name, " Provinsi ") {
		return "", false // most names: no allocation
	}
	ws := strings.Fields(name)
	for i := 1; i+1 < len(ws); i++ {
		if adminWords[strings.ToLower(ws[i])] && ws[i-1] != "Pemerintah" {
			return strings.Join(append(append([]string{}, ws[:i]...), ws[i+1:]...), " "), true
		}
	}
	return "", false
}
