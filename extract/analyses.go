package extract

import (
	"sync"

	"github.com/graphq/graphq/extract/morph"
)

// wordFacts is what the stages ask of one lower-case word that depends on
// the word alone: its affix analyses, the cues they match, and the verdicts
// drawn from them. Computing them once per word, rather than each time a
// rule asks, is most of what makes the pipeline fast. A wordFacts is never
// changed once made, so extractions running at once may share it.
type wordFacts struct {
	analyses []morph.Analysis
	cues     []cueMatch
	stop     bool // ends a lower-case phrase: see isStop
	verbLike bool // see looksVerb
	derived  bool // see looksDerived
	headline bool // see headlineVerb
	active   bool // an active verb on a known root: see openVerb
	speech   bool // an active verb of speech ("mengatakan"): see openVerb
}

// wordCache memoises wordFacts by word. News reuses a small vocabulary, and
// affix analysis allocates, so a per-extractor cache makes the pipeline
// several times faster. It is safe for concurrent use.
type wordCache struct {
	facts sync.Map // string -> *wordFacts
}

// maxCachedWords bounds the cache on corpora with unbounded vocabularies.
const maxCachedWords = 200_000

// facts returns the facts of a lower-case word.
func (x *Extractor) facts(w string) *wordFacts {
	if v, ok := x.cache.facts.Load(w); ok {
		return v.(*wordFacts)
	}
	f := x.newWordFacts(w)
	if x.cacheRoom() {
		x.cache.facts.Store(w, f)
	}
	return f
}

// factsAt returns the facts of token k of a sentence; the sentence keeps
// them, since the rules ask about the same token many times.
func (x *Extractor) factsAt(s *sentence, k int) *wordFacts {
	if f := s.facts[k]; f != nil {
		return f
	}
	var f *wordFacts
	if e := s.lex[k]; e != x.lx.unknown {
		if f = e.facts.Load(); f == nil {
			f = x.newWordFacts(s.low[k])
			e.facts.Store(f) // a racing extraction may store equal facts: no matter
		}
	} else {
		f = x.facts(s.low[k])
	}
	s.facts[k] = f
	return f
}

func (x *Extractor) newWordFacts(w string) *wordFacts {
	lx := x.lx
	f := &wordFacts{analyses: morph.Analyze(w)}
	for _, a := range f.analyses {
		for _, c := range lx.cuesByRoot[a.Root] {
			f.cues = append(f.cues, cueMatch{Cue: c, Analysis: a})
		}
	}
	f.verbLike = lx.verbs[w]
	f.stop = lx.function[w] || lx.verbs[w] || lx.is(roleNegation, w) || lx.is(roleModal, w) || lx.is(roleRelative, w) ||
		lx.is(roleAdverb, w) || lx.is(roleConjunction, w) || lx.is(roleWeekday, w)
	if _, ok := lx.s.Months[w]; ok || phraseBreakers[w] {
		f.stop = true
	}
	for _, a := range f.analyses {
		cue := len(lx.cuesByRoot[a.Root]) > 0
		known := lx.common[a.Root] || lx.verbs[a.Root]
		switch a.Prefix {
		case "meN", "di", "ber":
			f.stop = f.stop || cue
		}
		switch a.Prefix {
		case "meN", "di", "ber", "ter":
			f.verbLike = f.verbLike || known || lx.common[a.Root+"an"]
		}
		if (a.Prefix != "" || a.Suffix != "") && known {
			f.derived = true
		}
		if a.Prefix == "" && (cue || (a.Suffix == "kan" || a.Suffix == "i") && known) {
			f.headline = true
		}
		if a.Prefix == "meN" && (lx.verbs[w] || known) {
			f.active = true
			f.speech = f.speech || lx.is(roleSpeech, a.Root)
		}
	}
	// A bare root whose verb forms are known: "Pimpin" (memimpin), "Buka".
	f.headline = f.headline || f.verbLike || lx.verbFormRoots[w]
	return f
}

func (x *Extractor) cacheRoom() bool {
	return x.cached.Add(1) < maxCachedWords
}

// phraseBreakers are prepositions the tagged corpora do not mark as function
// words in most uses, but which never go on a name: "Sosialisasi Tahapan
// Pilkada bagi kepala desa", "rapat terkait netralitas".
var phraseBreakers = map[string]bool{"bagi": true, "mengenai": true, "terkait": true}
