package token

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Kamis (14/9).", []string{"Kamis", "(", "14/9", ")", "."}},
		{"Dr. Ida Bagus, SE., M.T.", []string{"Dr", ".", "Ida", "Bagus", ",", "SE", ".", ",", "M.T", "."}},
		{"PJ Gubernur Muhammad Musa’ad saat", []string{"PJ", "Gubernur", "Muhammad", "Musa’ad", "saat"}},
		{"ASN se-Bali dan Camat/Lurah", []string{"ASN", "se-Bali", "dan", "Camat/Lurah"}},
		{"GNN – ASN, event- event", []string{"GNN", "–", "ASN", ",", "event", "-", "event"}},
		{"“Saya,”ajak", []string{"“", "Saya", ",", "”", "ajak"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.text, 10) {
			got = append(got, tok.Text)
			if tt.text[tok.Start-10:tok.End-10] != tok.Text {
				t.Errorf("%q: offsets of %q wrong", tt.text, tok.Text)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestShapes(t *testing.T) {
	tests := []struct {
		text             string
		acronym, capital bool
	}{
		{"KASN", true, true}, {"Kasn", false, true}, {"kasn", false, false}, {"B2", false, true}, {"BPKSDM", true, true}, {"I", false, true},
	}
	for _, tt := range tests {
		tok := Token{Text: tt.text}
		if tok.IsAcronym() != tt.acronym || tok.IsCapitalized() != tt.capital {
			t.Errorf("%q: acronym=%v capital=%v", tt.text, tok.IsAcronym(), tok.IsCapitalized())
		}
	}
}
