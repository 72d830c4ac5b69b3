package main

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
	"syscall"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// A throwaway PostgreSQL server for the package's tests, started on first
// use and stopped by TestMain; the same technique as graph/postgres_test.go
// (test helpers cannot be imported across packages). TCP connections must
// give a password, so that a wrong one is refused; the admin connects over
// the Unix socket, which trusts.
var pgServer struct {
	once  sync.Once
	admin string // key=value DSN over the socket; "" when unavailable
	port  string
	why   string // why unavailable, for the skip message
	stop  func()
}

// pgOwnerFile holds the pid of the test process that started a server; the
// directory prefix is shared with graph's tests so each cleans up the other's.
const (
	pgOwnerFile = "owner.pid"
	pgDirPrefix = "graphq-pg-"
)

// postgresServer returns the admin DSN and TCP port of the shared server,
// or a reason why there is none.
func postgresServer() (admin, port, why string) {
	pgServer.once.Do(startPostgresServer)
	return pgServer.admin, pgServer.port, pgServer.why
}

// stopPostgresServer is for TestMain.
func stopPostgresServer() {
	if pgServer.stop != nil {
		pgServer.stop()
	}
}

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

// asPostgresUser runs a server binary; PostgreSQL refuses to run as root.
func asPostgresUser(bin string, args ...string) *exec.Cmd {
	if os.Geteuid() != 0 {
		return exec.Command(bin, args...)
	}
	return exec.Command("runuser", append([]string{"-u", "postgres", "--", bin}, args...)...)
}

// stopOrphanServers stops the servers of test processes that died before
// their TestMain could (a crash, a kill, a -timeout panic).
func stopOrphanServers(pgctl string) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), pgDirPrefix+"*"))
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

func startPostgresServer() {
	if err := tryStartPostgresServer(); err != nil {
		pgServer.why = err.Error()
	}
}

func tryStartPostgresServer() error {
	initdb, pgctl := findPostgresBin("initdb"), findPostgresBin("pg_ctl")
	if initdb == "" || pgctl == "" {
		return fmt.Errorf("initdb/pg_ctl not found (apt-get install postgresql)")
	}
	stopOrphanServers(pgctl)
	dir, err := os.MkdirTemp("", pgDirPrefix)
	if err != nil {
		return err
	}
	started := false
	defer func() {
		if !started {
			os.RemoveAll(dir)
		}
	}()
	if err := os.WriteFile(filepath.Join(dir, pgOwnerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return err
	}
	if err := chownToPostgres(dir); err != nil {
		return err
	}
	data := filepath.Join(dir, "data")
	if out, err := asPostgresUser(initdb, "-D", data, "-U", "postgres", "--auth-local=trust",
		"--auth-host=scram-sha-256", "--no-sync").CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %w: %s", err, out)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("free port: %w", err)
	}
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	opts := fmt.Sprintf("-p %s -k %s -c listen_addresses=127.0.0.1 -c fsync=off", port, dir)
	if out, err := asPostgresUser(pgctl, "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "start").CombinedOutput(); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		return fmt.Errorf("pg_ctl start: %w: %s\n%s", err, out, log)
	}
	started = true
	stop := func() {
		asPostgresUser(pgctl, "-D", data, "-m", "immediate", "-w", "stop").Run()
		os.RemoveAll(dir)
	}
	admin := fmt.Sprintf("host=%s port=%s user=postgres dbname=postgres sslmode=disable", dir, port)
	db, err := sql.Open("postgres", admin)
	if err == nil {
		err = db.PingContext(context.Background())
		db.Close()
	}
	if err != nil {
		stop()
		return fmt.Errorf("server started but does not answer: %w", err)
	}
	pgServer.admin, pgServer.port, pgServer.stop = admin, port, stop
	return nil
}

// chownToPostgres gives dir to the postgres user (created if missing) when
// the tests run as root.
func chownToPostgres(dir string) error {
	if os.Geteuid() != 0 {
		return nil
	}
	if _, err := user.Lookup("postgres"); err != nil {
		if out, err := exec.Command("useradd", "--system", "--no-create-home", "postgres").CombinedOutput(); err != nil {
			return fmt.Errorf("create user postgres: %w: %s", err, out)
		}
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return fmt.Errorf("user postgres: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return fmt.Errorf("chown: %w", err)
	}
	return nil
}
