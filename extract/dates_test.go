package extract

import "testing"

func TestDates(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, date, text, want string
	}{
		{"weekday and full date", "", "Rapat Pleno digelar Kamis 18 April 2024 di Aula KPU.", "2024-04-18"},
		{"weekday, comma, date", "", "Apel Siaga digelar pada Senin, 5 Februari 2024 di Lapangan Puputan.", "2024-02-05"},
		{"parenthesised with year", "", "Rapat Pleno digelar di Aula KPU, Rabu (26/8/2020).", "2020-08-26"},
		{"no year: as written", "", "Rapat Pleno digelar di Aula KPU, kemarin (11/7).", "11/7"},
		{"year from the weekday and the article's date", "2023-10-02", "Rapat Pleno digelar di Aula KPU, Kamis (14/9).", "2023-09-14"},
		{"weekday that fits no year stays as written", "2023-10-02", "Rapat Pleno digelar di Aula KPU, Senin (14/9).", "14/9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(Article{Source: "t", Date: tt.date, Text: tt.text})
			if !hasTriple(res.Triples, "Rapat Pleno", "heldOn", tt.want) && !hasTriple(res.Triples, "Apel Siaga", "heldOn", tt.want) {
				t.Errorf("want heldOn %s; got\n%s", tt.want, dump(res.Triples))
			}
		})
	}
}

func TestParseDayMonth(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		want string
	}{
		{"14/9", true, "14/9"}, {"17/10/2024", true, "2024-10-17"}, {"31/2/2024", false, ""}, {"3/13", false, ""}, {"a/b", false, ""}, {"1/2/3/4", false, ""},
	}
	for _, tt := range tests {
		d, ok := parseDayMonth(tt.in)
		if ok != tt.ok || (ok && d.iso() != tt.want) {
			t.Errorf("parseDayMonth(%q) = %v %q, want %v %q", tt.in, ok, d.iso(), tt.ok, tt.want)
		}
	}
}
