// Package schema holds graphq's linguistic and ontological data: entity types,
// predicates, Indonesian cue words, titles of office, honorifics,
// abbreviations, head nouns, regions and word lists. The data lives in plain
// text files beside this package, embedded with go:embed, so that a linguist
// can edit them without touching Go.
//
// Load parses them once; the result is read-only and safe to share.
package schema
