package reports

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/graphq/graphq/graph"
	"github.com/graphq/graphq/graph/diagram"
)

// Report is one checked-in file and how it is drawn.
type Report struct {
	File string
	Opt  diagram.Options
}

// wholeGraphMaxNodes is above the seeds' node count: the whole-graph
// report must not be capped (Generate fails if it would be).
const wholeGraphMaxNodes = 200

var (
	whole = diagram.Options{MaxNodes: wholeGraphMaxNodes, Title: "The five seed articles: institutional graph"}
	kasn  = diagram.Options{Focus: "KASN", Depth: 2, Title: "KASN (Komisi Aparatur Sipil Negara), two hops"}
)

// Reports are the files Generate writes, in order.
var Reports = []Report{
	{"seeds.dot", with(whole, "dot")},
	{"seeds.svg", with(whole, "svg")},
	{"seeds.mmd", with(whole, "mermaid")},
	{"kasn.dot", with(kasn, "dot")},
	{"kasn.svg", with(kasn, "svg")},
}

func with(opt diagram.Options, format string) diagram.Options {
	opt.Format = format
	return opt
}

// IsImage says whether a report needs a Graphviz layout engine.
func (r Report) IsImage() bool { return r.Opt.Format == "svg" || r.Opt.Format == "png" }

// Generate builds the articles of seedDir into an in-memory store and
// writes the reports into outDir. Images are written only when svg is
// true; it returns the files it wrote.
func Generate(ctx context.Context, seedDir, outDir string, svg bool) ([]string, error) {
	g, err := seedGraph(ctx, seedDir)
	if err != nil {
		return nil, err
	}
	if _, omitted, err := diagram.Filter(g, whole); err != nil {
		return nil, err
	} else if omitted.Any() {
		return nil, fmt.Errorf("the whole graph no longer fits in %d nodes (%s): raise wholeGraphMaxNodes", wholeGraphMaxNodes, omitted)
	}
	var written []string
	for _, r := range Reports {
		if r.IsImage() && !svg {
			continue
		}
		var buf bytes.Buffer
		if err := diagram.Render(&buf, g, r.Opt); err != nil {
			return written, fmt.Errorf("%s: %w", r.File, err)
		}
		path := filepath.Join(outDir, r.File)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return written, fmt.Errorf("write report: %w", err)
		}
		written = append(written, path)
	}
	return written, nil
}

// seedGraph is the diagram model of the seed articles.
func seedGraph(ctx context.Context, seedDir string) (*diagram.Graph, error) {
	s, err := graph.OpenMemory()
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	defer s.Close()
	// One worker: the store then sees the articles in file order, so the
	// drawing cannot depend on which extraction finished first.
	sum, err := s.Build(ctx, []string{seedDir}, graph.BuildOptions{Workers: 1})
	if err != nil {
		return nil, fmt.Errorf("build %s: %w", seedDir, err)
	}
	if sum.Articles == 0 || len(sum.Problems) > 0 {
		return nil, fmt.Errorf("build %s: %d articles, problems %v", seedDir, sum.Articles, sum.Problems)
	}
	g, err := s.Subgraph(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("read graph: %w", err)
	}
	return g, nil
}
