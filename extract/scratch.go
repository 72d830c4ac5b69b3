package extract

import (
	"github.com/graphq/graphq/extract/segment"
	"github.com/graphq/graphq/extract/token"
)

// scratch holds the per-token arrays of one extraction. They are most of
// what an extraction allocates, and none of them outlives it (results hold
// strings, never slices of these), so the Extractor keeps used ones in a
// sync.Pool: less to allocate, and far fewer garbage collections.
type scratch struct {
	sents []sentence
	ptrs  []*sentence
	ends  []int // where each sentence's tokens end
	toks  []token.Token
	low   []string
	lex   []*lexWord
	facts []*wordFacts
	flags []bool
}

func (x *Extractor) getScratch() *scratch {
	if sc, ok := x.scratch.Get().(*scratch); ok {
		return sc
	}
	return &scratch{}
}

// putScratch clears what the arrays hold of the article, so that a pooled
// scratch keeps none alive, and pools it. Beyond their lengths the arrays
// were cleared when last pooled; lex and facts point into the lexicon and
// the cache, which live on anyway.
func (x *Extractor) putScratch(sc *scratch) {
	clear(sc.sents) // and with them the mentions
	clear(sc.ptrs)
	clear(sc.toks) // and with them the article text
	clear(sc.low)
	x.scratch.Put(sc)
}

// sentences makes the sentences of a text from its segments, tokenised, with
// their per-token slices cut from the scratch arrays: a handful of arrays
// per article, reused from article to article, instead of a handful of
// allocations per sentence. The slices other than toks are left for the
// caller to fill, but for facts, which are all nil (not computed yet).
func (sc *scratch) sentences(text string, segs []segment.Sentence) []*sentence {
	sc.ptrs = grow(sc.ptrs, len(segs))
	sc.sents = grow(sc.sents, len(segs))
	toks := sc.toks[:0]
	if cap(toks) == 0 {
		toks = make([]token.Token, 0, len(text)/5+1)
	}
	sc.ends = grow(sc.ends, len(segs))
	for i, seg := range segs {
		toks = token.Append(toks, seg.Text, seg.Start)
		sc.ends[i] = len(toks)
	}
	sc.toks = toks
	n := len(toks)
	sc.low = grow(sc.low, n)
	sc.lex = grow(sc.lex, n)
	sc.facts = grow(sc.facts, n)
	clear(sc.facts)
	sc.flags = grow(sc.flags, 2*n)
	inQuote, honorific := sc.flags[:n:n], sc.flags[n:]
	// Cut only once every token is in: Append may have moved the array.
	start := 0
	for i, seg := range segs {
		a, b := start, sc.ends[i]
		sc.sents[i] = sentence{
			index: i, text: seg.Text, start: seg.Start, end: seg.End,
			toks: toks[a:b:b], low: sc.low[a:b:b], lex: sc.lex[a:b:b], facts: sc.facts[a:b:b],
			inQuote: inQuote[a:b:b], honorific: honorific[a:b:b],
		}
		sc.ptrs[i] = &sc.sents[i]
		start = b
	}
	return sc.ptrs
}

// grow returns s with length n, reusing its array when it is large enough.
// The elements are those left there: callers set or clear them.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}
