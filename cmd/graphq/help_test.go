package main

import (
	"strings"
	"testing"
)

func TestEveryCommandHasHelpWithAnExample(t *testing.T) {
	args := [][]string{{"--help"}, {"help"}, {"help", "query"}}
	for _, c := range commands() {
		args = append(args, []string{c.name, "--help"}, []string{c.name, "-h"})
	}
	for _, a := range args {
		r := graphq(t, nil, a...)
		if r.code != 0 {
			t.Errorf("graphq %s: exit %d\n%s", strings.Join(a, " "), r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, "example:\n  graphq ") {
			t.Errorf("graphq %s: no example in\n%s", strings.Join(a, " "), r.stdout)
		}
	}
}

func TestOverviewListsEveryCommand(t *testing.T) {
	r := graphq(t, nil, "--help")
	for _, c := range commands() {
		if !strings.Contains(r.stdout, "  "+c.name+" ") {
			t.Errorf("--help does not list %s:\n%s", c.name, r.stdout)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "usage: graphq COMMAND"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"build", "--no-such-flag", "x"}, "graphq build --help"},
		{[]string{"dot", "--db", "x", "extra"}, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		r := graphq(t, nil, tt.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("graphq %q: want exit 2 and %q on stderr, got %v", tt.args, tt.want, r)
		}
	}
}
