// Package reports draws the report-ready diagrams of the seed articles that
// are checked in next to it: the whole institutional graph (seeds.dot,
// seeds.svg, seeds.mmd) and KASN's neighbourhood two hops deep (kasn.dot,
// kasn.svg). Regenerate them after changing the extractor or the diagram
// style with
//
//	go generate ./examples/reports
//
// The test fails when the checked-in files are stale. The SVGs are drawn by
// the system Graphviz dot program, whose bytes differ from those of the
// embedded WebAssembly Graphviz, so without dot the generator leaves them
// alone and the test does not compare them.
package reports

//go:generate go run ./gen
