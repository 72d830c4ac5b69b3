// Command graphq builds a knowledge graph out of Indonesian news articles and
// answers Gizmo queries over it.
//
// Subcommands: build, extract, query, repl, dot, export, check. Run
// "graphq --help" for the list and "graphq CMD --help" for one command.
package main
