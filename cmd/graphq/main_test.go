package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// graphqBin is the binary built once for the whole package: the tests drive
// it as a real process, exit codes, pipes and all.
var graphqBin string

// seedDir is the repository's seed articles.
var seedDir = filepath.Join("..", "..", "seeds")

func TestMain(m *testing.M) {
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "graphq-cli-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	graphqBin = filepath.Join(dir, "graphq")
	build := exec.Command("go", "build", "-o", graphqBin, ".")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build graphq:", err)
		return 1
	}
	sharedDir = filepath.Join(dir, "shared")
	defer stopPostgresServer()
	return m.Run()
}

// cliResult is what one graphq process did.
type cliResult struct {
	stdout, stderr string
	code           int
}

func (r cliResult) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// graphq runs the binary with args, stdin (may be nil) and an environment
// without GRAPHQ_DB, so that a developer's setting cannot leak in.
func graphq(t *testing.T, stdin io.Reader, args ...string) cliResult {
	t.Helper()
	cmd := exec.Command(graphqBin, args...)
	cmd.Stdin = stdin
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GRAPHQ_DB=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := cliResult{stdout: stdout.String(), stderr: stderr.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run graphq %v: %v", args, err)
	}
	return r
}

// sharedDir holds stores that several tests read but none writes.
var sharedDir string

var (
	seedStoreOnce sync.Once
	seedStorePath string
	seedStoreRun  cliResult
)

// seedStore is a bolt store built from seeds/ once for the package.
func seedStore(t *testing.T) string {
	t.Helper()
	seedStoreOnce.Do(func() {
		seedStorePath = filepath.Join(sharedDir, "seeds.db")
		seedStoreRun = graphq(t, nil, "build", "--db", seedStorePath, seedDir)
	})
	if seedStoreRun.code != 0 {
		t.Fatalf("graphq build seeds: %v", seedStoreRun)
	}
	return seedStorePath
}

// summaryValue reads one "key: value" line of the build summary.
func summaryValue(t *testing.T, summary, key string) string {
	t.Helper()
	for _, line := range strings.Split(summary, "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && k == key {
			return strings.TrimSpace(v)
		}
	}
	t.Fatalf("no %q line in build summary:\n%s", key, summary)
	return ""
}
