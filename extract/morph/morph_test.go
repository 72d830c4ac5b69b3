package morph

import (
	"slices"
	"testing"
)

func TestRootsFindTheRoot(t *testing.T) {
	tests := []struct{ word, root string }{
		{"menghadiri", "hadir"}, {"dihadiri", "hadir"}, {"kehadiran", "hadir"}, {"hadir", "hadir"},
		{"mewakili", "wakil"}, {"diwakili", "wakil"}, {"menyelenggarakan", "selenggara"},
		{"diselenggarakan", "selenggara"}, {"mengikuti", "ikut"}, {"membuka", "buka"},
		{"dibuka", "buka"}, {"didampingi", "damping"}, {"mendampingi", "damping"},
		{"melantik", "lantik"}, {"mengukuhkan", "kukuh"}, {"meminta", "minta"},
		{"mengajak", "ajak"}, {"mengimbau", "imbau"}, {"mewajibkan", "wajib"},
		{"menginstruksikan", "instruksi"}, {"berpesan", "pesan"}, {"menandatangani", "tandatangan"},
		{"penandatanganan", "tandatangan"}, {"menerbitkan", "terbit"}, {"mengeluarkan", "keluar"},
		{"menggelar", "gelar"}, {"melaksanakan", "laksana"}, {"pembinaan", "bina"},
		{"pengarahan", "arah"}, {"bimbingan", "bimbing"}, {"bersinergi", "sinergi"},
		{"sambutannya", "sambut"}, {"memberikan", "beri"}, {"dilantik", "lantik"},
		{"Mengimbau", "imbau"}, {"memperkuat", "kuat"}, {"pertemuan", "temu"},
	}
	for _, tt := range tests {
		if got := Roots(tt.word); !slices.Contains(got, tt.root) {
			t.Errorf("Roots(%q) = %v, want it to contain %q", tt.word, got, tt.root)
		}
	}
}

func TestAnalyzeVoice(t *testing.T) {
	tests := []struct {
		word, root string
		passive    bool
	}{
		{"dibuka", "buka", true}, {"membuka", "buka", false}, {"terpilih", "pilih", true},
	}
	for _, tt := range tests {
		found := false
		for _, a := range Analyze(tt.word) {
			if a.Root == tt.root {
				found = true
				if a.Passive() != tt.passive {
					t.Errorf("Analyze(%q) root %q passive=%v, want %v", tt.word, tt.root, a.Passive(), tt.passive)
				}
			}
		}
		if !found {
			t.Errorf("Analyze(%q) has no root %q", tt.word, tt.root)
		}
	}
}

func TestAnalyzeNeverEmpty(t *testing.T) {
	for _, w := range []string{"", "di", "a", "meng", "-", "kan"} {
		for _, a := range Analyze(w) {
			if a.Root == "" {
				t.Errorf("Analyze(%q) gave an empty root", w)
			}
		}
	}
}
