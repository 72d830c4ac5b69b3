package extract

import (
	"strings"
	"testing"
)

// The allocation-free lowering helpers must agree with strings.ToLower,
// Unicode and invalid bytes included.
func TestLowerHelpersAgreeWithToLower(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{
		"", "a", "KPU", "Kpu", "kpu", "Bupati", "BUPATI", "bupati", "Pemkab", "Kabupaten",
		"\u212aPU",     // Kelvin sign: lowers to an ASCII k
		"İstanbul",     // lowers to a longer string
		"Gedé", "GEDÉ", // non-ASCII late in the word
		"a\xffb", "\xff",
		"Pemerintah-Kabupaten-Badung-Yang-Sangat-Panjang-Sekali", // longer than the buffers
	}
	for _, w := range words {
		want := strings.ToLower(w)
		if got, e := x.lx.lower(w); got != want || e != x.lx.word(want) {
			t.Errorf("lower(%q) = %q, %p; want %q, %p", w, got, e, want, x.lx.word(want))
		}
		for _, l := range words {
			if got := equalLower(w, strings.ToLower(l)); got != (want == strings.ToLower(l)) {
				t.Errorf("equalLower(%q, %q) = %v", w, strings.ToLower(l), got)
			}
		}
	}
	phrases := [][]string{
		{"Komisi", "Pemilihan", "Umum", "Kota"}, {"KPU", "Bali"}, {"Badan", "Pengawas", "Pemilu"},
		{"Pemerintah", "Kabupaten", "Badung"}, {"\u212aPU"}, {"Kementerian", "Dalam", "Negeri", "RI"},
		{"BKN"}, {"Nobody", "Knows"}, {},
	}
	for _, p := range phrases {
		low := make([]string, len(p))
		for i, w := range p {
			low[i] = strings.ToLower(w)
		}
		wa, wn := x.lx.knownForms.longest(low, 0)
		if ga, gn := x.lx.knownForms.longestAnyCase(p); ga != wa || gn != wn {
			t.Errorf("longestAnyCase(%q) = %v, %d; longest of the lowered words = %v, %d", p, ga, gn, wa, wn)
		}
	}
}
