package input

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// writeFile writes data to dir/name, creating parent directories.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gzipBytes(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// utf16Bytes encodes s as UTF-16 in the given byte order, with a BOM if asked.
func utf16Bytes(s string, order binary.ByteOrder, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	out := make([]byte, 2*len(units))
	for i, u := range units {
		order.PutUint16(out[2*i:], u)
	}
	return out
}

// problemReason returns err's reason if it is a *Problem for file, and
// fails the test otherwise.
func problemReason(t *testing.T, err error, file string) string {
	t.Helper()
	var p *Problem
	if !errors.As(err, &p) {
		t.Fatalf("error %v (%T) is not a *Problem", err, err)
	}
	if p.File != file {
		t.Errorf("Problem.File = %q, want %q", p.File, file)
	}
	return p.Reason
}

// indonesian is a plausible article body used across tests.
var indonesian = strings.Repeat("Gubernur Bali Wayan Koster meresmikan pasar rakyat di Denpasar, Kamis (14/9). ", 20)

func newBestGzip(w *bytes.Buffer) (*gzip.Writer, error) {
	return gzip.NewWriterLevel(w, gzip.BestCompression)
}

func asProblem(err error, p **Problem) bool { return errors.As(err, p) }
