package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestOutputIsDeterministic(t *testing.T) {
	for _, name := range []string{"c.jsonl", "c.jsonl.gz"} {
		t.Run(name, func(t *testing.T) {
			var outs [][]byte
			for i := range 2 {
				path := filepath.Join(t.TempDir(), name)
				if err := run(200, 3, path, "", ""); err != nil {
					t.Fatalf("run %d: %v", i, err)
				}
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				outs = append(outs, data)
			}
			if len(outs[0]) == 0 || !bytes.Equal(outs[0], outs[1]) {
				t.Errorf("two runs with -seed 3 wrote different bytes (%d and %d)", len(outs[0]), len(outs[1]))
			}
		})
	}
}
