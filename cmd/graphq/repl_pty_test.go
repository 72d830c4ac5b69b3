package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// ptyWait is how long the tests wait for the REPL to answer: generous, since
// the machine is shared; nothing is asserted about how long it took.
const ptyWait = 90 * time.Second

// ptySession drives `graphq repl` on a pseudo-terminal, as a user would.
type ptySession struct {
	t    *testing.T
	tty  *os.File
	cmd  *exec.Cmd
	done chan struct{} // closed when the output reader stops

	mu   sync.Mutex
	out  bytes.Buffer
	mark int // expect looks after this offset
}

func startREPLOnPTY(t *testing.T, db, history string) *ptySession {
	t.Helper()
	cmd := exec.Command(graphqBin, "repl", "--db", db)
	cmd.Env = append(os.Environ(), "GRAPHQ_HISTORY="+history, "TERM=xterm")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 200})
	if err != nil {
		t.Fatalf("start graphq repl on a pty: %v", err)
	}
	s := &ptySession{t: t, tty: tty, cmd: cmd, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
		tty.Close()
	})
	return s
}

func (s *ptySession) send(text string) {
	s.t.Helper()
	if _, err := s.tty.Write([]byte(text)); err != nil {
		s.t.Fatalf("write %q to the pty: %v", text, err)
	}
}

// seen reports whether want appeared since the mark, and moves the mark
// past it if so.
func (s *ptySession) seen(want string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	i := strings.Index(s.out.String()[s.mark:], want)
	if i < 0 {
		return false
	}
	s.mark += i + len(want)
	return true
}

// expect waits until want appears after the mark.
func (s *ptySession) expect(want string) {
	s.t.Helper()
	deadline := time.Now().Add(ptyWait)
	for time.Now().Before(deadline) {
		if s.seen(want) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.mu.Lock()
	rest := s.out.String()[s.mark:]
	s.mu.Unlock()
	s.t.Fatalf("no %q from the REPL; output since the last match:\n%q", want, rest)
}

// waitExit waits for the REPL to end and returns its exit status.
func (s *ptySession) waitExit() int {
	s.t.Helper()
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	select {
	case err := <-exited:
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		}
		if err != nil {
			s.t.Fatalf("wait for graphq repl: %v", err)
		}
		return 0
	case <-time.After(ptyWait):
		s.t.Fatalf("graphq repl did not exit; output:\n%q", s.out.String())
	}
	return -1
}

func TestREPLOnATerminal(t *testing.T) {
	db := seedStore(t)
	history := filepath.Join(t.TempDir(), "state", "history")

	s := startREPLOnPTY(t, db, history)
	s.expect("articles")
	s.expect(promptMain)

	// Two queries in a row, both answered; the answers are computed, so
	// the echo of the typed line cannot satisfy the check.
	s.send("g.Emit(6*7)\r")
	s.expect("42")
	s.expect(promptMain)
	s.send(`g.V("<article:000_1da8f10a785c8fae>").Out("<type>").All()` + "\r")
	s.expect("Article")
	s.expect(promptMain)

	// A statement over three lines: the brace opened on line 1 keeps the
	// REPL reading until line 3.
	s.send("g.Emit({\r")
	s.expect(promptMore)
	s.send(`  multi: "line".toUpperCase()` + "\r")
	s.expect(promptMore)
	s.send("})\r")
	s.expect("LINE")
	s.expect(promptMain)

	// Ctrl-C at the prompt throws the unfinished line away.
	s.send("g.Emit(1")
	s.send("\x03")
	s.expect(promptMain)
	s.send("g.Emit(5*5)\r")
	s.expect("25")
	s.expect(promptMain)

	// Ctrl-C while a query runs stops it and keeps the REPL. The key may
	// reach the terminal before the query starts (it is then read as a key
	// at the next prompt), so it is repeated until the query reports it.
	s.send(":timeout 30s\r")
	s.expect("timeout 30s")
	s.expect(promptMain)
	s.send("while(true){}\r")
	deadline := time.Now().Add(ptyWait)
	for !s.seen("interrupted") {
		if time.Now().After(deadline) {
			t.Fatalf("Ctrl-C did not stop the running query; output:\n%q", s.out.String())
		}
		time.Sleep(500 * time.Millisecond)
		s.send("\x03")
	}
	s.expect(promptMain)
	s.send("g.Emit(7*6+100)\r")
	s.expect("142")
	s.expect(promptMain)

	s.send(":quit\r")
	if code := s.waitExit(); code != 0 {
		t.Fatalf(":quit exited %d, want 0", code)
	}

	saved, err := os.ReadFile(history)
	if err != nil {
		t.Fatalf("history file after :quit: %v", err)
	}
	for _, want := range []string{"g.Emit(6*7)", `g.Emit({ multi: "line".toUpperCase() })`, "g.Emit(7*6+100)"} {
		if !strings.Contains(string(saved), want+"\n") {
			t.Errorf("history lacks %q:\n%s", want, saved)
		}
	}
	if strings.Contains(string(saved), ":quit") {
		t.Errorf("history keeps :quit:\n%s", saved)
	}

	// A new session recalls the last query with up-arrow and runs it.
	again := startREPLOnPTY(t, db, history)
	again.expect(promptMain)
	again.send("\x1b[A")
	again.expect("g.Emit(7*6+100)")
	again.send("\r")
	again.expect("142")
	again.expect(promptMain)
	again.send("\x04") // Ctrl-D
	if code := again.waitExit(); code != 0 {
		t.Fatalf("Ctrl-D exited %d, want 0", code)
	}
}
