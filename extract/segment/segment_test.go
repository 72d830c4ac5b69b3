package segment

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplit(t *testing.T) {
	sp := New([]string{"Prof", "Dr", "IB", "S.Kom", "M.T", "SE", "Jl", "No"}).WithAcronyms([]string{"ASN"})
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two sentences", "Rapat dibuka pagi. Bupati hadir.", []string{"Rapat dibuka pagi.", "Bupati hadir."}},
		{"titles", "Ketua Prof Dr. Agus Santoso hadir. Ia berbicara.", []string{"Ketua Prof Dr. Agus Santoso hadir.", "Ia berbicara."}},
		{"initials", "Kabag IB. Alit Merta hadir. Acara selesai.", []string{"Kabag IB. Alit Merta hadir.", "Acara selesai."}},
		{"degrees", "Kabid Dr. Made Surya, SE., M.T. hadir di sana. Lalu pulang.", []string{"Kabid Dr. Made Surya, SE., M.T. hadir di sana.", "Lalu pulang."}},
		{"degree ends a sentence", "Dibuka Ketua KPU Junaidi, S.Kom., M.T. Kegiatan diikuti 105 orang.", []string{"Dibuka Ketua KPU Junaidi, S.Kom., M.T.", "Kegiatan diikuti 105 orang."}},
		{"honorific before a one-word name", "Sambutan Dr. Sutrisno mengawali acara.", []string{"Sambutan Dr. Sutrisno mengawali acara."}},
		{"date in parens", "Acara digelar Kamis (14/9). Semua hadir.", []string{"Acara digelar Kamis (14/9).", "Semua hadir."}},
		{"period in parens", "Ia hadir (lihat hlm. 3. Dan lain). Selesai.", []string{"Ia hadir (lihat hlm. 3. Dan lain).", "Selesai."}},
		{"quote", "“Kita harus netral. Itu wajib,” ujar Wayan. Ia pergi.", []string{"“Kita harus netral.", "Itu wajib,” ujar Wayan.", "Ia pergi."}},
		{"lowercase after period", "Nilai 3.5 dicapai. ok lanjut.", []string{"Nilai 3.5 dicapai. ok lanjut."}},
		{"newlines", "Judul Berita\n\nIsi pertama. Isi kedua", []string{"Judul Berita", "Isi pertama.", "Isi kedua"}},
		{"url", "Sumber bisnisbali.com – Wabup hadir.", []string{"Sumber bisnisbali.com – Wabup hadir."}},
		{"empty", "  \n ", nil},
		{"an abbreviated middle name", "Rakor dibuka Sekda Jemmy Ch. Rotinsulu di Manado. Ia hadir.", []string{"Rakor dibuka Sekda Jemmy Ch. Rotinsulu di Manado.", "Ia hadir."}},
		{"a three-letter word ends a sentence", "Bupati membuka Festival Tanah Lot. Turut hadir Kapolres.", []string{"Bupati membuka Festival Tanah Lot.", "Turut hadir Kapolres."}},
		{"a known acronym ends a sentence", "Rapat soal netralitas ASN. Ketua Bawaslu hadir.", []string{"Rapat soal netralitas ASN.", "Ketua Bawaslu hadir."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range sp.Split(tt.text) {
				got = append(got, s.Text)
				if tt.text[s.Start:s.End] != s.Text {
					t.Errorf("offsets [%d,%d) give %q, want %q", s.Start, s.End, tt.text[s.Start:s.End], s.Text)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Prof Dr. A hadir. B.", "(14/9). X", "“a.” b", "\n\n", "a\x00b. C"} {
		f.Add(s)
	}
	sp := New([]string{"Prof", "Dr"})
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range sp.Split(text) {
			if s.Start < prev || s.End < s.Start || s.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", s.Start, s.End, prev, text)
			}
			if text[s.Start:s.End] != s.Text || strings.TrimSpace(s.Text) != s.Text || s.Text == "" {
				t.Fatalf("span text %q does not match", s.Text)
			}
			prev = s.End
		}
	})
}
