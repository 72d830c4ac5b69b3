package graph

import (
	"bufio"
	"container/heap"
	"errors"
	"fmt"
	"io"
	"os"
)

// mergeCursors is the k-way merge of sorted runs: it calls emit with the
// cursor whose current record comes first by less, then advances that
// cursor with next, until every cursor is spent. next also loads each
// cursor's first record.
func mergeCursors[C any](cursors []C, next func(C) (bool, error), less func(a, b C) bool, emit func(C) error) error {
	h := &cursorHeap[C]{less: less}
	for _, c := range cursors {
		ok, err := next(c)
		if err != nil {
			return err
		}
		if ok {
			h.items = append(h.items, c)
		}
	}
	heap.Init(h)
	for h.Len() > 0 {
		c := h.items[0]
		if err := emit(c); err != nil {
			return err
		}
		ok, err := next(c)
		if err != nil {
			return err
		}
		if ok {
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return nil
}

type cursorHeap[C any] struct {
	items []C
	less  func(a, b C) bool
}

func (h *cursorHeap[C]) Len() int           { return len(h.items) }
func (h *cursorHeap[C]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *cursorHeap[C]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *cursorHeap[C]) Push(x any)         { h.items = append(h.items, x.(C)) }
func (h *cursorHeap[C]) Pop() any {
	c := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return c
}

// newRunFile creates a temporary file for a sorted run in dir ("": the
// system's), unlinked at once: it lives as long as its descriptor, and a
// killed process leaves nothing behind.
func newRunFile(dir, pattern string) (*os.File, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	_ = os.Remove(f.Name())
	return f, nil
}

// readFixed fills buf with the next record of a run of fixed-size
// records; false at the run's end.
func readFixed(r *bufio.Reader, buf []byte, what string) (bool, error) {
	if _, err := io.ReadFull(r, buf); err != nil {
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		return false, fmt.Errorf("read %s: %w", what, err)
	}
	return true, nil
}
