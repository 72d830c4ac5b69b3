package extract

import (
	"sync"

	"github.com/graphq/graphq/extract/morph"
)

// wordCache memoises what the stages ask of a word's affixes. News reuses a
// small vocabulary, and affix analysis allocates, so a per-extractor cache
// makes the pipeline several times faster. It is safe for concurrent use.
type wordCache struct {
	analyses sync.Map // string -> []morph.Analysis
	cues     sync.Map // string -> []cueMatch
}

// maxCachedWords bounds the cache on corpora with unbounded vocabularies.
const maxCachedWords = 200_000

func (x *Extractor) analyses(w string) []morph.Analysis {
	if v, ok := x.cache.analyses.Load(w); ok {
		return v.([]morph.Analysis)
	}
	a := morph.Analyze(w)
	if x.cacheRoom() {
		x.cache.analyses.Store(w, a)
	}
	return a
}

func (x *Extractor) cuesOf(w string) []cueMatch {
	if v, ok := x.cache.cues.Load(w); ok {
		return v.([]cueMatch)
	}
	var out []cueMatch
	for _, a := range x.analyses(w) {
		for _, c := range x.lx.cuesByRoot[a.Root] {
			out = append(out, cueMatch{Cue: c, Analysis: a})
		}
	}
	if x.cacheRoom() {
		x.cache.cues.Store(w, out)
	}
	return out
}

func (x *Extractor) cacheRoom() bool {
	return x.cached.Add(1) < maxCachedWords
}
