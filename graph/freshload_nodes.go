package graph

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/cayleygraph/cayley/graph"
)

// freshNodeLimit is how many nodes a fresh load's node table keeps in
// memory (about 71 bytes a node, measured) before it spills them, sorted by
// hash, to a run on disk. At 2.5M (about 180 MB) the heap stays well under
// the 512 MiB soft limit the CLI sets; at 4M the collector ran almost
// without pause and a 300,000-article build took 7 min 35 s instead of
// 4 min 43 s. 100,000 generated articles make 2.7M nodes (one spill); a
// million about 27M (ten runs). A variable so that tests can force spills.
var freshNodeLimit = 2_500_000

// nodeRunStride is how many records of a run share one entry of its
// in-memory sparse index: a lookup reads one block of this many records.
const nodeRunStride = 64

// nodeRecordSize is a run record's size: hash, id, reference count.
const nodeRecordSize = len(graph.ValueHash{}) + 16

// nodeTable gives a fresh load each node's id, and counts its references,
// in bounded memory. Recent nodes live in a map; when it is full they are
// spilled to a run sorted by hash. A node found in a run comes back into
// the map with its id and a count from zero, so one node may have a count
// in several runs: the counts are summed when the runs are merged.
type nodeTable struct {
	dir  string
	mem  map[graph.ValueHash]freshNode
	runs []*nodeRun
	last []nodeEntry // mem, sorted, once sealed
}

func newNodeTable(dir string) *nodeTable {
	return &nodeTable{dir: dir, mem: map[graph.ValueHash]freshNode{}}
}

// lookup finds a node's id in memory, or else in the runs (newest first),
// in which case it is brought into memory with no references counted yet.
func (t *nodeTable) lookup(h graph.ValueHash) (freshNode, bool, error) {
	if n, ok := t.mem[h]; ok {
		return n, true, nil
	}
	for i := len(t.runs) - 1; i >= 0; i-- {
		id, ok, err := t.runs[i].find(h)
		if err != nil {
			return freshNode{}, false, err
		}
		if ok {
			n := freshNode{id: id}
			t.mem[h] = n
			return n, true, nil
		}
	}
	return freshNode{}, false, nil
}

// makeRoom spills the map to a run when n more nodes would overflow it.
// Called between articles, so that an article's nodes all stay in memory
// while it is added.
func (t *nodeTable) makeRoom(n int) error {
	if len(t.mem)+n <= freshNodeLimit || len(t.mem) == 0 {
		return nil
	}
	records := t.sorted()
	run, err := writeNodeRun(t.dir, records)
	if err != nil {
		return err
	}
	t.runs = append(t.runs, run)
	clear(t.mem)
	return nil
}

type nodeEntry struct {
	hash graph.ValueHash
	freshNode
}

func (t *nodeTable) sorted() []nodeEntry {
	all := make([]nodeEntry, 0, len(t.mem))
	for h, n := range t.mem {
		all = append(all, nodeEntry{h, n})
	}
	slices.SortFunc(all, func(a, b nodeEntry) int { return compareHashes(a.hash, b.hash) })
	return all
}

// seal ends the adding: what is in memory is sorted for each.
func (t *nodeTable) seal() {
	t.last, t.mem = t.sorted(), nil
}

// each calls fn with every node once, in hash order, its references summed
// over the runs and memory. The table must be sealed.
func (t *nodeTable) each(fn func(nodeEntry) error) error {
	cursors := make([]*nodeCursor, 0, len(t.runs)+1)
	for _, r := range t.runs {
		if _, err := r.f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("rewind node run: %w", err)
		}
		cursors = append(cursors, &nodeCursor{r: bufio.NewReaderSize(r.f, 256<<10)})
	}
	cursors = append(cursors, &nodeCursor{mem: t.last})
	var (
		cur  nodeEntry
		have bool
	)
	before := func(a, b *nodeCursor) bool { return compareHashes(a.rec.hash, b.rec.hash) < 0 }
	err := mergeCursors(cursors, (*nodeCursor).next, before, func(c *nodeCursor) error {
		if have && c.rec.hash == cur.hash {
			if c.rec.id != cur.id {
				return fmt.Errorf("node %x has ids %d and %d", cur.hash, cur.id, c.rec.id)
			}
			cur.refs += c.rec.refs
			return nil
		}
		if have {
			if err := fn(cur); err != nil {
				return err
			}
		}
		cur, have = c.rec, true
		return nil
	})
	if err != nil || !have {
		return err
	}
	return fn(cur)
}

func (t *nodeTable) close() {
	for _, r := range t.runs {
		r.f.Close()
	}
	t.runs, t.mem, t.last = nil, nil, nil
}

// nodeRun is a spilled part of the table: records sorted by hash in an
// unlinked temporary file, with a Bloom filter that answers most lookups
// of new nodes without reading, and a sparse index that narrows the rest
// to one block.
type nodeRun struct {
	f      *os.File
	n      int
	filter bloomFilter
	sparse []graph.ValueHash // the hash of every nodeRunStride-th record
	block  []byte
}

func writeNodeRun(dir string, records []nodeEntry) (*nodeRun, error) {
	f, err := newRunFile(dir, ".graphq-nodes-*")
	if err != nil {
		return nil, fmt.Errorf("node run: %w", err)
	}
	run := &nodeRun{f: f, n: len(records), filter: newBloomFilter(len(records)), block: make([]byte, nodeRunStride*nodeRecordSize)}
	w := bufio.NewWriterSize(f, 1<<20)
	var buf [nodeRecordSize]byte
	for i, e := range records {
		if i%nodeRunStride == 0 {
			run.sparse = append(run.sparse, e.hash)
		}
		run.filter.add(e.hash)
		encodeNodeRecord(buf[:], e)
		if _, err := w.Write(buf[:]); err != nil {
			f.Close()
			return nil, fmt.Errorf("write node run: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return nil, fmt.Errorf("write node run: %w", err)
	}
	return run, nil
}

// find is the id of the node with hash h, if the run has it.
func (r *nodeRun) find(h graph.ValueHash) (uint64, bool, error) {
	if !r.filter.has(h) {
		return 0, false, nil
	}
	// The block whose first hash is the last one not after h.
	b, found := slices.BinarySearchFunc(r.sparse, h, compareHashes)
	if !found {
		if b == 0 {
			return 0, false, nil
		}
		b--
	}
	first := b * nodeRunStride
	count := min(nodeRunStride, r.n-first)
	block := r.block[:count*nodeRecordSize]
	if _, err := r.f.ReadAt(block, int64(first*nodeRecordSize)); err != nil {
		return 0, false, fmt.Errorf("read node run: %w", err)
	}
	lo, hi := 0, count
	for lo < hi {
		mid := (lo + hi) / 2
		rec := decodeNodeRecord(block[mid*nodeRecordSize:])
		switch c := compareHashes(rec.hash, h); {
		case c == 0:
			return rec.id, true, nil
		case c < 0:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return 0, false, nil
}

func encodeNodeRecord(b []byte, e nodeEntry) {
	n := copy(b, e.hash[:])
	binary.BigEndian.PutUint64(b[n:], e.id)
	binary.BigEndian.PutUint64(b[n+8:], e.refs)
}

func decodeNodeRecord(b []byte) nodeEntry {
	var e nodeEntry
	n := copy(e.hash[:], b)
	e.id = binary.BigEndian.Uint64(b[n:])
	e.refs = binary.BigEndian.Uint64(b[n+8:])
	return e
}

// nodeCursor reads a run in order, or the last, in-memory part.
type nodeCursor struct {
	r   *bufio.Reader
	mem []nodeEntry
	rec nodeEntry
	buf [nodeRecordSize]byte
}

func (c *nodeCursor) next() (bool, error) {
	if c.r == nil {
		if len(c.mem) == 0 {
			return false, nil
		}
		c.rec, c.mem = c.mem[0], c.mem[1:]
		return true, nil
	}
	if ok, err := readFixed(c.r, c.buf[:], "node run"); !ok {
		return false, err
	}
	c.rec = decodeNodeRecord(c.buf[:])
	return true, nil
}
