package diagram

import (
	_ "embed"
	"fmt"
	"strings"
)

// The Indonesian labels (predicates and legend type names) live in a data file so that a translator edits
// text, not Go.
//
//go:embed labels_id.tsv
var labelsIDTSV string

var labelsID = mustParseLabels(labelsIDTSV)

func mustParseLabels(tsv string) map[string]string {
	m, err := parseLabels(tsv)
	if err != nil {
		panic(err)
	}
	return m
}

func parseLabels(tsv string) (map[string]string, error) {
	m := map[string]string{}
	for i, line := range strings.Split(tsv, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		pred, label, ok := strings.Cut(line, "\t")
		if !ok || pred == "" || strings.TrimSpace(label) == "" {
			return nil, fmt.Errorf("diagram: labels_id.tsv line %d: want predicate<TAB>label", i+1)
		}
		if _, dup := m[pred]; dup {
			return nil, fmt.Errorf("diagram: labels_id.tsv line %d: %s listed twice", i+1, pred)
		}
		m[pred] = strings.TrimSpace(label)
	}
	return m, nil
}

// PredicateLabel is the edge label of a predicate in lang ("en" or "" for
// the predicate's own name, "id" for Indonesian). Unknown predicates keep
// their name.
func PredicateLabel(predicate, lang string) string {
	if lang == "id" {
		if l, ok := labelsID[predicate]; ok {
			return l
		}
	}
	return predicate
}

// typeLabel is an entity type's name in the legend, in lang.
func typeLabel(entityType, lang string) string {
	if lang == "id" {
		if l, ok := labelsID["type:"+entityType]; ok {
			return l
		}
	}
	return entityType
}
