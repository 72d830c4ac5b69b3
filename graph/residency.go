package graph

import "time"

// DefaultMappedBudget bounds how much of the bolt file a build keeps mapped
// into its resident set. bbolt reads through a memory map of the whole file, and
// the kernel counts every page a build has touched in the process's RSS,
// so a build into a 7 GB store would show gigabytes resident although its
// own memory stays a few hundred MB. The writer drops the mapping's pages
// from the resident set between transactions (see releaseMapped); they stay
// in the page cache, so the next read of one is a minor fault, not disk
// I/O. Within a transaction the pages it touches stay mapped, so the writer
// also sizes its transactions to touch at most half the budget
// (nextBatchLimit): on a large store a transaction's keys land on distinct
// pages (Cayley spreads nodes over 65,536 hash buckets), and 256 articles
// touched about 1.6 GB of a 6 GB store.
//
// BuildOptions.MappedBudget changes it for one build.
const DefaultMappedBudget = 512 << 20

// minBuildBatch is the smallest transaction nextBatchLimit chooses.
const minBuildBatch = 8

// mappedNow is the file-backed memory resident now (the bolt mapping, plus
// the program's own text); ok is false where it cannot be known.
func (s *Store) mappedNow() (int64, bool) {
	if s.bolt == nil {
		return 0, false
	}
	return residentFileBytes()
}

// trimMapped releases the bolt file's mapped pages when they pass half the
// budget. Errors only cost memory, never data: they are ignored.
//
// It holds the writers' lock: only a write transaction makes bbolt move its
// mapping, and advice given to an address range bbolt just unmapped could
// land on memory the Go runtime mapped there since.
func (s *Store) trimMapped(resident, budget int64) {
	if s.bolt == nil || resident <= budget/2 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.releaseMappedLocked(budget)
	}
}

// releaseMappedLocked is trimMapped for a caller that holds s.mu, for
// reading or writing: either way no write transaction can move the mapping
// meanwhile. Long reads call it every so often.
func (s *Store) releaseMappedLocked(budget int64) {
	if s.bolt == nil {
		return
	}
	if resident, ok := residentFileBytes(); ok && resident > budget/2 {
		_ = releaseMapped(s.bolt.Path())
	}
}

// nextBatchLimit sizes the next transaction from what the last one, of
// limit articles, made resident (touched bytes): shrunk in proportion when
// it passed half the budget, doubled (up to most) when it stayed under a
// quarter.
func nextBatchLimit(limit, most int, touched, budget int64) int {
	switch {
	case touched > budget/2:
		limit = int(int64(limit) * (budget / 2) / touched)
	case touched < budget/4:
		limit *= 2
	}
	return min(max(limit, minBuildBatch), most)
}

// releasingWhile runs fn, a long read of much of the file (a scan), while
// releasing the bolt mapping's pages every releaseEvery. The caller holds
// s.mu, and the releases stop before releasingWhile returns, so none runs
// outside the lock.
func (s *Store) releasingWhile(fn func() error) error {
	if s.bolt == nil {
		return fn()
	}
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(releaseEvery)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				s.releaseMappedLocked(DefaultMappedBudget)
			}
		}
	}()
	defer func() {
		close(stop)
		<-stopped
	}()
	return fn()
}

// releaseEvery is how often a scan releases the mapping. A scan of pages
// already in the page cache maps them at gigabytes a second (the kernel maps
// neighbours on each fault), while a release of a mapping with few resident
// pages costs well under a millisecond.
const releaseEvery = 25 * time.Millisecond
