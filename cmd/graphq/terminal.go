package main

import (
	"os"

	"github.com/chzyer/readline"
)

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

// isTTY is the strict isTerminal: it asks the terminal driver, so that
// /dev/null, a character device too, does not count. Escape sequences go
// only where someone watches.
func isTTY(v any) bool {
	f, ok := v.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}
