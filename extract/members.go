package extract

// namedMembers reads "sejumlah anggota Komisi A, yakni A, B, dan C": the
// people named after a group of a body's members are members of that body.
func (r *relation) namedMembers() {
	for _, g := range r.args {
		if g.typ != "Group" && g.typ != "Position" {
			continue // "sejumlah anggota Komisi A" is a group, "anggota Komisi A" a title
		}
		k := g.tok0
		for k < g.tok1 && r.s.low[k] != "anggota" {
			k++
		}
		if k+1 >= g.tok1 || !r.s.toks[k+1].IsCapitalized() {
			continue // "anggota dewan", "para anggota": no body named
		}
		pos := g.tok1
		if pos < len(r.s.low) && r.s.low[pos] == "," {
			pos++
		}
		if pos+1 >= len(r.s.low) || !namingWords[r.s.low[pos]] {
			continue
		}
		first := r.argAt(pos + 1)
		if first == nil || first.typ != "Person" {
			continue
		}
		body := &mention{typ: "Organization", tok0: k + 1, tok1: g.tok1, rule: "members-named"}
		body.text = r.s.surface(r.st.text, k+1, g.tok1)
		body.canon = r.x.canonOrg(r.s.texts(k+1, g.tok1), r.st)
		for _, p := range r.list(first, "memberOf", true) {
			if p.typ == "Person" {
				r.emit(p, "memberOf", body, 0.8, "members-named")
			}
		}
	}
}

// namingWords open the names of a group's members: "anggota Komisi A,
// yakni …", "yaitu …", ": …".
var namingWords = map[string]bool{"yakni": true, "yaitu": true, ":": true}

// namingEnd is where the names start after a naming phrase at k ("yakni",
// "adalah", "di antaranya", "antara lain"), or -1.
func (r *relation) namingEnd(k int) int {
	low := r.s.low
	switch {
	case k+1 < len(low) && (namingWords[low[k]] || low[k] == "adalah" || low[k] == "ialah"):
		return k + 1
	case k+2 < len(low) && (low[k] == "di" && low[k+1] == "antaranya" || low[k] == "antara" && low[k+1] == "lain"):
		return k + 2
	}
	return -1
}

// applyNamedPatients reads "Mereka yang dilantik yakni A sebagai …, B …":
// the people a passive cue names after "yakni" underwent it, at the hands
// of whoever the article last said did it ("Gubernur X melantik …").
func (r *relation) applyNamedPatients(st *site, at int) bool {
	doer := r.st.doers[st.cue.Cue.Root]
	first := r.argAt(at)
	pred := st.cue.Predicate
	if doer == nil || first == nil || !r.allowed(pred, first.typ, false) || !r.allowed(pred, doer.typ, true) {
		return false
	}
	st.left, st.right = []*mention{doer}, r.list(first, pred, false)
	for _, p := range st.right {
		r.emit(doer, pred, p, 0.75, "passive-named-"+st.cue.Cue.Root)
	}
	r.claim(st.right)
	return true
}

// nextPersonItem skips the rest of an office written with commas inside
// ("sebagai Kepala Dinas Ketahanan Pangan, Tanaman Pangan dan
// Hortikultura Provinsi Lampung; serta B"): from k to the list separator
// before the next person, if one comes soon; else k.
func (r *relation) nextPersonItem(k int) int {
	for p := k; p < len(r.s.low) && p < k+15; p++ {
		if !listWords[r.s.low[p]] {
			continue
		}
		q := p
		for q < len(r.s.low) && listWords[r.s.low[q]] {
			q++
		}
		if a := r.argAt(q); a != nil {
			if a.typ == "Person" {
				return p
			}
			if a.typ == "Position" {
				return k
			}
		}
	}
	return k
}
