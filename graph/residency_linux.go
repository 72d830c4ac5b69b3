//go:build linux

package graph

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// residentFileBytes is the process's resident memory backed by files
// (statm's third field: shared pages, which are file mappings here).
func residentFileBytes() (int64, bool) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	fields := strings.Fields(string(data))
	if len(fields) < 3 {
		return 0, false
	}
	pages, err := strconv.ParseInt(fields[2], 10, 64)
	if err != nil {
		return 0, false
	}
	return pages * int64(os.Getpagesize()), true
}

// releaseMapped tells the kernel this process no longer needs the resident
// pages of its mappings of file. For a shared file mapping MADV_DONTNEED
// only unmaps the pages from this process: the data stays in the file and
// the page cache, and a reader touching a page again faults it back in.
func releaseMapped(file string) error {
	path, err := filepath.Abs(file)
	if err != nil {
		return fmt.Errorf("release mapping of %s: %w", file, err)
	}
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	maps, err := os.Open("/proc/self/maps")
	if err != nil {
		return fmt.Errorf("release mapping of %s: %w", file, err)
	}
	defer maps.Close()
	sc := bufio.NewScanner(maps)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for sc.Scan() {
		// start-end perms offset dev inode path
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || strings.Join(fields[5:], " ") != path {
			continue
		}
		start, end, ok := strings.Cut(fields[0], "-")
		if !ok {
			continue
		}
		lo, err1 := strconv.ParseUint(start, 16, 64)
		hi, err2 := strconv.ParseUint(end, 16, 64)
		if err1 != nil || err2 != nil || hi <= lo {
			continue
		}
		if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, uintptr(lo), uintptr(hi-lo), syscall.MADV_DONTNEED); errno != 0 {
			return fmt.Errorf("release mapping of %s: %w", file, errno)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("release mapping of %s: %w", file, err)
	}
	return nil
}
