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
package extract
