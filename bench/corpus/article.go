package corpus

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

// Record is one article as scraped-news JSON Lines carry it.
type Record struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Date  string `json:"date"`
	URL   string `json:"url"`
	Text  string `json:"text"`
}

// Generator draws articles from a seeded world.
type Generator struct {
	seed  int64
	world *world
}

// New returns the generator of seed.
func New(seed int64) *Generator { return &Generator{seed: seed, world: newWorld(seed)} }

// skewed picks an index in [0,n) favouring small ones, so a few regions and
// people recur in many articles and most in a few, as in real news.
func skewed(rng *rand.Rand, n int) int {
	return min(n-1, int(float64(n)*math.Pow(rng.Float64(), 2.2)))
}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.Intn(len(xs))] }

// scene is what one article is about.
type scene struct {
	rng                 *rand.Rand
	place               place
	event, topic, venue string
	organiser, partner  string
	speaker, member     person
	attendees           []person
	day, dm, date       string
	city, outlet        string
}

// Article returns the i-th article (from 0) of the corpus.
func (g *Generator) Article(i int) Record {
	rng := rand.New(rand.NewSource(g.seed*1_000_003 + int64(i)))
	w := g.world
	s := scene{rng: rng, place: w.places[skewed(rng, len(w.places))]}
	p := s.place
	s.topic = pick(rng, topics)
	year := 2020 + rng.Intn(5)
	s.event = fmt.Sprintf("%s %s", pick(rng, eventHeads), s.topic)
	if rng.Intn(2) == 0 {
		s.event += " " + p.bodies[0][strings.IndexByte(p.bodies[0], ' ')+1:]
	}
	s.venue = pick(rng, p.venues)
	s.organiser = pick(rng, p.bodies)
	nb := skewed(rng, len(nationalBodies))
	s.partner = nationalBodies[nb].body
	s.speaker = w.national[nb]
	s.member = w.members[skewed(rng, len(w.members))]
	if rng.Intn(3) == 0 {
		s.speaker = w.provinces[p.province][skewed(rng, 3)]
	}
	perm := rng.Perm(len(p.officials))
	for _, j := range perm[:3+rng.Intn(3)] {
		s.attendees = append(s.attendees, p.officials[j])
	}
	month, dayOfMonth := 1+rng.Intn(12), 1+rng.Intn(28)
	s.day = pick(rng, days)
	s.dm = fmt.Sprintf("%d/%d", dayOfMonth, month)
	s.date = fmt.Sprintf("%d %s %d", dayOfMonth, months[month-1], year)
	s.city, s.outlet = p.name, pick(rng, outlets)

	var paras [][]string
	paras = append(paras, []string{s.opening()})
	body := []func() string{s.attendance, s.opened, s.organised, s.cooperation, s.speech, s.accompanied,
		s.narasumber, s.appointment, s.circular, s.memberOf, s.urge}
	rng.Shuffle(len(body), func(a, b int) { body[a], body[b] = body[b], body[a] })
	for _, f := range body[:2+rng.Intn(5)] {
		para := []string{f()}
		for range rng.Intn(3) {
			para = append(para, pick(rng, w.fillers))
		}
		paras = append(paras, para)
	}
	var text strings.Builder
	for k, para := range paras {
		if k > 0 {
			text.WriteString("\n\n")
		}
		text.WriteString(strings.Join(para, " "))
	}
	id := fmt.Sprintf("gen-%d-%07d", g.seed, i)
	return Record{
		ID:    id,
		Title: s.title(),
		Date:  fmt.Sprintf("%d-%02d-%02d", year, month, dayOfMonth),
		URL:   fmt.Sprintf("https://%s/berita/%s", strings.ToLower(s.outlet), id),
		Text:  text.String(),
	}
}

func full(p person) string { return p.title + " " + p.name }

func (s *scene) title() string {
	p := s.place
	switch s.rng.Intn(3) {
	case 0:
		return fmt.Sprintf("%s Gelar %s", p.bodies[0], s.event)
	case 1:
		return fmt.Sprintf("%s Hadiri %s di %s", p.deputy.title, s.event, p.name)
	}
	return fmt.Sprintf("ASN %s Diminta Dukung %s", p.name, s.topic)
}

func (s *scene) opening() string {
	p := s.place
	return fmt.Sprintf("%s (%s) – %s yang mewakili %s, menghadiri %s di lingkungan %s, bertempat di %s, %s, %s (%s).",
		p.name, s.outlet, full(p.deputy), p.head.title, s.event, p.bodies[0], s.venue, p.name, s.day, s.dm)
}

func (s *scene) attendance() string {
	var names []string
	for _, a := range s.attendees {
		names = append(names, full(a))
	}
	return fmt.Sprintf("Turut hadir, %s, serta undangan lainnya.", strings.Join(names, ", "))
}

func (s *scene) opened() string {
	return fmt.Sprintf("%s ini dibuka %s, dihadiri %s dan utusan perangkat daerah di lingkungan %s.",
		s.event, full(s.place.head), full(s.attendees[0]), s.place.bodies[0])
}

func (s *scene) organised() string {
	kind := "Kabupaten"
	if s.place.city {
		kind = "Kota"
	}
	return fmt.Sprintf("%s bersama %s menggelar %s di %s, %s %s, %s (%s).",
		s.organiser, s.partner, s.event, s.venue, kind, s.city, s.day, s.date)
}

func (s *scene) cooperation() string {
	return fmt.Sprintf("%s dalam sambutannya mengatakan, %s bekerja sama dengan %s melaksanakan upaya pembinaan %s kepada jajaran ASN.",
		full(s.place.deputy), s.place.bodies[0], s.partner, strings.ToLower(s.topic))
}

func (s *scene) speech() string {
	return fmt.Sprintf("“%s merupakan tanggung jawab kita bersama dan harus dijaga sampai ke tingkat desa,” ujar %s.",
		s.topic, full(s.speaker))
}

func (s *scene) accompanied() string {
	a := s.attendees[len(s.attendees)-1]
	return fmt.Sprintf("Acara ini dihadiri %s didampingi %s.", full(s.place.head), full(a))
}

func (s *scene) narasumber() string {
	return fmt.Sprintf("%s menjadi narasumber dalam %s yang diselenggarakan %s.", full(s.speaker), s.event, s.organiser)
}

func (s *scene) appointment() string {
	a := s.attendees[s.rng.Intn(len(s.attendees))]
	return fmt.Sprintf("Sebelumnya, %s melantik %s sebagai %s di %s.", full(s.place.head), a.name, a.title, s.venue)
}

func (s *scene) circular() string {
	return fmt.Sprintf("%s telah menerbitkan surat edaran tentang %s yang wajib dipatuhi seluruh perangkat daerah.",
		full(s.place.head), strings.ToLower(s.topic))
}

func (s *scene) memberOf() string {
	m := s.place
	return fmt.Sprintf("Rapat tersebut juga dihadiri anggota DPRD %s %s dan perwakilan %s.", m.name, s.member.name, pick(s.rng, m.bodies[1:]))
}

func (s *scene) urge() string {
	return fmt.Sprintf("%s meminta seluruh ASN di %s untuk menjaga %s.", full(s.place.head), s.place.bodies[0], strings.ToLower(s.topic))
}
