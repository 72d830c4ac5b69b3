package diagram

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLabelRunes caps a cleaned label; longer labels end in an ellipsis.
const MaxLabelRunes = 60

const ellipsis = "…"

// CleanLabel makes news text safe and readable as a one-line label:
// invalid UTF-8 becomes U+FFFD; control, format (zero-width, bidi marks,
// BOM), private-use and unassigned characters are dropped; every kind of
// space, tab and line break becomes one plain space; the result is trimmed
// and cut to MaxLabelRunes runes. CleanLabel is idempotent.
func CleanLabel(s string) string {
	return truncateRunes(cleanText(s), MaxLabelRunes)
}

// cleanText is CleanLabel without the length cap.
func cleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		switch {
		case isSpaceLike(r):
			pendingSpace = b.Len() > 0
			continue
		case !strconv.IsPrint(r):
			// Go-quoting (emicklei/dot) would turn these into visible
			// \u escapes; a reader never wants them.
			continue
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isSpaceLike reports runes that separate words: Unicode spaces (NBSP,
// thin and ideographic spaces), line and paragraph separators, and the
// ASCII tab and line-break controls.
func isSpaceLike(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u2028' || r == '\u2029'
}

// truncateRunes cuts s to at most n runes, the last being an ellipsis, at
// a word boundary when one is near, so that cutting again changes nothing.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)[:n-1]
	cut := len(runes)
	for i := len(runes) - 1; i >= n*2/3; i-- {
		if runes[i] == ' ' {
			cut = i
			break
		}
	}
	return strings.TrimRight(string(runes[:cut]), " ") + ellipsis
}

// dotText prepares a cleaned label for a Graphviz quoted string written by
// emicklei/dot (which Go-quotes it, so quotes and backslashes come out as
// \" and \\, and Graphviz reads \\ back as one backslash). Graphviz also
// decodes HTML entities in plain labels, so a literal & is written &amp;
// for "&lt;" in the text to stay "&lt;".
func dotText(s string) string {
	return strings.ReplaceAll(s, "&", "&amp;")
}
