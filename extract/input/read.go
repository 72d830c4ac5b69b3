package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/graphq/graphq/extract"
)

// origin says where an article's bytes come from.
type origin struct {
	name  string // decides the Source and the format (.gz, .html, .jsonl)
	file  string // Article.File: empty for standard input
	label string // Problem.File
	size  int64  // raw size when known (a regular file), else -1
}

func fileOrigin(path string, size int64) origin {
	return origin{name: path, file: path, label: path, size: size}
}

var gzipMagic = []byte{0x1f, 0x8b}

// readArticle reads, decodes and checks one article. Gzip is recognised by
// name or by its magic bytes, and the size limit applies to what it inflates
// to, so a small bomb costs at most MaxArticleBytes+1 bytes of memory.
func readArticle(o origin, r io.Reader, lim Limits) (extract.Article, error) {
	fail := func(format string, args ...any) (extract.Article, error) {
		return extract.Article{}, &Problem{File: o.label, Reason: fmt.Sprintf(format, args...)}
	}
	if isJSONLName(o.name) {
		return fail("a JSON Lines corpus holds many articles: read it with Walk or ReadJSONL")
	}
	br := bufio.NewReader(r)
	head, _ := br.Peek(len(gzipMagic))
	zipped := hasExt(o.name, ".gz") || bytes.Equal(head, gzipMagic)
	src := io.Reader(br)
	if zipped {
		zr, err := gzip.NewReader(br)
		if errors.Is(err, io.EOF) {
			return fail("empty file")
		}
		if err != nil {
			return fail("not a valid gzip file: %v", err)
		}
		defer zr.Close()
		src = zr
	} else if o.size > lim.MaxArticleBytes {
		return fail("article is %s, over the %s limit", formatSize(o.size), formatLimit(lim.MaxArticleBytes))
	}
	data, err := io.ReadAll(io.LimitReader(src, lim.MaxArticleBytes+1))
	if int64(len(data)) > lim.MaxArticleBytes {
		if zipped {
			return fail("decompressed article is over the %s limit", formatLimit(lim.MaxArticleBytes))
		}
		return fail("article is over the %s limit", formatLimit(lim.MaxArticleBytes))
	}
	if err != nil {
		if zipped {
			return fail("corrupt gzip data: %v", err)
		}
		return fail("read: %s", osReason(err))
	}
	if zipped && bytes.HasPrefix(data, gzipMagic) {
		return fail("binary file (gzip inside gzip)")
	}
	d, reason := parseArticle(data, o.name, lim)
	if reason != "" {
		return fail("%s", reason)
	}
	return extract.Article{
		Source: sourceName(o.name),
		File:   o.file,
		Title:  d.title,
		Date:   d.date,
		Text:   d.text,
	}, nil
}

// sourceName is the base of name without ".gz" and then one extension:
// "dir/a.txt.gz" -> "a". A name that is all extension (".env") stays whole.
func sourceName(name string) string {
	base := filepath.Base(name)
	if hasExt(base, ".gz") {
		base = base[:len(base)-len(".gz")]
	}
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = base[:len(base)-len(ext)]
	}
	return base
}

// hasExt reports whether name ends in ext, ignoring case.
func hasExt(name, ext string) bool {
	return len(name) >= len(ext) && strings.EqualFold(name[len(name)-len(ext):], ext)
}

const kib, mib = 1 << 10, 1 << 20

// formatSize is a measured size for people: "40.0 MiB", "2.5 KiB", "512 bytes".
func formatSize(n int64) string {
	switch {
	case n >= mib:
		return fmt.Sprintf("%.1f MiB", float64(n)/mib)
	case n >= kib:
		return fmt.Sprintf("%.1f KiB", float64(n)/kib)
	}
	return fmt.Sprintf("%d bytes", n)
}

// formatLimit is a configured limit for people: "5 MiB", or as formatSize
// when it is not a whole number of KiB or MiB.
func formatLimit(n int64) string {
	switch {
	case n >= mib && n%mib == 0:
		return fmt.Sprintf("%d MiB", n/mib)
	case n >= kib && n%kib == 0:
		return fmt.Sprintf("%d KiB", n/kib)
	}
	return formatSize(n)
}
