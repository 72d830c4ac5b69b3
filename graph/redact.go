package graph

import (
	"fmt"
	"io"
	"log"
	"net/url"
	"regexp"
	"strings"
	"sync"

	"github.com/cayleygraph/cayley/clog"
)

// Cayley logs the full PostgreSQL DSN, password included, when a connection
// fails; its log therefore goes through redaction, and nowhere unless asked.
func init() {
	clog.SetLogger(&cayleyLog{})
}

var (
	logMu  sync.Mutex
	logOut = log.New(io.Discard, "cayley: ", log.LstdFlags)
)

// SetLogOutput sends Cayley's own log, secrets redacted, to w (nil: nowhere,
// the default, since every failure also comes back as an error).
func SetLogOutput(w io.Writer) {
	if w == nil {
		w = io.Discard
	}
	logMu.Lock()
	defer logMu.Unlock()
	logOut.SetOutput(w)
}

type cayleyLog struct{ verbosity int }

func (l *cayleyLog) print(level, format string, args ...any) {
	logMu.Lock()
	defer logMu.Unlock()
	logOut.Print(level + redactSecrets(fmt.Sprintf(format, args...)))
}

func (l *cayleyLog) Infof(format string, args ...any)    { l.print("", format, args...) }
func (l *cayleyLog) Warningf(format string, args ...any) { l.print("WARN: ", format, args...) }
func (l *cayleyLog) Errorf(format string, args ...any)   { l.print("ERROR: ", format, args...) }
func (l *cayleyLog) Fatalf(format string, args ...any) {
	log.Fatal("cayley: FATAL: " + redactSecrets(fmt.Sprintf(format, args...)))
}
func (l *cayleyLog) V(level int) bool { return l.verbosity >= level }
func (l *cayleyLog) SetV(level int)   { l.verbosity = level }

const redacted = "xxxxx"

var (
	// urlPassword is user:password@ in a URL DSN, found even when url.Parse
	// fails (an error message may quote a malformed DSN).
	urlPassword = regexp.MustCompile(`(://[^:/@\s]*:)[^@\s]*@`)
	// keywordPassword is password=… in a key/value DSN or a query string.
	keywordPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)`)
)

var (
	secretsMu sync.RWMutex
	secrets   = map[string]bool{}
)

// registerSecrets remembers the passwords of dsn, in every spelling a
// message may use, so that redactSecrets removes them from any text.
func registerSecrets(dsn string) {
	var found []string
	if u, err := url.Parse(dsn); err == nil {
		if u.User != nil {
			if pw, ok := u.User.Password(); ok {
				found = append(found, pw)
			}
		}
		if pw := u.Query().Get("password"); pw != "" {
			found = append(found, pw)
		}
	}
	for _, m := range urlPassword.FindAllStringSubmatch(dsn, -1) {
		found = append(found, strings.TrimSuffix(strings.TrimPrefix(m[0], m[1]), "@"))
	}
	for _, m := range keywordPassword.FindAllStringSubmatch(dsn, -1) {
		found = append(found, strings.Trim(m[2], "'"))
	}
	secretsMu.Lock()
	defer secretsMu.Unlock()
	for _, pw := range found {
		for _, v := range []string{pw, url.QueryEscape(pw), url.PathEscape(pw), url.UserPassword("", pw).String()[1:]} {
			if v != "" {
				secrets[v] = true
			}
		}
	}
}

// redactSecrets hides passwords in text: those of DSNs this process opened
// and anything shaped like one.
func redactSecrets(s string) string {
	s = urlPassword.ReplaceAllString(s, "${1}"+redacted+"@")
	s = keywordPassword.ReplaceAllString(s, "${1}"+redacted)
	secretsMu.RLock()
	defer secretsMu.RUnlock()
	for pw := range secrets {
		if len(pw) > 0 {
			s = strings.ReplaceAll(s, pw, redacted)
		}
	}
	return s
}

// redactDSN is dsn fit to print.
func redactDSN(dsn string) string {
	if u, err := url.Parse(dsn); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			dsn = u.Redacted()
		}
	}
	return redactSecrets(dsn)
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
