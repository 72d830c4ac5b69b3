package main

import "testing"

func TestNeedsMoreInput(t *testing.T) {
	tests := []struct {
		name string
		src  string
		more bool
	}{
		{"empty", "", false},
		{"complete query", `g.V().All()`, false},
		{"open paren", `g.V(`, true},
		{"open brace over lines", "g.Emit({\n  a: 1", true},
		{"closed brace over lines", "g.Emit({\n  a: 1\n})", false},
		{"open bracket", `g.V(["<a>",`, true},
		{"paren in double-quoted string", `g.V("(").All()`, false},
		{"brace in single-quoted string", `g.V('{').All()`, false},
		{"escaped quote in string", `g.V("a\"(").All()`, false},
		{"escaped backslash ends string", `g.V("a\\").All()`, false},
		{"unterminated string goes to goja", `g.V("abc`, false},
		{"string continued with backslash", "g.V(\"abc\\\n", true},
		{"open template literal", "g.Emit(`line one\n", true},
		{"closed template literal", "g.Emit(`a\nb`)", false},
		{"brace inside template text", "g.Emit(`{`)", false},
		{"open template expression", "g.Emit(`${ (1", true},
		{"template expression with object", "g.Emit(`${ {a:1}.a }`)", false},
		{"nested template", "g.Emit(`a${ `b${1}` }c`)", false},
		{"open block comment", "g.V() /* note", true},
		{"closed block comment", "g.V() /* ( */ .All()", false},
		{"paren in line comment", "g.V().All() // (", false},
		{"line comment then open paren", "// note\ng.V(", true},
		{"regex with paren", `g.V().Filter(regex(/^\(/)).All()`, false},
		{"regex with slash in class", `g.V().Filter(regex(/[/(]/)).All()`, false},
		{"division is not a regex", `g.Emit(4 / 2)`, false},
		{"division then paren", `g.Emit((4) / (2))`, false},
		{"mismatched closer goes to goja", `g.V().All())`, false},
		{"mismatch inside open", `g.V(]`, false},
		{"trailing dot chains on", "g.V()\n  .Out(\"<holds>\").", true},
		{"trailing operator", "var x = 1 +", true},
		{"trailing increment is complete", "x++", false},
		{"trailing dot before line comment", "g.V(). // next: Out", true},
		{"blank lines", "\n  \n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := needsMoreInput(tc.src); got != tc.more {
				t.Errorf("needsMoreInput(%q) = %v, want %v (scan %+v)", tc.src, got, tc.more, scanJS(tc.src))
			}
		})
	}
}

func TestHistoryLineJoinsAStatement(t *testing.T) {
	tests := []struct{ src, want string }{
		{"g.V()", "g.V()"},
		{"g.Emit({\n  multi: 1\n})", "g.Emit({ multi: 1 })"},
		{"g.V() // all nodes\n  .All()", "g.V() .All()"},
		{"g.V(\"http://x\") // a // b\n.All()", `g.V("http://x") .All()`},
		{"\n  g.V()  \n\n", "g.V()"},
	}
	for _, tc := range tests {
		if got := historyLine(tc.src); got != tc.want {
			t.Errorf("historyLine(%q) = %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestOpenQuoteFindsTheStringBeingTyped(t *testing.T) {
	tests := []struct {
		text string
		at   int
		open bool
	}{
		{`g.V("<ho`, 4, true},
		{`g.V("a", '<na`, 9, true},
		{`g.V("a")`, 0, false},
		{`g.V("it\"s`, 4, true},
		{"g.Emit(`x", 0, false},
	}
	for _, tc := range tests {
		at, open := openQuote(tc.text)
		if open != tc.open || open && at != tc.at {
			t.Errorf("openQuote(%q) = %d, %v; want %d, %v", tc.text, at, open, tc.at, tc.open)
		}
	}
}
