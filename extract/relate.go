package extract

import (
	"slices"
	"strings"
)

// site is one cue word found in a sentence, with the arguments found for it.
type site struct {
	at, width int
	cue       cueMatch
	left      []*mention // the subject (active) or patient (passive) side
	right     []*mention
}

// relation holds the per-sentence state of the relation rules. One relation
// serves all the sentences of an article, so that its slices and map are
// allocated once per article rather than once per sentence.
type relation struct {
	x       *Extractor
	s       *sentence
	st      *articleState
	out     *collector
	args    []*mention
	claimed map[*mention]bool
	sites   []*site
	emitted []fact
}

// fact is what the rules need to know of a triple they emitted: much smaller
// than a Triple, and a sentence emits many.
type fact struct {
	Subject, Predicate, Object, SubjectType, ObjectType string
}

func (x *Extractor) newRelation(st *articleState, out *collector) *relation {
	return &relation{x: x, st: st, out: out, claimed: map[*mention]bool{}}
}

// relate applies the predicate rules to one sentence.
func (r *relation) relate(s *sentence) {
	st := r.st
	r.s = s
	r.args, r.sites, r.emitted = r.args[:0], r.sites[:0], r.emitted[:0]
	clear(r.claimed)
	for _, m := range s.mentions {
		if m.typ == "Generic" {
			continue
		}
		if m.pronoun {
			ref := st.lastPerson
			if sp := r.quoteSpeaker(); sp != nil && s.inQuote[m.tok0] {
				ref = sp // "“Saya minta …,” ujar Bupati X": saya is X
			}
			if ref == nil {
				continue
			}
			m.canon, m.typ = ref.canon, "Person"
		}
		r.args = append(r.args, m)
	}
	r.titles()
	r.issuers()
	r.cues()
	r.composition()
	r.namedMembers()
	r.actsAtEvents()
	r.setting()
	r.companions()
	r.representatives()
	for _, m := range r.args {
		if m.typ == "Document" {
			st.lastDocument = m
		}
	}
	st.attended = nil
	for _, t := range r.emitted {
		if t.Predicate == "attends" {
			st.attended = r.find(t.Object, t.ObjectType)
		}
	}
	for _, m := range r.args {
		if m.typ == "Person" && !m.pronoun && m.canon != "" {
			st.lastPerson = m
			if r.subjectOfSomething(m) {
				break
			}
		}
	}
}

func (r *relation) emit(subj *mention, pred string, obj *mention, conf float64, rule string) {
	if subj == nil || obj == nil {
		return
	}
	if !r.allowed(pred, subj.typ, true) || !r.allowed(pred, obj.typ, false) {
		return
	}
	r.out.add(r.s, subj, pred, obj, conf, rule)
	r.emitted = append(r.emitted, fact{Subject: subj.canon, Predicate: pred, Object: obj.canon, SubjectType: subj.typ, ObjectType: obj.typ})
}

// allowed checks a type against a predicate's domain or range. A Position
// may stand wherever a Person may: "Mendagri" issues, "Bupati" urges.
func (r *relation) allowed(pred, typ string, subject bool) bool {
	p, ok := r.x.lx.predicates[pred]
	if !ok {
		return false
	}
	types := p.ObjectTypes
	if subject {
		types = p.SubjectTypes
	}
	if slices.Contains(types, typ) {
		return true
	}
	return typ == "Position" && slices.Contains(types, "Person")
}

func (r *relation) subjectOfSomething(m *mention) bool {
	for _, t := range r.emitted {
		if t.Subject == m.canon {
			return true
		}
	}
	return false
}

// titles: "Wabup Ketut Suiasa" holds Wakil Bupati; a head title heads its
// body, a member title belongs to it; "X selaku Y" holds Y.
func (r *relation) titles() {
	for i, m := range r.args {
		if m.typ == "Person" && m.position != nil {
			conf := 0.9
			if m.rule == "title-apposition" {
				conf = 0.85
			}
			r.emit(m, "holds", m.position, conf, m.rule)
			if m.affiliation != nil {
				r.emit(m, "memberOf", m.affiliation, conf, m.rule+"-affiliation")
			}
			if m.body != nil {
				switch m.titleKind {
				case "head":
					r.emit(m, "headOf", m.body, conf, m.rule+"-head")
				case "member":
					r.emit(m, "memberOf", m.body, conf, m.rule+"-member")
				}
			}
		}
		if m.typ == "Person" && m.position == nil && i+1 < len(r.args) && r.officeInApposition(m, r.args[i+1]) {
			r.emit(m, "holds", r.args[i+1], 0.8, "name-apposition")
			r.claimed[r.args[i+1]] = true
			if b := r.args[i+1].body; b != nil {
				switch r.args[i+1].titleKind {
				case "head":
					r.emit(m, "headOf", b, 0.8, "name-apposition-head")
				case "member":
					r.emit(m, "memberOf", b, 0.8, "name-apposition-member")
				}
			}
		}
		if m.typ == "Person" && i+1 < len(r.args) && m.tok1 < len(r.s.low) {
			next := r.args[i+1]
			at := m.tok1
			if r.s.low[at] == "," && at+1 < len(r.s.low) {
				at++ // "Hendrikus Tambun, M.Si., sebagai Pj Bupati"
			}
			if (r.s.low[at] == "selaku" || r.s.low[at] == "sebagai") && next.tok0 == at+1 && next.typ == "Position" {
				r.emit(m, "holds", next, 0.85, "selaku")
			}
		}
	}
}

// officeInApposition reports "Budi Santoso, Kepala Dinas Kesehatan, …": an
// office set off by commas right after a name.
func (r *relation) officeInApposition(m, next *mention) bool {
	if next.typ != "Position" || next.tok0 != m.tok1+1 || r.s.low[m.tok1] != "," {
		return false
	}
	return next.tok1 >= len(r.s.low) || r.s.low[next.tok1] == "," || r.s.low[next.tok1] == "."
}

// issuers: "surat edaran dari KASN, Mendagri, BKN" and "keputusan bersama
// Mendagri, Menpan RB": the list after a document issued it.
func (r *relation) issuers() {
	for _, d := range r.args {
		if d.typ != "Document" {
			continue
		}
		at := d.tok1
		if at < len(r.s.low) && (r.s.low[at] == "dari" || r.s.low[at] == "oleh") {
			at++
		}
		first := r.argAt(at)
		if first == nil || !r.allowed("issues", first.typ, true) {
			continue
		}
		for _, a := range r.list(first, "issues", true) {
			r.emit(a, "issues", d, 0.8, "document-from")
			r.claimed[a] = true
		}
	}
}

// argAt returns the argument that starts at token i, or right after the
// honorifics or the count there ("Hj. Fatmawati Rusdi": the name starts
// after "Hj."; "sekitar 1.200 ASN", "41 dari 50 anggota DPRD", "unsur
// Forkopimda": the group or body after the count).
func (r *relation) argAt(i int) *mention {
	for skipped := 0; skipped < 6; skipped++ {
		for _, a := range r.args {
			if a.tok0 == i {
				return a
			}
		}
		switch {
		case i >= len(r.s.low):
			return nil
		case r.s.honorific[i]:
			i++
			if i < len(r.s.low) && r.s.low[i] == "." {
				i++
			}
		case r.s.is(roleApproximate, i) || isCount(r.s.low[i]):
			i++
		case r.s.low[i] == "dari" && i > 0 && isCount(r.s.low[i-1]) && i+1 < len(r.s.low) && isCount(r.s.low[i+1]):
			i++
		default:
			return nil
		}
	}
	return nil
}

// isCount reports a number written with digits: "41", "1.200".
func isCount(w string) bool {
	return w != "" && w[0] != '.' && isDigits(strings.ReplaceAll(w, ".", ""))
}

// argEndingAt returns the argument whose last token is i-1.
func (r *relation) argEndingAt(i int) *mention {
	for _, a := range r.args {
		if a.tok1 == i {
			return a
		}
	}
	return nil
}

var listWords = map[string]bool{",": true, "dan": true, "serta": true, "termasuk": true, "juga": true, "maupun": true, "atau": true, ":": true, "bersama": true, "yakni": true, "yaitu": true, ";": true}
var delegateWords = map[string]bool{"utusan": true, "perwakilan": true}

// list reads "A, B, dan C" from its first item: items of types the role
// allows, skipping delegates ("utusan Kepala Badan"), which are not entities.
func (r *relation) list(first *mention, pred string, subject bool) []*mention {
	items := []*mention{first}
	pos := first.tok1
	for pos < len(r.s.low) {
		// "A, yang mewakili Bupati, B, serta C": the principal is no item.
		p := pos
		if p < len(r.s.low) && r.s.low[p] == "," {
			p++
		}
		if p+2 < len(r.s.low) && r.s.low[p] == "yang" && r.s.low[p+1] == "mewakili" {
			if principal := r.argAt(p + 2); principal != nil {
				pos = principal.tok1
			}
		} else if p+1 < len(r.s.low) && (r.s.low[p] == "sebagai" || r.s.low[p] == "selaku") {
			// "A sebagai Pj Bupati X, B sebagai …": each item's office
			if office := r.argAt(p + 1); office != nil && office.typ == "Position" {
				pos = r.nextPersonItem(office.tok1)
			}
		}
		start := pos
		for pos < len(r.s.low) && listWords[r.s.low[pos]] {
			pos++
		}
		if pos == start || pos >= len(r.s.low) {
			break
		}
		if delegateWords[r.s.low[pos]] {
			pos++
			if principal := r.argAt(pos); principal != nil {
				pos = principal.tok1
			}
			for pos < len(r.s.low) && !listWords[r.s.low[pos]] {
				pos++
			}
			continue
		}
		next := r.argAt(pos)
		if next == nil || !r.allowed(pred, next.typ, subject) {
			break
		}
		// ", pejabat administratur" after a group is apposition, not a new item.
		if r.s.low[start] == "," && pos == start+1 && next.typ == "Group" && !next.quantified && !r.s.toks[next.tok0].IsCapitalized() && !r.enumerationGoesOn(next) {
			break
		}
		items = append(items, next)
		pos = next.tok1
	}
	return items
}

// opensWithAct reports a sentence that opens with a nominalised act
// ("Penyerahan SK …", "Pelantikan …").
func (r *relation) opensWithAct() bool {
	if len(r.s.low) == 0 {
		return false
	}
	for _, a := range r.x.factsAt(r.s, 0).analyses {
		if (a.Prefix == "peN" || a.Prefix == "per") && a.Suffix == "an" && (r.x.lx.common[a.Root] || r.x.lx.verbs[a.Root] || r.x.lx.common[r.s.low[0]] || r.x.lx.verbFormRoots[a.Root]) {
			return true
		}
	}
	return false
}

// skipDelegates moves past "perwakilan Bawaslu, utusan Kepala Dinas, …" at
// the head of a list: delegates are not entities, nor are they their principal.
func (r *relation) skipDelegates(at int) int {
	for at < len(r.s.low) && delegateWords[r.s.low[at]] {
		at++
		if p := r.argAt(at); p != nil {
			at = p.tok1
		}
		for at < len(r.s.low) && !listWords[r.s.low[at]] {
			at++
		}
		for at < len(r.s.low) && listWords[r.s.low[at]] {
			at++
		}
	}
	return at
}

// enumerationGoesOn reports "A, B, dan C": after item B the list is closed
// by "dan" or "serta" and another item, so B's comma separates items.
func (r *relation) enumerationGoesOn(m *mention) bool {
	pos := m.tok1
	closed := false
	for pos < len(r.s.low) && listWords[r.s.low[pos]] {
		closed = closed || r.s.low[pos] == "dan" || r.s.low[pos] == "serta"
		pos++
	}
	return closed && r.argAt(pos) != nil
}

// blocked reports whether the cue at k is negated, modal or hypothetical.
func (r *relation) blocked(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if r.s.is(roleNegation, j) || r.s.is(roleModal, j) {
			return true
		}
	}
	return false
}

var objectSkip = map[string]bool{"kepada": true, "sebagai": true, "juga": true, "pula": true, "tolong": true, "gelaran": true, "secara": false, "agar": true, "supaya": true}

// cues finds every cue word of the sentence and applies its pattern.
func (r *relation) cues() {
	urged := false
	for k := 0; k < len(r.s.toks); k++ {
		if !r.s.toks[k].IsWord() || r.insideArg(k) {
			continue
		}
		facts, width := r.x.factsAt(r.s, k), 1
		if k+1 < len(r.s.low) && r.s.low[k+1] == "sama" {
			facts, width = r.x.facts(r.s.low[k]+"sama"), 2
		}
		matched := false
		firstPerson := k > 0 && r.s.is(roleFirstPerson, k-1)
		for _, cm := range facts.cues {
			// "Saya minta …", "kami ajak …": quotes use bare verbs.
			bare := firstPerson && cm.Pattern == "active" && cm.Analysis.Prefix == "" && cm.Analysis.Suffix == ""
			if !(patternFits(cm) || bare) || r.blocked(k) || (urged && cm.Predicate != "urges") {
				continue
			}
			matched = true
			st := &site{at: k, width: width, cue: cm}
			if r.apply(st) {
				r.sites = append(r.sites, st)
				if cm.Predicate == "urges" {
					urged = true
				}
				break
			}
		}
		if !matched && !urged && !r.blocked(k) {
			r.openVerb(k)
		}
	}
}

// openVerb records a relation the schema has no predicate for: an active
// verb between two entities ("Bupati X meresmikan Gedung Y"), named by the
// verb itself and marked open.
func (r *relation) openVerb(k int) {
	w := r.s.low[k]
	facts := r.x.factsAt(r.s, k)
	if facts.speech {
		return // "mengatakan": a quote's attribution, not a relation
	}
	if !facts.active || k+1 >= len(r.s.low) || (k > 0 && r.s.is(roleModal, k-1)) || (k > 0 && r.s.low[k-1] == "untuk") {
		return
	}
	obj := r.argAt(k + 1)
	if obj == nil || obj.typ == "Date" || obj.canon == "" {
		return
	}
	var subj *mention
	for j := k; j > 0 && subj == nil; j-- {
		if a := r.argEndingAt(j); a != nil {
			if a.typ == "Person" || a.typ == "Organization" || a.typ == "Position" {
				subj = a
			}
			break
		}
		if !r.s.toks[j-1].IsWord() || r.s.is(roleRelative, j-1) {
			continue
		}
		if j < k-2 {
			break
		}
	}
	if subj == nil || subj.canon == "" {
		return
	}
	if i := r.out.add(r.s, subj, w, obj, 0.5, "open-verb"); i >= 0 {
		r.out.triples[i].Open = true
	}
}

// insideArg reports whether token k lies inside a mention (a cue word in a
// name, such as "Rumah Jabatan", is not a cue).
func (r *relation) insideArg(k int) bool {
	for _, a := range r.args {
		if k >= a.tok0 && k < a.tok1 && a.typ != "Event" {
			return true
		}
		if k >= a.tok0 && k < a.tok1 && a.typ == "Event" && k > a.tok0 {
			return true
		}
	}
	return false
}

// patternFits checks that a word's affixes suit the cue's pattern.
func patternFits(cm cueMatch) bool {
	p, s := cm.Analysis.Prefix, cm.Analysis.Suffix
	switch cm.Pattern {
	case "active", "inverse":
		return p == "meN" || p == "ber" || (p == "" && (s == "kan" || s == "i"))
	case "passive", "inverse-passive":
		return p == "di" || p == "ter"
	case "speech-at":
		return p == "di" || p == "meN"
	case "intrans":
		return p == "" && s == ""
	case "noun":
		return (s == "an" && (p == "" || p == "peN" || p == "per")) || (p == "" && s == "")
	case "with":
		return p == "ber" || p == "meN" || p == ""
	}
	return false
}

func (r *relation) apply(st *site) bool {
	pred := st.cue.Predicate
	after := st.at + st.width
	switch st.cue.Pattern {
	case "active", "inverse":
		subjRole, objRole := true, false
		if st.cue.Pattern == "inverse" {
			subjRole, objRole = false, true
		}
		objs := r.objectsAt(after, pred, objRole, st.cue.Marker)
		subj := r.findLeft(st.at, pred, subjRole)
		if subj != nil && st.cue.Pattern == "active" {
			r.st.doers[st.cue.Cue.Root] = subj // "Gubernur X melantik dua penjabat bupati": named next
		}
		if subj == nil || len(objs) == 0 {
			return false
		}
		st.left, st.right = r.coSubjects(subj, pred, subjRole), objs
		if st.at > 0 && r.s.low[st.at-1] == "yang" {
			st.left = st.left[len(st.left)-1:] // "A, B, serta C yang mewakili X": C alone
		}
		for _, s := range st.left {
			for _, o := range objs {
				if st.cue.Pattern == "inverse" {
					r.emit(o, pred, s, 0.8, "inverse-"+st.cue.Cue.Root)
				} else {
					r.emit(s, pred, o, 0.85, "active-"+st.cue.Cue.Root)
				}
			}
		}
		// "X menandatangani perjanjian kerja sama dengan Y": the parties cooperate.
		if pred == "signs" {
			last := objs[len(objs)-1]
			if last.tok1+1 < len(r.s.low) && r.s.low[last.tok1] == "dengan" {
				if party := r.argAt(last.tok1 + 1); party != nil {
					for _, s := range st.left {
						r.emit(s, "cooperatesWith", party, 0.75, "agreement-with")
					}
				}
			}
		}
		r.claim(objs)
		return true
	case "passive", "inverse-passive":
		leftRole, rightRole := false, true
		if st.cue.Pattern == "inverse-passive" {
			leftRole, rightRole = true, false
		}
		at := after
		for at < len(r.s.low) && (r.s.is(roleAdverb, at) || r.s.low[at] == "resmi") {
			at++ // "dibuka secara resmi oleh X"
		}
		if at+1 < len(r.s.low) && r.s.low[at] == "dan" && len(r.s.low[at+1]) > 4 && strings.HasPrefix(r.s.low[at+1], "di") {
			at += 2 // "Rapat dibuka dan dipimpin X": one agent for both verbs
		}
		if at < len(r.s.low) && r.s.low[at] == "oleh" {
			at++
		}
		at = r.skipDelegates(at)
		if st.cue.Pattern == "passive" {
			if named := r.namingEnd(at); named > 0 {
				return r.applyNamedPatients(st, named)
			}
		}
		first := r.argAt(at)
		patient := r.findPatient(st.at, pred, leftRole)
		if patient == nil && leftRole && r.st.lastPerson != nil && r.opensWithAct() {
			// "Penyerahan SK didampingi X": the act's doer, named before, is accompanied.
			patient = r.st.lastPerson
		}
		if first == nil || patient == nil || !r.allowed(pred, first.typ, rightRole) {
			return false
		}
		agents := r.list(first, pred, rightRole)
		for i := 1; i < len(agents); i++ {
			if r.s.low[agents[i].tok0-1] == "bersama" {
				r.emit(agents[i-1], "cooperatesWith", agents[i], 0.8, "bersama")
			}
		}
		st.left, st.right = []*mention{patient}, agents
		for _, a := range agents {
			if st.cue.Pattern == "passive" {
				r.emit(a, pred, patient, 0.85, "passive-"+st.cue.Cue.Root)
			} else {
				r.emit(patient, pred, a, 0.85, "passive-"+st.cue.Cue.Root)
			}
		}
		if st.cue.Pattern == "inverse-passive" {
			r.claim(agents) // "X didampingi Y": Y is an object; a passive's agents may act again ("dibuka oleh X mewakili Y")
		}
		return true
	case "intrans":
		at := after
		for at < len(r.s.low) && (r.s.low[at] == "," || r.s.low[at] == ":" || r.s.is(roleAdverb, at)) {
			at++
		}
		var named *mention
		if at+1 < len(r.s.low) && (r.s.low[at] == "dalam" || r.s.low[at] == "pada") {
			// "Turut hadir dalam kegiatan itu X dan Y"
			if ev := r.argAt(at + 1); ev != nil && ev.typ == "Event" {
				named, at = ev, ev.tok1
			} else if at+2 < len(r.s.low) && r.argAt(at+1) == nil && r.s.is(roleDemonstrative, at+2) {
				at += 3 // "Hadir dalam pembukaan tersebut X": the occasion, named before
			}
		}
		if at+2 < len(r.s.low) && r.s.low[at] == "dari" && r.s.is(roleSide, at+1) && r.argAt(at+2) == nil {
			at += 3 // "Hadir dari pihak eksekutif X": the side, then who came
		}
		var subjects []*mention
		if first := r.argAt(at); first != nil && r.allowed(pred, first.typ, true) {
			subjects = r.list(first, pred, true)
		} else if s := r.findLeft(st.at, pred, true); s != nil {
			subjects = []*mention{s}
			// "X turut hadir bersama para kepala distrik": the company came too.
			if at+1 < len(r.s.low) && r.s.low[at] == "bersama" {
				if c := r.argAt(at + 1); c != nil && r.allowed(pred, c.typ, true) {
					subjects = append(subjects, r.list(c, pred, true)...)
				}
			}
		}
		ev, conf := r.eventFor(st.at)
		if named != nil {
			ev, conf = named, 0.8
		}
		if ev == nil || len(subjects) == 0 {
			return false
		}
		st.left, st.right = subjects, []*mention{ev}
		for _, s := range subjects {
			r.emit(s, pred, ev, conf, "intrans-"+st.cue.Cue.Root)
		}
		// attendees named after "hadir" may act again in the sentence
		return true
	case "noun":
		return r.applyNoun(st)
	case "speech-at":
		return r.applySpeechAt(st)
	case "with":
		at := after
		if at >= len(r.s.low) || r.s.low[at] != st.cue.Marker {
			return false
		}
		obj := r.argAt(at + 1)
		subj := r.findLeft(st.at, pred, true)
		if obj == nil || subj == nil || !r.allowed(pred, obj.typ, false) {
			return false
		}
		st.left, st.right = []*mention{subj}, r.list(obj, pred, false)
		for _, o := range st.right {
			r.emit(subj, pred, o, 0.85, "with-"+strings.ReplaceAll(st.cue.Cue.Root, " ", ""))
		}
		r.claim(st.right)
		return true
	}
	return false
}

func (r *relation) claim(ms []*mention) {
	for _, m := range ms {
		r.claimed[m] = true
	}
}

// objectsAt reads the object list that starts right after a cue, skipping
// the few words that may stand between ("kepada", "juga", "tolong").
func (r *relation) objectsAt(at int, pred string, subjectRole bool, marker string) []*mention {
	for at < len(r.s.low) && (objectSkip[r.s.low[at]] || (marker != "" && r.s.low[at] == marker)) {
		at++
	}
	first := r.argAt(at)
	if first == nil {
		if g := r.s.mentionAt(at); g != nil && g.namedBy != nil {
			first = g.namedBy
		}
	}
	if first != nil && !r.allowed(pred, first.typ, subjectRole) && first.altTyp != "" && r.allowed(pred, first.altTyp, subjectRole) {
		first.typ, first.altTyp = first.altTyp, first.typ // "menandatangani deklarasi": the document
	}
	if first == nil || !r.allowed(pred, first.typ, subjectRole) {
		return nil
	}
	if pred == "represents" {
		// "X, yang mewakili Pj Bupati, Ketua Bawaslu Y, serta Z": one
		// principal; the list goes on with more attendees.
		return []*mention{first}
	}
	return r.list(first, pred, subjectRole)
}

// findLeft finds the argument on the left of a cue: the nearest unclaimed
// mention of a fitting type, or else the left argument of an earlier cue
// ("X yang mewakili Y, menghadiri Z": X attends Z); failing both, the
// speaker of a quote ("…,” katanya").
func (r *relation) findLeft(k int, pred string, subjectRole bool) *mention {
	// "…, serta Sekretaris Inspektorat, Muhammad Arfah, yang mewakili
	// Inspektur": a relative clause belongs to the mention right before
	// it, even one an earlier cue took as its object.
	if k > 1 && r.s.low[k-1] == "yang" {
		j := k - 1
		if r.s.low[j-1] == "," {
			j--
		}
		if a := r.argEndingAt(j); a != nil && r.allowed(pred, a.typ, subjectRole) {
			return a
		}
	}
	for j := k; j > 0; j-- {
		if a := r.argEndingAt(j); a != nil && !r.claimed[a] && r.allowed(pred, a.typ, subjectRole) {
			return a
		}
		for _, st := range r.sites {
			if st.at+st.width == j && len(st.left) > 0 && r.allowed(pred, st.left[0].typ, subjectRole) {
				return st.left[0]
			}
		}
		if r.s.low[j-1] == ";" {
			break
		}
	}
	if subjectRole && r.st.lastPerson != nil && r.hasSpeechVerb() && r.allowed(pred, "Person", true) {
		return r.st.lastPerson
	}
	return nil
}

// findPatient finds the left argument of a passive cue: the nearest
// mention of a fitting type, even one an earlier cue used ("dihadiri A,
// didampingi B": A is accompanied), or the patient of an earlier passive.
func (r *relation) findPatient(k int, pred string, subjectRole bool) *mention {
	for j := k; j > 0; j-- {
		if a := r.argEndingAt(j); a != nil && r.allowed(pred, a.typ, subjectRole) {
			if a.typ == "Event" && r.x.isElection(a) && scenePrepositions[a.preceding] {
				continue // "FGD Netralitas ASN dalam Pemilihan Gubernur yang diselenggarakan X": the FGD
			}
			return a
		}
		for _, st := range r.sites {
			if st.at+st.width == j && len(st.left) > 0 && r.allowed(pred, st.left[0].typ, subjectRole) {
				return st.left[0]
			}
		}
	}
	return nil
}

// quoteSpeaker returns the person a quote is attributed to in this
// sentence: "…,” ujar X" or "kata X".
func (r *relation) quoteSpeaker() *mention {
	for k := 0; k+1 < len(r.s.low); k++ {
		if !r.s.is(roleSpeech, k) || r.s.inQuote[k] {
			continue
		}
		for _, m := range r.s.mentions {
			if m.tok0 == k+1 && m.typ == "Person" && !m.pronoun && m.canon != "" {
				return m
			}
		}
	}
	return nil
}

// hasSpeechVerb reports a quote attribution by pronoun ("katanya", "ujarnya").
func (r *relation) hasSpeechVerb() bool {
	for _, w := range r.s.low {
		if strings.HasSuffix(w, "nya") && r.x.lx.is(roleSpeech, strings.TrimSuffix(w, "nya")) {
			return true
		}
	}
	return false
}

// coSubjects adds "X bersama Y" partners to a subject, and records their
// cooperation.
func (r *relation) coSubjects(subj *mention, pred string, subjectRole bool) []*mention {
	out := []*mention{subj}
	enumerated := false // "A, B, dan C": once "dan" joined two, commas join the rest
	for cur := subj; cur.tok0 >= 2; {
		w := r.s.low[cur.tok0-1]
		end := cur.tok0 - 1
		if (w == "dan" || w == "serta" || w == "bersama") && end > 0 && r.s.low[end-1] == "," {
			end-- // "B, dan C"
		}
		partner := r.argEndingAt(end)
		if w == "," && !enumerated {
			break
		}
		if (w != "bersama" && w != "dan" && w != "serta" && w != ",") || partner == nil || r.claimed[partner] || !r.allowed(pred, partner.typ, subjectRole) {
			break
		}
		enumerated = enumerated || w == "dan" || w == "serta"
		if w == "bersama" {
			for _, o := range out {
				r.emit(partner, "cooperatesWith", o, 0.8, "bersama")
			}
		}
		out = append([]*mention{partner}, out...)
		cur = partner
	}
	return out
}

// applyNoun handles cues written as nouns: "narasumber", "memberikan
// sambutan", "arahan kepada", "penandatanganan … oleh".
func (r *relation) applyNoun(st *site) bool {
	pred := st.cue.Predicate
	after := st.at + st.width
	switch pred {
	case "speaksAt":
		if framedSpeech[st.cue.Cue.Root] && !r.speechFrame(st.at) {
			return false // "sesuai arahan Bupati": a directive, not a speech
		}
		var speaker *mention
		at := after
		for at < len(r.s.low) && at < after+3 && (r.s.low[at] == "dari" || r.s.low[at] == "speaker" || r.s.low[at] == "," || r.s.is(roleOrdinal, at)) {
			at++
		}
		var speakers []*mention
		if a := r.argAt(at); a != nil && a.typ == "Person" {
			speakers = r.list(a, pred, true)
		} else if is := r.markerAfter(after, "adalah", 6); is >= 0 && r.argAt(is+1) != nil {
			// "Narasumber dalam kegiatan ini adalah X dan Y"
			speakers = r.list(r.argAt(is+1), pred, true)
		} else if speaker = r.findLeft(st.at, pred, true); speaker != nil {
			speakers = []*mention{speaker}
		} else if at < len(r.s.low) && r.s.low[at] == "," {
			// "Dalam sambutannya, Andi Sudirman meminta …"
			if a := r.argAt(at + 1); a != nil && a.typ == "Person" {
				speakers = []*mention{a}
			}
		}
		ev, conf := r.eventFor(st.at)
		if ev != nil && ev.tok0 > st.at && !scenePrepositions[ev.preceding] && r.st.mainEvent != nil {
			// "Dalam amanatnya, X menegaskan bahwa masa kampanye …": what
			// the speech is about, not where it was given.
			ev, conf = r.st.mainEvent, 0.6
		}
		if len(speakers) == 0 || ev == nil {
			return false
		}
		st.left, st.right = speakers, []*mention{ev}
		for _, sp := range speakers {
			r.emit(sp, pred, ev, conf, "noun-"+st.cue.Cue.Root)
		}
		return true
	case "advises":
		to := r.markerAfter(after, "kepada", 8)
		if to < 0 {
			return false
		}
		// "minta arahan kepada KASN terhadap ASN": KASN advises ASN.
		if r.askedFor(st.at) {
			giver := r.argAt(to + 1)
			rec := r.markerAfter(to+1, "terhadap", 4)
			if giver == nil || rec < 0 || r.argAt(rec+1) == nil {
				return false
			}
			r.emit(giver, pred, r.argAt(rec+1), 0.75, "noun-asked-"+st.cue.Cue.Root)
			return true
		}
		objs := r.objectsAt(to+1, pred, false, "")
		subj := r.findLeft(st.at, pred, true)
		if subj == nil || len(objs) == 0 {
			return false
		}
		st.left, st.right = []*mention{subj}, objs
		for _, o := range objs {
			r.emit(subj, pred, o, 0.75, "noun-"+st.cue.Cue.Root)
		}
		return true
	case "signs":
		by := r.markerAfter(after, "oleh", 6)
		if by < 0 {
			// "Penandatanganan dilakukan Rektor X dan Ketua Y": the agent
			// follows the verb of doing without "oleh".
			for _, done := range []string{"dilakukan", "dilaksanakan"} {
				if k := r.markerAfter(after, done, 5); k >= 0 && r.argAt(k+1) != nil {
					by = k
					break
				}
			}
		}
		for k := after; by >= 0 && k < by; k++ {
			passive, done := false, false
			for _, a := range r.x.factsAt(r.s, k).analyses {
				if a.Prefix == "di" {
					passive = passive || len(r.x.lx.cuesByRoot[a.Root]) > 0 || r.x.lx.common[a.Root] || r.x.lx.verbs[a.Root]
					done = done || a.Root == "laku" || a.Root == "laksana"
				}
			}
			if passive && !done {
				by = -1 // "Penandatanganan disaksikan oleh X": X witnessed, not signed
			}
		}
		doc := r.argAt(after)
		if doc == nil || doc.typ != "Document" {
			doc = r.st.lastDocument // "Penandatanganan dilakukan oleh X": the pact named before
		}
		if by < 0 || doc == nil {
			return false
		}
		first := r.argAt(by + 1)
		if first == nil {
			return false
		}
		for _, a := range r.list(first, pred, true) {
			r.emit(a, pred, doc, 0.8, "noun-"+st.cue.Cue.Root)
		}
		return true
	}
	return false
}

// framedSpeech are speech nouns that name a speech at an event only in a
// frame ("dalam arahannya", "memberikan paparan"); elsewhere they name a
// directive or a presentation's content.
var framedSpeech = map[string]bool{"arah": true, "papar": true, "amanat": true}

// speechFrame reports "dalam …nya" or "memberikan / menyampaikan …" before the
// speech noun at k.
func (r *relation) speechFrame(k int) bool {
	if k == 0 {
		return false
	}
	switch r.s.low[k-1] {
	case "dalam":
		return strings.HasSuffix(r.s.low[k], "nya")
	case "memberikan", "menyampaikan", "memberi":
		return true
	}
	return false
}

// applySpeechAt: "Hal itu disampaikan Ketua KASN X dalam Rakor Y" and "X
// menyampaikan paparan pada Seminar Y": X speaks at Y. The event must be named
// after "dalam", "pada" or "di"; a speech with no event is no speaksAt.
func (r *relation) applySpeechAt(st *site) bool {
	after := st.at + st.width
	var speaker *mention
	if st.cue.Analysis.Prefix == "di" {
		at := after
		if at < len(r.s.low) && r.s.low[at] == "oleh" {
			at++
		}
		speaker = r.argAt(at)
	} else {
		speaker = r.findLeft(st.at, "speaksAt", true)
	}
	if speaker == nil || !r.allowed("speaksAt", speaker.typ, true) {
		return false
	}
	for _, a := range r.args {
		if a.typ == "Event" && a.tok0 > st.at && a.tok0 > 0 && !r.x.isElection(a) {
			switch r.s.low[a.tok0-1] {
			case "dalam", "pada", "di", "saat":
				st.left, st.right = []*mention{speaker}, []*mention{a}
				r.emit(speaker, "speaksAt", a, 0.7, "speech-at-"+st.cue.Cue.Root)
				return true
			}
		}
	}
	// "Dalam rapat itu, Nurhayati memaparkan …": the sentence opens with
	// the occasion.
	if len(r.s.low) > 2 && (r.s.low[0] == "dalam" || r.s.low[0] == "pada" || r.s.low[0] == "saat") {
		if a := r.argAt(1); a != nil && a.typ == "Event" && !r.x.isElection(a) && a.tok1 < st.at {
			st.left, st.right = []*mention{speaker}, []*mention{a}
			r.emit(speaker, "speaksAt", a, 0.7, "speech-at-"+st.cue.Cue.Root)
			return true
		}
	}
	return false
}

func (r *relation) markerAfter(from int, marker string, within int) int {
	for j := from; j < len(r.s.low) && j < from+within; j++ {
		if r.s.low[j] == marker {
			return j
		}
		if r.s.low[j] == "." || r.s.low[j] == ";" {
			break
		}
	}
	return -1
}

func (r *relation) askedFor(k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		for _, root := range r.x.factsAt(r.s, j).cues {
			if root.Cue.Root == "minta" {
				return true
			}
		}
		if r.s.low[j] == "mohon" {
			return true
		}
	}
	return false
}

// eventFor picks the event a cue at k is about: an event named after it,
// else before it, else the article's event.
func (r *relation) eventFor(k int) (*mention, float64) {
	for _, st := range r.sites {
		for _, a := range append(append([]*mention{}, st.right...), st.left...) {
			if a.typ == "Event" && !r.x.isElection(a) {
				return a, 0.8
			}
		}
	}
	var before *mention
	for _, a := range r.args {
		if a.typ != "Event" || r.x.isElection(a) || r.x.lx.is(rolePeriod, a.preceding) {
			continue // "selama tahapan kampanye": a period, not the occasion
		}
		if a.tok0 > k {
			return a, 0.8
		}
		before = a
	}
	if before != nil {
		return before, 0.75
	}
	if r.st.mainEvent != nil {
		return r.st.mainEvent, 0.6
	}
	return nil, 0
}

// actsAtEvents: "75 perbekel menandatangani deklarasi dalam Rapat
// Koordinasi X": who acts at an event attends it, unless the sentence
// already says how they took part.
func (r *relation) actsAtEvents() {
	for _, st := range r.sites {
		if st.cue.Pattern == "passive" || st.cue.Pattern == "inverse-passive" || st.cue.Predicate == "attends" {
			continue
		}
		for _, ev := range r.args {
			if ev.typ != "Event" || ev.tok0 <= st.at || ev.tok0 == 0 || r.x.isElection(ev) {
				continue
			}
			if w := r.s.low[ev.tok0-1]; w != "dalam" && w != "pada" {
				continue
			}
			for _, who := range st.left {
				if !r.takesPartIn(who, ev) {
					r.emit(who, "attends", ev, 0.6, "acts-at-event")
				}
			}
			break
		}
	}
}

func (r *relation) takesPartIn(who, ev *mention) bool {
	for _, t := range r.emitted {
		if t.Subject == who.canon && t.Object == ev.canon {
			return true
		}
	}
	return false
}

// composition: "Satgas Netralitas ASN terdiri dari Kemendagri, Bawaslu dan
// BKN": each is a member of the whole.
func (r *relation) composition() {
	for k := 0; k+1 < len(r.s.low); k++ {
		if r.s.low[k] != "terdiri" || (r.s.low[k+1] != "dari" && r.s.low[k+1] != "atas") {
			continue
		}
		whole := r.argEndingAt(k)
		if whole == nil && k > 0 && (r.s.low[k-1] == "tersebut" || r.s.low[k-1] == "itu" || r.s.low[k-1] == "ini" || r.s.low[k-1] == "yang") {
			whole = r.argEndingAt(k - 1) // "Satgas tersebut terdiri atas …", "Tim X yang terdiri dari …"
		}
		first := r.argAt(k + 2)
		if whole == nil || first == nil || !r.allowed("memberOf", whole.typ, false) {
			continue
		}
		for _, part := range r.list(first, "memberOf", true) {
			r.emit(part, "memberOf", whole, 0.85, "terdiri-dari")
		}
	}
}

// setting attaches venues and dates to the sentence's event: "bertempat di
// Hotel Aston", "di Gedung …", "Kamis (14/9)".
func (r *relation) setting() {
	for _, a := range r.args {
		switch a.typ {
		case "Place":
			if a.rule != "venue" && a.rule != "venue-head" {
				continue
			}
			if a.tok0 == 0 || !r.s.is(roleVenue, a.tok0-1) {
				continue
			}
			if ev, conf := r.settingEvent(a); ev != nil {
				r.emit(ev, "heldAt", a, conf, "venue")
			} else if ev := r.actOccasion(a.tok0); ev != nil {
				r.emit(ev, "heldAt", a, 0.7, "act-venue")
			}
		case "Date":
			if a.date.day == 0 {
				continue
			}
			if ev, conf := r.settingEvent(a); ev != nil {
				conf2 := conf
				if a.rule == "date-weekday-year" {
					conf2 -= 0.1
				}
				r.emit(ev, "heldOn", a, conf2, a.rule)
			} else if ev := r.actOccasion(a.tok0); ev != nil {
				r.emit(ev, "heldOn", a, 0.7, "act-"+a.rule)
			}
		}
	}
}

// settingEvent is the event a venue or date belongs to: an event right
// before it ("Pilkada serentak tanggal 27 November 2024"), else the event a
// cue of the sentence is about, else the sentence's first event.
// relativeEvent is the event a "yang … pada DATE" clause right after it
// describes: the nearest event before the date, with "yang" between and no
// other mention or clause break.
func (r *relation) relativeEvent(m *mention) *mention {
	relative := false
	for j := m.tok0; j > 0 && j >= m.tok0-8; j-- {
		if a := r.argEndingAt(j); a != nil {
			if a.typ == "Event" && relative {
				return a
			}
			return nil
		}
		switch r.s.low[j-1] {
		case "yang":
			relative = true
		case ";", "dan", "serta":
			return nil
		}
	}
	return nil
}

func (r *relation) settingEvent(m *mention) (*mention, float64) {
	for j := m.tok0; j > 0 && j >= m.tok0-3; j-- {
		if a := r.argEndingAt(j); a != nil && a.typ == "Event" {
			// "pada Pilkada Serentak 2024, Kamis (4/7/2024)": the date of the
			// sentence's event, not of the election named in passing.
			if r.x.isElection(a) && r.s.low[m.tok0-1] == "," {
				break
			}
			return a, 0.85
		}
		if w := r.s.low[j-1]; w != "," && w != "pada" && w != "tanggal" && w != "hari" && !isYear(w) {
			break
		}
	}
	// "Pilkada Serentak 2024 yang pemungutan suaranya digelar pada Rabu,
	// 27 November 2024": a relative clause dates the event it follows.
	if ev := r.relativeEvent(m); ev != nil {
		return ev, 0.8
	}
	for _, st := range r.sites {
		for _, side := range [][]*mention{st.right, st.left} {
			for _, a := range side {
				if a.typ == "Event" && !r.x.isElection(a) {
					return a, 0.8
				}
			}
		}
	}
	for _, a := range r.args {
		if a.typ == "Event" && !r.x.isElection(a) && !scenePrepositions[a.preceding] {
			return a, 0.7
		}
	}
	events := 0
	var only *mention
	for _, a := range r.args {
		if a.typ == "Event" {
			events++
			only = a
		}
	}
	// An election gets a date only as the subject of its sentence ("Pilkada …
	// akan dilaksanakan pada 27 November 2024"), never a venue.
	if events == 1 && m.tok0 > only.tok0 && (!r.x.isElection(only) || (m.typ == "Date" && only == r.args[0])) {
		return only, 0.6
	}
	return nil, 0
}

// companions: who accompanies an attendee attends too.
func (r *relation) companions() {
	for _, t := range r.emitted {
		if t.Predicate != "accompaniedBy" {
			continue
		}
		for _, u := range r.emitted {
			if u.Predicate == "attends" && u.Subject == t.Subject {
				comp := r.find(t.Object, t.ObjectType)
				ev := r.find(u.Object, u.ObjectType)
				if comp != nil && ev != nil {
					r.emit(comp, "attends", ev, 0.6, "companion-attends")
				}
			}
		}
	}
}

// representatives: "Kepala Bappeda diwakili oleh X" right after a list of
// attendees: X attended the event in the principal's place.
func (r *relation) representatives() {
	if r.st.attended == nil {
		return
	}
	for _, t := range r.emitted {
		if t.Predicate != "represents" {
			continue
		}
		busy := false
		for _, u := range r.emitted {
			busy = busy || (u.Subject == t.Subject && u.ObjectType == "Event")
		}
		if rep := r.find(t.Subject, t.SubjectType); rep != nil && !busy {
			r.emit(rep, "attends", r.st.attended, 0.55, "representative-attends")
		}
	}
}

func (r *relation) find(canon, typ string) *mention {
	for _, a := range r.args {
		if a.canon == canon && a.typ == typ {
			return a
		}
	}
	if m := r.st.mainEvent; m != nil && m.canon == canon && m.typ == typ {
		return m
	}
	return nil
}
