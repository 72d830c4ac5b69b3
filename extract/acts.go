package extract

// actOccasion makes an event of the act a sentence opens with when the
// sentence says where or when it took place: "Penandatanganan PKS itu
// berlangsung di Pendopo Agung pada Kamis (15/8)". Only for a venue or date
// no named event of the sentence claims; before is where that setting starts.
func (r *relation) actOccasion(before int) *mention {
	if m := r.actBefore(before); m != nil {
		return m
	}
	s := r.s
	if len(s.toks) < 3 || s.titleCase || !s.toks[0].IsCapitalized() || !r.x.namesCueAct(s, 0) {
		return nil
	}
	happened := -1
	for k := 1; k < before; k++ {
		if s.is(roleHappening, k) {
			happened = k
			break
		}
	}
	if happened < 0 {
		return nil
	}
	m := &mention{typ: "Event", tok0: 0, tok1: 1, eventHead: s.low[0], rule: "act-occasion"}
	m.canon = s.toks[0].Text
	if d := s.mentionAt(1); d != nil && d.typ == "Document" && d.tok1 <= happened {
		m.tok1 = d.tok1
		m.canon += " " + d.canon
	}
	m.text = s.surface(r.st.text, m.tok0, m.tok1)
	return m
}

// actBefore makes an event of an act named right before a venue or date:
// "ditandai dengan penandatanganan nota kesepahaman di Aula Kantor Kemenag,
// Kamis, 10 Oktober 2024". Only linking words may stand between.
func (r *relation) actBefore(before int) *mention {
	s := r.s
	for j := before - 1; j >= 0 && j >= before-16; j-- {
		if !r.x.namesCueAct(s, j) {
			continue
		}
		m := &mention{typ: "Event", tok0: j, tok1: j + 1, eventHead: s.low[j], rule: "act-occasion"}
		m.canon = s.toks[j].Text
		if d := s.mentionAt(j + 1); d != nil && d.typ == "Document" {
			m.tok1 = d.tok1
			m.canon += " " + d.canon
		}
		for k := m.tok1; k < before; {
			if a := r.argAt(k); a != nil && a.typ == "Place" && a.tok0 == k {
				k = a.tok1 // the venue, before the date
				continue
			}
			if !settingLinks[s.low[k]] && !s.is(roleWeekday, k) {
				return nil
			}
			k++
		}
		m.text = withoutParenthesised(s.surface(r.st.text, m.tok0, m.tok1))
		return m
	}
	return nil
}

// settingLinks may stand between an act and where or when it took place.
var settingLinks = map[string]bool{"di": true, ",": true, "bertempat": true, "pada": true, "yang": true, "berlangsung": true, "dilaksanakan": true, "digelar": true}
