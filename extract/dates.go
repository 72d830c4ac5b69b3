package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dateValue is a date found in text: its parts as far as the text gives them.
type dateValue struct {
	day, month, year int
	weekday          string // as written, if any
}

// iso returns YYYY-MM-DD when the year is known, else day/month as written
// in Indonesian order ("14/9").
func (d dateValue) iso() string {
	if d.year > 0 {
		return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)
	}
	return fmt.Sprintf("%d/%d", d.day, d.month)
}

var weekdays = map[string]time.Weekday{
	"minggu": time.Sunday, "senin": time.Monday, "selasa": time.Tuesday, "rabu": time.Wednesday,
	"kamis": time.Thursday, "jumat": time.Friday, "jum'at": time.Friday, "sabtu": time.Saturday,
}

// inferYear fills in a missing year from the weekday written beside the date:
// of the candidate years (those the article mentions, and its publication
// year), keep the one where the date falls on that weekday, if exactly one does.
func (d *dateValue) inferYear(candidates []int) bool {
	if d.year > 0 || d.weekday == "" {
		return false
	}
	wd, ok := weekdays[strings.ToLower(d.weekday)]
	if !ok {
		return false
	}
	found := 0
	for _, y := range candidates {
		t := time.Date(y, time.Month(d.month), d.day, 12, 0, 0, 0, time.UTC)
		if t.Month() == time.Month(d.month) && t.Weekday() == wd {
			if found != 0 && found != y {
				return false
			}
			found = y
		}
	}
	if found == 0 {
		return false
	}
	d.year = found
	return true
}

// parseDayMonth parses "14/9" or "17/10/2024".
func parseDayMonth(s string) (dateValue, bool) {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 {
		return dateValue{}, false
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return dateValue{}, false
		}
		n[i] = v
	}
	d := dateValue{day: n[0], month: n[1], year: n[2]}
	if len(parts) == 3 && d.year < 100 {
		d.year += 2000
	}
	return d, d.valid()
}

func (d dateValue) valid() bool {
	if d.day < 1 || d.day > 31 || d.month < 1 || d.month > 12 || (d.year != 0 && (d.year < 1900 || d.year > 2100)) {
		return false
	}
	if d.year == 0 {
		return true
	}
	t := time.Date(d.year, time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
	return t.Day() == d.day
}

func parseYear(s string) int {
	// Checking the digits first spares Atoi the error it would allocate for
	// the many four-letter words.
	if len(s) != 4 || !isDigits(s) {
		return 0
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2100 {
		return 0
	}
	return y
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// matchDate recognises a date starting at token i: "Kamis (14/9)",
// "Rabu (26/8/2020)", "Kamis 18 April 2024", "27 November 2024",
// "Kemarin (11/7)", "(17/10/2024)". It returns the date and the tokens used.
func (x *Extractor) matchDate(s *sentence, i int) (dateValue, int, bool) {
	toks := s.low
	if c := toks[i][0]; !(c >= '0' && c <= '9') && c != '(' && !s.is(roleWeekday, i) && !s.is(roleRelDay, i) {
		return dateValue{}, 0, false
	}
	j := i
	var d dateValue
	if s.is(roleWeekday, j) || s.is(roleRelDay, j) {
		if s.is(roleWeekday, j) {
			d.weekday = s.toks[j].Text
		}
		j++
		if j < len(toks) && toks[j] == "," {
			j++
		}
	}
	// (14/9) or 14/9
	k := j
	paren := k < len(toks) && toks[k] == "("
	if paren {
		k++
	}
	if k < len(toks) {
		if dm, ok := parseDayMonth(toks[k]); ok {
			k++
			if paren {
				if k >= len(toks) || toks[k] != ")" {
					return dateValue{}, 0, false
				}
				k++
			}
			if !paren && dm.year == 0 && d.weekday == "" {
				return dateValue{}, 0, false // a bare "3/4" is more often a ratio
			}
			dm.weekday = d.weekday
			return dm, k - i, true
		}
	}
	// 18 April 2024
	if j+1 < len(toks) && toks[j] != "" && toks[j][0] >= '0' && toks[j][0] <= '9' {
		day, err := strconv.Atoi(toks[j])
		if m, ok := x.lx.s.Months[toks[j+1]]; ok && err == nil {
			d.day, d.month = day, m
			n := j + 2
			if n < len(toks) {
				if y := parseYear(toks[n]); y > 0 {
					d.year = y
					n++
				}
			}
			if d.valid() {
				return d, n - i, true
			}
		}
	}
	return dateValue{}, 0, false
}
