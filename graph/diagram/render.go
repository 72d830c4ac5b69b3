package diagram

import (
	"bytes"
	"fmt"
	"io"
)

// Render filters g by opt (see Filter) and writes it in opt.Format to w:
// "dot" (Graphviz source, the default), "mermaid" (a flowchart), or "svg"
// and "png", laid out by Graphviz (see LayoutEngine for which one). Parallel
// edges are merged and drawn once with their count ("represents ×2");
// cooperatesWith is drawn without arrows. Nothing is written when Render
// fails.
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
			err = drawImage(&buf, src.Bytes(), opt.Format)
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
