package input

import (
	"fmt"
	"strings"
	"unicode"
)

// doc is an article's text and what was learnt about it while reading.
type doc struct {
	text, title, date string
}

// parseArticle turns the raw bytes of one article into its text, or says
// why they are not an article.
func parseArticle(data []byte, name string, lim Limits) (doc, string) {
	if len(data) == 0 {
		return doc{}, "empty file"
	}
	text, reason := decode(data)
	if reason != "" {
		return doc{}, reason
	}
	return finish(doc{text: text}, name, "file", lim)
}

// finish cleans decoded text (from a file or a JSON Lines record, named by
// what), strips HTML, and applies the checks every article must pass.
func finish(d doc, name, what string, lim Limits) (doc, string) {
	d.text = cleanControls(d.text)
	if d.text == "" {
		return doc{}, "empty " + what
	}
	if isBlank(d.text) {
		return doc{}, "whitespace-only " + what
	}
	if looksHTML(d.text, name) {
		h := stripHTML(d.text)
		// Entities may decode to control characters, which clean to spaces.
		h.text = cleanControls(h.text)
		if isBlank(h.text) {
			return doc{}, "no text left after removing HTML markup"
		}
		d.text = h.text
		if d.title == "" {
			d.title = h.title
		}
		if d.date == "" {
			d.date = h.date
		}
	}
	if n, at := longestLine(d.text); n > lim.MaxLineBytes {
		return doc{}, fmt.Sprintf("line %d is %s, over the %s line limit",
			at, formatSize(int64(n)), formatLimit(int64(lim.MaxLineBytes)))
	}
	if d.title == "" {
		d.title = headline(d.text)
	}
	return d, ""
}

// cleanControls drops NULs and turns other stray control characters into
// spaces, keeping \t \n \v \f \r. Text without any comes back as it was, so
// clean files stay byte-identical.
func cleanControls(s string) string {
	i := strings.IndexFunc(s, isStrayControl)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r == 0:
		case isStrayControl(r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isBlank reports text with nothing but white space, counting the
// zero-width characters that editors and CMSs leave behind.
func isBlank(s string) bool {
	return strings.TrimFunc(s, isSpaceLike) == ""
}

func isSpaceLike(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.IsSpace(r)
}

// longestLine is the byte length and 1-based number of the longest line.
func longestLine(s string) (n, line int) {
	for i := 1; s != ""; i++ {
		l, rest, _ := strings.Cut(s, "\n")
		if len(l) > n {
			n, line = len(l), i
		}
		s = rest
	}
	return n, line
}
