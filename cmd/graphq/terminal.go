package main

import "os"

// isTerminal says whether v is an *os.File attached to a terminal, without
// pulling in golang.org/x/term: a character device is close enough for
// deciding whether to draw progress or wait for typed input.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
