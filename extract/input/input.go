// TEMPORARY contract stub: the input package owner replaces this file.

// Package input reads articles from files, directories, compressed files and
// JSON Lines corpora, and rejects what is not article text with a reason.
package input

import (
	"errors"
	"io"

	"github.com/graphq/graphq/extract"
)

// Problem is why one input could not be read as an article.
type Problem struct {
	File   string
	Reason string
}

func (p *Problem) Error() string { return p.File + ": " + p.Reason }

// Read reads one article named name (its Source is name's base without
// extension) from r.
func Read(name string, r io.Reader) (extract.Article, error) {
	return extract.Article{}, errors.New("input: not implemented yet")
}

// ReadFile reads one article file.
func ReadFile(path string) (extract.Article, error) {
	return extract.Article{}, errors.New("input: not implemented yet")
}

// Walk calls fn for every article found under paths, in a deterministic
// order: files, directories (recursively), .gz files, .jsonl corpora, and "-"
// for standard input. A file that cannot be read is passed to fn as a
// *Problem error with a zero Article; fn returning an error stops the walk.
func Walk(paths []string, fn func(a extract.Article, err error) error) error {
	return errors.New("input: not implemented yet")
}
