package graph

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/graphq/graphq/internal/pgtest"
)

// A throwaway PostgreSQL server shared by the package's tests (see
// internal/pgtest): started on first use, stopped by TestMain. TCP
// connections are trusted, so test DSNs need no password.
var pg struct {
	once   sync.Once
	server *pgtest.Server
	dsn    string // admin DSN (database postgres); "" when unavailable
	why    string // why not, for the skip message
	nextDB atomic.Int64
}

func startPostgres() {
	s, err := pgtest.Start("trust")
	if err != nil {
		pg.why = err.Error()
		return
	}
	pg.server = s
	pg.dsn = postgresDSN("postgres")
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
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%s/%s?sslmode=disable", pg.server.Port, db)
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
