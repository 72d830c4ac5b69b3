package input

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headline is the first non-empty line of text when it reads like a
// headline: a few words, not a sentence (no final period), not a run-on
// category strip. Otherwise "": a wrong title would be worse than none.
func headline(text string) string {
	for text != "" {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimFunc(line, isSpaceLike)
		if line == "" {
			continue
		}
		words := len(strings.Fields(line))
		switch {
		case utf8.RuneCountInString(line) > 160, words < 3, words > 25:
			return ""
		case strings.ContainsAny(line[len(line)-1:], ".,;:"):
			return ""
		case strings.IndexFunc(line, unicode.IsLetter) < 0:
			return ""
		}
		return line
	}
	return ""
}
