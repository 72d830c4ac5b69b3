package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func TestBuildTwiceGivesTheSameGraph(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	var quads, exports []string
	for i := range 2 {
		r := graphq(t, nil, "build", "--db", db, seedDir)
		if r.code != 0 {
			t.Fatalf("build #%d: %v", i+1, r)
		}
		if got := summaryValue(t, r.stdout, "articles"); got != "5" {
			t.Errorf("build #%d: articles = %s, want 5", i+1, got)
		}
		quads = append(quads, summaryValue(t, r.stdout, "quads"))
		ex := graphq(t, nil, "export", "--db", db)
		if ex.code != 0 {
			t.Fatalf("export #%d: %v", i+1, ex)
		}
		exports = append(exports, sortedLines(ex.stdout))
	}
	if quads[0] != quads[1] {
		t.Errorf("quads after first build %s, after second %s", quads[0], quads[1])
	}
	if quads[0] == "0" {
		t.Errorf("building the seeds stored no quads")
	}
	if exports[0] != exports[1] {
		t.Errorf("export differs between the two builds")
	}
}

func TestBuildSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	text, err := os.ReadFile(filepath.Join(seedDir, "000_1da8f10a785c8fae.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"good.txt":  text,
		"empty.txt": nil,
		"image.txt": {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3},
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name     string
		flags    []string
		wantCode int
	}{
		{"strict", nil, 1},
		{"keep-going", []string{"--keep-going"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"build", "--db", filepath.Join(t.TempDir(), "g.db")}, tt.flags...)
			r := graphq(t, nil, append(args, dir)...)
			if r.code != tt.wantCode {
				t.Errorf("exit %d, want %d\n%v", r.code, tt.wantCode, r)
			}
			if got := summaryValue(t, r.stdout, "articles"); got != "1" {
				t.Errorf("articles = %s, want 1 (good.txt)", got)
			}
			if got := summaryValue(t, r.stdout, "skipped"); got != "2" {
				t.Errorf("skipped = %s, want 2", got)
			}
			for _, bad := range []string{"empty.txt", "image.txt"} {
				line := lineContaining(r.stderr, bad)
				if line == "" {
					t.Errorf("stderr does not name %s:\n%s", bad, r.stderr)
					continue
				}
				// "skipped DIR/empty.txt: REASON": the reason must be there.
				_, reason, _ := strings.Cut(line[strings.Index(line, bad):], ":")
				if strings.TrimSpace(reason) == "" {
					t.Errorf("no reason given for %s: %q", bad, line)
				}
			}
			if strings.Contains(r.stderr, "good.txt") {
				t.Errorf("stderr names the good file:\n%s", r.stderr)
			}
		})
	}
}

func TestBuildWithoutPathsIsAUsageError(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	r := graphq(t, nil, "build", "--db", db)
	if r.code != 2 || !strings.Contains(r.stderr, "no FILE or DIR") {
		t.Errorf("build without paths: %v", r)
	}
}

func TestCheckAndExportOnSeedStore(t *testing.T) {
	db := seedStore(t)
	r := graphq(t, nil, "check", "--db", db)
	if r.code != 0 || !strings.HasPrefix(r.stdout, "ok: 5 articles") {
		t.Errorf("check on a fresh build: %v", r)
	}
	out := filepath.Join(t.TempDir(), "graph.nq")
	r = graphq(t, nil, "export", "--db", db, "-o", out)
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("export -o: %v", r)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "<article:000_1da8f10a785c8fae> .\n") {
		t.Errorf("exported N-Quads carry no article label:\n%.500s", data)
	}
}

func sortedLines(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

func lineContaining(s, sub string) string {
	for _, line := range strings.Split(s, "\n") {
		if strings.Contains(line, sub) {
			return line
		}
	}
	return ""
}

func TestBuildResumeSkipsStoredArticles(t *testing.T) {
	db := filepath.Join(t.TempDir(), "g.db")
	if r := graphq(t, nil, "build", "--db", db, seedDir); r.code != 0 {
		t.Fatalf("build: %v", r)
	}
	r := graphq(t, nil, "build", "--resume", "--db", db, seedDir)
	if r.code != 0 {
		t.Fatalf("build --resume: %v", r)
	}
	if got := summaryValue(t, r.stdout, "unchanged"); got != "5" {
		t.Errorf("unchanged = %s, want 5", got)
	}
	if got := summaryValue(t, r.stdout, "articles"); got != "0" {
		t.Errorf("articles = %s, want 0: nothing changed", got)
	}
}

func TestMapBudgetBytes(t *testing.T) {
	tests := []struct{ mib, want int64 }{
		{512, 512 << 20},
		{1, 1 << 20},
		{0, 1 << 20}, // zero would mean the default to the library: keep what was asked, the least
		{-1, -1},
		{-7, -1},
	}
	for _, tt := range tests {
		if got := mapBudgetBytes(tt.mib); got != tt.want {
			t.Errorf("mapBudgetBytes(%d) = %d, want %d", tt.mib, got, tt.want)
		}
	}
}
