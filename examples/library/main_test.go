package main

import (
	"context"
	"strings"
	"testing"
)

func TestLibraryExampleRuns(t *testing.T) {
	var out strings.Builder
	if err := run(context.Background(), &out); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	got := out.String()
	for _, want := range []string{"article demo-001:", `{"id":"Bupati Badung"}`, "digraph"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
