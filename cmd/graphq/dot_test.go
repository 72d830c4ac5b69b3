package main

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// The DOT output must be accepted by the real Graphviz, warnings included:
// dot prints a warning for bad attributes or escapes and still exits 0.
func TestDotOutputIsValidGraphviz(t *testing.T) {
	dotBin, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("graphviz (dot) not installed")
	}
	db := seedStore(t)
	tests := []struct {
		name string
		args []string
	}{
		{"whole graph", nil},
		{"focus", []string{"--focus", "Ketut Suiasa", "--depth", "2"}},
		{"one article, Indonesian labels", []string{"--source", "000_1da8f10a785c8fae", "--lang", "id"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := graphq(t, nil, append([]string{"dot", "--db", db}, tt.args...)...)
			if r.code != 0 {
				t.Fatalf("graphq dot: %v", r)
			}
			if !strings.Contains(r.stdout, "digraph") {
				t.Fatalf("not a DOT digraph:\n%.300s", r.stdout)
			}
			cmd := exec.Command(dotBin, "-Tsvg")
			cmd.Stdin = strings.NewReader(r.stdout)
			var svg, warnings bytes.Buffer
			cmd.Stdout, cmd.Stderr = &svg, &warnings
			if err := cmd.Run(); err != nil {
				t.Fatalf("dot -Tsvg: %v\n%s", err, warnings.String())
			}
			if warnings.Len() > 0 {
				t.Errorf("dot -Tsvg warned:\n%s", warnings.String())
			}
			if !strings.Contains(svg.String(), "<svg") {
				t.Errorf("dot -Tsvg produced no SVG")
			}
		})
	}
}
