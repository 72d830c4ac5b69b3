package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/graphq/graphq/extract/input"
	"github.com/graphq/graphq/graph"
	"github.com/graphq/graphq/graph/diagram"
)

// article is a short news item in the style of the seed corpus.
const article = `Mangupura – Wabup Ketut Suiasa yang mewakili Bupati Badung menghadiri rapat koordinasi pencegahan pelanggaran netralitas ASN di ruang Kertha Gosana, Puspem Badung, Kamis (14/9).
Kepala BKPSDM Gede Wijaya turut hadir dalam rapat tersebut.`

func main() {
	if err := run(context.Background(), os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "library:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer) error {
	// ":memory:" keeps the example free of files; a directory path would
	// give a bolt store that survives the program.
	store, err := graph.Open(ctx, graph.ParseLocation(":memory:"))
	if err != nil {
		return fmt.Errorf("open store: %w", err)
	}
	defer store.Close()

	a, err := input.Read("demo-001.txt", strings.NewReader(article))
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	// A nil extractor makes AddArticle load one; reuse one from extract.New
	// when adding many articles.
	added, err := store.AddArticle(ctx, nil, a)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "article %s: %d triples, %d entities, %d quads\n", a.Source, added.Triples, added.Entities, added.QuadsAdded)

	query := `g.V().Has("<name>","Ketut Suiasa").Out("<represents>").Out("<name>").All()`
	results, err := store.Query(ctx, query, graph.QueryOptions{})
	if err != nil {
		return fmt.Errorf("query: %w", err)
	}
	fmt.Fprintln(w, "query:", query)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // keep IRIs readable: "<person:X>"
	for _, r := range results {
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("encode result: %w", err)
		}
	}

	g, err := store.Subgraph(ctx, a.Source)
	if err != nil {
		return fmt.Errorf("read subgraph: %w", err)
	}
	return diagram.Render(w, g, diagram.Options{Title: "demo-001", Format: "dot"})
}
