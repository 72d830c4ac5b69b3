package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark.
type Token struct {
	Text       string
	Start, End int // byte offsets in the tokenised text, plus the base given
}

// IsWord reports whether the token starts with a letter or digit.
func (t Token) IsWord() bool {
	if t.Text != "" && t.Text[0] < utf8.RuneSelf {
		return isASCIIWordByte(t.Text[0])
	}
	return startsWithWord(t.Text)
}

// isASCIIWordByte reports an ASCII letter or digit; c|0x20 lowers letters.
func isASCIIWordByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' }

func startsWithWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IsCapitalized reports whether the token starts with an upper-case letter.
func (t Token) IsCapitalized() bool {
	if t.Text != "" && t.Text[0] < utf8.RuneSelf {
		return 'A' <= t.Text[0] && t.Text[0] <= 'Z'
	}
	return startsUpper(t.Text)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsAcronym reports whether the token is two or more letters, all upper case
// ("KASN", "BKPSDM"), digits allowed after the first letter.
func (t Token) IsAcronym() bool {
	n := 0
	for i, r := range t.Text {
		switch {
		case unicode.IsUpper(r):
			n++
		case unicode.IsDigit(r) && i > 0:
		default:
			return false
		}
	}
	return n >= 2
}

const joiners = ".'’-/&"

// Tokenize splits text into tokens; offsets are added to base.
func Tokenize(text string, base int) []Token {
	return Append(make([]Token, 0, len(text)/5+1), text, base)
}

// Append appends the tokens of text to out, as Tokenize finds them, and
// returns the extended slice.
func Append(out []Token, text string, base int) []Token {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			out = append(out, Token{Text: text[i : i+size], Start: base + i, End: base + i + size})
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf && isASCIIWordByte(c) {
				j++ // most of a word is ASCII letters
				continue
			}
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += s2
				continue
			}
			if strings.ContainsRune(joiners, r2) && j+s2 < len(text) {
				r3, _ := utf8.DecodeRuneInString(text[j+s2:])
				if isWordRune(r3) {
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

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
