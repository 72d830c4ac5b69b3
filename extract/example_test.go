package extract_test

import (
	"fmt"

	"github.com/graphq/graphq/extract"
)

func ExampleExtractor_Extract() {
	x, err := extract.New()
	if err != nil {
		panic(err)
	}
	res := x.Extract(extract.Article{
		Source: "example",
		Text:   "Wakil Bupati Gianyar Anak Agung Gde Mayun yang mewakili Bupati Gianyar menghadiri Rapat Koordinasi Penanggulangan Bencana di Gedung Sabha Budaya, Selasa (5/3/2024).",
	})
	for _, t := range res.Triples {
		fmt.Printf("%s | %s | %s\n", t.Subject, t.Predicate, t.Object)
	}
	// Output:
	// Anak Agung Gde Mayun | holds | Wakil Bupati Gianyar
	// Anak Agung Gde Mayun | represents | Bupati Gianyar
	// Anak Agung Gde Mayun | attends | Rapat Koordinasi Penanggulangan Bencana
	// Rapat Koordinasi Penanggulangan Bencana | heldAt | Gedung Sabha Budaya
	// Rapat Koordinasi Penanggulangan Bencana | heldOn | 2024-03-05
}
