package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lockChildEnv, set to a store path, makes the test binary open that store
// and report the error instead of running tests (see TestMain).
const lockChildEnv = "GRAPHQ_TEST_LOCK_CHILD"

func lockChild(path string) int {
	s, err := Open(context.Background(), Config{Path: path})
	if err != nil {
		fmt.Printf("open error: %v (in use: %v)\n", err, errors.Is(err, ErrInUse))
		return 0
	}
	s.Close()
	fmt.Println("opened")
	return 0
}

// A bolt store held by one process is refused to another with an error,
// instead of a hang on the file lock.
func TestBoltStoreInUseByAnotherProcess(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	s := openTestStore(t, Config{Path: dir})
	mustAdd(t, s, suiasa("000_a"))

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), lockChildEnv+"="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	got := string(out)
	if !strings.Contains(got, "store "+dir+" is in use by another process") || !strings.Contains(got, "in use: true") {
		t.Errorf("child opening a held store said %q, want an in-use error naming the store", got)
	}

	// Once released, the other process gets in.
	s.Close()
	cmd = exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), lockChildEnv+"="+dir)
	if out, err = cmd.CombinedOutput(); err != nil || !strings.Contains(string(out), "opened") {
		t.Errorf("child after Close: %v %q, want opened", err, out)
	}
}
