package input_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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

// A Meter says how far a walk has got: a progress bar divides Read by
// Total, which is 0 when the size cannot be known (standard input).
func ExampleWalkMetered() {
	dir, err := os.MkdirTemp("", "corpus")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"a.txt":   "Bupati Badung meresmikan pasar.",       // 31 bytes
		"b.jsonl": `{"id":"b","text":"Isi kedua."}` + "\n", // 31 bytes
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			panic(err)
		}
	}
	var m input.Meter
	err = input.WalkMetered([]string{dir}, input.Limits{}, &m, func(a extract.Article, err error) error {
		fmt.Println(a.Source, err)
		return nil
	})
	fmt.Printf("read %d of %d bytes, %v\n", m.Read(), m.Total(), err)
	// Output:
	// a <nil>
	// b <nil>
	// read 62 of 62 bytes, <nil>
}
