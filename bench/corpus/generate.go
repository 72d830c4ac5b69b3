package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSONL writes articles 0..n-1 of g as JSON Lines.
func (g *Generator) WriteJSONL(w io.Writer, n int) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := range n {
		if err := enc.Encode(g.Article(i)); err != nil {
			return fmt.Errorf("write article %d: %w", i, err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write corpus: %w", err)
	}
	return nil
}
