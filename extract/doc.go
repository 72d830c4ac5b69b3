// Package extract turns Indonesian news text into subject–predicate–object
// triples with typed, resolved entities and provenance.
//
// The pipeline follows one package per stage, behind this small facade:
//
//	segment   sentence splitting that survives Indonesian titles and abbreviations
//	token     tokenisation with byte offsets
//	morph     Indonesian affix stripping, so cue words match by root
//	mention   entity mentions: titles, names, acronyms, events, places, dates
//	resolve   entity resolution inside an article and across a corpus
//	relate    predicate rules (active, passive, relative clauses, lists, quotes)
//
// The cue words, titles and abbreviations the stages use are data in package
// schema. This package knows nothing of storage: see package graph.
//
// Speed comes from doing per-word work once: New gathers what the schema
// says of each word into one lexWord, so a token needs one lookup; what a
// word's affixes say (wordFacts) is computed once per Extractor; and the
// per-token arrays of an extraction are pooled. An Extractor is safe for
// concurrent use and its output does not depend on what it extracted before.
package extract
