package extract

// actOccasion makes an event of the act a sentence opens with when the
// sentence says where or when it took place: "Penandatanganan PKS itu
// berlangsung di Pendopo Agung pada Kamis (15/8)". Only for a venue or date
// no named event of the sentence claims; before is where that setting starts.
func (r *relation) actOccasion(before int) *mention {
	s := r.s
	if len(s.toks) < 3 || s.titleCase || !s.toks[0].IsCapitalized() || !r.x.namesCueAct(s, 0) {
		return nil
	}
	happened := -1
	for k := 1; k < before; k++ {
		if happeningVerbs[s.low[k]] {
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

// happeningVerbs say that an occasion took place.
var happeningVerbs = map[string]bool{"berlangsung": true, "dilaksanakan": true, "digelar": true, "diadakan": true, "diselenggarakan": true, "dilakukan": true}
