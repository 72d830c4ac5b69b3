package corpus

import (
	_ "embed"
	"fmt"
	"math/rand"
	"strings"
)

var (
	//go:embed data/nameparts.txt
	namePartsText string
	//go:embed data/orgs.txt
	orgsText string
	//go:embed data/fillers.txt
	fillersText string
)

func lines(s string) []string { return strings.Split(strings.TrimSpace(s), "\n") }

// region is a regency or city with the province it lies in; every region
// name is one schema/regions.txt knows, so a title before it is a position.
type region struct {
	name, province string
	city           bool // Kota (Walikota) rather than Kabupaten (Bupati)
}

var regions = []region{
	{"Badung", "Bali", false}, {"Bangli", "Bali", false}, {"Buleleng", "Bali", false}, {"Denpasar", "Bali", true},
	{"Gianyar", "Bali", false}, {"Jembrana", "Bali", false}, {"Karangasem", "Bali", false}, {"Klungkung", "Bali", false},
	{"Tabanan", "Bali", false}, {"Mataram", "Nusa Tenggara Barat", true}, {"Sumbawa", "Nusa Tenggara Barat", false},
	{"Bima", "Nusa Tenggara Barat", false}, {"Kupang", "Nusa Tenggara Timur", true}, {"Sorong", "Papua Barat Daya", true},
	{"Jayapura", "Papua", true}, {"Manokwari", "Papua Barat", false}, {"Merauke", "Papua Selatan", false},
	{"Medan", "Sumatera Utara", true}, {"Padang", "Sumatera Barat", true}, {"Pekanbaru", "Riau", true},
	{"Palembang", "Sumatera Selatan", true}, {"Bandung", "Jawa Barat", true}, {"Bogor", "Jawa Barat", false},
	{"Bekasi", "Jawa Barat", true}, {"Depok", "Jawa Barat", true}, {"Tangerang", "Banten", false},
	{"Semarang", "Jawa Tengah", true}, {"Surakarta", "Jawa Tengah", true}, {"Surabaya", "Jawa Timur", true},
	{"Malang", "Jawa Timur", true}, {"Sidoarjo", "Jawa Timur", false}, {"Makassar", "Sulawesi Selatan", true},
	{"Manado", "Sulawesi Utara", true}, {"Balikpapan", "Kalimantan Timur", true}, {"Samarinda", "Kalimantan Timur", true},
	{"Pontianak", "Kalimantan Barat", true}, {"Banjarmasin", "Kalimantan Selatan", true}, {"Ambon", "Maluku", true},
	{"Kendari", "Sulawesi Tenggara", true}, {"Palu", "Sulawesi Tengah", true}, {"Batam", "Kepulauan Riau", true},
	{"Serang", "Banten", false}, {"Cirebon", "Jawa Barat", false}, {"Tegal", "Jawa Tengah", true},
	{"Kediri", "Jawa Timur", false}, {"Madiun", "Jawa Timur", true}, {"Jember", "Jawa Timur", false},
	{"Banyuwangi", "Jawa Timur", false},
}

// Offices held in every region; "%s" is the region.
var regionOffices = []string{
	"Wakil %s", // the deputy head; filled in by headTitle
	"Sekda %s", "Kapolres %s", "Dandim %s", "Inspektur %s", "Kepala Dinas Pendidikan %s", "Kepala Dinas Kesehatan %s",
	"Kepala Dinas Pekerjaan Umum %s", "Kepala Bappeda %s", "Ketua DPRD %s", "Ketua KPU %s", "Ketua Bawaslu %s",
	"Kepala BPBD %s", "Kepala Dinas Sosial %s", "Kasatpol PP %s",
}

// Bodies of a region; "%s" is the region.
var regionBodies = []string{
	"Pemkab %s", "Dinas Kesehatan %s", "Dinas Pendidikan %s", "Bappeda %s", "DPRD %s", "KPU %s", "Bawaslu %s",
	"BPBD %s", "Polres %s", "Dinas Sosial %s", "Inspektorat %s",
}

// National bodies with the title of their head.
var nationalBodies = []struct{ body, head string }{
	{"Badan Kepegawaian Negara (BKN)", "Kepala BKN"},
	{"Komisi Aparatur Sipil Negara (KASN)", "Ketua KASN"},
	{"Komisi Pemilihan Umum (KPU) RI", "Ketua KPU RI"},
	{"Badan Pengawas Pemilu (Bawaslu) RI", "Ketua Bawaslu RI"},
	{"Badan Nasional Penanggulangan Bencana (BNPB)", "Kepala BNPB"},
	{"Badan Narkotika Nasional (BNN)", "Kepala BNN"},
	{"Badan Pusat Statistik (BPS)", "Kepala BPS"},
	{"Ombudsman Republik Indonesia", "Ketua Ombudsman"},
	{"Kementerian Dalam Negeri", "Mendagri"},
	{"Kementerian Kesehatan", "Menteri Kesehatan"},
	{"Lembaga Administrasi Negara (LAN)", "Kepala LAN"},
}

var eventHeads = []string{
	"Rapat Koordinasi", "Sosialisasi", "Bimbingan Teknis", "Workshop", "Seminar", "Lokakarya", "Forum Konsultasi Publik",
	"Apel Siaga", "Rapat Evaluasi", "Pelatihan", "Sarasehan", "Gerakan",
}

var topics = []string{
	"Netralitas ASN", "Pencegahan Stunting", "Penanganan Inflasi Daerah", "Pengelolaan Sampah", "Reformasi Birokrasi",
	"Pelayanan Publik", "Kesiapsiagaan Bencana", "Ketahanan Pangan", "Pemberantasan Narkoba", "Pengawasan Pemilu",
	"Penurunan Kemiskinan Ekstrem", "Pengembangan UMKM", "Digitalisasi Desa", "Perlindungan Anak", "Kerukunan Umat Beragama",
	"Keselamatan Lalu Lintas", "Pencegahan Korupsi", "Sistem Merit", "Pengendalian Demam Berdarah", "Penguatan Karakter Pelajar",
}

var venueHeads = []string{"Gedung", "Aula", "Hotel", "Ruang Rapat", "Balai", "Wantilan", "Graha"}

var outlets = []string{
	"bisnisbali.com", "NusaBali", "Koreri.com", "Kilasbali.com", "baliprawara.com", "AntaraNews", "Tribunnews",
	"detikcom", "Kompas.com", "RRI", "Radar Bali", "Suara Merdeka",
}

var days = []string{"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"}

var months = []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// person is an office holder of the world.
type person struct {
	name, title string // title is the full position, e.g. "Bupati Badung"
}

// place holds the officials and venues of one region.
type place struct {
	region
	head, deputy person
	officials    []person
	bodies       []string
	venues       []string
}

// world is everything articles draw from; it depends only on the seed.
type world struct {
	places    []place
	provinces map[string][]person // Gubernur, Sekda Provinsi, Kapolda
	national  []person            // heads of nationalBodies, same order
	members   []person            // DPRD members, people without an office title
	orgs      []string
	fillers   []string
}

func newWorld(seed int64) *world {
	rng := rand.New(rand.NewSource(seed))
	parts := lines(namePartsText)
	name := func() string {
		n := parts[rng.Intn(len(parts))] + " " + parts[rng.Intn(len(parts))]
		if rng.Intn(4) == 0 {
			n = parts[rng.Intn(len(parts))] + " " + n
		}
		return n
	}
	w := &world{provinces: map[string][]person{}, orgs: lines(orgsText), fillers: lines(fillersText)}
	for _, r := range regions {
		p := place{region: r}
		headTitle, body := "Bupati", "Pemkab"
		if r.city {
			headTitle, body = "Walikota", "Pemkot"
		}
		p.head = person{name(), headTitle + " " + r.name}
		p.deputy = person{name(), "Wakil " + headTitle + " " + r.name}
		for _, o := range regionOffices[1:] {
			p.officials = append(p.officials, person{name(), fmt.Sprintf(o, r.name)})
		}
		for _, b := range regionBodies {
			if strings.HasPrefix(b, "Pemkab") {
				b = strings.Replace(b, "Pemkab", body, 1)
			}
			p.bodies = append(p.bodies, fmt.Sprintf(b, r.name))
		}
		for range 3 {
			p.venues = append(p.venues, venueHeads[rng.Intn(len(venueHeads))]+" "+parts[rng.Intn(len(parts))]+" "+parts[rng.Intn(len(parts))])
		}
		w.places = append(w.places, p)
		if w.provinces[r.province] == nil {
			w.provinces[r.province] = []person{
				{name(), "Gubernur " + r.province}, {name(), "Sekda Provinsi " + r.province}, {name(), "Kapolda " + r.province},
			}
		}
	}
	for _, b := range nationalBodies {
		w.national = append(w.national, person{name(), b.head})
	}
	for range 400 {
		w.members = append(w.members, person{name: name()})
	}
	return w
}
