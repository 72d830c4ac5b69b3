package diagram

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestCleanLabel(t *testing.T) {
	long := strings.Repeat("abcde ", 20)
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Ketut Suiasa", "Ketut Suiasa"},
		{"tabs and line breaks", "Bupati\tBadung\r\nBali", "Bupati Badung Bali"},
		{"unicode spaces", "Wakil\u00a0Bupati\u2009Badung\u3000Bali\u2028x", "Wakil Bupati Badung Bali x"},
		{"collapse and trim", "  KASN   RI  ", "KASN RI"},
		{"zero-width, BOM, bidi", "\ufeffKA\u200bSN\u200d \u200eRI\u202e", "KASN RI"},
		{"controls", "a\x00b\x07c\x1b[0m\u0085d", "abc[0m d"},
		{"invalid UTF-8", "Bal\xffi\xc3", "Bal\ufffdi\ufffd"},
		{"private use dropped", "x\ue000y", "xy"},
		{"syntax kept", `"q" \n \l \\ <>{}|&`, `"q" \n \l \\ <>{}|&`},
		{"long cut at a word", long, strings.TrimSpace(strings.Repeat("abcde ", 9)) + "…"},
		{"long without spaces", strings.Repeat("x", 100), strings.Repeat("x", 59) + "…"},
		{"only invisible", "\u200b\u200c\t \ufeff", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CleanLabel(tt.in)
			if got != tt.want {
				t.Fatalf("CleanLabel(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := CleanLabel(got); again != got {
				t.Fatalf("not idempotent: %q -> %q", got, again)
			}
		})
	}
}

func FuzzCleanLabel(f *testing.F) {
	for _, s := range hostileLabels {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := CleanLabel(in)
		if !utf8.ValidString(out) {
			t.Fatalf("CleanLabel(%q) = %q: invalid UTF-8", in, out)
		}
		if n := utf8.RuneCountInString(out); n > MaxLabelRunes {
			t.Fatalf("CleanLabel(%q) has %d runes, cap %d", in, n, MaxLabelRunes)
		}
		for _, r := range out {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || (unicode.IsSpace(r) && r != ' ') {
				t.Fatalf("CleanLabel(%q) = %q keeps %U", in, out, r)
			}
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Fatalf("CleanLabel(%q) = %q: spaces not trimmed and collapsed", in, out)
		}
		if again := CleanLabel(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
		}
	})
}

func TestPredicateLabels(t *testing.T) {
	for _, p := range corePredicates {
		id := PredicateLabel(p, "id")
		if id == p || id == "" {
			t.Errorf("core predicate %s has no Indonesian label", p)
		}
		if en := PredicateLabel(p, "en"); en != p {
			t.Errorf("PredicateLabel(%s, en) = %q", p, en)
		}
	}
	for _, typ := range typeOrder {
		if l := typeLabel(typ, "id"); l == typ {
			t.Errorf("entity type %s has no Indonesian legend name", typ)
		}
	}
	if got := PredicateLabel("praises", "id"); got != "praises" {
		t.Errorf("an open predicate got %q", got)
	}
	for _, bad := range []string{"holds\n", "holds\tmenjabat\nholds\tmemegang\n", "\tx\n"} {
		if _, err := parseLabels(bad); err == nil {
			t.Errorf("parseLabels(%q) accepted a bad file", bad)
		}
	}
}
