package graph

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"slices"
)

// indexRecord is one quad's entry in a Cayley KV index: the node ids the
// index is keyed by, then the quad's id (unused fields stay zero). Sorting
// the records sorts the index's keys, and each key's quad ids ascending as
// Cayley keeps them.
type indexRecord [4]uint64

func compareRecords(a, b indexRecord) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// indexRunRecords is how many records a recordSorter holds (32 bytes each,
// 32 MiB) before it sorts them into a run on disk. A variable so that tests
// can force the merge.
var indexRunRecords = 1 << 20

// recordSorter sorts any number of indexRecords with bounded memory: sorted
// runs spilled to deleted temporary files, merged on the way out.
type recordSorter struct {
	dir  string
	recs []indexRecord
	runs []*os.File
}

func (s *recordSorter) add(r indexRecord) error {
	s.recs = append(s.recs, r)
	if len(s.recs) >= indexRunRecords {
		return s.spill()
	}
	return nil
}

func (s *recordSorter) spill() error {
	slices.SortFunc(s.recs, compareRecords)
	f, err := newRunFile(s.dir, ".graphq-index-*")
	if err != nil {
		return fmt.Errorf("index run: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriterSize(f, 1<<20)
	var buf [32]byte
	for _, r := range s.recs {
		for i, x := range r {
			binary.BigEndian.PutUint64(buf[8*i:], x)
		}
		if _, err := w.Write(buf[:]); err != nil {
			return fmt.Errorf("write index run: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write index run: %w", err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("rewind index run: %w", err)
	}
	s.recs = s.recs[:0]
	return nil
}

// each calls fn with every record in order. The sorter is spent after.
func (s *recordSorter) each(fn func(indexRecord) error) error {
	defer s.close()
	if len(s.runs) == 0 {
		slices.SortFunc(s.recs, compareRecords)
		for _, r := range s.recs {
			if err := fn(r); err != nil {
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
	s.recs = nil
	cursors := make([]*recordCursor, 0, len(s.runs))
	for _, f := range s.runs {
		cursors = append(cursors, &recordCursor{r: bufio.NewReaderSize(f, 256<<10)})
	}
	before := func(a, b *recordCursor) bool { return compareRecords(a.rec, b.rec) < 0 }
	return mergeCursors(cursors, (*recordCursor).next, before, func(c *recordCursor) error { return fn(c.rec) })
}

func (s *recordSorter) close() {
	for _, f := range s.runs {
		f.Close()
	}
	s.runs, s.recs = nil, nil
}

type recordCursor struct {
	r   *bufio.Reader
	rec indexRecord
	buf [32]byte
}

func (c *recordCursor) next() (bool, error) {
	if ok, err := readFixed(c.r, c.buf[:], "index run"); !ok {
		return false, err
	}
	for i := range c.rec {
		c.rec[i] = binary.BigEndian.Uint64(c.buf[8*i:])
	}
	return true, nil
}
