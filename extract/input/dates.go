package input

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Priorities of the places a page states its publication date, best first.
const (
	prioPublished = iota // <meta property="article:published_time">
	prioJSONLD           // "datePublished" in JSON-LD
	prioMetaName         // <meta name="pubdate"> and kin
	prioTime             // the first <time datetime>
)

// dateCandidates keeps the best date seen so far.
type dateCandidates struct {
	date string
	prio int
	set  bool
}

func (c *dateCandidates) add(raw string, prio int) {
	if c.set && prio >= c.prio {
		return
	}
	if d := normaliseDate(raw); d != "" {
		c.date, c.prio, c.set = d, prio, true
	}
}

func (c *dateCandidates) best() string { return c.date }

var metaDateNames = map[string]int{
	"article:published_time": prioPublished,
	"og:published_time":      prioPublished,
	"datepublished":          prioJSONLD,
	"pubdate":                prioMetaName,
	"publishdate":            prioMetaName,
	"publish-date":           prioMetaName,
	"publish_date":           prioMetaName,
	"date":                   prioMetaName,
	"dc.date.issued":         prioMetaName,
	"dc.date":                prioMetaName,
	"dcterms.created":        prioMetaName,
	"content_publisheddate":  prioMetaName,
	"parsely-pub-date":       prioMetaName,
	"sailthru.date":          prioMetaName,
}

// meta considers a <meta> tag, which names its date by property, name or
// itemprop depending on the site.
func (c *dateCandidates) meta(attrs map[string]string) {
	for _, key := range []string{"property", "name", "itemprop"} {
		if prio, ok := metaDateNames[strings.ToLower(attrs[key])]; ok {
			c.add(attrs["content"], prio)
		}
	}
}

var jsonLDDate = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{4,40})"`)

// jsonLD looks for datePublished in a JSON-LD block without decoding it:
// sites often ship JSON-LD that is not quite valid JSON.
func (c *dateCandidates) jsonLD(body string) {
	if m := jsonLDDate.FindStringSubmatch(body); m != nil {
		c.add(m[1], prioJSONLD)
	}
}

var (
	isoDate   = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])`)
	wordDate  = regexp.MustCompile(`^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\b`)
	monthDate = regexp.MustCompile(`^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b`)
	epochDate = regexp.MustCompile(`^\d{9,10}$`)
)

// months maps English and Indonesian month names and abbreviations.
var months = map[string]int{
	"january": 1, "jan": 1, "januari": 1,
	"february": 2, "feb": 2, "februari": 2, "pebruari": 2,
	"march": 3, "mar": 3, "maret": 3,
	"april": 4, "apr": 4,
	"may": 5, "mei": 5,
	"june": 6, "jun": 6, "juni": 6,
	"july": 7, "jul": 7, "juli": 7,
	"august": 8, "aug": 8, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
	"september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "oktober": 10, "okt": 10,
	"november": 11, "nov": 11, "nopember": 11,
	"december": 12, "dec": 12, "desember": 12, "des": 12,
}

// normaliseDate turns the date forms found in pages and corpora into
// YYYY-MM-DD, or "" when s is not clearly a date. Day-first and month-first
// numeric forms (01/02/2024) are ambiguous and deliberately not read.
func normaliseDate(s string) string {
	s = strings.TrimSpace(s)
	if _, rest, ok := strings.Cut(s, ", "); ok && len(s) > 0 && !startsWithDigit(s) {
		// A leading weekday: "Kamis, 14 September 2023", "Thu, 14 Sep 2023 ...".
		if _, isMonth := months[strings.ToLower(strings.Fields(s)[0])]; !isMonth {
			s = rest
		}
	}
	var y, m, d int
	switch {
	case isoDate.MatchString(s):
		p := isoDate.FindStringSubmatch(s)
		y, m, d = atoi(p[1]), atoi(p[2]), atoi(p[3])
	case wordDate.MatchString(s):
		p := wordDate.FindStringSubmatch(s)
		y, m, d = atoi(p[3]), months[strings.ToLower(p[2])], atoi(p[1])
	case monthDate.MatchString(s):
		p := monthDate.FindStringSubmatch(s)
		y, m, d = atoi(p[3]), months[strings.ToLower(p[1])], atoi(p[2])
	case epochDate.MatchString(s):
		t := time.Unix(int64(atoi(s)), 0).UTC()
		y, m, d = t.Year(), int(t.Month()), t.Day()
	default:
		return ""
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || y < 1800 || y > 2200 || t.Day() != d {
		return ""
	}
	return t.Format(time.DateOnly)
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
