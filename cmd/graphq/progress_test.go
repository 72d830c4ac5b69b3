package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/graphq/graphq/bench/corpus"
	"github.com/graphq/graphq/graph"
)

func TestProgressText(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		name string
		bp   graph.BuildProgress
		rate float64
		eta  time.Duration
		want string
	}{
		{"known size", graph.BuildProgress{Articles: 41200, BytesRead: 42 * mib, BytesTotal: 100 * mib}, 1480.4, 65 * time.Second,
			"[========>           ]  42%  41,200 articles  1,480/s  ETA 1m05s"},
		{"no estimate yet", graph.BuildProgress{Articles: 3, BytesRead: 1, BytesTotal: 1000}, 2.5, -1,
			"[>                   ]   0%  3 articles  2.5/s  ETA --"},
		{"all read", graph.BuildProgress{Articles: 100000, BytesRead: 37 * mib, BytesTotal: 37 * mib}, 1500, 0,
			"[====================] 100%  100,000 articles  1,500/s  ETA 0s"},
		{"files grew while read", graph.BuildProgress{Articles: 7, BytesRead: 1200, BytesTotal: 1000}, 12, 0,
			"[====================] 100%  7 articles  12/s  ETA 0s"},
		{"unknown size", graph.BuildProgress{Articles: 1234567, Skipped: 2, BytesRead: 5 * mib}, 987.6, -1,
			"1,234,567 articles  2 skipped  988/s"},
		{"resumed", graph.BuildProgress{Articles: 10, Unchanged: 90, BytesRead: 50, BytesTotal: 100}, 40, 2 * time.Hour,
			"[==========>         ]  50%  10 articles  90 unchanged  40/s  ETA 2h00m"},
		{"too wide for the bar", graph.BuildProgress{Articles: 1234567, Unchanged: 1234567, Skipped: 12345, BytesRead: 1, BytesTotal: 4}, 12345, 200 * time.Hour,
			" 25%  1,234,567 articles  1,234,567 unchanged  12,345 skipped  12,345/s  ETA >99h"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := progressText(tc.bp, tc.rate, tc.eta)
			if got != tc.want {
				t.Errorf("progressText =\n%q\nwant\n%q", got, tc.want)
			}
			if tc.bp.BytesTotal > 0 && strings.HasPrefix(got, "[") && len(got) > progressMaxWidth {
				t.Errorf("line of %d columns drawn with its bar, over %d", len(got), progressMaxWidth)
			}
		})
	}
}

func TestFormatETA(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, "0s"},
		{400 * time.Millisecond, "0s"},
		{59 * time.Second, "59s"},
		{59600 * time.Millisecond, "1m00s"},
		{65 * time.Second, "1m05s"},
		{time.Hour - time.Second, "59m59s"},
		{time.Hour + 5*time.Minute + 30*time.Second, "1h05m"},
		{99*time.Hour + 59*time.Minute, "99h59m"},
		{100 * time.Hour, ">99h"},
	}
	for _, tc := range tests {
		if got := formatETA(tc.d); got != tc.want {
			t.Errorf("formatETA(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestGroupDigits(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 41200: "41,200", 1234567: "1,234,567", -4500: "-4,500"} {
		if got := groupDigits(n); got != want {
			t.Errorf("groupDigits(%d) = %q, want %q", n, got, want)
		}
	}
}

// lastLine is the last status line drawn into out.
func lastLine(out string) string {
	i := strings.LastIndex(out, "\r\033[K")
	if i < 0 {
		return ""
	}
	return out[i+len("\r\033[K"):]
}

// TestProgressBarRedrawsAtMostFiveTimesASecond: reports every 10 ms of
// build time draw one line per 200 ms, and finish clears the line.
func TestProgressBarRedrawsAtMostFiveTimesASecond(t *testing.T) {
	var out bytes.Buffer
	bar := newProgressBar(&out)
	for i := 1; i <= 300; i++ { // 3 s of build
		bar.update(graph.BuildProgress{Articles: i, Elapsed: time.Duration(i) * 10 * time.Millisecond})
	}
	if n := strings.Count(out.String(), "\r\033[K"); n < 14 || n > 16 {
		t.Errorf("%d lines drawn in 3 s of build, want about 15", n)
	}
	bar.finish()
	if !strings.HasSuffix(out.String(), "articles  100/s\r\033[K") {
		t.Errorf("output does not end with a cleared line: ...%q", out.String()[max(out.Len()-60, 0):])
	}
	var never *progressBar
	never.finish() // a build without a bar finishes too
}

// TestProgressBarRedrawsWhenTheSizeArrives: the input's size is measured
// alongside the build; the report that first knows it is drawn at once,
// with its percentage, even inside the 200 ms between redraws.
func TestProgressBarRedrawsWhenTheSizeArrives(t *testing.T) {
	var out bytes.Buffer
	bar := newProgressBar(&out)
	bar.update(graph.BuildProgress{Articles: 1, BytesRead: 100, Elapsed: 10 * time.Millisecond})
	bar.update(graph.BuildProgress{Articles: 2, BytesRead: 200, Elapsed: 20 * time.Millisecond})
	bar.update(graph.BuildProgress{Articles: 3, BytesRead: 300, BytesTotal: 1000, Elapsed: 30 * time.Millisecond})
	bar.update(graph.BuildProgress{Articles: 4, BytesRead: 400, BytesTotal: 1000, Elapsed: 40 * time.Millisecond})
	if n := strings.Count(out.String(), "\r\033[K"); n != 2 {
		t.Errorf("%d lines drawn, want 2 (the first report, and the first that knows the size): %q", n, out.String())
	}
	if line := lastLine(out.String()); !strings.Contains(line, " 30%  3 articles") || !strings.Contains(line, "ETA") {
		t.Errorf("last line %q, want 30%% of 3 articles with an ETA", line)
	}
}

// TestProgressBarFollowsTheCurrentSpeed: after 20 s at 100 articles/s and
// 10 s at 1000/s, total/elapsed says 400/s while the build now does 1000;
// the rate drawn says nearly 1000, and so does the ETA.
func TestProgressBarFollowsTheCurrentSpeed(t *testing.T) {
	var out bytes.Buffer
	bar := newProgressBar(&out)
	const total = 1 << 30
	articles, read := 0, int64(0)
	for ms := 100; ms <= 30000; ms += 100 {
		perTick := 10
		if ms > 20000 {
			perTick = 100
		}
		articles += perTick
		read += int64(perTick) * 1000 // 1000 bytes an article
		bar.update(graph.BuildProgress{Articles: articles, BytesRead: read, BytesTotal: total, Elapsed: time.Duration(ms) * time.Millisecond})
	}
	if bar.rate < 850 || bar.rate > 1000 {
		t.Errorf("rate %.0f/s after speeding up to 1000/s (total/elapsed: %d/s)", bar.rate, articles/30)
	}
	// About 1062 MB are left: at the current 1 MB/s that is 17m42s, at
	// total/elapsed 44 minutes.
	line := lastLine(out.String())
	var mins, secs int
	if _, err := fmt.Sscanf(line[strings.Index(line, "ETA"):], "ETA %dm%ds", &mins, &secs); err != nil || mins < 17 || mins > 22 {
		t.Errorf("last line %q, want an ETA of 17 to 22 minutes", line)
	}
	if !strings.HasPrefix(line, "[>                   ]   1%  11,900 articles  ") {
		t.Errorf("last line %q, want an empty bar at 1%% and 11,900 articles", line)
	}
}

// TestBuildWritesNoProgressWhenStderrIsNotATerminal: with stderr a pipe,
// a clean build writes nothing there, and its summary to stdout.
func TestBuildWritesNoProgressWhenStderrIsNotATerminal(t *testing.T) {
	r := graphq(t, nil, "build", "--db", filepath.Join(t.TempDir(), "g.db"), seedDir)
	if r.code != 0 {
		t.Fatalf("build: %v", r)
	}
	if r.stderr != "" {
		t.Errorf("stderr = %q, want nothing", r.stderr)
	}
	if got := summaryValue(t, r.stdout, "articles"); got != "5" {
		t.Errorf("articles = %s, want 5", got)
	}
}

// TestBuildDrawsProgressOnATerminal builds a 400-article corpus on a
// pseudo-terminal: it draws a progress line with a percentage and an ETA,
// says when it writes its indexes, clears the line, then prints the
// summary; with --quiet it writes nothing.
func TestBuildDrawsProgressOnATerminal(t *testing.T) {
	corpusFile := filepath.Join(t.TempDir(), "corpus.jsonl")
	var buf bytes.Buffer
	if err := corpus.New(7).WriteJSONL(&buf, 400); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(corpusFile, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, quiet := range []bool{false, true} {
		args := []string{"build", "--db", filepath.Join(t.TempDir(), "g.db")}
		if quiet {
			args = append(args, "--quiet")
		}
		out := runOnPTY(t, append(args, corpusFile)...)
		if quiet {
			if out != "" {
				t.Errorf("--quiet build wrote to the terminal:\n%q", out)
			}
			continue
		}
		drew := strings.Contains(out, "\r\033[K")
		summary := strings.Index(out, "articles: 400")
		end := strings.LastIndex(out, "\r\033[K")
		if !drew || !strings.Contains(out, "%  ") || !strings.Contains(out, "ETA") || summary < 0 || end > summary {
			t.Errorf("want a progress line with %% and ETA, cleared before the summary; got\n%q", out)
		}
		// A first build ends with its bulk load's indexes.
		if !strings.Contains(out, "400 articles read; writing indexes...") {
			t.Errorf("first build did not say it writes its indexes; got\n%q", out)
		}
	}
}

// runOnPTY runs graphq with args on a pseudo-terminal and returns all it
// wrote there.
func runOnPTY(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(graphqBin, args...)
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 100})
	if err != nil {
		t.Fatalf("start graphq on a pty: %v", err)
	}
	defer tty.Close()
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() {
		_, err := io.Copy(&out, tty)
		done <- err
	}()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("graphq %v: %v", args, err)
	}
	select {
	case err := <-done:
		// Linux ends a pty whose other side closed with EIO.
		if err != nil && !errors.Is(err, syscall.EIO) {
			t.Fatalf("read the pty: %v", err)
		}
	case <-time.After(ptyWait):
		t.Fatalf("the pty did not close after graphq exited; output:\n%q", out.String())
	}
	return out.String()
}
