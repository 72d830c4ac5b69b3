// Command lexgen derives the word lists in schema/lexicon from the openly
// licensed corpora in shared/data: common Indonesian words (UD treebanks),
// person-name tokens and place names (idner-news-2k train and dev; its test
// split is kept out because the NER figures are measured on it).
//
// Run from the module root: go run ./schema/internal/lexgen -data ../shared/data
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

func main() {
	data := flag.String("data", "../shared/data", "the shared data folder")
	out := flag.String("out", "schema/lexicon", "where the lists are written")
	flag.Parse()
	common, function, verbs := map[string]int{}, map[string]int{}, map[string]int{}
	conllu, err := filepath.Glob(filepath.Join(*data, "ud", "*", "*.conllu"))
	if err != nil || len(conllu) == 0 {
		log.Fatalf("lexgen: no UD files under %s", *data)
	}
	for _, f := range conllu {
		if err := readUD(f, common, function, verbs); err != nil {
			log.Fatal(err)
		}
	}
	per, tokTotal, places := map[string]int{}, map[string]int{}, map[string]int{}
	for _, split := range []string{"train.txt", "dev.txt"} {
		if err := readNER(filepath.Join(*data, "ner", "idner-news-2k", split), per, tokTotal, places, common); err != nil {
			log.Fatal(err)
		}
	}
	var names []string
	for w, n := range per {
		if float64(n)/float64(tokTotal[w]) >= 0.7 && len([]rune(w)) > 1 {
			names = append(names, w)
		}
	}
	nameSet := map[string]bool{}
	for _, n := range names {
		nameSet[n] = true
	}
	var words []string
	for w, n := range common {
		if n >= 2 && !nameSet[w] {
			words = append(words, w)
		}
	}
	var funcList, verbList []string
	for w, n := range function {
		if n >= 3 && float64(n) >= 0.6*float64(common[w]) {
			funcList = append(funcList, w)
		}
	}
	for w, n := range verbs {
		if n >= 2 && float64(n) >= 0.6*float64(common[w]) && !nameSet[w] {
			verbList = append(verbList, w)
		}
	}
	var placeList []string
	for p := range places {
		placeList = append(placeList, p)
	}
	header := "# Derived by schema/internal/lexgen from shared/data (%s). Do not edit by hand;\n# add words to the hand-kept lists beside this file instead.\n"
	write(filepath.Join(*out, "common.txt"), fmt.Sprintf(header, "UD Indonesian GSD, CSUI, PUD: CC BY-SA; NER O-tagged tokens: MIT"), words)
	write(filepath.Join(*out, "function.txt"), fmt.Sprintf(header, "UD Indonesian GSD, CSUI, PUD: CC BY-SA"), funcList)
	write(filepath.Join(*out, "verbs.txt"), fmt.Sprintf(header, "UD Indonesian GSD, CSUI, PUD: CC BY-SA"), verbList)
	write(filepath.Join(*out, "person_tokens.txt"), fmt.Sprintf(header, "idner-news-2k train+dev, MIT, Syaifudin & Nurwidyantoro 2016"), names)
	write(filepath.Join(*out, "places.txt"), fmt.Sprintf(header, "idner-news-2k train+dev, MIT, Syaifudin & Nurwidyantoro 2016"), placeList)
}

func readUD(path string, common, function, verbs map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("lexgen: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 4 || strings.Contains(cols[0], "-") || cols[3] == "PROPN" || cols[3] == "X" || cols[3] == "PUNCT" || cols[3] == "NUM" || cols[3] == "SYM" {
			continue
		}
		w := strings.ToLower(cols[1])
		if !isWord(w) {
			continue
		}
		common[w]++
		switch cols[3] {
		case "ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART":
			function[w]++
		case "VERB":
			verbs[w]++
		}
	}
	return sc.Err()
}

func readNER(path string, per, total, places, common map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("lexgen: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var span []string
	var spanType string
	flush := func() {
		if spanType == "LOC" && len(span) > 0 {
			places[strings.Join(span, " ")]++
		}
		span, spanType = nil, ""
	}
	for sc.Scan() {
		cols := strings.Fields(strings.TrimRight(sc.Text(), "\r"))
		if len(cols) != 3 {
			flush()
			continue
		}
		tok, pos, tag := cols[0], cols[1], cols[2]
		w := strings.ToLower(tok)
		if !isWord(w) {
			flush()
			continue
		}
		total[w]++
		switch {
		case strings.HasPrefix(tag, "B-"):
			flush()
			span, spanType = []string{tok}, tag[2:]
		case strings.HasPrefix(tag, "I-") && spanType == tag[2:]:
			span = append(span, tok)
		default:
			flush()
			if tag == "O" && pos != "PROPN" && tok == w {
				common[w]++
			}
		}
		if strings.HasSuffix(tag, "-PER") {
			per[w]++
		}
	}
	flush()
	return sc.Err()
}

func isWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

func write(path, header string, lines []string) {
	sort.Strings(lines)
	body := header + strings.Join(lines, "\n") + "\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		log.Fatalf("lexgen: %v", err)
	}
}
