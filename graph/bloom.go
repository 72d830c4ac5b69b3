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

// bit is the filter bit of h's probe i, by double hashing.
func (f *bloomFilter) bit(h graph.ValueHash, i uint64) uint64 {
	a := binary.LittleEndian.Uint64(h[0:8])
	b := binary.LittleEndian.Uint64(h[8:16]) | 1
	return (a + i*b) % f.m
}

func (f *bloomFilter) add(h graph.ValueHash) {
	for i := range uint64(bloomProbes) {
		bit := f.bit(h, i)
		f.bits[bit/64] |= 1 << (bit % 64)
	}
}

func (f *bloomFilter) has(h graph.ValueHash) bool {
	for i := range uint64(bloomProbes) {
		if bit := f.bit(h, i); f.bits[bit/64]&(1<<(bit%64)) == 0 {
			return false
		}
	}
	return true
}
