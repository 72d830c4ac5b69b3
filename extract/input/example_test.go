package input_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/graphq/graphq/extract"
	"github.com/graphq/graphq/extract/input"
)

func ExampleRead() {
	a, err := input.Read("berita/pasar.txt", strings.NewReader("Bupati Resmikan Pasar Mengwi\n\nBupati Badung meresmikan pasar.\n"))
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s | %s | %q\n", a.Source, a.Title, a.Text)

	_, err = input.Read("kosong.txt", strings.NewReader(" \n "))
	var p *input.Problem
	fmt.Println(errors.As(err, &p), err)
	// Output:
	// pasar | Bupati Resmikan Pasar Mengwi | "Bupati Resmikan Pasar Mengwi\n\nBupati Badung meresmikan pasar.\n"
	// true kosong.txt: whitespace-only file
}

func ExampleReadJSONL() {
	corpus := `{"id":"a/1","date":"14 September 2023","text":"Isi pertama."}
{"id":"a/2","text":
{"id":"a/3","text":"Isi ketiga."}
`
	_ = input.ReadJSONL("corpus.jsonl", strings.NewReader(corpus), input.Limits{}, func(a extract.Article, err error) error {
		if err != nil {
			fmt.Println("skipped", err)
			return nil
		}
		fmt.Println(a.Source, a.Date, a.Text)
		return nil
	})
	// Output:
	// a_1 2023-09-14 Isi pertama.
	// skipped corpus.jsonl:2: invalid JSON: unexpected end of JSON input
	// a_3  Isi ketiga.
}
