package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The seed article 000_1da8f10a785c8fae says "Wabup Ketut Suiasa yang
// mewakili Bupati Badung": the graph must answer who he represents, what he
// holds, and which article says so.
func TestQueryFindsKetutSuiasa(t *testing.T) {
	db := seedStore(t)
	tests := []struct {
		name, query, want string
	}{
		{"represents", `g.V().Has("<name>","Ketut Suiasa").Out("<represents>").Out("<name>").All()`, "Bupati Badung"},
		{"holds", `g.V().Has("<name>","Ketut Suiasa").Out("<holds>").Out("<name>").All()`, "Wakil Bupati Badung"},
		{"provenance", `g.V().Has("<name>","Ketut Suiasa").In("<subject>").Has("<predicate>","represents").Out("<source>").All()`,
			"article:000_1da8f10a785c8fae"},
		{"label", `g.V().Has("<name>","Ketut Suiasa").LabelContext("<article:000_1da8f10a785c8fae>").Out("<represents>").Out("<name>").All()`,
			"Bupati Badung"},
	}
	for _, tt := range tests {
		for _, memory := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/memory=%v", tt.name, memory), func(t *testing.T) {
				args := []string{"query", "--db", db, tt.query}
				if memory {
					args = append(args, "--memory")
				}
				r := graphq(t, nil, args...)
				if r.code != 0 {
					t.Fatalf("query: %v", r)
				}
				values := resultValues(t, r.stdout)
				if !containsString(values, tt.want) {
					t.Errorf("results %q do not include %q", values, tt.want)
				}
			})
		}
	}
}

func TestQueryReadsStdinAndFile(t *testing.T) {
	db := seedStore(t)
	q := `g.Emit(g.V().Has("<type>","Article").Count())`
	file := filepath.Join(t.TempDir(), "q.js")
	if err := os.WriteFile(file, []byte(q), 0o644); err != nil {
		t.Fatal(err)
	}
	runs := map[string]cliResult{
		"stdin with -":     graphq(t, strings.NewReader(q), "query", "--db", db, "-"),
		"stdin, no arg":    graphq(t, strings.NewReader(q), "query", "--db", db),
		"--file":           graphq(t, nil, "query", "--db", db, "--file", file),
		"flag after query": graphq(t, nil, "query", q, "--db", db),
	}
	for name, r := range runs {
		if r.code != 0 || strings.TrimSpace(r.stdout) != "5" {
			t.Errorf("%s: want the 5 seed articles counted: %v", name, r)
		}
	}
}

func TestQueryFailures(t *testing.T) {
	db := seedStore(t)
	missing := filepath.Join(t.TempDir(), "missing.db")
	tests := []struct {
		name    string
		args    []string
		message string
	}{
		{"syntax error", []string{"--db", db, `g.V(.All(`}, ""},
		{"missing store", []string{"--db", missing, `g.V().All()`}, "no store at " + missing + "; run graphq build first"},
		{"timeout", []string{"--db", db, "--timeout", "500ms", `while(true){}`}, "timeout"},
		{"empty query", []string{"--db", db, "  "}, "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := graphq(t, nil, append([]string{"query"}, tt.args...)...)
			if r.code == 0 {
				t.Fatalf("exit 0, want failure: %v", r)
			}
			msg := strings.TrimSpace(r.stderr)
			if msg == "" || strings.Count(msg, "\n") > 0 {
				t.Errorf("want a one-line message on stderr, got %q", r.stderr)
			}
			if !strings.Contains(msg, tt.message) {
				t.Errorf("message %q does not say %q", msg, tt.message)
			}
			if r.stdout != "" {
				t.Errorf("failed query printed results: %q", r.stdout)
			}
		})
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Errorf("query on a missing store created %s (stat: %v)", missing, err)
	}
}

// resultValues flattens JSON-lines results to their string values.
func resultValues(t *testing.T, out string) []string {
	t.Helper()
	var values []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("result line is not JSON: %q: %v", line, err)
		}
		values = append(values, flattenJSON(v)...)
	}
	return values
}

func flattenJSON(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{strings.Trim(v, "<>")}
	case map[string]any:
		var out []string
		for _, x := range v {
			out = append(out, flattenJSON(x)...)
		}
		return out
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, flattenJSON(x)...)
		}
		return out
	}
	return nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
