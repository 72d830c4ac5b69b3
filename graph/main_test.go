package graph

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	// A re-executed test binary plays the other process of the lock test.
	if path := os.Getenv(lockChildEnv); path != "" {
		os.Exit(lockChild(path))
	}
	if spec := os.Getenv(crashChildEnv); spec != "" {
		os.Exit(crashChild(spec))
	}
	code := m.Run()
	pg.server.Stop()
	os.Exit(code)
}
