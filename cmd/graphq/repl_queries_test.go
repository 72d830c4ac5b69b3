package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// queryDir holds the example queries.
var queryDir = filepath.Join("..", "..", "examples", "queries")

// TestExampleQueries runs each examples/queries file with `graphq query
// --file` on the seed store and looks for answers a reader of the seed
// articles expects.
func TestExampleQueries(t *testing.T) {
	tests := []struct {
		file string
		// want are results that must be among the answers: a string, or an
		// object whose listed fields must match.
		want []any
	}{
		{"represents.js", []any{"Ketut Suiasa -> Bupati Badung"}},
		{"attended.js", []any{
			map[string]any{"body": "Bawaslu Bali", "event": "Sosialisasi Netralitas"},
			map[string]any{"body": "Pemerintah Kota Denpasar", "event": "Gerakan Nasional Netralitas ASN"},
		}},
		{"kasn_two_hops.js", []any{
			map[string]any{"name": "Agus Pramusinto", "hops": 1.0},
			map[string]any{"name": "Pangihutan Marpaung", "hops": 1.0},
			map[string]any{"name": "Ketua KASN", "hops": 2.0},
		}},
		{"facts_by_article.js", []any{
			map[string]any{"article": "000_1da8f10a785c8fae", "subject": "Ketut Suiasa", "predicate": "represents", "object": "Bupati Badung"},
			map[string]any{"article": "001_354e1def9f1e9756", "subject": "Agus Pramusinto", "predicate": "headOf", "object": "KASN"},
		}},
		{"positions.js", []any{
			map[string]any{"person": "Ketut Suiasa", "position": "Wakil Bupati Badung"},
			map[string]any{"person": "Agus Pramusinto", "position": "Ketua KASN"},
		}},
	}
	files, err := filepath.Glob(filepath.Join(queryDir, "*.js"))
	if err != nil || len(files) != len(tests) {
		t.Errorf("examples/queries has %d .js files, the test checks %d: give each a case (%v)", len(files), len(tests), err)
	}
	db := seedStore(t)
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			path := filepath.Join(queryDir, tc.file)
			if _, err := os.Stat(path); err != nil {
				t.Fatal(err)
			}
			r := graphq(t, nil, "query", "--db", db, "--limit", "1000", "--file", path)
			if r.code != 0 {
				t.Fatalf("query failed: %v", r)
			}
			got := decodeLines(t, r.stdout)
			for _, want := range tc.want {
				if !containsResult(got, want) {
					t.Errorf("no result matching %v among:\n%s", want, r.stdout)
				}
			}
			seen := map[string]bool{}
			for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
				if seen[line] {
					t.Errorf("answer repeated: %s", line)
				}
				seen[line] = true
			}
		})
	}
}

func decodeLines(t *testing.T, out string) []any {
	t.Helper()
	var values []any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("result is not JSON: %q: %v", line, err)
		}
		values = append(values, v)
	}
	return values
}

// containsResult says some result equals want (a string) or has all of
// want's fields (an object).
func containsResult(results []any, want any) bool {
	for _, r := range results {
		wm, isMap := want.(map[string]any)
		if !isMap {
			if reflect.DeepEqual(r, want) {
				return true
			}
			continue
		}
		rm, ok := r.(map[string]any)
		if !ok {
			continue
		}
		match := true
		for k, v := range wm {
			if !reflect.DeepEqual(rm[k], v) {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
