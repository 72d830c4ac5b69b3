package graph

import (
	"encoding/binary"

	"github.com/cayleygraph/cayley/graph"
)

// bloomFilter answers "certainly not present" for most absent node hashes
// of a spilled node run, so that looking up a new node reads no disk.
// Hashes are already uniform (SHA-1 of the value), so its probes come from
// the hash's own bytes by double hashing. Ten bits and seven probes a
// node give about 1% false positives.
type bloomFilter struct {
	bits []uint64
	m    uint64
}

const bloomProbes = 7

func newBloomFilter(n int) bloomFilter {
	m := uint64(max(n, 1)) * 10
	return bloomFilter{bits: make([]uint64, (m+63)/64), m: m}
}

func (f *bloomFilter) probes(h graph.ValueHash, fn func(bit uint64)) {
	a := binary.LittleEndian.Uint64(h[0:8])
	b := binary.LittleEndian.Uint64(h[8:16]) | 1
	for i := range uint64(bloomProbes) {
		fn((a + i*b) % f.m)
	}
}

func (f *bloomFilter) add(h graph.ValueHash) {
	f.probes(h, func(bit uint64) { f.bits[bit/64] |= 1 << (bit % 64) })
}

func (f *bloomFilter) has(h graph.ValueHash) bool {
	all := true
	f.probes(h, func(bit uint64) {
		if f.bits[bit/64]&(1<<(bit%64)) == 0 {
			all = false
		}
	})
	return all
}
