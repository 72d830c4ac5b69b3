package extract

import "strings"

// completePersonOffices gives one office one name per holder: "Ketua
// Bawaslu Abdul Gani Tuasikal" after "Ketua Bawaslu Kabupaten Maluku
// Tengah Abdul Gani Tuasikal" is the same office, written short. An office
// (and the body its title names) that a person's fuller office of the same
// article starts like and contains takes the fuller name.
func completePersonOffices(sents []*sentence) {
	held := map[string][]*mention{} // person canon -> the positions written with them
	for _, s := range sents {
		for _, m := range s.mentions {
			if m.typ == "Person" && m.position != nil && m.canon != "" {
				held[m.canon] = append(held[m.canon], m)
			}
		}
	}
	for _, ms := range held {
		for _, short := range ms {
			var full *mention
			for _, long := range ms {
				if long.position.canon == short.position.canon || !fullerOffice(long.position.canon, short.position.canon) {
					continue
				}
				if full != nil && full.position.canon != long.position.canon {
					full = nil // two fuller offices: leave it
					break
				}
				full = long
			}
			if full == nil {
				continue
			}
			short.position.canon = full.position.canon
			if short.body != nil && full.body != nil {
				short.body.canon = full.body.canon
			}
		}
	}
}

// fullerOffice reports whether long names the office short names, with
// more words: same first word, short's words all in long, in order.
func fullerOffice(long, short string) bool {
	lw, sw := strings.Fields(strings.ToLower(long)), strings.Fields(strings.ToLower(short))
	if len(sw) == 0 || len(lw) <= len(sw) || lw[0] != sw[0] {
		return false
	}
	in := map[string]bool{}
	for _, w := range sw {
		in[w] = true
	}
	i := 0
	for k, w := range lw {
		if k > 0 && w == lw[k-1] {
			return false // "Penjabat Bupati Buleleng Buleleng": a name read twice, not a fuller one
		}
		if i < len(sw) && w == sw[i] {
			i++
		} else if in[w] {
			return false // the extra words must be new ones
		}
	}
	return i == len(sw)
}
