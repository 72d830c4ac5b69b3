// Package token splits a sentence into word and punctuation tokens with byte
// offsets. Word-internal dots, apostrophes, hyphens and slashes stay inside a
// token ("S.Kom", "Musa’ad", "se-Bali", "14/9", "Camat/Lurah"), since
// Indonesian news writes names, dates and reduplications that way.
package token
