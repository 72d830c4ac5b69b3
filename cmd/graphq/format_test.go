package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

func TestWriteResultsTable(t *testing.T) {
	tests := []struct {
		name    string
		results []any
		want    string
	}{
		{
			name:    "no results",
			results: nil,
			want:    "(no results)\n",
		},
		{
			name: "id first, tags sorted, columns aligned",
			results: []any{
				map[string]any{"id": "<person:Ketut_Suiasa>", "who": "Ketut Suiasa", "age": 51.0},
				map[string]any{"id": "<organization:KASN>", "who": "KASN"},
			},
			want: "" +
				"id                     age  who\n" +
				"---------------------  ---  ------------\n" +
				"<person:Ketut_Suiasa>  51   Ketut Suiasa\n" +
				"<organization:KASN>         KASN\n",
		},
		{
			name:    "emitted scalars go in value",
			results: []any{42.0, "two", true, nil},
			want:    "value\n-----\n42\ntwo\ntrue\n\n",
		},
		{
			name:    "numbers without exponent",
			results: []any{map[string]any{"n": 1e6, "x": 0.85}},
			want:    "n        x\n-------  ----\n1000000  0.85\n",
		},
		{
			name:    "nested values as one line",
			results: []any{map[string]any{"id": "a", "list": []any{"x", "y"}, "obj": map[string]any{"k": 1.0}}},
			want:    "id  list  obj\n--  ----  -------\na   x, y  {\"k\":1}\n",
		},
		{
			name:    "multi-byte text aligned by characters",
			results: []any{map[string]any{"id": "Müller", "n": 1.0}, map[string]any{"id": "Li", "n": 2.0}},
			want:    "id      n\n------  -\nMüller  1\nLi      2\n",
		},
		{
			name:    "newlines and tabs flattened",
			results: []any{"line one\n\tline two"},
			want:    "value\n-----------------\nline one line two\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := writeResults(&b, tc.results, "table"); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", b.String(), tc.want)
			}
		})
	}
}

func TestWriteResultsTableShortensLongCells(t *testing.T) {
	long := strings.Repeat("kata ", 40)
	var b bytes.Buffer
	if err := writeResults(&b, []any{long}, "table"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	last := []rune(lines[len(lines)-1])
	if len(last) != maxCellWidth || last[len(last)-1] != '…' {
		t.Errorf("long cell printed as %q (%d characters), want %d ending in …", string(last), len(last), maxCellWidth)
	}
}

func TestWriteResultsJSONLines(t *testing.T) {
	var b bytes.Buffer
	results := []any{map[string]any{"id": "<person:Ketut_Suiasa>"}, 42.0, "a&b"}
	if err := writeResults(&b, results, "json"); err != nil {
		t.Fatal(err)
	}
	want := "{\"id\":\"<person:Ketut_Suiasa>\"}\n42\n\"a&b\"\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestWriteResultsRejectsUnknownFormat(t *testing.T) {
	if err := writeResults(&bytes.Buffer{}, nil, "xml"); err == nil || !strings.Contains(err.Error(), "xml") {
		t.Errorf("writeResults(xml) = %v, want an error naming the format", err)
	}
}

func TestWriteRecordsKeepsColumnOrder(t *testing.T) {
	records := []map[string]any{{"subject": "Ketut Suiasa", "predicate": "represents", "object": "Bupati Badung", "sentence": "hidden in the table"}}
	var b bytes.Buffer
	if err := writeRecords(&b, "table", []string{"subject", "predicate", "object"}, records); err != nil {
		t.Fatal(err)
	}
	want := "subject       predicate   object\n------------  ----------  -------------\nKetut Suiasa  represents  Bupati Badung\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	if err := writeRecords(&b, "json", []string{"subject"}, records); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"sentence":"hidden in the table"`) {
		t.Errorf("JSON records drop keys outside the table's columns: %s", b.String())
	}
}

func Example_writeResults() {
	results := []any{
		map[string]any{"id": "<person:Ketut_Suiasa>", "position": "<position:Bupati_Badung>"},
	}
	_ = writeResults(os.Stdout, results, "table")
	_ = writeResults(os.Stdout, results, "json")
	// Output:
	// id                     position
	// ---------------------  ------------------------
	// <person:Ketut_Suiasa>  <position:Bupati_Badung>
	// {"id":"<person:Ketut_Suiasa>","position":"<position:Bupati_Badung>"}
}
