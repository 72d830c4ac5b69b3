package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/chzyer/readline"
)

// errLineInterrupted says Ctrl-C was pressed at the prompt.
var errLineInterrupted = errors.New("interrupted")

// lineSource is where the REPL reads lines: an editing terminal or a pipe.
type lineSource interface {
	// ReadLine returns one line without its newline, io.EOF at the end and
	// errLineInterrupted on Ctrl-C.
	ReadLine(prompt string) (string, error)
	// SaveHistory records a finished statement.
	SaveHistory(entry string)
	Close() error
}

// pipedLines reads a script: no prompt, no history.
type pipedLines struct{ r *bufio.Reader }

func newPipedLines(r io.Reader) *pipedLines { return &pipedLines{r: bufio.NewReader(r)} }

func (p *pipedLines) ReadLine(string) (string, error) {
	line, err := p.r.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil
	}
	return strings.TrimRight(line, "\r\n"), err
}

func (p *pipedLines) SaveHistory(string) {}
func (p *pipedLines) Close() error       { return nil }

// terminalLines edits lines with readline and keeps a persistent history.
type terminalLines struct {
	rl     *readline.Instance
	errOut io.Writer
	// historyBroken stops repeating a history write error on every line.
	historyBroken bool
}

func newTerminalLines(stdin io.Reader, stdout, stderr io.Writer, complete readline.AutoCompleter) (*terminalLines, error) {
	histFile, err := historyPath(os.Getenv)
	if err == nil {
		err = createPrivate(histFile)
	}
	if err != nil {
		fmt.Fprintf(stderr, "warning: no history: %v\n", err)
		histFile = ""
	}
	cfg := &readline.Config{
		Prompt:                 promptMain,
		HistoryFile:            histFile,
		HistoryLimit:           1000,
		DisableAutoSaveHistory: true, // a multi-line statement is saved once, whole
		HistorySearchFold:      true,
		AutoComplete:           complete,
		Stdin:                  readline.NewCancelableStdin(stdin),
		Stdout:                 stdout,
		Stderr:                 stderr,
		FuncIsTerminal:         func() bool { return true },
		// readline turns completion off on a terminal that reports no
		// width (a fresh pty); assume the classic 80 columns.
		FuncGetWidth: func() int {
			if w := readline.GetScreenWidth(); w > 0 {
				return w
			}
			return 80
		},
	}
	if f, ok := stdin.(*os.File); ok {
		// readline would put os.Stdin in raw mode whatever stdin is.
		fd := int(f.Fd())
		var saved *readline.State
		cfg.FuncMakeRaw = func() error {
			if saved != nil {
				return nil // already raw: keep the state to restore
			}
			st, err := readline.MakeRaw(fd)
			if err != nil {
				return err
			}
			saved = st
			return nil
		}
		cfg.FuncExitRaw = func() error {
			if saved == nil {
				return nil
			}
			st := saved
			saved = nil
			return readline.Restore(fd, st)
		}
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, fmt.Errorf("start line editor: %w", err)
	}
	return &terminalLines{rl: rl, errOut: stderr}, nil
}

func (t *terminalLines) ReadLine(prompt string) (string, error) {
	t.rl.SetPrompt(prompt)
	line, err := t.rl.Readline()
	if errors.Is(err, readline.ErrInterrupt) {
		return "", errLineInterrupted
	}
	return line, err
}

func (t *terminalLines) SaveHistory(entry string) {
	if entry == "" || t.historyBroken {
		return
	}
	if err := t.rl.SaveHistory(entry); err != nil {
		t.historyBroken = true
		fmt.Fprintf(t.errOut, "warning: history not saved: %v\n", err)
	}
}

func (t *terminalLines) Close() error {
	if err := t.rl.Close(); err != nil {
		return fmt.Errorf("close line editor: %w", err)
	}
	return nil
}

// historyPath is where the history lives: $GRAPHQ_HISTORY, else
// $XDG_STATE_HOME/graphq/history, else ~/.local/state/graphq/history: a
// user's state, not the directory the shell happens to start in.
func historyPath(getenv func(string) string) (string, error) {
	if p := getenv("GRAPHQ_HISTORY"); p != "" {
		return p, nil
	}
	if d := getenv("XDG_STATE_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "graphq", "history"), nil
	}
	home := getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return "", fmt.Errorf("find history file: %w", err)
		}
	}
	return filepath.Join(home, ".local", "state", "graphq", "history"), nil
}

// createPrivate makes sure the history file exists, readable by its owner
// only: queries may name what a user is investigating.
func createPrivate(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("create history directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("open history file: %w", err)
	}
	return f.Close()
}
