package morph

import "strings"

// Analysis is one way to read a word as affixes around a root.
type Analysis struct {
	Prefix string // "meN", "di", "ber", "ter", "peN", "per", "ke", "se" or ""
	Root   string
	Suffix string // "kan", "i", "an", or ""
}

// Passive reports whether the analysis is a passive verb (di-, ter-).
func (a Analysis) Passive() bool { return a.Prefix == "di" || a.Prefix == "ter" }

// Nominal reports whether the analysis is a derived noun (peN-…-an, per-…-an,
// ke-…-an, …-an).
func (a Analysis) Nominal() bool {
	return a.Suffix == "an" && (a.Prefix == "peN" || a.Prefix == "per" || a.Prefix == "ke" || a.Prefix == "")
}

var clitics = []string{"nya", "lah", "kah", "pun", "ku", "mu"}

// Analyze returns the candidate readings of word, the bare word first. It is
// case-insensitive and never returns an empty root.
func Analyze(word string) []Analysis {
	w := strings.ToLower(strings.TrimSpace(word))
	w = strings.ReplaceAll(w, "-", "")
	var out []Analysis
	seen := map[Analysis]bool{}
	add := func(a Analysis) {
		if len([]rune(a.Root)) < 2 || seen[a] {
			return
		}
		seen[a] = true
		out = append(out, a)
	}
	bases := []string{w}
	for _, c := range clitics {
		if strings.HasSuffix(w, c) && len(w) > len(c)+2 {
			bases = append(bases, strings.TrimSuffix(w, c))
		}
	}
	for _, b := range bases {
		for _, s := range suffixReadings(b) {
			add(Analysis{Root: s.stem, Suffix: s.suffix})
			for _, p := range prefixReadings(s.stem) {
				add(Analysis{Prefix: p.prefix, Root: p.stem, Suffix: s.suffix})
			}
		}
	}
	return out
}

// Roots returns the distinct candidate roots of word.
func Roots(word string) []string {
	var roots []string
	seen := map[string]bool{}
	for _, a := range Analyze(word) {
		if !seen[a.Root] {
			seen[a.Root] = true
			roots = append(roots, a.Root)
		}
	}
	return roots
}

type reading struct{ stem, suffix, prefix string }

func suffixReadings(w string) []reading {
	out := []reading{{stem: w}}
	for _, suf := range []string{"kan", "an", "i"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			out = append(out, reading{stem: strings.TrimSuffix(w, suf), suffix: suf})
		}
	}
	return out
}

// nasal lists meN-/peN- allomorphs with the consonant each may have dropped.
var nasal = []struct {
	form    string
	dropped []string
}{
	{"meny", []string{"s"}}, {"meng", []string{"k", ""}}, {"mem", []string{"p", ""}},
	{"men", []string{"t", ""}}, {"me", []string{""}},
	{"peny", []string{"s"}}, {"peng", []string{"k", ""}}, {"pem", []string{"p", ""}},
	{"pen", []string{"t", ""}}, {"pe", []string{""}},
}

func prefixReadings(w string) []reading {
	var out []reading
	for _, n := range nasal {
		if !strings.HasPrefix(w, n.form) || len(w)-len(n.form) < 2 {
			continue
		}
		rest := strings.TrimPrefix(w, n.form)
		kind := "meN"
		if strings.HasPrefix(n.form, "pe") {
			kind = "peN"
		}
		for _, d := range n.dropped {
			out = append(out, reading{stem: d + rest, prefix: kind})
		}
		// me-/pe- before r, l, w, y, m, n keep the root whole ("melantik", "mewakili").
	}
	for _, p := range []struct{ form, kind string }{
		{"memper", "meN"}, {"diper", "di"}, {"di", "di"}, {"ber", "ber"}, {"be", "ber"}, {"ter", "ter"},
		{"per", "per"}, {"ke", "ke"}, {"se", "se"},
	} {
		if strings.HasPrefix(w, p.form) && len(w)-len(p.form) >= 2 {
			out = append(out, reading{stem: strings.TrimPrefix(w, p.form), prefix: p.kind})
		}
	}
	return out
}
