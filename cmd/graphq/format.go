package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Result formats shared by `graphq query` and the REPL.
const (
	formatTable = "table"
	formatJSON  = "json"
)

// maxCellWidth keeps one long sentence from pushing every other column off
// the screen; JSON output is never shortened.
const maxCellWidth = 72

// writeResults prints query results as an aligned table or as JSON lines.
func writeResults(w io.Writer, results []any, format string) error {
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case formatJSON:
		for _, r := range results {
			if err = writeJSONLine(bw, r); err != nil {
				break
			}
		}
	case formatTable:
		err = writeTable(bw, results)
	default:
		return fmt.Errorf("unknown result format %q (want table or json)", format)
	}
	if err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	return nil
}

// writeTable writes one row per result and one column per tag; a result
// that is not an object (what g.Emit emitted) goes in the column "value".
func writeTable(w io.Writer, results []any) error {
	if len(results) == 0 {
		_, err := io.WriteString(w, "(no results)\n")
		return err
	}
	cols := tableColumns(results)
	rows := make([][]string, 0, len(results))
	for _, r := range results {
		row := make([]string, len(cols))
		m, isMap := r.(map[string]any)
		for i, c := range cols {
			switch {
			case isMap:
				if v, ok := m[c]; ok {
					row[i] = cellText(v)
				}
			case c == "value":
				row[i] = cellText(r)
			}
		}
		rows = append(rows, row)
	}
	return renderTable(w, cols, rows)
}

// writeRecords prints records with known columns (the REPL's own answers):
// as a table of those columns in that order, or as JSON lines with every
// key of each record.
func writeRecords(w io.Writer, format string, cols []string, records []map[string]any) error {
	if format == formatJSON {
		results := make([]any, len(records))
		for i, rec := range records {
			results[i] = rec
		}
		return writeResults(w, results, formatJSON)
	}
	if len(records) == 0 {
		_, err := io.WriteString(w, "(none)\n")
		return err
	}
	rows := make([][]string, len(records))
	for i, rec := range records {
		rows[i] = make([]string, len(cols))
		for j, c := range cols {
			rows[i][j] = cellText(rec[c])
		}
	}
	bw := bufio.NewWriter(w)
	if err := renderTable(bw, cols, rows); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return bw.Flush()
}

// renderTable aligns rows under a header and a rule.
func renderTable(w io.Writer, cols []string, rows [][]string) error {
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = utf8.RuneCountInString(c)
	}
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	rule := make([]string, len(cols))
	for i, wd := range widths {
		rule[i] = strings.Repeat("-", wd)
	}
	for _, row := range append([][]string{cols, rule}, rows...) {
		var b strings.Builder
		for i, cell := range row {
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-utf8.RuneCountInString(cell)))
			}
		}
		if _, err := io.WriteString(w, strings.TrimRight(b.String(), " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}

// tableColumns lists the tags of all results: "id" (the path's node) first,
// the others sorted, "value" last when some result is not an object.
func tableColumns(results []any) []string {
	seen := map[string]bool{}
	hasID, hasValue := false, false
	var tags []string
	for _, r := range results {
		m, ok := r.(map[string]any)
		if !ok {
			hasValue = true
			continue
		}
		for k := range m {
			switch {
			case k == "id":
				hasID = true
			case !seen[k]:
				seen[k] = true
				tags = append(tags, k)
			}
		}
	}
	sort.Strings(tags)
	var cols []string
	if hasID {
		cols = append(cols, "id")
	}
	cols = append(cols, tags...)
	if hasValue && !seen["value"] {
		cols = append(cols, "value")
	}
	return cols
}

// cellText renders one value on one line: strings bare, numbers without
// exponent or trailing zeros, anything nested as compact JSON.
func cellText(v any) string {
	var s string
	switch v := v.(type) {
	case nil:
		s = ""
	case string:
		s = v
	case float64:
		s = strconv.FormatFloat(v, 'f', -1, 64)
	case float32:
		s = strconv.FormatFloat(float64(v), 'f', -1, 32)
	case int, int64, int32, bool, json.Number:
		s = fmt.Sprint(v)
	case []string:
		s = strings.Join(v, ", ")
	case []any:
		s = joinStrings(v)
	default:
		b, err := json.Marshal(v)
		if err != nil {
			s = fmt.Sprint(v)
		} else {
			s = string(b)
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > maxCellWidth {
		r := []rune(s)
		s = string(r[:maxCellWidth-1]) + "…"
	}
	return s
}

// joinStrings lists an array of strings with commas and anything else as
// JSON.
func joinStrings(list []any) string {
	parts := make([]string, 0, len(list))
	for _, x := range list {
		str, ok := x.(string)
		if !ok {
			b, err := json.Marshal(list)
			if err != nil {
				return fmt.Sprint(list)
			}
			return string(b)
		}
		parts = append(parts, str)
	}
	return strings.Join(parts, ", ")
}
