package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// scoreScript finds shared/eval/score beside the repository (where CI puts
// shared/) or in the development tree.
func scoreScript(t *testing.T) string {
	t.Helper()
	for _, p := range []string{
		filepath.Join("..", "..", "..", "shared", "eval", "score"),
		"/work/shared/eval/score",
	} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	t.Skip("shared/eval/score not found")
	return ""
}

func TestExtractJSONLIsTheEvaluationFormat(t *testing.T) {
	r := graphq(t, nil, "extract", "--format", "jsonl", seedDir)
	if r.code != 0 {
		t.Fatalf("extract: %v", r)
	}
	lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
	if r.stdout == "" {
		t.Fatal("extract printed no triples for the seeds")
	}
	sources := map[string]bool{}
	for i, line := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d is not JSON: %q: %v", i+1, line, err)
		}
		for _, field := range []string{"source", "subject", "predicate", "object", "subject_type", "object_type", "confidence", "rule"} {
			if _, ok := m[field]; !ok {
				t.Fatalf("line %d has no %q: %s", i+1, field, line)
			}
		}
		for _, field := range []string{"source", "subject", "predicate", "object"} {
			if s, _ := m[field].(string); s == "" {
				t.Errorf("line %d: empty %s: %s", i+1, field, line)
			}
		}
		sources[m["source"].(string)] = true
	}
	if !sources["000_1da8f10a785c8fae"] {
		t.Errorf("no triple from 000_1da8f10a785c8fae; sources: %v", sources)
	}

	score := scoreScript(t)
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	gold := filepath.Join(filepath.Dir(score), "seeds.gold.tsv")
	cmd := exec.Command(python, score, gold, "-")
	cmd.Stdin = strings.NewReader(r.stdout)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("score: %v\n%s%s", err, out.String(), errOut.String())
	}
	last := lastLineOf(out.String())
	if !strings.HasPrefix(last, "overall: precision") {
		t.Fatalf("score printed no overall line:\n%s", out.String())
	}
	t.Log(last)
}

func TestExtractTSV(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		header string
		cols   int
	}{
		{"triples", nil, "source\tsubject\tpredicate\tobject\tsubject_type\tobject_type\tconfidence\trule", 8},
		{"entities", []string{"--entities"}, "source\tname\ttype\taliases", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"extract", "--format", "tsv"}, tt.args...)
			r := graphq(t, nil, append(args, filepath.Join(seedDir, "000_1da8f10a785c8fae.txt"))...)
			if r.code != 0 {
				t.Fatalf("extract: %v", r)
			}
			lines := strings.Split(strings.TrimRight(r.stdout, "\n"), "\n")
			if lines[0] != tt.header {
				t.Errorf("header = %q, want %q", lines[0], tt.header)
			}
			if len(lines) < 2 {
				t.Errorf("no rows after the header")
			}
			for i, line := range lines {
				if n := len(strings.Split(line, "\t")); n != tt.cols {
					t.Errorf("line %d has %d columns, want %d: %q", i+1, n, tt.cols, line)
				}
			}
		})
	}
}

func TestExtractEntitiesJSONL(t *testing.T) {
	r := graphq(t, nil, "extract", "--entities", filepath.Join(seedDir, "000_1da8f10a785c8fae.txt"))
	if r.code != 0 {
		t.Fatalf("extract --entities: %v", r)
	}
	var names []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var ent struct{ Source, Name, Type string }
		if err := json.Unmarshal([]byte(line), &ent); err != nil {
			t.Fatalf("not JSON: %q: %v", line, err)
		}
		if ent.Source != "000_1da8f10a785c8fae" || ent.Type == "" {
			t.Errorf("entity line without source or type: %s", line)
		}
		names = append(names, ent.Name)
	}
	if !containsString(names, "Ketut Suiasa") {
		t.Errorf("entities %q lack Ketut Suiasa", names)
	}
}

func TestExtractRejectsUnknownFormat(t *testing.T) {
	r := graphq(t, nil, "extract", "--format", "xml", seedDir)
	if r.code != 2 || !strings.Contains(r.stderr, `unknown --format "xml"`) {
		t.Errorf("extract --format xml: %v", r)
	}
}

func lastLineOf(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}
