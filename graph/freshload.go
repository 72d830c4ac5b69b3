package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "github.com/coreos/bbolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
)

// freshLoadFile is the file a fresh load writes, beside the store's file,
// which it replaces only once complete: a load that fails or is killed
// leaves the store as it was, and the next writer removes the leftover.
const freshLoadFile = BoltFile + ".loading"

// freshTxPuts is how many keys one transaction of a fresh load writes:
// bbolt holds a transaction's keys and values in memory until it commits.
const freshTxPuts = 256 << 10

// errFreshFallback says that an article cannot go through the fresh load
// (its source came before in the same build): the load is finished and
// the build goes on through Cayley's writer.
var errFreshFallback = errors.New("article needs the incremental writer")

// freshLoader writes a first build straight into a new bbolt file in the
// layout of Cayley v0.7.7's KV quad store (graph/kv/indexing.go), as
// Cayley would have written the same quads, without reading anything
// back: every node and quad is new, so ids come from a counter, reference
// counts from a table in memory, and each index is written once, in key
// order, from an external sort. Cayley's writer instead reads and
// rewrites random pages of every index for each batch, which on a 7 GB
// store made a 100,000-article build CPU-bound at 13 minutes.
//
// The log (one entry per node and quad, keyed by id) and the label index
// (one key per article, whose label node is new) are written as articles
// arrive, in key order; the other indexes and the node buckets at finish.
type freshLoader struct {
	path string
	db   *bolt.DB

	tx      *bolt.Tx
	buckets map[string]*bolt.Bucket
	puts    int
	arena   []byte

	nodes   *nodeTable
	horizon uint64
	quads   uint64
	stamp   int64
	prim    proto.Primitive
	ids     []uint64
	refs    []uint64
	label   []uint64 // the quad ids of the article being added
	scratch []byte

	streamed []kv.QuadIndex // written per article: keyed by label alone
	sorted   []sortedIndex
}

type freshNode struct{ id, refs uint64 }

type sortedIndex struct {
	index kv.QuadIndex
	runs  recordSorter
}

// newFreshLoader creates the load file in dir and writes into it the
// store's metadata (through Cayley's own Init, with the label index) and
// the schema version quad.
func newFreshLoader(dir string) (*freshLoader, error) {
	path := filepath.Join(dir, freshLoadFile)
	if err := os.Remove(path); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("remove old load file: %w", err)
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: boltLockTimeout, NoGrowSync: true})
	if err != nil {
		return nil, fmt.Errorf("create load file %s: %w", path, err)
	}
	db.NoSync = true
	l := &freshLoader{path: path, db: db, nodes: newNodeTable(dir), stamp: time.Now().UnixNano()}
	if err := l.init(dir); err != nil {
		l.abort()
		return nil, err
	}
	return l, nil
}

func (l *freshLoader) init(dir string) error {
	kvdb := hbolt.New(l.db)
	if err := kv.Init(kvdb, kvOptions); err != nil {
		return fmt.Errorf("initialise load file in %s: %w", dir, err)
	}
	if err := addLabelIndex(kvdb); err != nil {
		return fmt.Errorf("initialise load file in %s: %w", dir, err)
	}
	indexes, err := storedIndexes(kvdb)
	if err != nil {
		return err
	}
	for _, ind := range indexes {
		switch {
		case slices.Equal(ind.Dirs, []quad.Direction{quad.Label}):
			l.streamed = append(l.streamed, ind)
		case len(ind.Dirs) <= 3:
			l.sorted = append(l.sorted, sortedIndex{index: ind, runs: recordSorter{dir: dir}})
		default:
			return fmt.Errorf("load file in %s: unsupported index %v", dir, ind.Dirs)
		}
	}
	if err := l.begin(); err != nil {
		return err
	}
	// The schema version quad, whose four values are new nodes.
	schema := &freshArticle{label: metaLabel, quads: [][4]int32{{0, 1, 2, 3}}}
	q := schemaQuad(SchemaVersion)
	for _, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		fv, err := newFreshValue(v)
		if err != nil {
			return err
		}
		schema.values = append(schema.values, fv)
	}
	return l.add(schema)
}

// add writes one article's nodes, quads and label index entry. It returns
// errFreshFallback, having written nothing, for an article whose label is
// already a node (its source came earlier in the build).
func (l *freshLoader) add(a *freshArticle) error {
	if _, seen, err := l.nodes.lookup(graph.HashOf(a.label)); err != nil || seen {
		if err != nil {
			return err
		}
		return errFreshFallback
	}
	if err := l.nodes.makeRoom(len(a.values)); err != nil {
		return err
	}
	l.ids = l.ids[:0]
	l.refs = slices.Grow(l.refs[:0], len(a.values))[:len(a.values)]
	clear(l.refs)
	for _, v := range a.values {
		n, ok, err := l.nodes.lookup(v.hash)
		if err != nil {
			return err
		}
		if !ok {
			l.horizon++
			n = freshNode{id: l.horizon}
			l.nodes.mem[v.hash] = n
			l.prim = proto.Primitive{ID: n.id, Value: v.encoded, Timestamp: l.stamp}
			if err := l.putLog(); err != nil {
				return err
			}
		}
		l.ids = append(l.ids, n.id)
	}
	label := l.label[:0]
	for _, q := range a.quads {
		l.horizon++
		l.quads++
		l.prim = proto.Primitive{
			ID:        l.horizon,
			Subject:   l.ids[q[0]],
			Predicate: l.ids[q[1]],
			Object:    l.ids[q[2]],
			Label:     l.ids[q[3]],
			Timestamp: l.stamp,
		}
		for _, i := range q {
			l.refs[i]++
		}
		if err := l.putLog(); err != nil {
			return err
		}
		for i := range l.sorted {
			if err := l.sorted[i].runs.add(recordFor(l.sorted[i].index, &l.prim)); err != nil {
				return err
			}
		}
		label = append(label, l.prim.ID)
	}
	l.label = label
	for i, v := range a.values {
		n := l.nodes.mem[v.hash]
		n.refs += l.refs[i]
		l.nodes.mem[v.hash] = n
	}
	if len(a.quads) > 0 {
		key := l.alloc(8)
		binary.BigEndian.PutUint64(key, l.ids[a.quads[0][3]])
		for _, ind := range l.streamed {
			l.scratch = appendUvarints(l.scratch[:0], label)
			if err := l.put(indexBucket(ind), key, l.keep(l.scratch)); err != nil {
				return err
			}
		}
	}
	return nil
}

func newFreshValue(v quad.Value) (freshValue, error) {
	encoded, err := pquads.MarshalValue(v)
	if err != nil {
		return freshValue{}, fmt.Errorf("encode value %s: %w", v, err)
	}
	return freshValue{hash: graph.HashOf(v), encoded: encoded}, nil
}

// recordFor is the index record of the quad p: its node ids in the index's
// directions, then its id.
func recordFor(ind kv.QuadIndex, p *proto.Primitive) indexRecord {
	var r indexRecord
	for i, d := range ind.Dirs {
		r[i] = p.GetDirection(d)
	}
	r[len(ind.Dirs)] = p.ID
	return r
}

// indexBucket is the bucket Cayley keeps an index in: its directions'
// prefixes ("sp", "ops", "c").
func indexBucket(ind kv.QuadIndex) string {
	b := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		b[i] = d.Prefix()
	}
	return string(b)
}

func (l *freshLoader) putLog() error {
	key := l.alloc(8)
	binary.BigEndian.PutUint64(key, l.prim.ID)
	val := l.alloc(l.prim.ProtoSize())
	if _, err := l.prim.MarshalTo(val); err != nil {
		return fmt.Errorf("encode log entry %d: %w", l.prim.ID, err)
	}
	return l.put("log", key, val)
}

// appendUvarints encodes ids as Cayley encodes an index entry's quad ids.
func appendUvarints(b []byte, ids []uint64) []byte {
	for _, id := range ids {
		b = binary.AppendUvarint(b, id)
	}
	return b
}

// alloc gives n bytes that stay valid until the transaction commits, as
// bbolt requires of keys and values, carved from 1 MiB chunks so that a
// load does not allocate per key.
func (l *freshLoader) alloc(n int) []byte {
	if cap(l.arena)-len(l.arena) < n {
		l.arena = make([]byte, 0, max(1<<20, n))
	}
	start := len(l.arena)
	l.arena = l.arena[:start+n]
	return l.arena[start : start+n : start+n]
}

// keep copies b into memory that lives until the transaction commits.
func (l *freshLoader) keep(b []byte) []byte {
	k := l.alloc(len(b))
	copy(k, b)
	return k
}

func (l *freshLoader) begin() error {
	tx, err := l.db.Begin(true)
	if err != nil {
		return fmt.Errorf("load file %s: begin: %w", l.path, err)
	}
	l.tx, l.buckets, l.puts = tx, map[string]*bolt.Bucket{}, 0
	return nil
}

func (l *freshLoader) commit() error {
	err := l.tx.Commit()
	l.tx, l.buckets, l.arena = nil, nil, nil
	if err != nil {
		return fmt.Errorf("load file %s: commit: %w", l.path, err)
	}
	return nil
}

// put writes one key in key order; the transaction commits every
// freshTxPuts keys.
func (l *freshLoader) put(bucket string, key, val []byte) error {
	if l.puts >= freshTxPuts {
		if err := l.commit(); err != nil {
			return err
		}
		if err := l.begin(); err != nil {
			return err
		}
	}
	b := l.buckets[bucket]
	if b == nil {
		var err error
		if b, err = l.tx.CreateBucketIfNotExists([]byte(bucket)); err != nil {
			return fmt.Errorf("load file %s: bucket %q: %w", l.path, bucket, err)
		}
		// Keys arrive in order: full pages, as a sequential load allows.
		b.FillPercent = 1
		l.buckets[bucket] = b
	}
	l.puts++
	if err := b.Put(key, val); err != nil {
		return fmt.Errorf("load file %s: put in %q: %w", l.path, bucket, err)
	}
	return nil
}

// finish writes the sorted indexes, the node buckets and the counters,
// and syncs and closes the file, which is then a complete store.
func (l *freshLoader) finish() error {
	for i := range l.sorted {
		if err := l.writeSorted(&l.sorted[i]); err != nil {
			return err
		}
	}
	if err := l.writeNodes(); err != nil {
		return err
	}
	for _, m := range []struct {
		key string
		val uint64
	}{{"horizon", l.horizon}, {"size", l.quads}} {
		v := l.alloc(8)
		binary.LittleEndian.PutUint64(v, m.val)
		if err := l.put("meta", []byte(m.key), v); err != nil {
			return err
		}
	}
	if err := l.commit(); err != nil {
		return err
	}
	if err := l.db.Sync(); err != nil {
		return fmt.Errorf("load file %s: sync: %w", l.path, err)
	}
	err := l.db.Close()
	l.db = nil
	if err != nil {
		return fmt.Errorf("load file %s: close: %w", l.path, err)
	}
	return nil
}

// writeSorted writes one index from its sorted records: each key once,
// with its quad ids ascending.
func (l *freshLoader) writeSorted(s *sortedIndex) error {
	width := len(s.index.Dirs)
	bucket := indexBucket(s.index)
	var (
		key  indexRecord
		ids  []uint64
		have bool
	)
	flush := func() error {
		if !have {
			return nil
		}
		k := l.alloc(8 * width)
		for i := range width {
			binary.BigEndian.PutUint64(k[8*i:], key[i])
		}
		l.scratch = appendUvarints(l.scratch[:0], ids)
		return l.put(bucket, k, l.keep(l.scratch))
	}
	err := s.runs.each(func(r indexRecord) error {
		id := r[width]
		r[width] = 0
		if have && r == key {
			ids = append(ids, id)
			return nil
		}
		if err := flush(); err != nil {
			return err
		}
		key, ids, have = r, append(ids[:0], id), true
		return nil
	})
	if err != nil {
		return fmt.Errorf("write index %s: %w", bucket, err)
	}
	return flush()
}

// writeNodes writes each node's id ("v" buckets) and reference count ("n"
// buckets), each in the bucket Cayley files it under by its hash's first
// two bytes, in hash order.
func (l *freshLoader) writeNodes() error {
	nodes := l.nodes
	l.nodes = nil
	defer nodes.close()
	nodes.seal()
	for _, kind := range []byte{'n', 'v'} {
		if err := nodes.each(func(e nodeEntry) error { return l.putNode(kind, e) }); err != nil {
			return err
		}
	}
	return nil
}

func (l *freshLoader) putNode(kind byte, e nodeEntry) error {
	val := e.id
	if kind == 'n' {
		val = e.refs
	}
	key := l.alloc(len(e.hash))
	copy(key, e.hash[:])
	l.scratch = binary.AppendUvarint(l.scratch[:0], val)
	return l.put(string([]byte{kind, e.hash[0], e.hash[1]}), key, l.keep(l.scratch))
}

func compareHashes(a, b graph.ValueHash) int {
	for i := range a {
		if a[i] != b[i] {
			return int(a[i]) - int(b[i])
		}
	}
	return 0
}

// abort discards the load file.
func (l *freshLoader) abort() {
	if l.tx != nil {
		_ = l.tx.Rollback()
		l.tx = nil
	}
	for i := range l.sorted {
		l.sorted[i].runs.close()
	}
	if l.nodes != nil {
		l.nodes.close()
	}
	if l.db != nil {
		_ = l.db.Close()
		l.db = nil
	}
	_ = os.Remove(l.path)
}
