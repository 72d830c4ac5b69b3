package extract

import (
	"fmt"
	"strings"
	"testing"
)

func newTestExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func hasTriple(ts []Triple, s, p, o string) bool {
	for _, t := range ts {
		if t.Predicate == p && (t.Subject == s || t.SubjectText == s) && (t.Object == o || t.ObjectText == o) {
			return true
		}
	}
	return false
}

func dump(ts []Triple) string {
	var b strings.Builder
	for _, t := range ts {
		fmt.Fprintf(&b, "  %s | %s | %s  (%s; %s)\n", t.Subject, t.Predicate, t.Object, t.Rule, t.SubjectText)
	}
	return b.String()
}

// The sentences below are written for these tests, in the register of
// Indonesian regional news; none is taken from the seed articles.
func TestPredicates(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name string
		text string
		want [][3]string
		not  [][3]string
	}{
		{"title before name, head of body", "Kepala Dinas Pendidikan Provinsi Jawa Tengah Sumarno meresmikan gedung baru.",
			[][3]string{{"Sumarno", "holds", "Kepala Dinas Pendidikan Provinsi Jawa Tengah"}, {"Sumarno", "headOf", "Dinas Pendidikan Provinsi Jawa Tengah"}}, nil},
		{"apposition after title", "Ketua KPU Kota Semarang, Henry Casandra Gultom, menghadiri Rapat Pleno Terbuka di Hotel Santika.",
			[][3]string{{"Henry Casandra Gultom", "holds", "Ketua KPU Kota Semarang"}, {"Henry Casandra Gultom", "headOf", "KPU Kota Semarang"},
				{"Henry Casandra Gultom", "attends", "Rapat Pleno Terbuka"}, {"Rapat Pleno Terbuka", "heldAt", "Hotel Santika"}}, nil},
		{"name then office in apposition", "Budi Santoso, Kepala Dinas Kesehatan Kabupaten Sleman, membuka Seminar Gizi Anak di Aula Dinas Kesehatan.",
			[][3]string{{"Budi Santoso", "holds", "Kepala Dinas Kesehatan Kabupaten Sleman"}, {"Budi Santoso", "opens", "Seminar Gizi Anak"}}, nil},
		{"passive represents", "Gubernur Jawa Timur diwakili oleh Sekdaprov Adhy Karyono.",
			[][3]string{{"Adhy Karyono", "represents", "Gubernur Jawa Timur"}, {"Adhy Karyono", "holds", "Sekretaris Daerah Provinsi Jawa Timur"}}, nil},
		{"attends with venue and date", "Wali Kota Surabaya Eri Cahyadi menghadiri Musyawarah Perencanaan Pembangunan di Balai Kota Surabaya, Senin (12/2/2024).",
			[][3]string{{"Eri Cahyadi", "holds", "Walikota Surabaya"}, {"Eri Cahyadi", "attends", "Musyawarah Perencanaan Pembangunan"},
				{"Musyawarah Perencanaan Pembangunan", "heldAt", "Balai Kota Surabaya"}, {"Musyawarah Perencanaan Pembangunan", "heldOn", "2024-02-12"}}, nil},
		{"organizes, regional body keeps its region", "Bawaslu Kabupaten Tabanan menggelar Rapat Koordinasi Pengawasan Pemilu di Aula Kantor Bawaslu Tabanan, Rabu (10/1/2024).",
			[][3]string{{"Bawaslu Kabupaten Tabanan", "organizes", "Rapat Koordinasi Pengawasan Pemilu"}, {"Rapat Koordinasi Pengawasan Pemilu", "heldOn", "2024-01-10"},
				{"Rapat Koordinasi Pengawasan Pemilu", "heldAt", "Aula Kantor Bawaslu Tabanan"}}, nil},
		{"passive organizes, long form to acronym", "Seminar Nasional Reformasi Birokrasi diselenggarakan oleh Lembaga Administrasi Negara.",
			[][3]string{{"LAN", "organizes", "Seminar Nasional Reformasi Birokrasi"}}, nil},
		{"opens", "Bupati Klungkung I Nyoman Suwirta membuka Pelatihan Kewirausahaan di Gedung Mahudara.",
			[][3]string{{"I Nyoman Suwirta", "holds", "Bupati Klungkung"}, {"I Nyoman Suwirta", "opens", "Pelatihan Kewirausahaan"}, {"Pelatihan Kewirausahaan", "heldAt", "Gedung Mahudara"}}, nil},
		{"passive opens an event named earlier", "Pemkab Gianyar menggelar Lomba Desa Wisata. Acara dibuka oleh Wakil Gubernur Bali Tjokorda Oka Artha Ardhana Sukawati.",
			[][3]string{{"Pemerintah Kabupaten Gianyar", "organizes", "Lomba Desa Wisata"}, {"Tjokorda Oka Artha Ardhana Sukawati", "opens", "Lomba Desa Wisata"},
				{"Tjokorda Oka Artha Ardhana Sukawati", "holds", "Wakil Gubernur Bali"}}, nil},
		{"speaker", "Universitas Udayana menggelar Seminar Hukum Tata Negara. Dalam seminar tersebut, Dekan Fakultas Hukum Putu Gede Arya menjadi narasumber.",
			[][3]string{{"Putu Gede Arya", "speaksAt", "Seminar Hukum Tata Negara"}, {"Putu Gede Arya", "headOf", "Fakultas Hukum"}}, nil},
		{"accompanied, active and passive", "Menteri Pariwisata Sandiaga Uno didampingi Kepala Dinas Pariwisata Bali Tjok Bagus Pemayun.",
			[][3]string{{"Sandiaga Uno", "accompaniedBy", "Tjok Bagus Pemayun"}}, nil},
		{"accompanies", "Kepala Dinas Pariwisata Bali Tjok Bagus Pemayun mendampingi Menteri Pariwisata Sandiaga Uno.",
			[][3]string{{"Sandiaga Uno", "accompaniedBy", "Tjok Bagus Pemayun"}}, nil},
		{"advises", "Inspektorat Provinsi Bali memberikan pembinaan kepada seluruh kepala desa di Kabupaten Bangli.",
			[][3]string{{"Inspektorat Provinsi Bali", "advises", "seluruh kepala desa di Kabupaten Bangli"}}, nil},
		{"cooperates", "Pemerintah Kota Denpasar bekerja sama dengan Universitas Udayana dalam pengembangan SDM.",
			[][3]string{{"Pemerintah Kota Denpasar", "cooperatesWith", "Universitas Udayana"}}, nil},
		{"appoints with sebagai", "Gubernur Bali Wayan Koster melantik I Made Rentin sebagai Kepala BPBD Provinsi Bali.",
			[][3]string{{"Wayan Koster", "appoints", "I Made Rentin"}, {"I Made Rentin", "holds", "Kepala BPBD Provinsi Bali"}}, nil},
		{"appointed by", "Camat Kuta Selatan Ketut Gede Arta dilantik oleh Bupati Badung I Nyoman Giri Prasta.",
			[][3]string{{"I Nyoman Giri Prasta", "appoints", "Ketut Gede Arta"}, {"Ketut Gede Arta", "holds", "Camat Kuta Selatan"}}, nil},
		{"urges", "Ketua Bawaslu Bali I Putu Agus Tirta Suguna mengimbau seluruh ASN untuk menjaga netralitas.",
			[][3]string{{"I Putu Agus Tirta Suguna", "urges", "ASN"}, {"I Putu Agus Tirta Suguna", "headOf", "Bawaslu Bali"}}, nil},
		{"signs", "Para kepala desa menandatangani pakta integritas netralitas di Kantor Bupati Bangli.",
			[][3]string{{"kepala desa", "signs", "pakta integritas"}}, nil},
		{"obligation is not a fact", "ASN wajib menandatangani pakta integritas.", nil,
			[][3]string{{"ASN", "signs", "pakta integritas"}}},
		{"issues", "Kementerian Dalam Negeri menerbitkan surat edaran tentang netralitas ASN.",
			[][3]string{{"Kemendagri", "issues", "surat edaran"}}, nil},
		{"negation is not a fact", "Bupati Bangli Sang Nyoman Sedana Arta tidak menghadiri Rapat Paripurna DPRD.", nil,
			[][3]string{{"Sang Nyoman Sedana Arta", "attends", "Rapat Paripurna DPRD"}}},
		{"pronoun", "Kepala BKD Kabupaten Tabanan Ida Bagus Wiryanatha tiba pagi. Dia kemudian membuka Sosialisasi Manajemen Talenta.",
			[][3]string{{"Ida Bagus Wiryanatha", "opens", "Sosialisasi Manajemen Talenta"}}, nil},
		{"quote attribution", "“Kita harus menjaga netralitas,” ujar Wakil Ketua DPRD Bali Nyoman Sugawa Korry.",
			[][3]string{{"Nyoman Sugawa Korry", "holds", "Wakil Ketua DPRD Bali"}, {"Nyoman Sugawa Korry", "memberOf", "DPRD Bali"}}, nil},
		{"composition", "Tim Pengawas Netralitas terdiri dari Inspektorat, BKPSDM dan Satpol PP.",
			[][3]string{{"Inspektorat", "memberOf", "Tim Pengawas Netralitas"}, {"BKPSDM", "memberOf", "Tim Pengawas Netralitas"}, {"Satpol PP", "memberOf", "Tim Pengawas Netralitas"}}, nil},
		{"turut hadir list", "Bupati Tabanan membuka Festival Tanah Lot. Turut hadir, Kapolres Tabanan Ranefli Dian Candra dan Ketua DPRD Tabanan I Nyoman Arnawa.",
			[][3]string{{"Ranefli Dian Candra", "attends", "Festival Tanah Lot"}, {"I Nyoman Arnawa", "attends", "Festival Tanah Lot"}}, nil},
		{"dihadiri list with delegates", "Rapat Kerja Daerah dihadiri Bupati Jembrana, utusan Kepala Dinas Sosial, dan para camat.",
			[][3]string{{"Bupati Jembrana", "attends", "Rapat Kerja Daerah"}, {"camat", "attends", "Rapat Kerja Daerah"}},
			[][3]string{{"Kepala Dinas Sosial", "attends", "Rapat Kerja Daerah"}}},
		{"national qualifier dropped, region kept", "Bawaslu RI bersama Bawaslu Provinsi Bali menggelar Apel Siaga Pengawasan.",
			[][3]string{{"Bawaslu", "organizes", "Apel Siaga Pengawasan"}, {"Bawaslu Provinsi Bali", "organizes", "Apel Siaga Pengawasan"}, {"Bawaslu", "cooperatesWith", "Bawaslu Provinsi Bali"}}, nil},
		{"police rank between office and name", "Apel diikuti Kapolres Badung AKBP Teguh Priyo Wasono dan Dandim 1611/Badung.",
			[][3]string{{"Teguh Priyo Wasono", "holds", "Kepala Kepolisian Resor Badung"}, {"Teguh Priyo Wasono", "attends", "Apel"}}, nil},
		{"speaking at a named event", "Materi tersebut disampaikan Kepala BKN Zudan Arif dalam Seminar Manajemen ASN di Hotel Grand Inna.",
			[][3]string{{"Zudan Arif", "speaksAt", "Seminar Manajemen ASN"}}, nil},
		{"a speech with no event is not speaksAt", "Hal itu disampaikan Kepala BKN Zudan Arif kepada wartawan.", nil,
			[][3]string{{"Zudan Arif", "speaksAt", "wartawan"}}},
		{"bersama with a list", "KASN bersama Badan Kepegawaian Negara (BKN) dan Bawaslu RI menandatangani surat keputusan bersama.",
			[][3]string{{"KASN", "cooperatesWith", "BKN"}, {"KASN", "cooperatesWith", "Bawaslu"}, {"Bawaslu", "signs", "surat keputusan"}, {"BKN", "signs", "surat keputusan"}}, nil},
		{"first person in a quote is its speaker", "Bupati Bangli Sedana Arta membuka rapat. “Saya mengajak seluruh perbekel menjaga netralitas,” kata Kepala Dinas PMD Bangli Ketut Riang.",
			[][3]string{{"Ketut Riang", "urges", "perbekel"}}, [][3]string{{"Sedana Arta", "urges", "perbekel"}}},
		{"an unknown region after a regional title", "Bupati Magelang Zaenal Arifin membuka Pameran UMKM di Gedung Tri Bhakti.",
			[][3]string{{"Zaenal Arifin", "holds", "Bupati Magelang"}, {"Zaenal Arifin", "opens", "Pameran UMKM"}}, nil},
		{"a region the article names after Kabupaten", "Pemkab Sleman menggelar Apel Netralitas. Apel dipimpin Sekda Sleman Susmiarto dan diikuti Kapolres Sleman Edy Setyanto.",
			[][3]string{{"Susmiarto", "holds", "Sekretaris Daerah Sleman"}, {"Edy Setyanto", "attends", "Apel Netralitas"}}, nil},
		{"future plans are not facts", "KPU akan bekerja sama dengan Bawaslu untuk mengawasi tahapan.", nil,
			[][3]string{{"KPU", "cooperatesWith", "Bawaslu"}}},
		{"composition after yang", "Bupati membentuk Tim Pengawas Netralitas ASN yang terdiri dari Inspektorat, BKPSDM dan Satpol PP.",
			[][3]string{{"Inspektorat", "memberOf", "Tim Pengawas Netralitas ASN"}, {"Satpol PP", "memberOf", "Tim Pengawas Netralitas ASN"}}, nil},
		{"unit number after a command title, corps after the rank", "Apel diikuti Dandim 1418/Mamuju Letkol Inf Budi Santoso dan Kapolres Mamuju AKBP Dedi Kusnadi.",
			[][3]string{{"Budi Santoso", "holds", "Komandan Kodim 1418/Mamuju"}, {"Budi Santoso", "attends", "Apel"}, {"Dedi Kusnadi", "attends", "Apel"}},
			[][3]string{{"Komandan Kodim", "attends", "Apel"}}},
		{"force after the rank opens the name", "Rakor dihadiri Danrem 132/Tadulako Brigjen TNI Jimmy Ramoz Manalu.",
			[][3]string{{"Jimmy Ramoz Manalu", "holds", "Komandan Korem 132/Tadulako"}}, nil},
		{"an office and its deputy inside an event name", "KPU Kabupaten Ende menggelar Debat Publik Calon Bupati dan Wakil Bupati Ende Tahun 2024 bagi pemilih pemula.",
			[][3]string{{"KPU Kabupaten Ende", "organizes", "Debat Publik Calon Bupati dan Wakil Bupati Ende Tahun 2024"}}, nil},
		{"election long form keeps its deputy", "Bawaslu Poso menggelar Sosialisasi Pemilihan Bupati dan Wakil Bupati Poso.",
			[][3]string{{"Bawaslu Poso", "organizes", "Sosialisasi Pemilihan Bupati dan Wakil Bupati Poso"}}, nil},
		{"a known long form goes on after dan", "Rapat dihadiri Kepala Dinas Pemberdayaan Masyarakat dan Desa Alor Yusak Mau.",
			[][3]string{{"Yusak Mau", "holds", "Kepala Dinas Pemberdayaan Masyarakat dan Desa Alor"}, {"Yusak Mau", "headOf", "Dinas PMD Alor"}}, nil},
		{"speech in a frame", "Pemkab Sigi menggelar Rapat Koordinasi Pengawasan Dana Desa. Dalam arahannya, Bupati Sigi Mohamad Irwan meminta camat mengawasi.",
			[][3]string{{"Mohamad Irwan", "speaksAt", "Rapat Koordinasi Pengawasan Dana Desa"}, {"Mohamad Irwan", "urges", "camat"}}, nil},
		{"a presentation in a frame", "Bawaslu Buton menggelar Sosialisasi Pengawasan. Ketua Bawaslu Buton Arif Rahman dalam paparannya meminta warga melapor.",
			[][3]string{{"Arif Rahman", "speaksAt", "Sosialisasi Pengawasan"}}, nil},
		{"a directive is not a speech", "Bawaslu Buton menggelar Sosialisasi Pengawasan. Sesuai arahan Ketua Bawaslu Buton Arif Rahman, panitia menyiapkan ruangan.", nil,
			[][3]string{{"Arif Rahman", "speaksAt", "Sosialisasi Pengawasan"}}},
		{"tahapan pemilihan is not the event spoken at", "KPU Bone menggelar Sosialisasi Pemilih Pemula. Ketua KPU Bone Burhanuddin dalam paparannya meminta warga mengikuti tahapan pemilihan.",
			[][3]string{{"Burhanuddin", "speaksAt", "Sosialisasi Pemilih Pemula"}}, [][3]string{{"Burhanuddin", "speaksAt", "Pemilihan"}}},
		{"party of an office holder in apposition", "Anggota Komisi B DPRD Jambi dari Fraksi Partai Golkar, Ivan Wirata, meminta agar Dinas Perhubungan menertibkan truk.",
			[][3]string{{"Ivan Wirata", "holds", "Anggota Komisi B DPRD Jambi"}, {"Ivan Wirata", "memberOf", "Komisi B DPRD Jambi"},
				{"Ivan Wirata", "memberOf", "Fraksi Partai Golkar"}, {"Ivan Wirata", "urges", "Dinas Perhubungan"}}, nil},
		{"signing done without oleh", "Pemkot Ternate menandatangani nota kesepahaman dengan Universitas Khairun. Penandatanganan dilakukan Wali Kota Ternate Tauhid Soleman dan Rektor Unkhair Ridha Ajam.",
			[][3]string{{"Tauhid Soleman", "signs", "nota kesepahaman"}, {"Ridha Ajam", "signs", "nota kesepahaman"}}, nil},
		{"a field of work before the body", "Wakil Rektor Bidang Akademik Unhas Muhammad Ruslin membuka Seminar Hukum Adat.",
			[][3]string{{"Muhammad Ruslin", "holds", "Wakil Rektor Bidang Akademik Unhas"}, {"Muhammad Ruslin", "memberOf", "Unhas"}}, nil},
		{"company of an attendee attends", "Pemkab Nabire menggelar Apel Kesiapsiagaan. Sekda Nabire Yohanes Petrus Bambang juga hadir bersama para kepala distrik.",
			[][3]string{{"Yohanes Petrus Bambang", "attends", "Apel Kesiapsiagaan"}, {"kepala distrik", "attends", "Apel Kesiapsiagaan"}}, nil},
		{"a two-word short form in parentheses", "Kantor Wilayah Kementerian Hukum dan HAM (Kanwil Kemenkumham) Papua menggelar Sosialisasi Paspor.",
			[][3]string{{"Kanwil Kemenkumham Papua", "organizes", "Sosialisasi Paspor"}}, nil},
		{"a name after a known region although a word is common", "Acara dihadiri Pj Wali Kota Ambon Dominggus Kaya.",
			[][3]string{{"Dominggus Kaya", "holds", "Penjabat Walikota Ambon"}}, nil},
		{"an unknown-to-the-article region without Kabupaten", "Ketua KPU Ende Yosef Ndeo dan Sekda Barito Kuala Ahmad Fikri menghadiri Rapat Pleno Terbuka.",
			[][3]string{{"Yosef Ndeo", "holds", "Ketua KPU Ende"}, {"Ahmad Fikri", "holds", "Sekretaris Daerah Barito Kuala"}, {"Ahmad Fikri", "attends", "Rapat Pleno Terbuka"}}, nil},
		{"village head by its Papuan name", "Bupati Jayapura melantik Markus Yoku sebagai Kepala Kampung Nendali.",
			[][3]string{{"Markus Yoku", "holds", "Kepala Kampung Nendali"}}, [][3]string{{"Nendali", "holds", "Kepala Kampung"}}},
		{"the signing is the occasion of an article with no event", "Pemkab Mimika menandatangani perjanjian kerja sama dengan Kejari Mimika. Penandatanganan disaksikan Sekda Mimika. Acara tersebut dihadiri Kepala Inspektorat Mimika Sihol Parningotan.",
			[][3]string{{"Sihol Parningotan", "attends", "Penandatanganan"}}, nil},
		{"readiness is not a fact", "Pemkot Ambon siap bersinergi dengan Ombudsman dalam pengawasan.", nil,
			[][3]string{{"Pemerintah Kota Ambon", "cooperatesWith", "Ombudsman"}}},
		{"a headline keeps a known two-word name", "Ombudsman dan Kanwil Kemenkumham Maluku Bahas Layanan Lapas",
			nil, [][3]string{{"Kanwil", "organizes", "Layanan Lapas"}}},
		{"a shortened given name with its stop", "Camat Mamuju Moh. Ridwan Lamusu menghadiri Rapat Koordinasi Camat.",
			[][3]string{{"Moh Ridwan Lamusu", "holds", "Camat Mamuju"}}, [][3]string{{"Moh", "holds", "Camat Mamuju"}}},
		{"initials with their stops open a name", "Asisten II Setda Bangli A.A. Ngurah Bagus Mahendra membuka Pelatihan Kader Posyandu.",
			[][3]string{{"A.A Ngurah Bagus Mahendra", "holds", "Asisten II Setda Bangli"}, {"A.A Ngurah Bagus Mahendra", "opens", "Pelatihan Kader Posyandu"}}, nil},
		{"a given name before a stop ends the sentence", "Hadir Sekda Bima Lukman Hadi. Kapolres Bima AKBP Yudha Pranata membuka rapat.",
			[][3]string{{"Lukman Hadi", "holds", "Sekda Bima"}, {"Yudha Pranata", "holds", "Kapolres Bima"}}, nil},
		{"a physician's lower-case dr. in apposition", "Turut hadir Kepala Dinas Kesehatan Kota Kendari, dr. Hj. Rahminingrum, M.Kes., dalam Pencanangan Pekan Imunisasi Nasional.",
			[][3]string{{"Rahminingrum", "holds", "Kepala Dinas Kesehatan Kota Kendari"}, {"Rahminingrum", "headOf", "Dinas Kesehatan Kota Kendari"}}, nil},
		{"a police chief heads the Polres of the abbreviation", "Kapolres Bima Kota AKBP Yudha Pranata didampingi Wakil Kepala Kepolisian Resor (Wakapolres) Bima Kota Kompol Dedi Supriadi.",
			[][3]string{{"Yudha Pranata", "headOf", "Polres Bima Kota"}, {"Dedi Supriadi", "memberOf", "Polres Bima Kota"}},
			[][3]string{{"Dedi Supriadi", "memberOf", "Wakapolres Bima Kota"}}},
		{"a relative clause belongs to the mention before it", "Rapat dihadiri Kepala BKD Bone, Andi Pawelloi, didampingi Sekretaris Inspektorat Bone, Muhammad Arfan, yang mewakili Inspektur Bone.",
			[][3]string{{"Muhammad Arfan", "represents", "Inspektur Bone"}}, [][3]string{{"Andi Pawelloi", "represents", "Inspektur Bone"}}},
		{"two passive verbs share their agent", "Rapat Kerja Komisi B dibuka dan dipimpin Ketua Komisi B DPRD Jambi, Ivan Wirata.",
			[][3]string{{"Ivan Wirata", "opens", "Rapat Kerja Komisi B"}}, nil},
		{"the side attendees came from", "Bawaslu Jambi menggelar Rapat Evaluasi. Hadir dari pihak eksekutif Kepala BKD Jambi Agus Pranata.",
			[][3]string{{"Agus Pranata", "attends", "Rapat Evaluasi"}}, nil},
		{"members named after their group", "Bawaslu Jambi menggelar Rapat Evaluasi. Turut hadir anggota Komisi I DPRD Jambi, yakni Andi Mappatunru, Hj. Fatmawati Rusdi, dan Marjono.",
			[][3]string{{"Andi Mappatunru", "memberOf", "Komisi I DPRD Jambi"}, {"Fatmawati Rusdi", "memberOf", "Komisi I DPRD Jambi"}, {"Marjono", "memberOf", "Komisi I DPRD Jambi"},
				{"Fatmawati Rusdi", "attends", "Rapat Evaluasi"}, {"Marjono", "attends", "Rapat Evaluasi"}}, nil},
		{"what ideally happens is not a fact", "Menurut dia, Pemprov Jambi idealnya bersinergi dengan Bawaslu Jambi.", nil,
			[][3]string{{"Pemerintah Provinsi Jambi", "cooperatesWith", "Bawaslu Jambi"}}},
		{"one principal, then the list of attendees goes on", "KPU Bima menggelar Bimtek Pemungutan Suara. Hadir dalam pembukaan tersebut Asisten I Setda Bima, Lalu Hasbi, yang mewakili Bupati Bima, Ketua Bawaslu Bima Sahabudin, serta Sekretaris KPU Bima Lalu Fathur.",
			[][3]string{{"Lalu Hasbi", "represents", "Bupati Bima"}, {"Lalu Hasbi", "attends", "Bimtek Pemungutan Suara"}, {"Sahabudin", "attends", "Bimtek Pemungutan Suara"}, {"Lalu Fathur", "attends", "Bimtek Pemungutan Suara"}},
			[][3]string{{"Lalu Hasbi", "represents", "Sahabudin"}}},
		{"a relative clause dates the election it follows", "KPU Bima menggelar Bimtek Pemungutan Suara. Ketua KPU Bima Junaidi memaparkan tahapan Pilkada Serentak 2024 yang pemungutan suaranya digelar pada Rabu, 27 November 2024.",
			[][3]string{{"Pilkada 2024", "heldOn", "2024-11-27"}}, [][3]string{{"Bimtek Pemungutan Suara", "heldOn", "2024-11-27"}}},
		{"everyone in a list signs", "Menteri PANRB Hendra Wicaksono, M.Si., bersama Menteri Dalam Negeri Yusuf Kartanegara, Kepala Badan Kepegawaian Negara (BKN) Prof. Dr. Bambang Wibisono, dan Ketua KASN Ratna Dewi menandatangani Surat Keputusan Bersama.",
			[][3]string{{"Hendra Wicaksono", "signs", "Surat Keputusan Bersama"}, {"Yusuf Kartanegara", "signs", "Surat Keputusan Bersama"}, {"Bambang Wibisono", "signs", "Surat Keputusan Bersama"},
				{"Ratna Dewi", "signs", "Surat Keputusan Bersama"}, {"Yusuf Kartanegara", "holds", "Menteri Dalam Negeri"}, {"Bambang Wibisono", "headOf", "BKN"}}, nil},
		{"a relative clause has one subject", "Kemenpan RB menggelar Rapat Evaluasi. Turut hadir Sekretaris Kemenpan RB Sri Wahyuningsih, Wakil Ketua KASN Arief Muliawan, serta Deputi II KSP Joko Priyadi yang mewakili Kepala Staf Kepresidenan.",
			[][3]string{{"Joko Priyadi", "represents", "Kepala Staf Kepresidenan"}, {"Sri Wahyuningsih", "attends", "Rapat Evaluasi"}},
			[][3]string{{"Sri Wahyuningsih", "represents", "Kepala Staf Kepresidenan"}, {"Arief Muliawan", "represents", "Kepala Staf Kepresidenan"}}},
		{"the appointed named after 'yang dilantik yakni'", "Gubernur Kalteng H. Yusran Ardiansyah melantik dua penjabat bupati. Mereka yang dilantik yakni Drs. Hendrikus Tambun, M.Si., sebagai Penjabat (Pj) Bupati Barito Selatan, serta Dr. Riza Mahendra Putra sebagai Pj Bupati Lamandau.",
			[][3]string{{"Yusran Ardiansyah", "appoints", "Hendrikus Tambun"}, {"Yusran Ardiansyah", "appoints", "Riza Mahendra Putra"},
				{"Hendrikus Tambun", "holds", "Penjabat Bupati Barito Selatan"}, {"Riza Mahendra Putra", "holds", "Penjabat Bupati Lamandau"}}, nil},
		{"an act that took place somewhere is an occasion", "Penandatanganan perjanjian kerja sama itu berlangsung di Pendopo Agung Keraton Sumenep pada Kamis (15/8/2024).",
			[][3]string{{"Penandatanganan perjanjian kerja sama", "heldAt", "Pendopo Agung Keraton Sumenep"}, {"Penandatanganan perjanjian kerja sama", "heldOn", "2024-08-15"}}, nil},
		{"an address at an apel, about something else", "Pemkab Bangli menggelar Apel Gabungan ASN di Lapangan Kapten Mudita. Dalam amanatnya, Artawan menegaskan bahwa masa kampanye merupakan masa paling rawan.",
			[][3]string{{"Artawan", "speaksAt", "Apel Gabungan ASN"}}, [][3]string{{"Artawan", "speaksAt", "Kampanye"}}},
		{"the second speaker", "Kejari Gianyar menggelar Penyuluhan Hukum. Pemateri kedua, Kepala Seksi Datun Kejari Gianyar Ni Komang Sri Wahyuni, memaparkan peran jaksa.",
			[][3]string{{"Ni Komang Sri Wahyuni", "speaksAt", "Penyuluhan Hukum"}}, nil},
		{"the occasion opens the sentence", "Komisi A menggelar Rapat Dengar Pendapat. Dalam rapat itu, Kepala BKD Sulsel Andi Nurhayati memaparkan data sanksi.",
			[][3]string{{"Andi Nurhayati", "speaksAt", "Rapat Dengar Pendapat"}}, nil},
		{"an article's own short form beats the schema's", "UTM dan Pemkab Sumenep menandatangani perjanjian kerja sama (PKS). PKS ditandatangani langsung oleh Rektor UTM Moh. Syarif Hidayatullah dan Bupati Sumenep Ridwan Hasyim.",
			[][3]string{{"Moh Syarif Hidayatullah", "signs", "PKS"}, {"Ridwan Hasyim", "signs", "PKS"}}, nil},
		{"a bare title stands for the one who holds it, not for a deputy", "Rektor Universitas Airlangga Mohammad Nasih dan Wakil Rektor I Universitas Airlangga Bambang Sektiari hadir. Dalam kesempatan itu, Rektor didampingi Kepala Biro Umum Universitas Airlangga Ketut Sudiarta.",
			[][3]string{{"Mohammad Nasih", "accompaniedBy", "Ketut Sudiarta"}}, nil},
		{"counts and 'unsur' before attendees", "Pemkab Malteng menggelar Apel Deklarasi Netralitas ASN. Apel diikuti sekitar 1.200 ASN lingkup Pemkab Malteng. Hadir pula unsur Forkopimda Maluku Tengah dan 41 dari 50 anggota DPRD Maluku Tengah.",
			[][3]string{{"ASN", "attends", "Apel Deklarasi Netralitas ASN"}, {"Forkopimda Maluku Tengah", "attends", "Apel Deklarasi Netralitas ASN"}}, nil},
		{"a degree then the next sentence's title", "Apel diikuti ASN lingkup Pemkab Malteng. Hadir Kadis Kominfo Malteng Stevi Lawalata, S.Kom. Ketua DPRD Maluku Tengah tidak tampak.",
			[][3]string{{"Stevi Lawalata", "holds", "Kepala Dinas Kominfo Malteng"}}, [][3]string{{"Tengah", "holds", "Ketua DPRD Maluku Tengah"}}},
		{"scheduled is not done", "Pemkab Malteng menggelar Apel Deklarasi Netralitas ASN. Ketua DPRD Maluku Tengah yang sebelumnya dijadwalkan hadir justru tidak tampak.", nil,
			[][3]string{{"Ketua DPRD Maluku Tengah", "attends", "Apel Deklarasi Netralitas ASN"}}},
		{"an event's theme is no part of its name", "Pemprov Sultra menggelar Dialog Kebangsaan bertema \"Menjaga Kondusivitas Pilkada\" pada Selasa, 22 Oktober 2024.",
			[][3]string{{"Pemprov Sultra", "organizes", "Dialog Kebangsaan"}, {"Dialog Kebangsaan", "heldOn", "2024-10-22"}}, nil},
		{"a long lower-case description is named by its head", "KPU Provinsi Jambi menggelar rapat pleno terbuka rekapitulasi hasil penghitungan perolehan suara Pemilihan Gubernur Jambi Tahun 2024 di Ballroom Hotel Swarna Dwipa.",
			[][3]string{{"KPU Provinsi Jambi", "organizes", "rapat pleno terbuka"}, {"rapat pleno terbuka", "heldAt", "Ballroom Hotel Swarna Dwipa"}}, nil},
		{"'di antaranya' names the appointed, separated by semicolons", "Pj Gubernur Lampung Samsul Bahri Harahap melantik tiga pejabat. Mereka yang dilantik di antaranya Ir. Hj. Rosmawati Siregar, M.Si., sebagai Kepala Dinas Ketahanan Pangan, Tanaman Pangan dan Hortikultura Provinsi Lampung; serta Drs. Yulianto Pratama sebagai Kepala Bapenda Provinsi Lampung.",
			[][3]string{{"Samsul Bahri Harahap", "appoints", "Rosmawati Siregar"}, {"Samsul Bahri Harahap", "appoints", "Yulianto Pratama"}},
			[][3]string{{"Pangan", "holds", "Kepala Dinas Ketahanan"}}},
		{"units by their number, village guardians as groups", "Kecamatan Pelaihari menggelar Sosialisasi Pencegahan Politik Uang. Kegiatan dihadiri Babinsa Koramil 1009-01/Pelaihari, Bhabinkamtibmas Polsek Pelaihari, serta anggota Panwaslu Kecamatan Pelaihari.",
			[][3]string{{"Babinsa Koramil 1009-01/Pelaihari", "attends", "Sosialisasi Pencegahan Politik Uang"}, {"Bhabinkamtibmas Polsek Pelaihari", "attends", "Sosialisasi Pencegahan Politik Uang"}}, nil},
		{"an event's name goes on past 'dan'", "Pemerintah Kecamatan Pelaihari menyelenggarakan Sosialisasi Pencegahan Politik Uang dan Netralitas Aparatur Desa menjelang Pilkada.",
			[][3]string{{"Pemerintah Kecamatan Pelaihari", "organizes", "Sosialisasi Pencegahan Politik Uang dan Netralitas Aparatur Desa"}}, nil},
		{"a division after the body, then the name in apposition", "Hadir Anggota KPU Provinsi Jambi Divisi Teknis Penyelenggaraan, Nur Aisyah Fitri, dan Koordinator Divisi Pencegahan Bawaslu Sumbar, Rahmi Yuliani.",
			[][3]string{{"Nur Aisyah Fitri", "memberOf", "KPU Provinsi Jambi"}, {"Rahmi Yuliani", "memberOf", "Bawaslu Sumbar"}},
			[][3]string{{"Divisi Teknis Penyelenggaraan", "memberOf", "KPU Provinsi Jambi"}, {"Rahmi Yuliani", "headOf", "Bawaslu Sumbar"}}},
		{"an office written short is the holder's fuller office", "Hadir Ketua Bawaslu Kabupaten Maluku Tengah Abdul Gani Tuasikal. Penandatanganan disaksikan Ketua Bawaslu Abdul Gani Tuasikal.",
			[][3]string{{"Abdul Gani Tuasikal", "holds", "Ketua Bawaslu Kabupaten Maluku Tengah"}}, [][3]string{{"Abdul Gani Tuasikal", "holds", "Ketua Bawaslu"}, {"Abdul Gani Tuasikal", "headOf", "Bawaslu"}}},
		{"an event written with its short form, and the election it is about", "Pj Sekda Papua Selatan Maximus Gebze membuka Focus Group Discussion (FGD) Penguatan Netralitas ASN dalam Pemilihan Gubernur dan Bupati Tahun 2024 yang diselenggarakan Kesbangpol Provinsi Papua Selatan.",
			[][3]string{{"Kesbangpol Provinsi Papua Selatan", "organizes", "Focus Group Discussion Penguatan Netralitas ASN"}},
			[][3]string{{"Kesbangpol Provinsi Papua Selatan", "organizes", "Pilgub 2024"}}},
		{"an act right before where it took place", "Kerja sama itu ditandai dengan penandatanganan nota kesepahaman di Aula Kantor Kemenag Pasaman Barat, Kamis, 10 Oktober 2024.",
			[][3]string{{"penandatanganan nota kesepahaman", "heldAt", "Aula Kantor Kemenag Pasaman Barat"}, {"penandatanganan nota kesepahaman", "heldOn", "2024-10-10"}}, nil},
		{"a floor by its number", "Bawaslu Banyumas menggelar Seminar Nasional di Auditorium Gedung Rektorat Lantai 4 Kampus I UMP.",
			[][3]string{{"Seminar Nasional", "heldAt", "Auditorium Gedung Rektorat Lantai 4 Kampus I UMP"}}, nil},
		{"a title's numeral is no part of the body", "Turut hadir Deputi II Kantor Staf Presiden Joko Santoso Priyadi.",
			[][3]string{{"Joko Santoso Priyadi", "memberOf", "Kantor Staf Presiden"}}, [][3]string{{"Joko Santoso Priyadi", "memberOf", "II Kantor Staf Presiden"}}},
		{"a verb ends an event's name", "Inspektorat Sulbar menggelar rapat koordinasi bertujuan menyamakan persepsi.",
			[][3]string{{"Inspektorat Sulbar", "organizes", "rapat koordinasi"}}, nil},
		{"two occasions written as one name", "Pemprov Kepri bersama Bawaslu Kepri menggelar Apel Siaga dan Deklarasi Netralitas ASN di Lapangan Pamedan.",
			[][3]string{{"Apel Siaga dan Deklarasi Netralitas ASN", "heldAt", "Lapangan Pamedan"}}, [][3]string{{"Deklarasi Netralitas ASN", "heldAt", "Lapangan Pamedan"}}},
		{"a field of work listed with commas, then the name", "Dialog dibuka oleh Staf Ahli Gubernur Bidang Pemerintahan, Hukum dan Politik, Drs. La Ode Mustari, M.Si. Hadir Kepala Bidang Mutasi BKD Sulsel, Andi Irwan Baso.",
			[][3]string{{"La Ode Mustari", "opens", "Dialog"}, {"Andi Irwan Baso", "holds", "Kepala Bidang Mutasi BKD Sulsel"}}, nil},
		{"a known two-word short form is a body after a title", "Hadir Kepala Satpol PP Provinsi Papua Selatan Yakobus Welerubun, S.Sos.",
			[][3]string{{"Yakobus Welerubun", "headOf", "Satpol PP Provinsi Papua Selatan"}}, nil},
		{"a speaker's subject is not where they spoke", "BKPSDM Bengkulu Utara menggelar Sosialisasi Netralitas ASN di Aula Bappeda. Ketua Bawaslu Kabupaten Bengkulu Utara Riswan Efendi selaku narasumber memaparkan pelanggaran, mulai dari menghadiri deklarasi bakal pasangan calon.",
			[][3]string{{"Riswan Efendi", "speaksAt", "Sosialisasi Netralitas ASN"}}, [][3]string{{"Riswan Efendi", "speaksAt", "Deklarasi"}}},
		{"an event's name ends with a list of acronyms or a group", "Pemkot Palangka Raya menggelar Apel Siaga Netralitas ASN, TNI dan Polri di Lapangan Sanaman Mantikei. Bawaslu Sigi menggelar Bimbingan Teknis Netralitas Kepala Desa dan Perangkat Desa di Aula Kantor Bupati Sigi.",
			[][3]string{{"Apel Siaga Netralitas ASN, TNI dan Polri", "heldAt", "Lapangan Sanaman Mantikei"}, {"Bimbingan Teknis Netralitas Kepala Desa dan Perangkat Desa", "heldAt", "Aula Kantor Bupati Sigi"}}, nil},
		{"a body after a lower-case event word is no part of it", "Pemprov DKI menggelar Rapat Koordinasi Netralitas ASN. Sepanjang tahapan kampanye Bawaslu DKI telah menerima sembilan laporan.",
			nil, [][3]string{{"Pemerintah Provinsi DKI", "organizes", "Kampanye Bawaslu DKI"}}},
		{"a period is not the occasion", "Bawaslu Sigi menggelar Bimbingan Teknis Netralitas Kepala Desa. Materi tentang gangguan keamanan selama tahapan kampanye disampaikan oleh Kasat Intelkam Polres Sigi AKP Marthen Rante, S.H., yang hadir sebagai pemateri.",
			[][3]string{{"Marthen Rante", "speaksAt", "Bimbingan Teknis Netralitas Kepala Desa"}}, [][3]string{{"Marthen Rante", "speaksAt", "Kampanye"}, {"Marthen Rante", "attends", "Kampanye"}}},
		{"an event's name ends with a list of groups", "Bakesbangpol Jabar menggelar Rapat Koordinasi Netralitas ASN, Kepala Desa, dan Perangkat Desa di Aula Barat Gedung Sate.",
			[][3]string{{"Rapat Koordinasi Netralitas ASN, Kepala Desa, dan Perangkat Desa", "heldAt", "Aula Barat Gedung Sate"}}, nil},
		{"an abbreviated middle name", "Rakor dibuka Sekda Provinsi Sulut Jemmy Ch. Rotinsulu yang mewakili Gubernur Sulawesi Utara.",
			[][3]string{{"Jemmy Ch Rotinsulu", "represents", "Gubernur Sulawesi Utara"}}, nil},
		{"a launch is an event", "Dinas Kesehatan Kota Kendari menggelar Pencanangan Pekan Imunisasi Nasional di halaman SD Negeri 5 Kendari.",
			[][3]string{{"Dinas Kesehatan Kota Kendari", "organizes", "Pencanangan Pekan Imunisasi Nasional"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := x.Extract(Article{Source: "t", Text: tt.text})
			for _, w := range tt.want {
				if !hasTriple(res.Triples, w[0], w[1], w[2]) {
					t.Errorf("missing %v\ngot:\n%s", w, dump(res.Triples))
				}
			}
			for _, n := range tt.not {
				if hasTriple(res.Triples, n[0], n[1], n[2]) {
					t.Errorf("unwanted %v\ngot:\n%s", n, dump(res.Triples))
				}
			}
		})
	}
}
