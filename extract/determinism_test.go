package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// The same article must always give the same triples: the store replaces an
// article by its difference, and diagrams must be byte-stable.
func TestExtractIsDeterministic(t *testing.T) {
	paths, _ := filepath.Glob("../seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no seed articles")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a := Article{Source: filepath.Base(p), Text: string(b)}
		x1, _ := New()
		first := x1.Extract(a)
		for i := 0; i < 20; i++ {
			x, err := New()
			if err != nil {
				t.Fatal(err)
			}
			if got := x.Extract(a); !reflect.DeepEqual(got, first) {
				t.Fatalf("%s: extraction %d differs from the first", p, i+1)
			}
		}
	}
}
