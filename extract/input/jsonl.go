package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/graphq/graphq/extract"
)

// isJSONLName reports a JSON Lines corpus by its name.
func isJSONLName(name string) bool {
	for _, ext := range []string{".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"} {
		if hasExt(name, ext) {
			return true
		}
	}
	return false
}

// record is one line of a JSON Lines corpus. ID and Date are raw because
// corpora write them as strings or as numbers.
type record struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Date  json.RawMessage `json:"date"`
	URL   string          `json:"url"`
	Text  *string         `json:"text"`
}

// emitFunc receives one article or problem; where names it for duplicate
// reports ("corpus.jsonl:17").
type emitFunc func(a extract.Article, err error, where string) error

// ReadJSONL streams a JSON Lines corpus named name from r (gunzipping it
// when it is gzip), calling fn with each record's article. A bad record is
// passed to fn as a *Problem whose File is "name:line", and reading goes on;
// fn returning an error stops the reading and ReadJSONL returns that error.
func ReadJSONL(name string, r io.Reader, lim Limits, fn func(a extract.Article, err error) error) error {
	emit := func(a extract.Article, err error, _ string) error { return fn(a, err) }
	return readJSONL(origin{name: name, file: name, label: name, size: -1}, r, lim.withDefaults(), emit)
}

// readJSONL reads one record per line without holding more than one line:
// a line over MaxArticleBytes is skipped as it streams past, so neither a
// huge corpus nor a huge line costs more memory than the limit.
func readJSONL(o origin, r io.Reader, lim Limits, emit emitFunc) error {
	problem := func(where, format string, args ...any) error {
		return emit(extract.Article{}, &Problem{File: where, Reason: fmt.Sprintf(format, args...)}, where)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	src := io.Reader(br)
	if head, _ := br.Peek(len(gzipMagic)); bytes.Equal(head, gzipMagic) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return problem(o.label, "not a valid gzip file: %v", err)
		}
		defer zr.Close()
		src = zr
	} else if hasExt(o.name, ".gz") && len(head) > 0 {
		return problem(o.label, "not a valid gzip file: no gzip header")
	}
	lines := bufio.NewReaderSize(src, 64<<10)
	records := 0
	for n := 1; ; n++ {
		line, size, readErr := readLine(lines, lim.MaxArticleBytes)
		where := o.label + ":" + strconv.Itoa(n)
		switch {
		case size > lim.MaxArticleBytes:
			records++
			if err := problem(where, "record is %s, over the %s limit", formatSize(size), formatLimit(lim.MaxArticleBytes)); err != nil {
				return err
			}
		case len(bytes.TrimSpace(line)) > 0:
			records++
			a, reason := parseRecord(line, n, o, lim)
			var err error
			if reason != "" {
				err = problem(where, "%s", reason)
			} else {
				err = emit(a, nil, where)
			}
			if err != nil {
				return err
			}
		}
		if errors.Is(readErr, io.EOF) {
			if records == 0 {
				return problem(o.label, "no JSON Lines records")
			}
			return nil
		}
		if readErr != nil {
			return problem(where, "read: %v", readErr)
		}
	}
}

// readLine reads one line without its line ending. Its size is counted in
// full, but past max the bytes are dropped instead of kept.
func readLine(br *bufio.Reader, max int64) ([]byte, int64, error) {
	var line []byte
	var size int64
	for {
		chunk, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			size += int64(len(chunk))
			if size <= max {
				line = append(line, chunk...)
			}
			continue
		}
		// A CR that a buffer boundary split from its LF stays in the line,
		// where JSON takes it for white space.
		chunk = bytes.TrimSuffix(bytes.TrimSuffix(chunk, []byte("\n")), []byte("\r"))
		size += int64(len(chunk))
		if size <= max {
			line = append(line, chunk...)
		} else {
			line = nil
		}
		return line, size, err
	}
}

// parseRecord turns one JSON line into an article, or says what is wrong.
func parseRecord(line []byte, n int, o origin, lim Limits) (extract.Article, string) {
	line = bytes.TrimPrefix(line, bomUTF8)
	if t := bytes.TrimSpace(line); len(t) == 0 || t[0] != '{' {
		return extract.Article{}, "not a JSON object"
	}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		return extract.Article{}, "invalid JSON: " + strings.TrimPrefix(err.Error(), "json: ")
	}
	if rec.Text == nil {
		return extract.Article{}, `record has no "text"`
	}
	d, reason := finish(doc{
		text:  *rec.Text,
		title: collapseSpace(cleanControls(rec.Title)),
		date:  normaliseDate(rawScalar(rec.Date)),
	}, "", "text", lim)
	if reason != "" {
		return extract.Article{}, reason
	}
	id := sanitizeID(rawScalar(rec.ID))
	if id == "" {
		id = sourceName(o.name) + "-" + strconv.Itoa(n)
	}
	return extract.Article{
		Source: id,
		File:   o.file,
		Title:  d.title,
		Date:   d.date,
		URL:    strings.TrimSpace(rec.URL),
		Text:   d.text,
	}, ""
}

// rawScalar is a JSON string's value or a number's digits; "" otherwise.
func rawScalar(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var num json.Number
	if json.Unmarshal(raw, &num) == nil {
		return num.String()
	}
	return ""
}

// sanitizeID makes an id safe to use as a name anywhere (a file name, a
// graph node): [A-Za-z0-9._-] kept, any other run replaced by one '_', at
// most 128 bytes. An id of only dots or underscores is no id.
func sanitizeID(id string) string {
	var b strings.Builder
	for _, r := range id {
		ok := r < 0x80 && (isASCIILetter(byte(r)) || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-')
		switch {
		case ok:
			b.WriteRune(r)
		case !strings.HasSuffix(b.String(), "_"):
			b.WriteByte('_')
		}
		if b.Len() >= 128 {
			break
		}
	}
	s := b.String()
	if strings.Trim(s, "._") == "" {
		return ""
	}
	return s
}
