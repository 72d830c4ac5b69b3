package extract

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// editDistanceOneRunes is the plain []rune statement of editDistanceOne,
// kept to check that the allocation-free version agrees with it.
func editDistanceOneRunes(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if i == len(rb) {
		return len(ra) != len(rb)
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

func TestEditDistanceOne(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"haryono", "haryomo", true},
		{"pramusinto", "pramusint", true},
		{"suiasa", "suiyasa", true},
		{"suiasa", "suiasa", false},
		{"suiasa", "siuasa", false},
		{"dewa", "made", false},
		{"wijaya", "wijaja", true},
		{"gede", "gedé", true},
		{"gedé", "gedè", true},
		{"", "a", true},
		{"abc", "a", false},
		{"a\xffb", "a\xfeb", false}, // both invalid bytes read as U+FFFD
		{"a\xffbc", "a\xfebd", true},
		{"a\uFFFDb", "a\xffbx", true},
	}
	for _, c := range cases {
		if got := editDistanceOne(c.a, c.b); got != c.want {
			t.Errorf("editDistanceOne(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := editDistanceOneRunes(c.a, c.b); got != c.want {
			t.Errorf("reference(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// Random near-pairs over a small alphabet with multi-byte and invalid
	// runes, so that every branch is taken many times.
	alphabet := []string{"a", "b", "c", "é", "ñ", "\xff", "\xfe", "\uFFFD"}
	rng := rand.New(rand.NewSource(1))
	word := func(n int) string {
		s := ""
		for range n {
			s += alphabet[rng.Intn(len(alphabet))]
		}
		return s
	}
	for range 20000 {
		a := word(rng.Intn(6))
		b := word(rng.Intn(6))
		if rng.Intn(2) == 0 && a != "" {
			// b one edit from a
			k := rng.Intn(len([]rune(a)))
			r := []rune(a)
			switch rng.Intn(3) {
			case 0:
				b = string(r[:k]) + word(1) + string(r[k+1:])
			case 1:
				b = string(r[:k]) + string(r[k+1:])
			default:
				b = string(r[:k]) + word(1) + string(r[k:])
			}
		}
		want := editDistanceOneRunes(a, b)
		if editDistanceOne(a, b) != want {
			t.Fatalf("editDistanceOne(%q, %q) = %v, reference says %v", a, b, editDistanceOne(a, b), want)
		}
		l := learnedWord{word: a, runes: utf8.RuneCountInString(a)}
		if got := l.nearWord(b, utf8.RuneCountInString(b)); got != want {
			t.Fatalf("nearWord(%q, %q) = %v, reference says %v", a, b, got, want)
		}
	}
}
