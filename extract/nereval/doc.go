// Package nereval measures the extractor's entity mentions against a named
// entity corpus in CoNLL form (one "token POS TAG" line per token, BIO tags
// PER, ORG, LOC, blank lines between sentences), such as idner-news-2k.
//
// Spans are compared exactly (same first and last token, same type), the
// usual CoNLL span measure. The extractor's types map to the corpus's:
// Person to PER, Organization to ORG, Place to LOC; its other types (Position,
// Event, Group, Date, Document) have no counterpart and are not counted.
package nereval
