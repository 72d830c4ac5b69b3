package main

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/graphq/graphq/graph"
)

// Drawing settings of the build progress line.
const (
	// progressEvery caps redraws at five a second: enough to look alive,
	// rare enough that drawing never slows the build.
	progressEvery = 200 * time.Millisecond
	// progressWindow is how far back the rates look: they follow a change
	// of speed within seconds, where total/elapsed would still reflect the
	// first minute. It also keeps the start out of the estimate: the first
	// read buffer comes in at once, long before its articles are stored,
	// and would make the input look several times faster than it goes.
	progressWindow = 10 * time.Second
	// progressMinSpan: over less than this, too little has happened for an
	// estimate of the time left.
	progressMinSpan = time.Second
	// progressBarCells is the width of the bar between its brackets.
	progressBarCells = 20
	// progressMaxWidth keeps the line within an 80-column terminal, which a
	// carriage return can only redraw if the line did not wrap.
	progressMaxWidth = 79
)

// progressBar redraws one status line of a build on a terminal:
//
//	[========>           ]  42%  41,200 articles  1,480/s  ETA 1m05s
//
// It keeps time by BuildProgress.Elapsed, so a test can drive it with
// made-up reports.
type progressBar struct {
	w     io.Writer
	drawn bool
	// samples are the counts at each redraw over the last progressWindow,
	// oldest first, with one more from before the window as its base.
	samples []progressSample
	rate    float64 // articles per second, as last drawn
	// sized: the input's size was known at the last redraw. The size is
	// measured alongside the build, so it can arrive between two redraws.
	sized bool
}

type progressSample struct {
	at   time.Duration
	done int   // articles stored or unchanged
	read int64 // input bytes
}

func newProgressBar(w io.Writer) *progressBar { return &progressBar{w: w} }

// update is a graph.BuildOptions.Progress function.
func (p *progressBar) update(bp graph.BuildProgress) {
	if bp.Indexing {
		fmt.Fprint(p.w, "\r\033[K"+groupDigits(bp.Articles)+" articles read; writing indexes...")
		p.drawn = true
		return
	}
	newlySized := bp.BytesTotal > 0 && !p.sized
	if n := len(p.samples); n > 0 && bp.Elapsed-p.samples[n-1].at < progressEvery && !newlySized {
		return
	}
	p.sized = bp.BytesTotal > 0
	now := progressSample{at: bp.Elapsed, done: bp.Articles + bp.Unchanged, read: bp.BytesRead}
	p.samples = append(p.samples, now)
	for len(p.samples) > 2 && now.at-p.samples[1].at >= progressWindow {
		p.samples = p.samples[1:]
	}
	base := p.samples[0]
	eta := time.Duration(-1)
	if span := (now.at - base.at).Seconds(); span >= progressMinSpan.Seconds() {
		p.rate = float64(now.done-base.done) / span
		byteRate := float64(now.read-base.read) / span
		if bp.BytesTotal > 0 && byteRate > 0 {
			left := float64(max(bp.BytesTotal-bp.BytesRead, 0))
			eta = time.Duration(left / byteRate * float64(time.Second))
		}
	} else if secs := now.at.Seconds(); secs > 0 {
		p.rate = float64(now.done) / secs
	}
	fmt.Fprint(p.w, "\r\033[K"+progressText(bp, p.rate, eta))
	p.drawn = true
}

// finish clears the line, so that what is printed next starts clean.
func (p *progressBar) finish() {
	if p != nil && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// progressText is the status line: bar, percentage and ETA when the input
// size is known (eta < 0: not estimated yet), then counts and rate. The
// bar is left out when the line would not fit progressMaxWidth.
func progressText(bp graph.BuildProgress, rate float64, eta time.Duration) string {
	var parts []string
	counts := func() {
		parts = append(parts, groupDigits(bp.Articles)+" articles")
		if bp.Unchanged > 0 {
			parts = append(parts, groupDigits(bp.Unchanged)+" unchanged")
		}
		if bp.Skipped > 0 {
			parts = append(parts, groupDigits(bp.Skipped)+" skipped")
		}
		parts = append(parts, formatRate(rate))
	}
	if bp.BytesTotal <= 0 {
		counts()
		return strings.Join(parts, "  ")
	}
	frac := min(float64(bp.BytesRead)/float64(bp.BytesTotal), 1)
	parts = append(parts, fmt.Sprintf("%3d%%", int(frac*100)))
	counts()
	etaText := "ETA --"
	if eta >= 0 {
		etaText = "ETA " + formatETA(eta)
	}
	parts = append(parts, etaText)
	line := strings.Join(parts, "  ")
	if withBar := drawBar(frac, progressBarCells) + " " + line; len(withBar) <= progressMaxWidth {
		return withBar
	}
	return line
}

// drawBar is "[=====>    ]" filled to frac.
func drawBar(frac float64, cells int) string {
	full := int(frac * float64(cells))
	bar := strings.Repeat("=", full)
	if full < cells {
		bar += ">" + strings.Repeat(" ", cells-full-1)
	}
	return "[" + bar + "]"
}

// formatRate is articles per second: whole numbers, but a decimal for a
// slow build, where "0/s" would say nothing.
func formatRate(r float64) string {
	if r < 10 {
		return strconv.FormatFloat(max(r, 0), 'f', 1, 64) + "/s"
	}
	return groupDigits(int(math.Round(r))) + "/s"
}

// formatETA is a duration to the precision that matters for waiting:
// "42s", "1m05s", "2h10m"; ">99h" beyond that.
func formatETA(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s < 3600:
		return fmt.Sprintf("%dm%02ds", s/60, s%60)
	case s < 100*3600:
		return fmt.Sprintf("%dh%02dm", s/3600, s%3600/60)
	}
	return ">99h"
}

// groupDigits writes n with thousands separators: 41200 -> "41,200".
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
