package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// queryError is a failed query's message with the position goja gave, if
// any (Line and Col count from 1; 0 means unknown).
type queryError struct {
	Line, Col int
	Msg       string
}

// goja writes positions two ways: "SyntaxError: (anonymous): Line 2:19
// Unexpected token ;" for parse errors and "TypeError: … at <eval>:1:10(6)"
// for runtime errors.
var (
	syntaxErrorPos  = regexp.MustCompile(`^(\w*Error): \(anonymous\): Line (\d+):(\d+) (.*)$`)
	runtimeErrorPos = regexp.MustCompile(`^(.*) at <eval>:(\d+):(\d+)(?:\(\d+\))?$`)
)

// parseQueryError finds the position in a query error's message.
func parseQueryError(err error) queryError {
	msg := strings.Join(strings.Fields(err.Error()), " ")
	msg = strings.TrimPrefix(msg, "gizmo: ")
	if m := syntaxErrorPos.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return queryError{Line: line, Col: col, Msg: m[1] + ": " + m[4]}
	}
	if m := runtimeErrorPos.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return queryError{Line: line, Col: col, Msg: m[1]}
	}
	return queryError{Msg: msg}
}

// String is the one-line message: "line 1:5: SyntaxError: Unexpected token .".
func (q queryError) String() string {
	if q.Line == 0 {
		return q.Msg
	}
	return fmt.Sprintf("line %d:%d: %s", q.Line, q.Col, q.Msg)
}

// caret shows the query line the error points at with a ^ under its
// column, or "" when the position is unknown or outside src.
func (q queryError) caret(src string) string {
	lines := strings.Split(src, "\n")
	if q.Line < 1 || q.Line > len(lines) || q.Col < 1 {
		return ""
	}
	line := strings.ReplaceAll(lines[q.Line-1], "\t", " ")
	runes := []rune(line)
	col := min(q.Col-1, len(runes))
	return "  " + line + "\n  " + strings.Repeat(" ", col) + "^\n"
}
