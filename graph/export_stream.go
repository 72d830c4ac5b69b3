package graph

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

// spillRunBytes is how much record data a spillSorter holds before it
// writes a sorted run to a temporary file. A variable so that tests can
// force the merge path on a small store.
var spillRunBytes = 32 << 20

// maxSpillRuns bounds the open run files (and their read buffers): past
// it, the runs are merged into one (at 32 MB a run, above about 4 GB of
// records).
const maxSpillRuns = 128

// spillRecordOverhead approximates the memory a record costs beyond its
// bytes (string and slice headers, allocation rounding).
const spillRecordOverhead = 48

// spillSorter sorts records by key with memory bounded by spillRunBytes,
// whatever their number: Export and Check need the quads of a store of
// tens of millions in an order no Cayley index gives (stores made before
// the label index read one label by scanning the whole store; one pass in
// store order works on every store). A store smaller than one run never
// touches the disk.
type spillSorter struct {
	recs  []spillRecord
	bytes int
	runs  []*os.File
}

type spillRecord struct {
	key string
	val []byte
}

func (s *spillSorter) add(key string, val []byte) error {
	s.recs = append(s.recs, spillRecord{key, val})
	s.bytes += len(key) + len(val) + spillRecordOverhead
	if s.bytes >= spillRunBytes {
		return s.spill()
	}
	return nil
}

func (s *spillSorter) sortMemory() {
	sort.SliceStable(s.recs, func(i, j int) bool { return s.recs[i].key < s.recs[j].key })
}

// spill writes the records held as one sorted run.
func (s *spillSorter) spill() error {
	s.sortMemory()
	err := s.writeRun(func(write func(key string, val []byte) error) error {
		for _, r := range s.recs {
			if err := write(r.key, r.val); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	clear(s.recs)
	s.recs, s.bytes = s.recs[:0], 0
	if len(s.runs) >= maxSpillRuns {
		return s.compact()
	}
	return nil
}

// compact merges every run into one.
func (s *spillSorter) compact() error {
	old := s.runs
	s.runs = nil
	err := s.writeRun(func(write func(key string, val []byte) error) error {
		return mergeRuns(old, write)
	})
	for _, f := range old {
		f.Close()
	}
	return err
}

// writeRun appends a run holding the records fill writes, in order.
func (s *spillSorter) writeRun(fill func(write func(key string, val []byte) error) error) error {
	f, err := newRunFile("", "graphq-sort-*")
	if err != nil {
		return fmt.Errorf("sort run: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriterSize(f, 256<<10)
	var buf []byte
	err = fill(func(key string, val []byte) error {
		buf = binary.AppendUvarint(buf[:0], uint64(len(key)))
		buf = append(buf, key...)
		buf = binary.AppendUvarint(buf, uint64(len(val)))
		buf = append(buf, val...)
		_, err := w.Write(buf)
		return err
	})
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		return fmt.Errorf("sort run: %w", err)
	}
	return nil
}

// each calls fn on every record in key order (records of equal keys in the
// order they were added). The key and value are valid only during the call.
func (s *spillSorter) each(fn func(key string, val []byte) error) error {
	if len(s.runs) == 0 {
		s.sortMemory()
		for _, r := range s.recs {
			if err := fn(r.key, r.val); err != nil {
				return err
			}
		}
		return nil
	}
	if len(s.recs) > 0 {
		if err := s.spill(); err != nil {
			return err
		}
	}
	return mergeRuns(s.runs, fn)
}

// mergeRuns calls fn on the records of the sorted runs in key order, equal
// keys in run order.
func mergeRuns(runs []*os.File, fn func(key string, val []byte) error) error {
	cursors := make([]*runCursor, 0, len(runs))
	for i, f := range runs {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("sort merge: %w", err)
		}
		cursors = append(cursors, &runCursor{r: bufio.NewReaderSize(f, 64<<10), order: i})
	}
	return mergeCursors(cursors, (*runCursor).next, runBefore, func(c *runCursor) error { return fn(c.key, c.val) })
}

// close releases the runs; the sorter is empty afterwards.
func (s *spillSorter) close() {
	for _, f := range s.runs {
		f.Close()
	}
	s.runs, s.recs, s.bytes = nil, nil, 0
}

// runCursor reads one sorted run back.
type runCursor struct {
	r     *bufio.Reader
	order int // the run's number: equal keys keep the order they were added in
	key   string
	val   []byte
}

func (c *runCursor) next() (bool, error) {
	n, err := binary.ReadUvarint(c.r)
	if errors.Is(err, io.EOF) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sort merge: %w", err)
	}
	key := make([]byte, n)
	if _, err := io.ReadFull(c.r, key); err != nil {
		return false, fmt.Errorf("sort merge: %w", err)
	}
	if n, err = binary.ReadUvarint(c.r); err != nil {
		return false, fmt.Errorf("sort merge: %w", err)
	}
	c.val = make([]byte, n)
	if _, err := io.ReadFull(c.r, c.val); err != nil {
		return false, fmt.Errorf("sort merge: %w", err)
	}
	c.key = string(key)
	return true, nil
}

// runBefore orders run cursors by key, equal keys by run.
func runBefore(a, b *runCursor) bool {
	if a.key != b.key {
		return a.key < b.key
	}
	return a.order < b.order
}
