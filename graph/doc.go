// Package graph keeps graphq's knowledge graph in a Cayley quad store and
// answers questions about it.
//
// # Quad model
//
// Gizmo queries are written against this model, so it is fixed:
//
//	<person:Ketut_Suiasa> <name>  "Ketut Suiasa"
//	<person:Ketut_Suiasa> <type>  "Person"
//	<person:Ketut_Suiasa> <alias> "Wabup Ketut Suiasa"
//	<person:Ketut_Suiasa> <represents> <position:Bupati_Badung>
//
//	<fact:SOURCE/N> <subject> <person:Ketut_Suiasa>
//	<fact:SOURCE/N> <predicate> "represents"
//	<fact:SOURCE/N> <object> <position:Bupati_Badung>
//	<fact:SOURCE/N> <sentence> "…"   <start> 123   <end> 456
//	<fact:SOURCE/N> <confidence> 0.9 <rule> "…"    <source> <article:SOURCE>
//
//	<article:SOURCE> <type> "Article"  (and <title>, <file>, <date>, <url> when known)
//	<article:SOURCE> <graphq:contentHash> "sha256:v1:…"  (ContentHash, when the text was given)
//
// Every quad of an article carries the label <article:SOURCE>, so one article
// can be replaced or removed without touching what other articles say about
// the same entities. <start> and <end> are integers and <confidence> a
// float, so Gizmo compares them as numbers and JSON results carry numbers.
// A triple whose predicate collides with a model predicate (say "type") is
// stored as <rel:type>, so it cannot be mistaken for the model's own facts.
//
// The store's schema version is the quad
// <graphq:store> <graphq:schemaVersion> "1" labelled <graphq:meta>.
//
// # Backends
//
// "bolt" (the default: a directory holding one bbolt file), "memory"
// (Cayley's memstore) and "postgres" (a DSN). CockroachDB is untested:
// Cayley's "cockroach" backend uses CockroachDB-only SQL and is not offered. Writes replace a whole article
// in one transaction and never write a quad that already exists, because on
// bolt and postgres that raises node reference counts and leaves ghost nodes
// after a later delete.
//
// # Speed
//
// On bolt a transaction's commit and fsync dominate AddResult; AddResults
// stores a batch of articles in one transaction (two when some change),
// with the same result quad for quad, and loads about as fast as Cayley's
// own bulk loader. A build resumes by skipping articles whose ContentHash
// matches the stored one (ArticleHashes). Selective Gizmo queries are
// slower on bolt than in memory; InMemory copies a store into memstore as
// a read path.
//
// A new bolt store indexes quads by label as well as Cayley's default
// subject-predicate and object-predicate-subject indexes, so reading one
// article's quads (what replacing it needs) is an index lookup rather than a
// scan of the store; stores made before that still work, with slow
// replacements. Size counts articles and quads from indexes and counters;
// Stats, Check and Export read every quad, in memory bounded by a sort that
// spills to temporary files (about the size of the export). During a build
// the writer keeps the bolt file's memory-mapped pages out of the resident
// set past a budget (DefaultMappedBudget, BuildOptions.MappedBudget) and
// sizes its transactions to fit. bench/README.md has the measured
// figures.
package graph
