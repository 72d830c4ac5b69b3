//go:build linux

package graph

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/graphq/graphq/extract"
)

// Releasing the bolt mapping lowers the process's file-backed resident
// memory, and the store reads the same afterwards (the pages come back
// from the page cache).
func TestReleaseMappedShrinksResidentSetOnly(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "db")})
	var rs []extract.Result
	for i := range 20 {
		rs = append(rs, bigArticle(fmt.Sprintf("big-%02d", i), 400))
	}
	if _, err := s.AddResults(ctx, rs); err != nil {
		t.Fatal(err)
	}
	before := exportString(t, s) // touches every page of the file
	touched, ok := residentFileBytes()
	if !ok {
		t.Skip("no /proc/self/statm")
	}
	if err := releaseMapped(s.bolt.Path()); err != nil {
		t.Fatal(err)
	}
	released, _ := residentFileBytes()
	st, err := os.Stat(s.bolt.Path())
	if err != nil {
		t.Fatal(err)
	}
	// Export reads the live pages, not every page of the file.
	if touched-released < st.Size()/4 {
		t.Errorf("file-backed RSS %d -> %d after release; want it to drop by at least a quarter of the %d-byte file", touched, released, st.Size())
	}
	if after := exportString(t, s); after != before {
		t.Error("the store reads differently after its mapping was released")
	}
	if err := s.Export(ctx, io.Discard, "nquads"); err != nil {
		t.Fatal(err)
	}
}
