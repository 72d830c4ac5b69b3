package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
)

// pgDatabases numbers the databases of repeated runs (-count) on the one server.
var pgDatabases atomic.Int64

// newPostgresLogin creates a database owned by a new login role with
// password and returns the database, the role and the server's TCP port; it
// skips t without PostgreSQL.
func newPostgresLogin(t *testing.T, password string) (db, role, port string) {
	t.Helper()
	admin, port, why := postgresServer()
	if admin == "" {
		t.Skipf("PostgreSQL not available: %s", why)
	}
	n := pgDatabases.Add(1)
	db, role = fmt.Sprintf("graphq_cli_%d", n), fmt.Sprintf("graphq_cli_user_%d", n)
	conn, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	for _, stmt := range []string{
		fmt.Sprintf("CREATE ROLE %s LOGIN PASSWORD '%s'", role, password),
		fmt.Sprintf("CREATE DATABASE %s OWNER %s", db, role),
	} {
		if _, err := conn.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", strings.Replace(stmt, password, "xxxxx", 1), err)
		}
	}
	return db, role, port
}

// TestPostgresGivesTheSameAnswersAsBolt drives the real binary against a
// PostgreSQL store with a password and compares every answer with the bolt
// store of the same seeds: summaries, exported quads, the example queries;
// and no output ever shows the password.
func TestPostgresGivesTheSameAnswersAsBolt(t *testing.T) {
	const secret = "Sekr3tPg4417"
	dbName, role, port := newPostgresLogin(t, secret)
	dsn := fmt.Sprintf("postgres://%s:%s@127.0.0.1:%s/%s?sslmode=disable", role, secret, port, dbName)
	bolt := seedStore(t)

	run := func(t *testing.T, args ...string) cliResult {
		t.Helper()
		r := graphq(t, nil, args...)
		if strings.Contains(r.stdout, secret) || strings.Contains(r.stderr, secret) {
			// The failure message must not spread the password either.
			r.stdout = strings.ReplaceAll(r.stdout, secret, "[PASSWORD]")
			r.stderr = strings.ReplaceAll(r.stderr, secret, "[PASSWORD]")
			t.Errorf("graphq %s shows the password:\n%v", args[0], r)
		}
		return r
	}
	mustRun := func(t *testing.T, args ...string) cliResult {
		t.Helper()
		r := run(t, args...)
		if r.code != 0 {
			t.Fatalf("graphq %s on %s: %v", args[0], redact(args[2]), r)
		}
		return r
	}

	t.Run("build twice", func(t *testing.T) {
		for i := range 2 {
			r := mustRun(t, "build", "--db", dsn, seedDir)
			for _, key := range []string{"articles", "triples", "entities", "quads"} {
				want := summaryValue(t, seedStoreRun.stdout, key)
				if got := summaryValue(t, r.stdout, key); got != want {
					t.Errorf("build %d: %s: %s on postgres, %s on bolt", i+1, key, got, want)
				}
			}
		}
	})
	if t.Failed() {
		t.FailNow() // the comparisons below would only repeat the difference
	}

	t.Run("export", func(t *testing.T) {
		onBolt := sortedLineList(mustRun(t, "export", "--db", bolt, "--format", "nquads").stdout)
		onPostgres := sortedLineList(mustRun(t, "export", "--db", dsn, "--format", "nquads").stdout)
		if len(onBolt) == 0 {
			t.Fatal("bolt export is empty")
		}
		if !reflect.DeepEqual(onPostgres, onBolt) {
			t.Errorf("exports differ: %d quads on postgres, %d on bolt; only on postgres %q; only on bolt %q",
				len(onPostgres), len(onBolt), missingFrom(onPostgres, onBolt), missingFrom(onBolt, onPostgres))
		}
	})

	files, err := filepath.Glob(filepath.Join(queryDir, "*.js"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example queries in %s: %v", queryDir, err)
	}
	for _, file := range files {
		t.Run("query "+filepath.Base(file), func(t *testing.T) {
			onBolt := sortedLineList(mustRun(t, "query", "--db", bolt, "--limit", "1000", "--file", file).stdout)
			onPostgres := sortedLineList(mustRun(t, "query", "--db", dsn, "--limit", "1000", "--file", file).stdout)
			if len(onBolt) == 0 {
				t.Fatal("no answer on bolt")
			}
			if !reflect.DeepEqual(onPostgres, onBolt) {
				t.Errorf("answers differ: only on postgres %q; only on bolt %q",
					missingFrom(onPostgres, onBolt), missingFrom(onBolt, onPostgres))
			}
		})
	}

	t.Run("check", func(t *testing.T) {
		r := mustRun(t, "check", "--db", dsn)
		if !strings.HasPrefix(r.stdout, "ok: ") {
			t.Errorf("check did not report ok: %v", r)
		}
	})

	t.Run("wrong password", func(t *testing.T) {
		// The wrong password contains the right one: neither may show.
		wrong := strings.Replace(dsn, secret, "not"+secret, 1)
		for _, cmd := range []string{"check", "export", "query", "build"} {
			args := []string{cmd, "--db", wrong}
			switch cmd {
			case "query":
				args = append(args, "g.V().All()")
			case "build":
				args = append(args, seedDir)
			}
			r := run(t, args...)
			if r.code == 0 {
				t.Errorf("graphq %s with a wrong password succeeded: %v", cmd, r)
			}
			if !strings.Contains(r.stderr, "password authentication failed") {
				t.Errorf("graphq %s with a wrong password does not say so: %v", cmd, r)
			}
		}
	})
}

func sortedLineList(s string) []string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(lines)
	return lines
}

// missingFrom returns the lines of a not in b, at most five.
func missingFrom(a, b []string) []string {
	var out []string
	for _, line := range a {
		if _, found := slices.BinarySearch(b, line); !found && len(out) < 5 {
			out = append(out, line)
		}
	}
	return out
}
