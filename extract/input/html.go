package input

import (
	"html"
	"strings"
	"unicode"
)

// looksHTML decides whether text is an HTML page rather than an article that
// happens to mention a tag: by name (.html, .htm, .xhtml), by its start
// (doctype, <html, <head, <body), or by markup throughout: text opening with
// a known tag and holding a few, or at least ten known tags anywhere.
func looksHTML(text, name string) bool {
	if hasExt(name, ".html") || hasExt(name, ".htm") || hasExt(name, ".xhtml") ||
		hasExt(name, ".html.gz") || hasExt(name, ".htm.gz") {
		return true
	}
	head := strings.ToLower(strings.TrimLeftFunc(text[:min(len(text), 1024)], isSpaceLike))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if strings.HasPrefix(head, p) {
			return p != "<?xml" || strings.Contains(head, "<html")
		}
	}
	tags := countKnownTags(text, 10)
	return tags >= 10 || strings.HasPrefix(head, "<") && tags >= 2
}

// countKnownTags counts start or end tags of common HTML elements, stopping
// at limit.
func countKnownTags(s string, limit int) int {
	n := 0
	for n < limit {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		s = s[i+1:]
		name, _ := tagName(strings.TrimPrefix(s, "/"))
		if _, ok := knownTags[name]; ok {
			n++
		}
	}
	return n
}

// tagName reads a lower-cased tag name at the start of s and its length.
func tagName(s string) (string, int) {
	i := 0
	for i < len(s) && (isASCIILetter(s[i]) || i > 0 && (s[i] >= '0' && s[i] <= '9' || s[i] == '-' || s[i] == ':')) {
		i++
	}
	return strings.ToLower(s[:i]), i
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

type tagKind uint8

const (
	inline    tagKind = iota
	block             // a paragraph break before and after
	lineBreak         // one newline
	cell              // a space between table cells
	hidden            // content dropped up to the matching end tag
	rawText           // content is not markup at all (script, style)
)

var knownTags = map[string]tagKind{
	"a": inline, "b": inline, "i": inline, "em": inline, "strong": inline, "span": inline,
	"small": inline, "sup": inline, "sub": inline, "u": inline, "img": inline, "link": inline,
	"meta": inline, "time": inline, "html": inline, "head": inline, "body": inline, "title": inline,
	"p": block, "div": block, "h1": block, "h2": block, "h3": block, "h4": block, "h5": block,
	"h6": block, "li": block, "ul": block, "ol": block, "tr": block, "table": block, "section": block,
	"article": block, "main": block, "blockquote": block, "pre": block, "hr": block, "dd": block,
	"dt": block, "dl": block, "figcaption": block, "figure": block, "caption": block, "address": block,
	"br": lineBreak,
	"td": cell, "th": cell,
	"nav": hidden, "header": hidden, "footer": hidden, "aside": hidden, "form": hidden,
	"button": hidden, "select": hidden, "menu": hidden, "dialog": hidden, "svg": hidden,
	"math": hidden, "object": hidden,
	"script": rawText, "style": rawText, "noscript": rawText, "template": rawText,
	"textarea": rawText, "iframe": rawText, "noembed": rawText, "noframes": rawText, "xmp": rawText,
}

// htmlText accumulates the visible text of a page. Source white space is
// collapsed to spaces; structural breaks are written as markers that
// layout() turns into "\n" or "\n\n".
type htmlText struct {
	b      strings.Builder
	hidden []string // open hidden elements, innermost last
	pre    int      // depth of <pre>, inside which newlines are kept
	title  string
	dates  dateCandidates
}

const (
	markLine = '\x1e' // never survives: the input is cleaned of controls first
	markPara = '\x1f'
)

// stripHTML returns the visible text of a page, its <title> and its
// publication date. If dropping nav/header/footer/aside left nothing (an
// unclosed <header>, say), it tries again keeping them.
func stripHTML(src string) doc {
	t := tokenizeHTML(src, true)
	if isBlank(t.text) {
		t = tokenizeHTML(src, false)
	}
	return t
}

func tokenizeHTML(s string, dropHidden bool) doc {
	var h htmlText
	for s != "" {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			h.text(s)
			break
		}
		h.text(s[:lt])
		s = s[lt:]
		switch {
		case strings.HasPrefix(s, "<!--"):
			s = skipPast(s[4:], "-->")
		case strings.HasPrefix(s, "<![CDATA["):
			body, rest, _ := strings.Cut(s[len("<![CDATA["):], "]]>")
			h.raw(body)
			s = rest
		case len(s) > 1 && (s[1] == '!' || s[1] == '?'):
			s = skipPast(s[2:], ">")
		case len(s) > 2 && s[1] == '/' && isASCIILetter(s[2]):
			name, n := tagName(s[2:])
			s = skipPast(s[2+n:], ">")
			h.endTag(name)
		case len(s) > 1 && isASCIILetter(s[1]):
			name, n := tagName(s[1:])
			attrs, selfClosing, rest := parseAttrs(s[1+n:])
			s = h.startTag(name, attrs, selfClosing, rest, dropHidden)
		default:
			h.text("<")
			s = s[1:]
		}
	}
	return doc{text: layout(h.b.String()), title: h.title, date: h.dates.best()}
}

// skipPast returns s after the first end, or "" when there is none.
func skipPast(s, end string) string {
	if i := strings.Index(s, end); i >= 0 {
		return s[i+len(end):]
	}
	return ""
}

func (h *htmlText) visible() bool { return len(h.hidden) == 0 }

// text adds character data, decoding entities.
func (h *htmlText) text(s string) {
	if s == "" || !h.visible() {
		return
	}
	h.raw(html.UnescapeString(s))
}

// raw adds decoded text, with source line breaks as spaces outside <pre>.
func (h *htmlText) raw(s string) {
	if !h.visible() {
		return
	}
	for _, r := range s {
		switch {
		case r == '\n' && h.pre > 0:
			h.b.WriteRune(markLine)
		case r == '\n', r == '\r', r == '\t', r == '\f', r == '\u00a0':
			h.b.WriteByte(' ')
		default:
			h.b.WriteRune(r)
		}
	}
}

func (h *htmlText) mark(r rune) {
	if h.visible() {
		h.b.WriteRune(r)
	}
}

// startTag handles one start tag whose attributes are already parsed and
// returns the input after it (after its content, for raw-text elements).
func (h *htmlText) startTag(name string, attrs map[string]string, selfClosing bool, rest string, dropHidden bool) string {
	switch name {
	case "title":
		body, after := rawContent(rest, name)
		if h.title == "" && h.visible() {
			h.title = collapseSpace(html.UnescapeString(body))
		}
		return after
	case "meta":
		h.dates.meta(attrs)
	case "time":
		h.dates.add(attrs["datetime"], prioTime)
	case "pre":
		h.pre++
	}
	switch knownTags[name] {
	case block:
		h.mark(markPara)
	case lineBreak:
		h.mark(markLine)
	case cell:
		h.mark(' ')
	case hidden:
		if dropHidden && !selfClosing {
			h.hidden = append(h.hidden, name)
		}
	case rawText:
		body, after := rawContent(rest, name)
		if name == "script" && strings.Contains(strings.ToLower(attrs["type"]), "ld+json") {
			h.dates.jsonLD(body)
		}
		return after
	}
	return rest
}

func (h *htmlText) endTag(name string) {
	switch knownTags[name] {
	case block:
		h.mark(markPara)
	case hidden:
		// Close the innermost open element of that name, and whatever was
		// left open inside it.
		for i := len(h.hidden) - 1; i >= 0; i-- {
			if h.hidden[i] == name {
				h.hidden = h.hidden[:i]
				break
			}
		}
	}
	if name == "pre" && h.pre > 0 {
		h.pre--
	}
}

// rawContent splits s at the end tag of a raw-text element: its content,
// and the input after the end tag. Without an end tag everything is content.
// It scans s once, so many script tags cost linear time.
func rawContent(s, name string) (string, string) {
	for from := 0; ; {
		i := strings.Index(s[from:], "</")
		if i < 0 {
			return s, ""
		}
		i += from
		after := i + 2 + len(name)
		if after <= len(s) && strings.EqualFold(s[i+2:after], name) &&
			(after == len(s) || !isASCIILetter(s[after]) && (s[after] < '0' || s[after] > '9')) {
			return s[:i], skipPast(s[after:], ">")
		}
		from = i + 2
	}
}

// parseAttrs reads a tag's attributes up to its closing '>', honouring
// quotes, and returns them with lower-cased names, whether the tag ended
// in "/>", and the input after the tag.
func parseAttrs(s string) (map[string]string, bool, string) {
	attrs := map[string]string{}
	i := 0
	for i < len(s) {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '/') {
			i++
		}
		if i >= len(s) {
			break
		}
		if s[i] == '>' {
			return attrs, i > 0 && s[i-1] == '/', s[i+1:]
		}
		start := i
		for i < len(s) && !strings.ContainsRune(" \t\n\r\f/>=", rune(s[i])) {
			i++
		}
		key := strings.ToLower(s[start:i])
		val := ""
		if i < len(s) && s[i] == '=' {
			i++
			switch {
			case i < len(s) && (s[i] == '"' || s[i] == '\''):
				q := s[i]
				end := strings.IndexByte(s[i+1:], q)
				if end < 0 {
					return attrs, false, ""
				}
				val = s[i+1 : i+1+end]
				i += end + 2
			default:
				start := i
				for i < len(s) && !strings.ContainsRune(" \t\n\r\f>", rune(s[i])) {
					i++
				}
				val = s[start:i]
			}
		}
		if _, dup := attrs[key]; !dup && key != "" {
			attrs[key] = html.UnescapeString(val)
		}
	}
	return attrs, false, ""
}

// layout turns the marked-up text into lines: white space collapsed within
// each line, a line break for markLine, one blank line between paragraphs.
func layout(s string) string {
	var out strings.Builder
	pending := rune(0) // the strongest break owed before the next text
	start := 0
	flush := func(end int, brk rune) {
		if line := collapseSpace(s[start:end]); line != "" {
			if out.Len() > 0 {
				if pending == markPara {
					out.WriteString("\n\n")
				} else {
					out.WriteString("\n")
				}
			}
			out.WriteString(line)
			pending = 0
		}
		if brk > pending {
			pending = brk
		}
	}
	for i, r := range s {
		if r == markLine || r == markPara {
			flush(i, r)
			start = i + 1
		}
	}
	flush(len(s), 0)
	return out.String()
}

// collapseSpace trims s and turns each run of white space into one space.
func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
	}), " ")
}
