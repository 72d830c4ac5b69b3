package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/graph"
)

// suiasa is a hand-made extraction of one sentence, so that the examples do
// not depend on what the extractor finds.
var suiasa = extract.Result{
	Article: extract.Article{Source: "demo-001", Title: "Wabup Badung hadiri rapat"},
	Triples: []extract.Triple{{
		Source: "demo-001", Subject: "Ketut Suiasa", Predicate: "represents", Object: "Bupati Badung",
		SubjectType: "Person", ObjectType: "Position", SubjectText: "Wabup Ketut Suiasa", ObjectText: "Bupati Badung",
		Sentence: "Wabup Ketut Suiasa yang mewakili Bupati Badung menghadiri rapat.",
		Start:    0, End: 65, Confidence: 0.9, Rule: "represent-cue",
	}},
	Entities: []extract.Entity{
		{Name: "Ketut Suiasa", Type: "Person", Aliases: []string{"Wabup Ketut Suiasa"}},
		{Name: "Bupati Badung", Type: "Position"},
	},
}

func ExampleStore_AddResult() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "memory"})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	// Adding the same article twice replaces it: the counts do not double.
	for range 2 {
		if _, err := s.AddResult(ctx, suiasa); err != nil {
			log.Fatal(err)
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("articles %d, entities %d, triples %d\n", st.Articles, st.Entities, st.Triples)
	// Output: articles 1, entities 2, triples 1
}

func ExampleStore_Query() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "memory"})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AddResult(ctx, suiasa); err != nil {
		log.Fatal(err)
	}

	// Whom does Ketut Suiasa represent, and which article says so?
	for _, q := range []string{
		`g.V().Has("<name>","Ketut Suiasa").Out("<represents>").Out("<name>").All()`,
		`g.V().Has("<name>","Ketut Suiasa").In("<subject>").Has("<predicate>","represents").Out("<source>").All()`,
	} {
		results, err := s.Query(ctx, q, graph.QueryOptions{})
		if err != nil {
			log.Fatal(err)
		}
		// Results are JSON-ready; IRIs come back in angle brackets.
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		for _, r := range results {
			if err := enc.Encode(r); err != nil {
				log.Fatal(err)
			}
		}
	}
	// Output:
	// {"id":"Bupati Badung"}
	// {"id":"<article:demo-001>"}
}

func ExampleStore_Build() {
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "memory"})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	sum, err := s.Build(ctx, []string{"../seeds"}, graph.BuildOptions{Workers: 2})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("articles %d, skipped %d\n", sum.Articles, sum.Skipped)
	// Output: articles 5, skipped 0
}

// Size answers from indexes and counters, where Stats reads every quad: use
// it for a banner or a progress report on a large store.
func ExampleStore_Size() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "graphq-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := graph.Open(ctx, graph.Config{Path: dir + "/db"}) // bolt
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	if _, err := s.AddResult(ctx, suiasa); err != nil {
		log.Fatal(err)
	}
	sz, err := s.Size(ctx)
	if err != nil {
		log.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		log.Fatal(err)
	}
	// The quads: the article's 2, the fact's 10, the entities' 5 and the
	// store's schema version.
	fmt.Printf("Size: %d articles, %d quads; Stats agrees: %v\n", sz.Articles, sz.Quads, sz.Quads == st.Quads && sz.Articles == st.Articles)
	// Output: Size: 1 articles, 18 quads; Stats agrees: true
}
