package main

import "strings"

// jsScan is what scanJS learned about a piece of JavaScript: enough to know
// whether the user is still typing a statement, not a parser.
type jsScan struct {
	// open lists the unclosed constructs, innermost last: '(', '[', '{',
	// '`' (template text) and '$' (a ${ } inside a template).
	open []byte
	// inBlockComment and inString say the text ends inside /* */ or inside a
	// quoted string continued with a backslash at the end of the line.
	inBlockComment, inString bool
	// mismatched is set when a closer does not match its opener: the
	// statement is broken, not unfinished, so it goes to goja for the error.
	mismatched bool
	// lineComments are the [start, end) byte ranges of // comments.
	lineComments [][2]int
	// openQuote is 1 + the index of the quote of a string literal the text
	// ends in (the line is still being typed), or 0.
	openQuote int
}

// incomplete says the statement needs more lines.
func (s jsScan) incomplete() bool {
	if s.mismatched || s.openQuote > 0 {
		// Broken rather than unfinished: a quoted string cannot go on to the
		// next line, so goja gets the statement and reports where.
		return false
	}
	return len(s.open) > 0 || s.inBlockComment || s.inString
}

// scanJS scans src for open brackets, strings, template literals, comments
// and regular expression literals.
func scanJS(src string) jsScan {
	var s jsScan
	// prev is the last significant character of code, to tell a regular
	// expression from a division.
	prev := byte(0)
	for i := 0; i < len(src); i++ {
		c := src[i]
		if n := len(s.open); n > 0 && s.open[n-1] == '`' {
			switch {
			case c == '\\':
				i++
			case c == '`':
				s.open = s.open[:n-1]
				prev = '`'
			case c == '$' && i+1 < len(src) && src[i+1] == '{':
				s.open = append(s.open, '$')
				i++
				prev = '{'
			}
			continue
		}
		switch c {
		case ' ', '\t', '\n', '\r':
			continue
		case '"', '\'':
			end, state := scanQuoted(src, i)
			switch state {
			case quoteContinued:
				s.inString = true
				return s
			case quoteUnterminated:
				s.openQuote = i + 1
				return s
			}
			i = end
		case '`':
			s.open = append(s.open, '`')
		case '/':
			switch {
			case i+1 < len(src) && src[i+1] == '/':
				end := strings.IndexByte(src[i:], '\n')
				if end < 0 {
					end = len(src) - i
				}
				s.lineComments = append(s.lineComments, [2]int{i, i + end})
				i += end - 1
				continue
			case i+1 < len(src) && src[i+1] == '*':
				end := strings.Index(src[i+2:], "*/")
				if end < 0 {
					s.inBlockComment = true
					return s
				}
				i += 2 + end + 1
				continue
			case regexAllowedAfter(prev):
				i = scanRegex(src, i)
			}
		case '(', '[', '{':
			s.open = append(s.open, c)
		case ')', ']', '}':
			n := len(s.open)
			want := map[byte]byte{')': '(', ']': '[', '}': '{'}[c]
			switch {
			case n > 0 && s.open[n-1] == want:
				s.open = s.open[:n-1]
			case n > 0 && c == '}' && s.open[n-1] == '$':
				s.open = s.open[:n-1] // back into the template's text
			default:
				s.mismatched = true
			}
		}
		prev = c
	}
	return s
}

// quoteState is how a quoted string literal ends.
type quoteState int

const (
	quoteClosed       quoteState = iota // by its quote or, broken, by a newline
	quoteContinued                      // by a backslash before the text's last newline
	quoteUnterminated                   // by the end of the text
)

// scanQuoted skips the string literal opening at src[i] and returns the
// index of its closing quote. An unescaped newline ends the string, as it
// does for goja, which then reports it; a backslash before the last newline
// continues it on the next line.
func scanQuoted(src string, i int) (int, quoteState) {
	q := src[i]
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			if j+1 >= len(src) {
				return len(src), quoteUnterminated
			}
			j++
			if src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n' {
				j++
			}
			if j == len(src)-1 && (src[j] == '\n' || src[j] == '\r') {
				return len(src), quoteContinued
			}
		case q, '\n':
			return j, quoteClosed
		}
	}
	return len(src), quoteUnterminated
}

// scanRegex skips the regular expression literal opening at src[i] and
// returns the index of its closing slash (or of the line's end when it has
// none).
func scanRegex(src string, i int) int {
	inClass := false
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\\':
			j++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '/':
			if !inClass {
				return j
			}
		case '\n':
			return j - 1
		}
	}
	return len(src)
}

// regexAllowedAfter says a slash after prev starts a regular expression
// rather than a division: after an operator or an opener, not after a
// value.
func regexAllowedAfter(prev byte) bool {
	if prev == 0 {
		return true
	}
	return strings.IndexByte("(,=:[!&|?{};+-*%<>~^", prev) >= 0
}

// continuesOnNextLine says a complete-looking line still wants more: it
// ends with a dot or an operator, as when a query is chained over lines.
func continuesOnNextLine(src string) bool {
	t := strings.TrimRight(src, " \t\r\n")
	if s := scanJS(src); len(s.lineComments) > 0 {
		last := s.lineComments[len(s.lineComments)-1]
		if strings.TrimSpace(src[last[1]:]) == "" {
			t = strings.TrimRight(src[:last[0]], " \t\r\n")
		}
	}
	for _, suffix := range []string{".", ",", "&&", "||", "+", "=", "?", ":"} {
		if strings.HasSuffix(t, suffix) {
			return !strings.HasSuffix(t, "++")
		}
	}
	return false
}

// needsMoreInput says the statement typed so far is not finished.
func needsMoreInput(src string) bool {
	if strings.TrimSpace(src) == "" {
		return false
	}
	return scanJS(src).incomplete() || continuesOnNextLine(src)
}

// historyLine turns a statement typed over several lines into one history
// entry: the history file holds one entry per line, so line comments go and
// line breaks become spaces.
func historyLine(src string) string {
	s := scanJS(src)
	var b strings.Builder
	last := 0
	for _, c := range s.lineComments {
		b.WriteString(src[last:c[0]])
		last = c[1]
	}
	b.WriteString(src[last:])
	lines := strings.Split(b.String(), "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	var parts []string
	for _, l := range lines {
		if l != "" {
			parts = append(parts, l)
		}
	}
	return strings.Join(parts, " ")
}
