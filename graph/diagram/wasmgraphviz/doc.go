// Package wasmgraphviz lets diagram.Render draw SVG on machines without
// Graphviz: importing it registers Graphviz compiled to WebAssembly
// (github.com/goccy/go-graphviz, run by wazero, no cgo) as the fallback
// used when the dot program is not on PATH. PNG still needs the dot
// program: go-graphviz's PNG renderer draws our diagrams wrongly (ErrNoPNG).
//
//	import _ "github.com/graphq/graphq/graph/diagram/wasmgraphviz"
//
// The system dot is still preferred when present: it is faster, and SVG
// bytes differ between the two engines. Linking this package costs every
// start of the program: go-graphviz compiles its WebAssembly module in an
// init function (about 0.5 s the first time, then about 80 ms with the
// compilation cache it keeps in $TMPDIR/go-graphviz), which is why package
// diagram does not import it itself.
package wasmgraphviz
