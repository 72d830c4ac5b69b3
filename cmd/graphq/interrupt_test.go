package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Ctrl-C during a build stops it cleanly: the store passes check, and
// --resume finishes the job.
func TestInterruptedBuildStopsCleanlyAndResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 500-article corpus")
	}
	corpus := t.TempDir()
	seeds, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	const copies = 100
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for i := range copies {
			name := filepath.Join(corpus, fmt.Sprintf("%03d_%s", i, filepath.Base(p)))
			if err := os.WriteFile(name, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	db := filepath.Join(t.TempDir(), "g.db")
	cmd := exec.Command(graphqBin, "build", "--db", db, "--batch", "8", corpus)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The store directory appears once the build has opened it: only then
	// is the interrupt sure to reach a running build.
	for {
		if _, err := os.Stat(db); err == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	// Then a little longer, so that some articles are stored.
	time.Sleep(150 * time.Millisecond)
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if err == nil {
		t.Skipf("the build finished before the interrupt reached it:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "cancelled") {
		t.Errorf("interrupted build: %v; stderr:\n%s", err, stderr.String())
	}

	// What the summary says was stored is in the store: a first build (a
	// bulk load) keeps what it read when interrupted.
	var stored int
	fmt.Sscanf(stdout.String(), "articles: %d", &stored)
	t.Logf("interrupted after storing %d articles", stored)
	if r := graphq(t, nil, "check", "--db", db); r.code != 0 || !strings.HasPrefix(r.stdout, fmt.Sprintf("ok: %d articles", stored)) {
		t.Errorf("check after the interrupt, whose summary said %d articles: %v", stored, r)
	}
	r := graphq(t, nil, "build", "--resume", "--db", db, corpus)
	if r.code != 0 {
		t.Fatalf("build --resume: %v", r)
	}
	if r := graphq(t, nil, "check", "--db", db); r.code != 0 || !strings.HasPrefix(r.stdout, fmt.Sprintf("ok: %d articles", copies*len(seeds))) {
		t.Errorf("check after --resume: %v", r)
	}
}
