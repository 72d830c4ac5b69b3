package main

import (
	"sync"

	"github.com/graphq/graphq/internal/pgtest"
)

// A throwaway PostgreSQL server for the package's tests (see
// internal/pgtest), started on first use and stopped by TestMain. TCP
// connections must give a password, so that a wrong one is refused; the
// admin connects over the Unix socket, which trusts.
var pgServer struct {
	once   sync.Once
	server *pgtest.Server
	why    string // why unavailable, for the skip message
}

// postgresServer returns the admin DSN and TCP port of the shared server,
// or a reason why there is none.
func postgresServer() (admin, port, why string) {
	pgServer.once.Do(func() {
		s, err := pgtest.Start("scram-sha-256")
		if err != nil {
			pgServer.why = err.Error()
			return
		}
		pgServer.server = s
	})
	if pgServer.server == nil {
		return "", "", pgServer.why
	}
	return pgServer.server.Admin, pgServer.server.Port, ""
}

// stopPostgresServer is for TestMain.
func stopPostgresServer() { pgServer.server.Stop() }
