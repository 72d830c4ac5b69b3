package token

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The ASCII fast paths must say what the unicode package says.
func TestASCIIFastPathsAgreeWithUnicode(t *testing.T) {
	for c := rune(0); c < 0x3000; c++ {
		s := string(c) + "x"
		tok := Token{Text: s}
		if got, want := tok.IsWord(), unicode.IsLetter(c) || unicode.IsDigit(c); got != want {
			t.Errorf("IsWord(%q) = %v, want %v", s, got, want)
		}
		if got, want := tok.IsCapitalized(), unicode.IsUpper(c); got != want {
			t.Errorf("IsCapitalized(%q) = %v, want %v", s, got, want)
		}
		if got, want := isWordRune(c), unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", c, got, want)
		}
		if c < utf8.RuneSelf && isASCIIWordByte(byte(c)) != (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			t.Errorf("isASCIIWordByte(%q) = %v", c, isASCIIWordByte(byte(c)))
		}
	}
	for _, s := range []string{"", "\xff", "\xc3"} {
		tok := Token{Text: s}
		r, _ := utf8.DecodeRuneInString(s)
		if tok.IsWord() != (unicode.IsLetter(r) || unicode.IsDigit(r)) || tok.IsCapitalized() != unicode.IsUpper(r) {
			t.Errorf("%q: IsWord %v, IsCapitalized %v", s, tok.IsWord(), tok.IsCapitalized())
		}
	}
}

// tokenizeReference is Tokenize as first written, without fast paths.
func tokenizeReference(text string, base int) []Token {
	var out []Token
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
		if !word(r) {
			out = append(out, Token{Text: text[i : i+size], Start: base + i, End: base + i + size})
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if word(r2) {
				j += s2
				continue
			}
			if strings.ContainsRune(joiners, r2) && j+s2 < len(text) {
				if r3, _ := utf8.DecodeRuneInString(text[j+s2:]); word(r3) {
					j += s2
					continue
				}
			}
			break
		}
		out = append(out, Token{Text: text[i:j], Start: base + i, End: base + j})
		i = j
	}
	return out
}

func TestTokenizeAgreesWithReference(t *testing.T) {
	pieces := []string{"a", "Z", "9", " ", "\n", ".", "'", "’", "-", "/", "&", ",", "(", "é", "É", "\u0301", "ß", "“", "\u00a0", "\xff", "İ", "٣"}
	rng := rand.New(rand.NewSource(2))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := b.String()
		got, want := Tokenize(text, 7), tokenizeReference(text, 7)
		if len(got) != len(want) || (len(want) > 0 && !reflect.DeepEqual(got, want)) {
			t.Fatalf("Tokenize(%q) = %v, want %v", text, got, want)
		}
	}
}
