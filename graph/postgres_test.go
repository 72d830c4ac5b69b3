package graph

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// A throwaway PostgreSQL server shared by the package's tests: started on
// first use, stopped by TestMain.
var pg struct {
	once    sync.Once
	dir     string
	dsn     string // admin DSN (database postgres); "" when unavailable
	why     string // why not, for the skip message
	stop    func()
	nextDB  atomic.Int64
	binDirs []string
}

// postgresAvailable starts the shared server if it can and returns its
// DSN; "" (and a logged reason) when PostgreSQL binaries are absent.
func postgresAvailable(t testing.TB) string {
	pg.once.Do(startPostgres)
	if pg.dsn == "" {
		t.Logf("postgres backend skipped: %s", pg.why)
	}
	return pg.dsn
}

// requirePostgres skips t without a server.
func requirePostgres(t testing.TB) string {
	pg.once.Do(startPostgres)
	if pg.dsn == "" {
		t.Skipf("PostgreSQL not available: %s", pg.why)
	}
	return pg.dsn
}

// newPostgresDatabase creates an empty database for one test.
func newPostgresDatabase(t testing.TB) string {
	dsn := requirePostgres(t)
	name := fmt.Sprintf("graphq_test_%d", pg.nextDB.Add(1))
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	return postgresDSN(name)
}

func postgresDSN(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%s/%s?sslmode=disable", pgPort, db)
}

var pgPort string

func findPostgresBin(name string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/" + name)
	if len(matches) > 0 {
		return matches[len(matches)-1]
	}
	return ""
}

// asPostgresUser runs a server binary; PostgreSQL refuses to run as root,
// so root runs it as the postgres user (created if missing).
func asPostgresUser(bin string, args ...string) *exec.Cmd {
	if os.Geteuid() != 0 {
		return exec.Command(bin, args...)
	}
	return exec.Command("runuser", append([]string{"-u", "postgres", "--", bin}, args...)...)
}

// pgOwnerFile holds the pid of the test process that started a server.
const pgOwnerFile = "owner.pid"

// stopOrphanServers stops the servers of test processes that died before
// TestMain could (a crash, a kill, a -timeout panic).
func stopOrphanServers(pgctl string) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), "graphq-pg-*"))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, pgOwnerFile))
		if err != nil {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || syscall.Kill(pid, 0) == nil {
			continue // alive, or not ours to judge
		}
		asPostgresUser(pgctl, "-D", filepath.Join(dir, "data"), "-m", "immediate", "-w", "stop").Run()
		os.RemoveAll(dir)
	}
}

func startPostgres() {
	initdb, pgctl := findPostgresBin("initdb"), findPostgresBin("pg_ctl")
	if initdb == "" || pgctl == "" {
		pg.why = "initdb/pg_ctl not found (apt-get install postgresql)"
		return
	}
	stopOrphanServers(pgctl)
	dir, err := os.MkdirTemp("", "graphq-pg-")
	if err != nil {
		pg.why = err.Error()
		return
	}
	pg.dir = dir
	if err := os.WriteFile(filepath.Join(dir, pgOwnerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		pg.why = err.Error()
		os.RemoveAll(dir)
		return
	}
	fail := func(format string, args ...any) {
		pg.why = fmt.Sprintf(format, args...)
		os.RemoveAll(dir)
	}
	if os.Geteuid() == 0 {
		if _, err := user.Lookup("postgres"); err != nil {
			if out, err := exec.Command("useradd", "--system", "--no-create-home", "postgres").CombinedOutput(); err != nil {
				fail("create user postgres: %v: %s", err, out)
				return
			}
		}
		u, err := user.Lookup("postgres")
		if err != nil {
			fail("user postgres: %v", err)
			return
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			fail("chown: %v", err)
			return
		}
	}
	data, sock := filepath.Join(dir, "data"), dir
	if out, err := asPostgresUser(initdb, "-D", data, "-U", "postgres", "-A", "trust", "--no-sync").CombinedOutput(); err != nil {
		fail("initdb: %v: %s", err, out)
		return
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail("free port: %v", err)
		return
	}
	pgPort = strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	opts := fmt.Sprintf("-p %s -k %s -c listen_addresses=127.0.0.1 -c fsync=off", pgPort, sock)
	if out, err := asPostgresUser(pgctl, "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "start").CombinedOutput(); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		fail("pg_ctl start: %v: %s\n%s", err, out, log)
		return
	}
	pg.stop = func() {
		asPostgresUser(pgctl, "-D", data, "-m", "immediate", "-w", "stop").Run()
		os.RemoveAll(dir)
	}
	pg.dsn = postgresDSN("postgres")
	db, err := sql.Open("postgres", pg.dsn)
	if err == nil {
		err = db.PingContext(context.Background())
		db.Close()
	}
	if err != nil {
		pg.stop()
		pg.dsn, pg.why = "", "server started but does not answer: "+err.Error()
	}
}

// A failed connection's error, and Cayley's log of it, never carry the
// password, whatever form the DSN takes.
func TestPostgresErrorsHideThePassword(t *testing.T) {
	const secret = "s3cr3t-Pa55"
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // a closed port: the connection is refused
	var logged strings.Builder
	SetLogOutput(&logged)
	defer SetLogOutput(nil)
	for _, dsn := range []string{
		fmt.Sprintf("postgres://graphq:%s@127.0.0.1:%d/graphq?sslmode=disable", secret, port),
		fmt.Sprintf("postgresql://graphq@127.0.0.1:%d/graphq?password=%s&sslmode=disable", port, secret),
		fmt.Sprintf("postgres://graphq:%s@127.0.0.1:notaport/graphq", secret),
	} {
		for _, ro := range []bool{false, true} {
			_, err := Open(context.Background(), Config{Backend: BackendPostgres, Path: dsn, ReadOnly: ro})
			if err == nil {
				t.Fatalf("Open(%s) succeeded on a closed port", redactDSN(dsn))
			}
			if strings.Contains(err.Error(), secret) {
				t.Errorf("error shows the password: %v", err)
			}
			if !strings.Contains(err.Error(), "graphq") {
				t.Errorf("error does not name the store: %v", err)
			}
		}
	}
	if logged.Len() == 0 {
		t.Error("Cayley logged nothing; the log redaction is untested")
	}
	if strings.Contains(logged.String(), secret) {
		t.Errorf("Cayley's log shows the password:\n%s", logged.String())
	}
}

func TestRedactSecrets(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:pw@h/db", "postgres://u:xxxxx@h/db"},
		{"host=h password=pw dbname=x", "host=h password=xxxxx dbname=x"},
		{"host=h password='p w' dbname=x", "host=h password=xxxxx dbname=x"},
		{"postgres://h/db?sslmode=disable&password=pw", "postgres://h/db?sslmode=disable&password=xxxxx"},
		{"no secret here", "no secret here"},
	}
	for _, tt := range tests {
		if got := redactSecrets(tt.in); got != tt.want {
			t.Errorf("redactSecrets(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
