package input

import (
	"errors"
	"io"
	"os"
	"slices"
	"sync/atomic"

	"github.com/graphq/graphq/extract"
)

// Meter follows a walk through its input, for progress reports and an
// estimate of the time left. Its methods may be called from any goroutine
// while the walk runs, and on a nil *Meter (which reports zeros). A Meter
// serves one walk.
type Meter struct {
	read, total atomic.Int64
}

// Read is how many bytes of input the walk has consumed: of a compressed
// file its compressed bytes, so that Read/Total is the share of the input
// done whatever the compression. A file counts in full once it is done, even
// when it was rejected without being read to the end, so Read equals Total
// when the walk ends (unless files changed meanwhile).
func (m *Meter) Read() int64 {
	if m == nil {
		return 0
	}
	return m.read.Load()
}

// Total is the size of all the input, or 0 while it is still being measured
// and when it cannot be known (see Size).
func (m *Meter) Total() int64 {
	if m == nil {
		return 0
	}
	return m.total.Load()
}

func (m *Meter) add(n int64) {
	if m != nil && n > 0 {
		m.read.Add(n)
	}
}

// WalkMetered is WalkWith that keeps m up to date: it measures the input
// with Size alongside the walk, so that reading starts at once even for a
// directory of many files, and counts the bytes read as it reads them.
func WalkMetered(paths []string, lim Limits, m *Meter, fn func(a extract.Article, err error) error) error {
	if m == nil {
		return walk(paths, lim, nil, fn)
	}
	stop, measured := make(chan struct{}), make(chan struct{})
	cut := false
	go func() {
		defer close(measured)
		n, known, err := size(paths, stop)
		cut = err != nil
		if known {
			m.total.Store(n)
		}
	}()
	err := walk(paths, lim, m, fn)
	close(stop)
	<-measured
	if cut && err == nil {
		// The walk outran the measuring, and has now read all there is.
		m.total.Store(m.read.Load())
	}
	return err
}

// Size is the total size in bytes of the files a walk of paths reads, as
// they are now, found by listing and stat'ing them without reading any. It
// is not known (false, and 0) when paths include standard input, a named
// pipe or a device, whose length only reading tells. Paths that cannot be
// listed count as empty, as the walk reads nothing from them.
func Size(paths []string) (int64, bool) {
	n, known, _ := size(paths, nil)
	return n, known
}

var errStopped = errors.New("measuring stopped")

// size is Size, giving up with errStopped as soon as stop is closed.
func size(paths []string, stop <-chan struct{}) (int64, bool, error) {
	if slices.Contains(paths, "-") {
		return 0, false, nil
	}
	var total int64
	known := true
	visit := func(path string) error {
		select {
		case <-stop:
			return errStopped
		default:
		}
		st, err := os.Stat(path)
		switch {
		case err != nil:
			// Gone since it was listed: the walk will read nothing either.
		case st.Mode().IsRegular():
			total += st.Size()
		default:
			known = false
		}
		return nil
	}
	ignore := func(string, string) error { return nil }
	for _, p := range paths {
		if err := eachFile(p, visit, ignore); err != nil {
			return 0, false, err
		}
	}
	if !known {
		return 0, false, nil
	}
	return total, true, nil
}

// countingReader adds what it reads from one file to a Meter.
type countingReader struct {
	r io.Reader
	m *Meter
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.m.add(int64(n))
	return n, err
}

// done counts what was left unread of a file of size bytes (-1: unknown),
// such as the rest of a file rejected as too large.
func (c *countingReader) done(size int64) {
	c.m.add(size - c.n)
}

// fileSize is f's size if it is a regular file, else -1.
func fileSize(f *os.File) int64 {
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		return st.Size()
	}
	return -1
}

// statSize is the size of the regular file at path, else 0.
func statSize(path string) int64 {
	if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
		return st.Size()
	}
	return 0
}
