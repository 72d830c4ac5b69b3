package schema

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed *.tsv *.txt lexicon/*.txt
var files embed.FS

// Title is one title of office.
type Title struct {
	Surface, Full string
	Kind          string // head, member, office, prefix
	Takes         string // region, body, none
	BodyPrefix    string // e.g. "Bagian" for Kabag
}

// Abbreviation is a short form with its long form.
type Abbreviation struct {
	Short, Long string
	Type        string // an entity type, or "Prefix"
	Scope       string // national, regional, -
}

// Predicate is one core predicate.
type Predicate struct {
	Name                      string
	SubjectTypes, ObjectTypes []string
	Symmetric                 bool
	LabelID                   string // Indonesian label
}

// Cue is one cue of a predicate, matched by root.
type Cue struct {
	Predicate, Pattern, Root, Marker string
}

// Schema is all the data, parsed.
type Schema struct {
	Types         []string
	Predicates    []Predicate
	Titles        []Title
	Abbreviations []Abbreviation
	Cues          []Cue
	Heads         map[string][]string // type -> head phrases
	Honorifics    []string
	Regions       []string
	GivenNames    []string
	// Words maps a role (pronoun, quantifier, negation, month, ...) to its
	// words; Months maps a month name (lower case) to its number.
	Words  map[string][]string
	Months map[string]int
	// Lexicons derived from shared/data (see internal/lexgen).
	CommonWords, FunctionWords, Verbs, PersonTokens, Places []string
}

var (
	once   sync.Once
	loaded *Schema
	errLd  error
)

// Load parses the embedded data once and returns it.
func Load() (*Schema, error) {
	once.Do(func() { loaded, errLd = parse() })
	return loaded, errLd
}

func parse() (*Schema, error) {
	s := &Schema{Heads: map[string][]string{}, Words: map[string][]string{}, Months: map[string]int{}}
	steps := []struct {
		file string
		cols int
		fn   func([]string) error
	}{
		{"types.tsv", 2, func(c []string) error { s.Types = append(s.Types, c[0]); return nil }},
		{"predicates.tsv", 5, func(c []string) error {
			s.Predicates = append(s.Predicates, Predicate{Name: c[0], SubjectTypes: strings.Split(c[1], ","),
				ObjectTypes: strings.Split(c[2], ","), Symmetric: c[3] == "yes", LabelID: c[4]})
			return nil
		}},
		{"titles.tsv", 4, func(c []string) error {
			t := Title{Surface: c[0], Full: c[1], Kind: c[2], Takes: c[3]}
			if len(c) > 4 {
				t.BodyPrefix = c[4]
			}
			s.Titles = append(s.Titles, t)
			return nil
		}},
		{"abbreviations.tsv", 4, func(c []string) error {
			s.Abbreviations = append(s.Abbreviations, Abbreviation{Short: c[0], Long: c[1], Type: c[2], Scope: c[3]})
			return nil
		}},
		{"cues.tsv", 3, func(c []string) error {
			cue := Cue{Predicate: c[0], Pattern: c[1], Root: c[2]}
			if len(c) > 3 {
				cue.Marker = c[3]
			}
			s.Cues = append(s.Cues, cue)
			return nil
		}},
		{"heads.tsv", 2, func(c []string) error { s.Heads[c[0]] = append(s.Heads[c[0]], c[1]); return nil }},
		{"words.tsv", 2, func(c []string) error {
			s.Words[c[0]] = append(s.Words[c[0]], c[1])
			if c[0] == "month" && len(c) > 2 {
				var n int
				if _, err := fmt.Sscan(c[2], &n); err != nil {
					return fmt.Errorf("month number %q: %w", c[2], err)
				}
				s.Months[strings.ToLower(c[1])] = n
			}
			return nil
		}},
		{"honorifics.txt", 1, func(c []string) error { s.Honorifics = append(s.Honorifics, c[0]); return nil }},
		{"regions.txt", 1, func(c []string) error { s.Regions = append(s.Regions, c[0]); return nil }},
		{"given_names.txt", 1, func(c []string) error { s.GivenNames = append(s.GivenNames, c[0]); return nil }},
		{"lexicon/common.txt", 1, func(c []string) error { s.CommonWords = append(s.CommonWords, c[0]); return nil }},
		{"lexicon/function.txt", 1, func(c []string) error { s.FunctionWords = append(s.FunctionWords, c[0]); return nil }},
		{"lexicon/verbs.txt", 1, func(c []string) error { s.Verbs = append(s.Verbs, c[0]); return nil }},
		{"lexicon/person_tokens.txt", 1, func(c []string) error { s.PersonTokens = append(s.PersonTokens, c[0]); return nil }},
		{"lexicon/places.txt", 1, func(c []string) error { s.Places = append(s.Places, c[0]); return nil }},
	}
	for _, st := range steps {
		if err := readTable(st.file, st.cols, st.fn); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// readTable calls fn with the tab-separated columns of every line that is
// not blank or a # comment, and checks the column count.
func readTable(name string, minCols int, fn func([]string) error) error {
	f, err := files.Open(name)
	if err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < minCols {
			return fmt.Errorf("schema: %s:%d: want %d tab-separated columns, got %d", name, ln, minCols, len(cols))
		}
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if err := fn(cols); err != nil {
			return fmt.Errorf("schema: %s:%d: %w", name, ln, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("schema: %s: %w", name, err)
	}
	return nil
}

// Predicate returns the predicate named name.
func (s *Schema) Predicate(name string) (Predicate, bool) {
	for _, p := range s.Predicates {
		if p.Name == name {
			return p, true
		}
	}
	return Predicate{}, false
}
