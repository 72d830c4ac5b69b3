package graph

// mappedBudget bounds how much of the bolt file a build keeps mapped into
// its resident set. bbolt reads through a memory map of the whole file, and
// the kernel counts every page a build has touched in the process's RSS,
// so a build into a 6 GB store would show 6 GB resident although its own
// memory stays near 300 MB. Past the budget the writer drops the mapping's
// pages from the resident set (see releaseMapped); they stay in the page
// cache, so the next read of one is a minor fault, not disk I/O.
const mappedBudget = 256 << 20

// trimMapped releases the bolt file's mapped pages once they pass
// mappedBudget. Errors only cost memory, never data: they are ignored.
//
// It holds the writers' lock: only a write transaction makes bbolt move its
// mapping, and advice given to an address range bbolt just unmapped could
// land on memory the Go runtime mapped there since.
func (s *Store) trimMapped() {
	if s.bolt == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	if resident, ok := residentFileBytes(); ok && resident > mappedBudget {
		_ = releaseMapped(s.bolt.Path())
	}
}
