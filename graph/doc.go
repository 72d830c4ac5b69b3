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
// with the same result quad for quad, and loads faster than Cayley's own
// bulk loader. A first build into a bolt store that holds no article yet
// does not go through Cayley's writer at all (unless
// BuildOptions.NoBulkLoad): it writes a new bbolt file in Cayley v0.7.7's
// KV layout in one pass (ids from a counter, the log and the label index
// in key order as articles arrive, the other indexes from an external
// sort, node ids and reference counts from a table in memory that spills
// to sorted runs on disk past 2.5M nodes) and renames
// it over the store's file once complete, so a failed or killed first
// build leaves the store as it was, empty. Its files hold what Cayley's
// writer makes of the same quads, bucket for bucket (a test compares
// them); 100,000 generated articles load in about a minute instead of 13.
// A build resumes by skipping articles whose ContentHash
// matches the stored one (ArticleHashes). Selective Gizmo queries are
// slower on bolt than in memory; InMemory copies a store into memstore as
// a read path. On bolt, queries go through a planner of graphq's own
// (plannedKV) where Cayley v0.7.7's reads the whole store: it scans the
// index of a fully fixed hop, counts index prefixes so that a hop from the
// nodes Has found looks them up instead of scanning every quad of its
// predicate, and stops the store's iterators once a query times out.
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
