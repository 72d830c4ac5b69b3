package wasmgraphviz

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/goccy/go-graphviz"
	"github.com/graphq/graphq/graph/diagram"
)

// EngineName is how diagram.LayoutEngine reports this engine.
const EngineName = "go-graphviz (wasm)"

func init() {
	diagram.RegisterFallbackLayout(EngineName, Layout)
}

// mu serialises layouts: go-graphviz runs one WebAssembly instance per
// process, and its memory is not safe for concurrent calls.
var mu sync.Mutex

// ErrNoPNG is returned for "png". go-graphviz v0.2.10 draws PNG with its
// own Go renderer, not Graphviz's, and that renderer gets our diagrams
// wrong: edges come out as filled blobs, filled nodes lose their outlines,
// some edges vanish. Its SVG is Graphviz's own and matches the system
// dot's drawing element for element, so SVG is what it is used for.
var ErrNoPNG = errors.New("the embedded Graphviz draws PNG incorrectly; install Graphviz (dot) for PNG, or use svg")

// Layout lays out Graphviz DOT source with the dot algorithm and writes
// it to w as SVG; format must be "svg" (see ErrNoPNG).
func Layout(w io.Writer, src []byte, format string) error {
	switch format {
	case "svg":
	case "png":
		return ErrNoPNG
	default:
		return fmt.Errorf("format %q: want svg", format)
	}
	mu.Lock()
	defer mu.Unlock()
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("start graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(src)
	if err != nil {
		return fmt.Errorf("parse DOT: %w", err)
	}
	defer g.Close()
	if err := gv.Render(ctx, g, graphviz.SVG, w); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return nil
}
