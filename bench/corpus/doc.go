// Package corpus generates deterministic synthetic Indonesian news corpora
// for graphq's scale benchmarks.
//
// Articles follow the sentence patterns of the seed articles (an official
// representing another at an event, attendee lists, organisers and
// partners, speakers, openings, appointments, circulars) filled from a
// seeded "world": regions with their office holders, national bodies and
// recurring events, so that the same people and bodies recur across
// articles and the graph connects. Sentences from the UD Indonesian
// treebanks and idner-news-2k (data/, see data/README.md) are mixed in as
// the prose around the facts.
//
// The same seed gives the same bytes: every article is drawn from its own
// math/rand source seeded by (seed, index), so Article(i) needs no others.
package corpus
