package graph

import (
	"math/rand"
	"testing"

	"github.com/cayleygraph/cayley/graph"
)

func randomHashes(rng *rand.Rand, n int) []graph.ValueHash {
	hs := make([]graph.ValueHash, n)
	for i := range hs {
		rng.Read(hs[i][:])
	}
	return hs
}

// TestNodeRunFindsWhatItHolds: a spilled run finds every node it holds,
// at block edges too, with its id, and nothing else.
func TestNodeRunFindsWhatItHolds(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{1, nodeRunStride - 1, nodeRunStride, nodeRunStride + 1, 1000} {
		table := newNodeTable(t.TempDir())
		for i, h := range randomHashes(rng, n) {
			table.mem[h] = freshNode{id: uint64(i + 1), refs: 3}
		}
		run, err := writeNodeRun(table.dir, table.sorted())
		if err != nil {
			t.Fatal(err)
		}
		defer run.f.Close()
		for h, want := range table.mem {
			if id, ok, err := run.find(h); err != nil || !ok || id != want.id {
				t.Fatalf("n=%d: find(%x) = %d %v %v, want %d", n, h, id, ok, err, want.id)
			}
		}
		for _, h := range randomHashes(rng, 1000) {
			if id, ok, err := run.find(h); err != nil || ok {
				t.Fatalf("n=%d: find of an absent hash = %d %v %v", n, id, ok, err)
			}
		}
	}
}

// TestNodeTableSumsSpilledCounts: a node counted before and after spills
// comes out once, with its id and every reference.
func TestNodeTableSumsSpilledCounts(t *testing.T) {
	defer func(n int) { freshNodeLimit = n }(freshNodeLimit)
	freshNodeLimit = 10
	rng := rand.New(rand.NewSource(2))
	table := newNodeTable(t.TempDir())
	defer table.close()
	want := map[graph.ValueHash]freshNode{}
	hashes := randomHashes(rng, 40)
	for round := range 100 {
		if err := table.makeRoom(1); err != nil {
			t.Fatal(err)
		}
		h := hashes[rng.Intn(len(hashes))]
		n, ok, err := table.lookup(h)
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			n = freshNode{id: uint64(round + 1)}
			table.mem[h] = n
		} else if n.id != want[h].id {
			t.Fatalf("round %d: id %d, want %d", round, n.id, want[h].id)
		}
		n = table.mem[h]
		n.refs++
		table.mem[h] = n
		w := want[h]
		w.id, w.refs = n.id, w.refs+1
		want[h] = w
	}
	if len(table.runs) < 2 {
		t.Fatalf("%d runs spilled, want several", len(table.runs))
	}
	table.seal()
	var last graph.ValueHash
	got := 0
	err := table.each(func(e nodeEntry) error {
		if got > 0 && compareHashes(last, e.hash) >= 0 {
			t.Errorf("node %x after %x: not in hash order", e.hash, last)
		}
		last = e.hash
		got++
		if want[e.hash] != e.freshNode {
			t.Errorf("node %x: %+v, want %+v", e.hash, e.freshNode, want[e.hash])
		}
		return nil
	})
	if err != nil || got != len(want) {
		t.Errorf("each gave %d nodes (%v), want %d", got, err, len(want))
	}
}

// TestBloomFilterFalsePositives: about 1% of absent hashes pass the filter.
func TestBloomFilterFalsePositives(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	f := newBloomFilter(10000)
	for _, h := range randomHashes(rng, 10000) {
		f.add(h)
	}
	passed := 0
	for _, h := range randomHashes(rng, 100000) {
		if f.has(h) {
			passed++
		}
	}
	if rate := float64(passed) / 100000; rate > 0.02 {
		t.Errorf("false positive rate %.3f, want about 0.01", rate)
	}
}
