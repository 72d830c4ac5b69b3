package diagram

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"sync"
)

// ErrNoGraphviz is returned (wrapped) for svg and png when Graphviz's dot
// program is not on PATH and no fallback engine is registered.
var ErrNoGraphviz = errors.New("the Graphviz dot program is needed for svg and png (install graphviz, or use format dot or mermaid)")

// LayoutFunc lays out Graphviz DOT source and writes it to w as format,
// "svg" or "png".
type LayoutFunc func(w io.Writer, src []byte, format string) error

// SystemDot is what LayoutEngine reports when the dot program is used.
const SystemDot = "dot"

var (
	fallbackMu   sync.RWMutex
	fallbackName string
	fallback     LayoutFunc
)

// RegisterFallbackLayout names the engine Render uses for svg and png when
// the dot program is not on PATH. The system dot stays first: it is faster
// and it is what the checked-in diagrams were drawn with. The fallback is
// a hook rather than a dependency of this package because an embedded
// Graphviz costs every program that links it start-up time; a program opts
// in by importing graph/diagram/wasmgraphviz.
func RegisterFallbackLayout(name string, f LayoutFunc) {
	fallbackMu.Lock()
	defer fallbackMu.Unlock()
	fallbackName, fallback = name, f
}

// LayoutEngine names the engine svg and png would be drawn with now:
// SystemDot, the registered fallback's name, or "" when there is none.
func LayoutEngine() string {
	if _, err := exec.LookPath("dot"); err == nil {
		return SystemDot
	}
	fallbackMu.RLock()
	defer fallbackMu.RUnlock()
	return fallbackName
}

// drawImage draws DOT source as format with the system dot program, or with
// the registered fallback when dot is not on PATH.
func drawImage(out *bytes.Buffer, src []byte, format string) error {
	if path, err := exec.LookPath("dot"); err == nil {
		return runSystemDot(out, path, src, format)
	}
	fallbackMu.RLock()
	name, f := fallbackName, fallback
	fallbackMu.RUnlock()
	if f == nil {
		return fmt.Errorf("diagram: %w", ErrNoGraphviz)
	}
	if err := f(out, src, format); err != nil {
		out.Reset()
		return fmt.Errorf("diagram: %s -T%s: %w", name, format, err)
	}
	return nil
}

// runSystemDot lays out DOT source with the dot program at path.
func runSystemDot(out *bytes.Buffer, path string, src []byte, format string) error {
	var stderr bytes.Buffer
	cmd := exec.Command(path, "-T"+format)
	cmd.Stdin = bytes.NewReader(src)
	cmd.Stdout = out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			return fmt.Errorf("diagram: dot -T%s: %w", format, err)
		}
		return fmt.Errorf("diagram: dot -T%s: %w: %s", format, err, msg)
	}
	return nil
}
