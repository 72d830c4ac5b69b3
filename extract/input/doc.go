// Package input reads articles from files, directories, compressed files and
// JSON Lines corpora, and rejects what is not article text with a reason.
//
// Every rejection is a *Problem naming the input and saying why in plain
// words ("empty file", "binary file (PNG image)", "invalid UTF-8 at byte
// 812", "article is 40.0 MiB, over the 5 MiB limit"), so callers can skip it
// and report it without special cases.
//
// # Text is kept as it is
//
// The extractor reports byte offsets into Article.Text, so text that is
// already clean UTF-8 comes back byte for byte: line endings, blank lines
// and spacing are not touched. Only what decoding requires changes it:
//
//   - a UTF-8 byte-order mark is dropped;
//   - UTF-16 (with a BOM, or without one when NULs crowd alternate bytes)
//     and Windows-1252 (bytes that are not UTF-8 but read sensibly as
//     Latin text) are converted to UTF-8;
//   - a few stray invalid bytes in UTF-8 (under 1% of the input) become
//     U+FFFD; more damage is rejected as "invalid UTF-8 at byte N";
//   - NUL bytes are dropped and other control characters (C0 except
//     \t \n \v \f \r, DEL, C1) become spaces; more than 5% of them makes
//     the input a binary file instead.
//
// HTML pages (by extension, by a doctype or <html> start, or by markup
// throughout) are reduced to their visible text: script, style, nav,
// header, footer, aside and forms are dropped, block elements become line
// and paragraph breaks, entities are decoded and white space is collapsed
// within lines. The page's <title> becomes Article.Title and its
// publication date (article:published_time, JSON-LD datePublished, other
// date meta tags, or the first <time datetime>) becomes Article.Date.
//
// For plain text the Title is the first line when it reads like a headline
// (3 to 25 words, no final period), and Date is left to the extractor.
//
// # Limits
//
// Limits bound one article: MaxArticleBytes (default 5 MiB) applies to the
// raw bytes after gunzip, checked while inflating, so a gzip bomb costs at
// most that much memory; MaxLineBytes (default 1 MiB) applies to the longest
// line of the final text. An article with a longer line is rejected rather
// than split: splitting would invent sentence breaks and change the text
// the offsets refer to, and such a line is in practice a dump, not prose.
//
// # JSON Lines
//
// Files named .jsonl or .ndjson (optionally .gz), and standard input that
// starts with '{', hold one article per line: {"id", "title", "date", "url",
// "text"}. They are streamed one line at a time; each record gets the same
// cleaning and checks as a file, its id (sanitised to [A-Za-z0-9._-], or
// "corpus-LINE" when missing) becomes the Source, and its date is
// normalised to YYYY-MM-DD when it is a recognisable date (else dropped). A
// bad record is a Problem for "file:line" and the rest of the corpus is
// still read. A record line over MaxArticleBytes is skipped unread.
//
// # Walking
//
// Walk and WalkWith visit paths in the order given and directories in
// lexical order, skip hidden entries and files that are clearly not text,
// read "-" as standard input, and report a second article with an already
// seen Source as a duplicate rather than let it replace the first.
//
// # Progress
//
// WalkMetered also fills a Meter: the total size of the input, measured
// with Size (a stat of each file, alongside the walk), and the bytes read
// so far, counted below any gunzip so that a .gz file moves the count by
// its compressed size. The two meet when the walk ends. Standard input has
// no size, so its Total stays 0.
package input
