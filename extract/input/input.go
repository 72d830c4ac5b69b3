package input

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/graphq/graphq/extract"
)

// Problem is why one input could not be read as an article. File names the
// input: a path, "stdin", or "path:line" for one record of a JSON Lines
// corpus.
type Problem struct {
	File   string
	Reason string
}

func (p *Problem) Error() string { return p.File + ": " + p.Reason }

// Default limits: a news article is a few KiB, so 5 MiB is far past anything
// real while still bounding memory; a 1 MiB line is a sign of minified markup
// or a dump, which the sentence splitter would treat as a single "sentence".
const (
	DefaultMaxArticleBytes = 5 << 20
	DefaultMaxLineBytes    = 1 << 20
)

// Limits bound what one article may cost. A zero field takes its default.
type Limits struct {
	// MaxArticleBytes bounds the raw bytes of one article after gunzip, and
	// the raw bytes of one JSON Lines record.
	MaxArticleBytes int64
	// MaxLineBytes bounds the longest line of an article's Text; an article
	// with a longer line is rejected, not split (see the package doc).
	MaxLineBytes int
}

func (l Limits) withDefaults() Limits {
	if l.MaxArticleBytes <= 0 {
		l.MaxArticleBytes = DefaultMaxArticleBytes
	}
	if l.MaxLineBytes <= 0 {
		l.MaxLineBytes = DefaultMaxLineBytes
	}
	return l
}

// Read reads one article named name (its Source is name's base without
// extension) from r, with the default Limits.
func Read(name string, r io.Reader) (extract.Article, error) {
	return ReadWith(name, r, Limits{})
}

// ReadWith is Read with explicit limits. Every rejection is a *Problem.
func ReadWith(name string, r io.Reader, lim Limits) (extract.Article, error) {
	return readArticle(origin{name: name, file: name, label: name, size: -1}, r, lim.withDefaults())
}

// ReadFile reads one article file with the default Limits.
func ReadFile(path string) (extract.Article, error) {
	return ReadFileWith(path, Limits{})
}

// ReadFileWith is ReadFile with explicit limits. Every rejection, including
// a missing or unreadable file, is a *Problem.
func ReadFileWith(path string, lim Limits) (extract.Article, error) {
	return readFile(path, lim, nil)
}

// readFile is ReadFileWith counting the file's bytes into m, which may be nil.
func readFile(path string, lim Limits, m *Meter) (extract.Article, error) {
	f, err := os.Open(path)
	if err != nil {
		m.add(statSize(path)) // an unreadable file is done too
		return extract.Article{}, &Problem{File: path, Reason: osReason(err)}
	}
	defer f.Close()
	size := fileSize(f)
	cr := &countingReader{r: f, m: m}
	defer cr.done(size)
	return readArticle(fileOrigin(path, size), cr, lim.withDefaults())
}

// osReason is err without the path that *fs.PathError repeats, since the
// Problem already names the file.
func osReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
