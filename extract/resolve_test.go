package extract

import (
	"testing"
)

func entityNames(res Result, typ string) map[string]bool {
	out := map[string]bool{}
	for _, e := range res.Entities {
		if e.Type == typ {
			out[e.Name] = true
		}
	}
	return out
}

// Every mention of one entity in an article gets one canonical name.
func TestResolution(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name, text, typ string
		want            []string // the canonical names expected, exactly
	}{
		{"short name and titled name", "Kepala Dinas Sosial Kabupaten Gianyar I Made Wisnu Wijaya membuka rapat. Menurut Wisnu Wijaya, bantuan disalurkan. Wijaya juga mengatakan hal itu.",
			"Person", []string{"I Made Wisnu Wijaya"}},
		{"misspelt name", "Plt Kepala BKD Provinsi NTB Hartono Wicaksono memimpin apel. Hartona menegaskan disiplin pegawai.",
			"Person", []string{"Hartono Wicaksono"}},
		{"honorifics and degrees", "Rektor Prof. Dr. Ir. I Nyoman Gde Antara, M.Eng. hadir. Antara kemudian pulang.",
			"Person", []string{"I Nyoman Gde Antara"}},
		{"acronym and long form", "Badan Perencanaan Pembangunan Nasional (Bappenas) menggelar rapat. Bappenas juga mengundang Kementerian Keuangan.",
			"Organization", []string{"Bappenas", "Kemenkeu"}},
		{"regional bodies stay apart", "Bawaslu Bali bersama Bawaslu RI menggelar Apel Siaga. KPU Buleleng dan KPU Kota Denpasar hadir.",
			"Organization", []string{"Bawaslu Bali", "Bawaslu", "KPU Buleleng", "KPU Kota Denpasar"}},
		{"acronym defined in the article", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM) Kabupaten Karangasem menggelar Bimtek. BKPSDM Karangasem mengundang camat.",
			"Organization", []string{"BKPSDM Kabupaten Karangasem"}},
		{"a body written with and without Kabupaten is one", "Bawaslu Kabupaten Sikka menggelar Rakor. Ketua Bawaslu Sikka Yohanes Dua membuka rakor itu.",
			"Organization", []string{"Bawaslu Kabupaten Sikka"}},
		{"Kota and Kabupaten of one name stay apart", "KPU Kota Bandung dan KPU Kabupaten Bandung menggelar Rakor. KPU Bandung mengundang camat.",
			"Organization", []string{"KPU Kota Bandung", "KPU Kabupaten Bandung", "KPU Bandung"}},
		{"a bare body shares the region of the body after dan", "KPU dan Bawaslu Kota Bandung Tandatangani Komitmen Bersama",
			"Organization", []string{"KPU Kota Bandung", "Bawaslu Kota Bandung"}},
		{"event anaphora", "Pemkot Mataram menggelar Rapat Koordinasi Penanganan Stunting di Aula Bappeda. Rakor ini dibuka oleh Wali Kota Mataram Mohan Roliskana.",
			"Event", []string{"Rapat Koordinasi Penanganan Stunting"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(Article{Source: "t", Text: tt.text})
			got := entityNames(res, tt.typ)
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("missing %s %q; got %v", tt.typ, w, got)
				}
			}
			if len(got) != len(tt.want) {
				t.Errorf("got %d %s entities %v, want exactly %v", len(got), tt.typ, got, tt.want)
			}
		})
	}
}

func TestBareTitleResolvesToHolder(t *testing.T) {
	x := newTestExtractor(t)
	res := x.Extract(Article{Source: "t", Text: "Sekda Kabupaten Bangli Ida Bagus Gde Giri Putra membuka Sosialisasi Netralitas. " +
		"Sekda juga mengimbau seluruh ASN menjaga netralitas."})
	if !hasTriple(res.Triples, "Ida Bagus Gde Giri Putra", "urges", "ASN") {
		t.Errorf("want the bare title resolved to its holder; got\n%s", dump(res.Triples))
	}
}
