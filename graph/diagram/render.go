package diagram

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// Render filters g by opt (see Filter) and writes it in opt.Format to w:
// "dot" (Graphviz source, the default), "mermaid" (a flowchart), or "svg"
// and "png", which run Graphviz's dot program and fail with a clear error
// when it is not installed. Parallel edges are merged and drawn once with
// their count ("represents ×2"); cooperatesWith is drawn without arrows.
// Nothing is written when Render fails.
func Render(w io.Writer, g *Graph, opt Options) error {
	opt, err := opt.normalized()
	if err != nil {
		return err
	}
	fg, omitted, err := Filter(g, opt)
	if err != nil {
		return err
	}
	v := newView(fg, opt, omitted)
	var buf bytes.Buffer
	switch opt.Format {
	case "mermaid":
		err = writeMermaid(&buf, v)
	case "dot":
		err = writeDOT(&buf, v)
	default:
		var src bytes.Buffer
		if err = writeDOT(&src, v); err == nil {
			err = runGraphviz(&buf, src.Bytes(), opt.Format)
		}
	}
	if err != nil {
		return err
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("diagram: write %s: %w", opt.Format, err)
	}
	return nil
}

// ErrNoGraphviz is returned (wrapped) for svg and png when Graphviz's dot
// program is not on PATH.
var ErrNoGraphviz = errors.New("the Graphviz dot program is needed for svg and png (install graphviz, or use format dot or mermaid)")

// runGraphviz lays out DOT source with the dot program.
func runGraphviz(out *bytes.Buffer, src []byte, format string) error {
	path, err := exec.LookPath("dot")
	if err != nil {
		return fmt.Errorf("diagram: %w", ErrNoGraphviz)
	}
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
