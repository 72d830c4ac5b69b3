// Package pgtest starts a throw-away PostgreSQL server for tests: initdb into
// a temporary directory, pg_ctl on a free 127.0.0.1 port with its Unix socket
// in that directory, stopped by the caller (from TestMain). It is shared by
// the graph and cmd/graphq tests; nothing outside tests imports it.
//
// Each server writes the pid of the process that started it; a later Start
// stops and removes the servers whose process died before it could (a crash,
// a kill, a -timeout panic), whichever package's tests started them.
package pgtest

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
	"syscall"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

const (
	ownerFile = "owner.pid"
	dirPrefix = "graphq-pg-"
)

// Server is a running throw-away server.
type Server struct {
	Dir  string // the temporary directory, also the socket directory
	Port string // the TCP port on 127.0.0.1
	// Admin is a key=value DSN for the postgres superuser over the Unix
	// socket, which always trusts.
	Admin string
	stop  func()
}

// Stop stops the server and removes its directory.
func (s *Server) Stop() {
	if s != nil && s.stop != nil {
		s.stop()
	}
}

// Start starts a server. hostAuth is the authentication method of TCP
// connections: "trust", or "scram-sha-256" so that a wrong password is
// refused. The error says why there is no server (binaries absent: install
// Debian's postgresql).
func Start(hostAuth string) (*Server, error) {
	initdb, pgctl := findBin("initdb"), findBin("pg_ctl")
	if initdb == "" || pgctl == "" {
		return nil, fmt.Errorf("initdb/pg_ctl not found (apt-get install postgresql)")
	}
	stopOrphans(pgctl)
	dir, err := os.MkdirTemp("", dirPrefix)
	if err != nil {
		return nil, err
	}
	started := false
	defer func() {
		if !started {
			os.RemoveAll(dir)
		}
	}()
	if err := os.WriteFile(filepath.Join(dir, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, err
	}
	if err := chownToPostgres(dir); err != nil {
		return nil, err
	}
	data := filepath.Join(dir, "data")
	if out, err := asPostgresUser(initdb, "-D", data, "-U", "postgres", "--auth-local=trust",
		"--auth-host="+hostAuth, "--no-sync").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("initdb: %w: %s", err, out)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("free port: %w", err)
	}
	port := strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
	l.Close()
	opts := fmt.Sprintf("-p %s -k %s -c listen_addresses=127.0.0.1 -c fsync=off", port, dir)
	if out, err := asPostgresUser(pgctl, "-D", data, "-o", opts, "-l", filepath.Join(dir, "log"), "-w", "start").CombinedOutput(); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log"))
		return nil, fmt.Errorf("pg_ctl start: %w: %s\n%s", err, out, log)
	}
	started = true
	s := &Server{Dir: dir, Port: port,
		Admin: fmt.Sprintf("host=%s port=%s user=postgres dbname=postgres sslmode=disable", dir, port)}
	s.stop = func() {
		asPostgresUser(pgctl, "-D", data, "-m", "immediate", "-w", "stop").Run()
		os.RemoveAll(dir)
	}
	db, err := sql.Open("postgres", s.Admin)
	if err == nil {
		err = db.PingContext(context.Background())
		db.Close()
	}
	if err != nil {
		s.Stop()
		return nil, fmt.Errorf("server started but does not answer: %w", err)
	}
	return s, nil
}

func findBin(name string) string {
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

// stopOrphans stops the servers of test processes that died before they
// could stop them themselves.
func stopOrphans(pgctl string) {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), dirPrefix+"*"))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, ownerFile))
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

// chownToPostgres gives dir to the postgres user (created if missing) when
// running as root.
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
