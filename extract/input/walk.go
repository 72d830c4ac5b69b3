package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/graphq/graphq/extract"
)

// stdin is where "-" reads from; tests replace it.
var stdin io.Reader = os.Stdin

// Walk calls fn for every article found under paths, in a deterministic
// order: files, directories (recursively), .gz files, .jsonl corpora, and "-"
// for standard input. A file that cannot be read is passed to fn as a
// *Problem error with a zero Article; fn returning an error stops the walk.
// Walk uses the default Limits; see WalkWith.
func Walk(paths []string, fn func(a extract.Article, err error) error) error {
	return WalkWith(paths, Limits{}, fn)
}

// WalkWith is Walk with explicit limits. Paths are taken in the order
// given, and each directory's entries in lexical order. Inside directories,
// hidden entries, non-regular files and files whose extension says they are
// not text (images, media, archives other than .gz, executables, office
// documents, .json) are skipped without a word; a path named explicitly is
// always read, and reported if it is not an article; a directory named
// through a symbolic link is walked like the directory itself. A second
// article with the Source of an earlier one is reported as a duplicate, not
// passed on. The only error WalkWith returns is one returned by fn.
func WalkWith(paths []string, lim Limits, fn func(a extract.Article, err error) error) error {
	return walk(paths, lim, nil, fn)
}

// walk is WalkWith counting the bytes it reads into m, which may be nil.
func walk(paths []string, lim Limits, m *Meter, fn func(a extract.Article, err error) error) error {
	w := &walker{lim: lim.withDefaults(), fn: fn, seen: map[string]string{}, meter: m}
	for _, p := range paths {
		if err := w.path(p); err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	lim   Limits
	fn    func(extract.Article, error) error
	seen  map[string]string // Source -> where it was first read
	meter *Meter
}

// emit passes an article or a problem on, turning a repeated Source into a
// problem.
func (w *walker) emit(a extract.Article, err error, where string) error {
	if err == nil {
		if first, dup := w.seen[a.Source]; dup {
			err = &Problem{File: where, Reason: fmt.Sprintf("duplicate article id %s, also from %s", a.Source, first)}
		} else {
			w.seen[a.Source] = where
		}
	}
	if err != nil {
		return w.fn(extract.Article{}, err)
	}
	return w.fn(a, nil)
}

func (w *walker) problem(file, reason string) error {
	return w.emit(extract.Article{}, &Problem{File: file, Reason: reason}, file)
}

func (w *walker) path(p string) error {
	if p == "-" {
		return w.stdin()
	}
	return eachFile(p, w.file, w.problem)
}

// eachFile calls visit for each file a walk reads under p: p itself when it
// is not a directory, else the text files found under it. What cannot be
// listed goes to problem. Both the walk and Size use it, so that they agree
// on which files there are.
func eachFile(p string, visit func(path string) error, problem func(path, reason string) error) error {
	info, err := os.Stat(p)
	if err != nil {
		return problem(p, osReason(err))
	}
	if !info.IsDir() {
		return visit(p)
	}
	root := p
	if l, err := os.Lstat(p); err == nil && l.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a link given as its root, but a path
		// ending in a separator resolves it, as it does for ls.
		root = p + string(filepath.Separator)
	}
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if perr := problem(path, osReason(err)); perr != nil {
				return perr
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || notText(d.Name()) {
			return nil
		}
		if !d.Type().IsRegular() {
			// Follow a link to a file, but not to a directory (loops) nor
			// to a device or pipe (which may never end).
			if d.Type()&fs.ModeSymlink == 0 {
				return nil
			}
			st, err := os.Stat(path)
			if err != nil {
				return problem(path, osReason(err))
			}
			if !st.Mode().IsRegular() {
				return nil
			}
		}
		return visit(path)
	})
}

// file reads one named file: a JSON Lines corpus or an article.
func (w *walker) file(path string) error {
	switch {
	case isJSONLName(path):
		f, err := os.Open(path)
		if err != nil {
			w.meter.add(statSize(path)) // an unreadable file is done too
			return w.problem(path, osReason(err))
		}
		defer f.Close()
		cr := &countingReader{r: f, m: w.meter}
		defer cr.done(fileSize(f))
		return readJSONL(origin{name: path, file: path, label: path, size: -1}, cr, w.lim, w.emit)
	case hasExt(path, ".json"), hasExt(path, ".json.gz"):
		w.meter.add(statSize(path))
		return w.problem(path, "a JSON document, not an article: put records one per line in a .jsonl file")
	}
	a, err := readFile(path, w.lim, w.meter)
	return w.emit(a, err, path)
}

// stdin reads standard input: a JSON Lines stream if its first character
// opens a JSON object (no article starts with '{'), else one article named
// "stdin". Gzip is unwrapped first so that the sniff sees the text.
func (w *walker) stdin() error {
	o := origin{name: "stdin", label: "stdin", size: -1}
	br := bufio.NewReaderSize(&countingReader{r: stdin, m: w.meter}, 64<<10)
	src := io.Reader(br)
	if head, _ := br.Peek(len(gzipMagic)); bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return w.problem(o.label, "not a valid gzip file: "+err.Error())
		}
		defer zr.Close()
		src = zr
	}
	text := bufio.NewReaderSize(src, 64<<10)
	if looksJSONL(text) {
		return readJSONL(o, text, w.lim, w.emit)
	}
	a, err := readArticle(o, text, w.lim)
	return w.emit(a, err, o.label)
}

// looksJSONL peeks at the first non-space byte after an optional BOM.
func looksJSONL(br *bufio.Reader) bool {
	head, err := br.Peek(4096)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return false
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bomUTF8), " \t\r\n")
	return len(head) > 0 && head[0] == '{'
}

// notTextExts are extensions of files a directory walk passes over.
var notTextExts = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`
		png jpg jpeg gif bmp webp tif tiff ico svg heic avif psd
		mp3 mp4 m4a wav ogg oga flac aac avi mkv mov webm wmv
		zip tar tgz tbz2 bz2 xz zst 7z rar lz4 lzma jar war
		exe dll so dylib o a obj bin class wasm pyc pyo
		pdf doc docx xls xlsx ppt pptx odt ods odp epub rtf
		ttf otf woff woff2 eot
		db sqlite sqlite3 parquet arrow npy npz pkl pickle h5 iso dmg json`) {
		notTextExts["."+e] = true
	}
}

// notText reports a file name whose extension, under an optional .gz, says
// it is not an article.
func notText(name string) bool {
	name = strings.ToLower(name)
	name = strings.TrimSuffix(name, ".gz")
	return notTextExts[filepath.Ext(name)]
}
