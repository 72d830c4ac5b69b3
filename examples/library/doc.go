// Command library shows graphq used as a Go library: it opens an in-memory
// store, adds one article read from a string, asks a Gizmo question and
// draws the graph as Graphviz DOT.
//
//	go run ./examples/library
package main
