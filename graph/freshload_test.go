package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/cayley/graph/proto"
	bolt "github.com/coreos/bbolt"
)

// kvDump reads every bucket of a bolt store's file with node and quad ids
// replaced by what they stand for, so that two stores holding the same
// quads compare equal whatever ids and timestamps their writers chose. It
// also checks what the dump cannot show: each node's bucket is the one its
// hash selects, index entries list ascending quad ids, the horizon is the
// last id.
func kvDump(t *testing.T, dir string) []string {
	t.Helper()
	db, err := bolt.Open(filepath.Join(dir, BoltFile), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var out []string
	err = db.View(func(tx *bolt.Tx) error {
		name := map[uint64]string{}
		var lastID uint64
		err := tx.Bucket([]byte("log")).ForEach(func(k, v []byte) error {
			var p proto.Primitive
			if err := p.Unmarshal(v); err != nil {
				return err
			}
			if id := binary.BigEndian.Uint64(k); id != p.ID {
				return fmt.Errorf("log key %d holds primitive %d", id, p.ID)
			}
			lastID = p.ID
			if p.IsNode() {
				name[p.ID] = fmt.Sprintf("%q", p.Value)
			}
			return nil
		})
		if err != nil {
			return err
		}
		quadName := map[uint64]string{}
		err = tx.Bucket([]byte("log")).ForEach(func(k, v []byte) error {
			var p proto.Primitive
			if err := p.Unmarshal(v); err != nil || p.IsNode() {
				return err
			}
			q := fmt.Sprintf("(%s %s %s %s deleted=%v)", name[p.Subject], name[p.Predicate], name[p.Object], name[p.Label], p.Deleted)
			quadName[p.ID] = q
			out = append(out, "log quad "+q)
			return nil
		})
		if err != nil {
			return err
		}
		for _, n := range name {
			out = append(out, "log node "+n)
		}
		return tx.ForEach(func(bucket []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				entry, err := dumpEntry(string(bucket), k, v, name, quadName, lastID)
				if err != nil {
					return fmt.Errorf("bucket %q key %x: %w", bucket, k, err)
				}
				if entry != "" {
					out = append(out, entry)
				}
				return nil
			})
		})
	})
	if err != nil {
		t.Fatalf("dump %s: %v", dir, err)
	}
	slices.Sort(out)
	return out
}

func dumpEntry(bucket string, k, v []byte, name, quadName map[uint64]string, lastID uint64) (string, error) {
	switch {
	case bucket == "log":
		return "", nil
	case bucket == "meta":
		if string(k) == "horizon" {
			if h := binary.LittleEndian.Uint64(v); h != lastID {
				return "", fmt.Errorf("horizon %d, last id %d", h, lastID)
			}
			return "", nil
		}
		if len(v) == 8 {
			return fmt.Sprintf("meta %s=%d", k, binary.LittleEndian.Uint64(v)), nil
		}
		return fmt.Sprintf("meta %s=%s", k, v), nil
	case len(bucket) == 3 && (bucket[0] == 'v' || bucket[0] == 'n'):
		if !bytes.HasPrefix(k, []byte(bucket[1:])) {
			return "", fmt.Errorf("hash in the wrong bucket")
		}
		x, _ := binary.Uvarint(v)
		if bucket[0] == 'v' {
			return fmt.Sprintf("value %x -> %s", k, name[x]), nil
		}
		return fmt.Sprintf("refs %x = %d", k, x), nil
	default:
		var keys []string
		for i := 0; i+8 <= len(k); i += 8 {
			keys = append(keys, name[binary.BigEndian.Uint64(k[i:])])
		}
		var quads []string
		var prev uint64
		for b := v; len(b) > 0; {
			id, n := binary.Uvarint(b)
			if n <= 0 || id <= prev {
				return "", fmt.Errorf("quad ids not ascending varints")
			}
			prev, b = id, b[n:]
			quads = append(quads, quadName[id])
		}
		slices.Sort(quads)
		return fmt.Sprintf("index %s %s: %s", bucket, strings.Join(keys, " "), strings.Join(quads, " ")), nil
	}
}

// corpusFile writes a JSON Lines corpus of the seed and test articles and
// returns its path. With repeat, a line in the middle of the corpus gives
// the first article's source again, with other text.
func corpusFile(t *testing.T, repeat bool) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	var first string
	n := 0
	for _, dir := range []string{"../seeds", "../extract/testdata/articles"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if n++; n == 1 {
				first = filepath.Base(f)
			}
			if repeat && n == 20 {
				enc.Encode(map[string]string{"id": first, "title": "again", "text": "Bupati Badung I Nyoman Giri Prasta menghadiri rapat di Denpasar pada Kamis (14/9)."})
			}
			enc.Encode(map[string]string{"id": filepath.Base(f), "title": "T " + filepath.Base(f), "text": string(text)})
		}
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func buildInto(t *testing.T, dir string, opt BuildOptions, paths ...string) BuildSummary {
	t.Helper()
	s := openTestStore(t, Config{Backend: BackendBolt, Path: dir})
	sum, err := s.Build(context.Background(), paths, opt)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	if problems, err := s.Check(context.Background()); err != nil || len(problems) > 0 {
		t.Fatalf("Check after build: %v %v", problems, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return sum
}

// TestFreshLoadWritesWhatCayleyWrites builds the same corpus into an empty
// store through Cayley's writer and through the fresh load, and compares
// every bucket of the two files, on the paths a fresh load can take:
// in memory, through sorted runs on disk, with the node table spilled to
// disk (many times), with a source repeated midway, and Cayley's writer
// replacing an article afterwards.
func TestFreshLoadWritesWhatCayleyWrites(t *testing.T) {
	changed := `{"id":"000_1da8f10a785c8fae.txt","title":"again","text":"Bupati Badung I Nyoman Giri Prasta menghadiri rapat di Denpasar pada Kamis (14/9)."}`
	tests := []struct {
		name       string
		then       string // a corpus line built after, into both stores
		runRecords int
		nodeLimit  int
		repeat     bool // a source comes twice: the walker rejects the second
		wantFresh  bool
	}{
		{name: "in memory", wantFresh: true},
		{name: "sorted runs on disk", runRecords: 97, wantFresh: true},
		{name: "node table spilled", nodeLimit: 150, wantFresh: true},
		{name: "everything spilled", nodeLimit: 400, runRecords: 97, wantFresh: true},
		{name: "article changed after", then: changed, wantFresh: true},
		{name: "source repeated midway", repeat: true, nodeLimit: 400, wantFresh: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.runRecords > 0 {
				defer func(n int) { indexRunRecords = n }(indexRunRecords)
				indexRunRecords = tt.runRecords
			}
			if tt.nodeLimit > 0 {
				defer func(n int) { freshNodeLimit = n }(freshNodeLimit)
				freshNodeLimit = tt.nodeLimit
			}
			corpus := corpusFile(t, tt.repeat)
			cayleyDir, freshDir := filepath.Join(t.TempDir(), "cayley"), filepath.Join(t.TempDir(), "fresh")
			want := buildInto(t, cayleyDir, BuildOptions{NoBulkLoad: true, BatchSize: 7}, corpus)
			got := buildInto(t, freshDir, BuildOptions{BatchSize: 7}, corpus)
			if got.Articles != want.Articles || got.Triples != want.Triples || got.Entities != want.Entities || got.Quads != want.Quads {
				t.Errorf("summary %+v, Cayley's writer %+v", got, want)
			}
			switch {
			case want.BulkLoaded != 0:
				t.Errorf("NoBulkLoad build bulk loaded %d articles", want.BulkLoaded)
			case tt.wantFresh && got.BulkLoaded != got.Articles:
				t.Errorf("bulk loaded %d of %d articles, want all", got.BulkLoaded, got.Articles)
			case !tt.wantFresh && (got.BulkLoaded == 0 || got.BulkLoaded >= got.Articles):
				t.Errorf("bulk loaded %d of %d articles, want some, not all", got.BulkLoaded, got.Articles)
			}
			if want.Articles < 30 || want.Quads < 3000 {
				t.Fatalf("corpus too small to test: %+v", want)
			}
			same := func(step string) {
				t.Helper()
				if d := firstDifference(kvDump(t, cayleyDir), kvDump(t, freshDir)); d != "" {
					t.Fatalf("%s: fresh load's store differs from Cayley's writer's: %s", step, d)
				}
				if _, err := os.Stat(filepath.Join(freshDir, freshLoadFile)); !os.IsNotExist(err) {
					t.Fatalf("%s: load file left behind: %v", step, err)
				}
			}
			same("first build")
			if tt.then != "" {
				later := filepath.Join(t.TempDir(), "later.jsonl")
				if err := os.WriteFile(later, []byte(tt.then+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				buildInto(t, cayleyDir, BuildOptions{NoBulkLoad: true}, later)
				buildInto(t, freshDir, BuildOptions{}, later)
				same("changed article")
			}
			// A later build of the corpus goes through Cayley's writer.
			for _, dir := range []string{cayleyDir, freshDir} {
				if again := buildInto(t, dir, BuildOptions{}, corpus); again.BulkLoaded != 0 {
					t.Errorf("second build bulk loaded %d articles into a full store", again.BulkLoaded)
				}
			}
			same("second build")
		})
	}
}

func firstDifference(want, got []string) string {
	short := func(s string) string {
		if len(s) > 300 {
			return s[:300] + "..."
		}
		return s
	}
	for i := range max(len(want), len(got)) {
		switch {
		case i >= len(want):
			return "extra " + short(got[i])
		case i >= len(got):
			return "missing " + short(want[i])
		case want[i] != got[i]:
			return fmt.Sprintf("want %s\n got %s", short(want[i]), short(got[i]))
		}
	}
	return ""
}
