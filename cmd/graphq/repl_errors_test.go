package main

import (
	"errors"
	"path/filepath"
	"testing"
)

func TestParseQueryError(t *testing.T) {
	tests := []struct {
		msg   string
		want  string
		caret string
	}{
		{
			"gizmo: SyntaxError: (anonymous): Line 1:5 Unexpected token . (and 1 more errors)",
			"line 1:5: SyntaxError: Unexpected token . (and 1 more errors)",
			"  g.V(.All()\n      ^\n",
		},
		{
			"gizmo: TypeError: Object has no member 'Foo' at <eval>:1:10(6)",
			"line 1:10: TypeError: Object has no member 'Foo'",
			"  g.V(.All()\n           ^\n",
		},
		{"gizmo: Error: boom at <eval>:2:3(3)", "line 2:3: Error: boom", ""},
		{"store is closed", "store is closed", ""},
	}
	for _, tc := range tests {
		qe := parseQueryError(errors.New(tc.msg))
		if qe.String() != tc.want {
			t.Errorf("parseQueryError(%q) = %q, want %q", tc.msg, qe.String(), tc.want)
		}
		if got := qe.caret("g.V(.All()"); got != tc.caret {
			t.Errorf("caret for %q = %q, want %q", tc.msg, got, tc.caret)
		}
	}
}

func TestHistoryPath(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"override", map[string]string{"GRAPHQ_HISTORY": "/tmp/h", "XDG_STATE_HOME": "/s", "HOME": "/home/u"}, "/tmp/h"},
		{"XDG state dir", map[string]string{"XDG_STATE_HOME": "/s", "HOME": "/home/u"}, "/s/graphq/history"},
		{"relative XDG is ignored", map[string]string{"XDG_STATE_HOME": "s", "HOME": "/home/u"}, "/home/u/.local/state/graphq/history"},
		{"home", map[string]string{"HOME": "/home/u"}, "/home/u/.local/state/graphq/history"},
	}
	for _, tc := range tests {
		got, err := historyPath(func(k string) string { return tc.env[k] })
		if err != nil || got != filepath.FromSlash(tc.want) {
			t.Errorf("%s: historyPath = %q, %v; want %q", tc.name, got, err, tc.want)
		}
	}
}
