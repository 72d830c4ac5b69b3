package input

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// Thresholds of the decoder. They are shares of the whole input, which is
// bounded by MaxArticleBytes, so scanning all of it is cheap.
const (
	// maxControlShare: text has almost no C0 controls besides \t\n\r\f\v;
	// random binary has about 1 in 8, UTF-16 read as bytes about 1 in 2.
	maxControlShare = 0.05
	// maxRepairShare: this little damage in otherwise-UTF-8 text is a few
	// stray bytes worth replacing with U+FFFD; more means a wrong encoding.
	maxRepairShare = 0.01
	// maxLatin1HighShare: Indonesian or English in Windows-1252 is mostly
	// ASCII, with an accented letter or smart quote here and there.
	maxLatin1HighShare = 0.20
)

var (
	bomUTF8    = []byte{0xef, 0xbb, 0xbf}
	bomUTF16LE = []byte{0xff, 0xfe}
	bomUTF16BE = []byte{0xfe, 0xff}
)

// decode turns raw article bytes into valid UTF-8, or says why they are not
// text. Valid UTF-8 comes back unchanged apart from a stripped BOM.
func decode(b []byte) (string, string) {
	if kind := binaryMagic(b); kind != "" {
		return "", "binary file (" + kind + ")"
	}
	offset := 0 // bytes dropped before b, to report positions in the file
	switch {
	case bytes.HasPrefix(b, bomUTF8):
		b, offset = b[len(bomUTF8):], len(bomUTF8)
	case bytes.HasPrefix(b, bomUTF16LE):
		return decodeUTF16(b, xunicode.LittleEndian, xunicode.ExpectBOM)
	case bytes.HasPrefix(b, bomUTF16BE):
		return decodeUTF16(b, xunicode.BigEndian, xunicode.ExpectBOM)
	default:
		if order, ok := guessUTF16(b); ok {
			return decodeUTF16(b, order, xunicode.IgnoreBOM)
		}
	}
	if len(b) == 0 {
		return "", "empty file"
	}
	if reason := controlReason(controlShares(b)); reason != "" {
		return "", reason
	}
	if utf8.Valid(b) {
		return string(b), ""
	}
	st := scanUTF8(b)
	if st.looksWindows1252(len(b)) {
		if s, err := charmap.Windows1252.NewDecoder().Bytes(b); err == nil && sensibleLatin(string(s)) {
			return string(s), ""
		}
	}
	if float64(st.invalid) < maxRepairShare*float64(len(b)) {
		return strings.ToValidUTF8(string(b), "\uFFFD"), ""
	}
	return "", fmt.Sprintf("invalid UTF-8 at byte %d", st.firstInvalid+offset)
}

// decodeUTF16 decodes UTF-16; unpaired surrogates become U+FFFD. The result
// is checked for controls again, since a binary file of 16-bit numbers can
// pass for UTF-16 by its NULs alone.
func decodeUTF16(b []byte, order xunicode.Endianness, bom xunicode.BOMPolicy) (string, string) {
	out, err := xunicode.UTF16(order, bom).NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Sprintf("invalid UTF-16: %v", err)
	}
	if len(out) == 0 {
		return "", "empty file"
	}
	nul, ctl := controlShares(out)
	if reason := controlReason(nul, ctl); reason != "" {
		return "", reason + " after decoding UTF-16"
	}
	return string(out), ""
}

// guessUTF16 recognises UTF-16 without a BOM by its NULs: text that is
// mostly ASCII or Latin has a zero high byte in nearly every code unit, so
// NULs crowd one parity of positions and avoid the other.
func guessUTF16(b []byte) (xunicode.Endianness, bool) {
	sample := b[:min(len(b), 4096)&^1]
	units := len(sample) / 2
	if units < 4 {
		return xunicode.LittleEndian, false
	}
	var even, odd int
	for i := 0; i < len(sample); i += 2 {
		if sample[i] == 0 {
			even++
		}
		if sample[i+1] == 0 {
			odd++
		}
	}
	many, few := max(units*3/10, 2), units/20
	switch {
	case odd >= many && even <= few:
		return xunicode.LittleEndian, true
	case even >= many && odd <= few:
		return xunicode.BigEndian, true
	}
	return xunicode.LittleEndian, false
}

// controlShares are the shares of NUL bytes and of all control bytes that
// text does not use (C0 other than \t \n \v \f \r, and DEL) in b.
func controlShares(b []byte) (nul, ctl float64) {
	var nuls, ctls int
	for _, c := range b {
		if c == 0 {
			nuls++
		}
		if c < 0x20 && isStrayControl(rune(c)) || c == 0x7f {
			ctls++
		}
	}
	n := float64(max(len(b), 1))
	return float64(nuls) / n, float64(ctls) / n
}

func controlReason(nul, ctl float64) string {
	switch {
	case ctl <= maxControlShare:
		return ""
	case nul >= ctl/2:
		return fmt.Sprintf("binary file (%.0f%% NUL bytes)", nul*100)
	}
	return fmt.Sprintf("binary file (%.0f%% control bytes)", ctl*100)
}

// isStrayControl reports a control character that has no place in article
// text: C0 except \t \n \v \f \r, DEL, and the C1 block.
func isStrayControl(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\v', r == '\f', r == '\r':
		return false
	case r < 0x20, r == 0x7f:
		return true
	}
	return r >= 0x80 && r <= 0x9f
}

// utf8Stats describes how far bytes are from UTF-8.
type utf8Stats struct {
	invalid      int // bytes that start no valid sequence
	firstInvalid int
	multi        int // valid multi-byte sequences
	high         int // bytes >= 0x80
	undefined    int // bytes Windows-1252 leaves undefined
}

func scanUTF8(b []byte) utf8Stats {
	st := utf8Stats{firstInvalid: -1}
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		switch c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d:
			st.undefined++
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			st.invalid++
			st.high++
			if st.firstInvalid < 0 {
				st.firstInvalid = i
			}
			i++
			continue
		}
		st.multi++
		st.high += size
		i += size
	}
	return st
}

// looksWindows1252: bytes that are not UTF-8 (invalid bytes outnumber real
// multi-byte sequences four to one, which real UTF-8 never does), use no
// byte Windows-1252 leaves undefined, and are mostly ASCII.
func (st utf8Stats) looksWindows1252(n int) bool {
	return st.invalid > 0 && st.multi*4 <= st.invalid && st.undefined == 0 &&
		float64(st.high) <= maxLatin1HighShare*float64(n)
}

// sensibleLatin reports whether the non-ASCII characters of a Windows-1252
// decoding are mostly letters and typographic marks, as in real text, rather
// than the symbol soup that binary or another encoding decodes to.
func sensibleLatin(s string) bool {
	var good, all int
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		all++
		if unicode.IsLetter(r) || strings.ContainsRune("‘’‚“”„–—…•€°±©®™·«»×÷\u00a0¡¿§¶", r) {
			good++
		}
	}
	return good*5 >= all*4
}

// binaryMagic names a binary format by its leading bytes, or returns "".
func binaryMagic(b []byte) string {
	type magic struct {
		at     int
		prefix string
		kind   string
	}
	for _, m := range [...]magic{
		{0, "\x7fELF", "ELF executable"},
		{0, "\x89PNG\r\n\x1a\n", "PNG image"},
		{0, "\xff\xd8\xff", "JPEG image"},
		{0, "GIF87a", "GIF image"},
		{0, "GIF89a", "GIF image"},
		{0, "%PDF-", "PDF document"},
		{0, "PK\x03\x04", "zip archive"},
		{0, "7z\xbc\xaf\x27\x1c", "7z archive"},
		{0, "Rar!\x1a\x07", "RAR archive"},
		{0, "\xfd7zXZ\x00", "xz data"},
		{0, "\x28\xb5\x2f\xfd", "zstd data"},
		{0, "\xca\xfe\xba\xbe", "Mach-O or Java class"},
		{0, "\xcf\xfa\xed\xfe", "Mach-O executable"},
		{0, "\xfe\xed\xfa\xcf", "Mach-O executable"},
		{0, "\x00asm", "WebAssembly module"},
		{0, "SQLite format 3\x00", "SQLite database"},
		{0, "OggS\x00", "Ogg media"},
		{0, "II*\x00", "TIFF image"},
		{0, "MM\x00*", "TIFF image"},
		{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"},
		{4, "ftyp", "MP4 media"},
		{257, "ustar", "tar archive"},
	} {
		if len(b) >= m.at+len(m.prefix) && string(b[m.at:m.at+len(m.prefix)]) == m.prefix {
			return m.kind
		}
	}
	// These two begin with letters a text could begin with, so they need a
	// NUL nearby as well.
	head := b[:min(len(b), 64)]
	switch {
	case bytes.HasPrefix(b, []byte("MZ")) && bytes.IndexByte(head, 0) >= 0:
		return "Windows executable"
	case bytes.HasPrefix(b, []byte("RIFF")) && bytes.IndexByte(head, 0) >= 0:
		return "RIFF media"
	case bytes.HasPrefix(b, []byte("BZh")) && len(b) >= 10 && string(b[4:10]) == "1AY&SY":
		return "bzip2 data"
	}
	return ""
}
