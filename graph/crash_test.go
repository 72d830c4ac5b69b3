package graph

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashChildEnv, set to "STORE|CORPUS|MODE", makes the test binary build
// CORPUS into the bolt store STORE and exit (see TestMain): the process the
// crash test kills. MODE "incremental" sets BuildOptions.NoBulkLoad.
const crashChildEnv = "GRAPHQ_TEST_CRASH_CHILD"

func crashChild(spec string) int {
	store, rest, _ := strings.Cut(spec, "|")
	corpus, mode, _ := strings.Cut(rest, "|")
	s, err := Open(context.Background(), Config{Path: store})
	if err != nil {
		fmt.Println("open:", err)
		return 1
	}
	fmt.Println("building")
	if _, err := s.Build(context.Background(), []string{corpus}, BuildOptions{Workers: 2, NoBulkLoad: mode == "incremental"}); err != nil {
		fmt.Println("build:", err)
		return 1
	}
	if err := s.Close(); err != nil {
		fmt.Println("close:", err)
		return 1
	}
	fmt.Println("done")
	return 0
}

// crashCorpus writes the seed articles under many names, enough for a build
// that lasts long enough to be killed in the middle.
func crashCorpus(t *testing.T, copies int) string {
	t.Helper()
	seeds, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Skip("seed articles not found")
	}
	dir := t.TempDir()
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		base := strings.TrimSuffix(filepath.Base(p), ".txt")
		for i := 0; i < copies; i++ {
			name := filepath.Join(dir, fmt.Sprintf("%s_%03d.txt", base, i))
			if err := os.WriteFile(name, b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return dir
}

func exportOf(t *testing.T, s *Store) string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "nquads"); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// A build killed with SIGKILL at any moment leaves a store that opens and
// passes Check; building again completes it to exactly the quads of a clean
// build. Both ways a first build writes are killed: the bulk load (the
// store stays empty until its file is complete) and Cayley's writer.
func TestKilledBuildRecovers(t *testing.T) {
	if testing.Short() {
		t.Skip("kills real processes; skipped with -short")
	}
	corpus := crashCorpus(t, 20)
	for _, mode := range []string{"bulk", "incremental"} {
		t.Run(mode, func(t *testing.T) { killBuilds(t, corpus, mode) })
	}
}

func killBuilds(t *testing.T, corpus, mode string) {
	ctx := context.Background()

	clean := openTestStore(t, Config{Path: filepath.Join(t.TempDir(), "clean")})
	began := time.Now()
	if _, err := clean.Build(ctx, []string{corpus}, BuildOptions{Workers: 2, NoBulkLoad: mode == "incremental"}); err != nil {
		t.Fatal(err)
	}
	// Kill points spread over the first part of how long a build takes here.
	span := int(time.Since(began).Milliseconds() * 6 / 10)
	want := exportOf(t, clean)

	rng := rand.New(rand.NewSource(7))
	killedMidway, leftLoads := 0, 0
	// Kill until ten kills have landed mid-build (a kill after the child
	// finished still checks the store, but does not count).
	for point := 0; killedMidway < 10 && point < 40; point++ {
		store := filepath.Join(t.TempDir(), fmt.Sprintf("killed%d", point))
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), crashChildEnv+"="+store+"|"+corpus+"|"+mode)
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := bufio.NewScanner(stdout)
		if !lines.Scan() || lines.Text() != "building" {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("point %d: child did not start building: %q", point, lines.Text())
		}
		time.Sleep(time.Duration(rng.Intn(span+1)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		rest := ""
		for lines.Scan() {
			rest += lines.Text()
		}
		cmd.Wait()
		if !strings.Contains(rest, "done") {
			killedMidway++
		}

		if _, err := os.Stat(filepath.Join(store, freshLoadFile)); err == nil {
			leftLoads++
		}
		s, err := Open(ctx, Config{Path: store})
		if err != nil {
			t.Fatalf("point %d: store does not open after kill: %v", point, err)
		}
		if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
			t.Fatalf("point %d: check after kill: %v %v", point, err, problems)
		}
		if _, err := os.Stat(filepath.Join(store, freshLoadFile)); !os.IsNotExist(err) {
			t.Fatalf("point %d: unfinished load file still there after open: %v", point, err)
		}
		if _, err := s.Build(ctx, []string{corpus}, BuildOptions{}); err != nil {
			t.Fatalf("point %d: rebuild: %v", point, err)
		}
		if got := exportOf(t, s); got != want {
			t.Fatalf("point %d: rebuilt store differs from a clean build (%d vs %d bytes)", point, len(got), len(want))
		}
		s.Close()
	}
	if killedMidway < 10 {
		t.Errorf("only %d kills landed mid-build; make the corpus larger", killedMidway)
	}
	if mode == "bulk" && leftLoads == 0 {
		t.Errorf("no kill landed during a bulk load")
	}
}
