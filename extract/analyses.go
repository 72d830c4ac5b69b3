package extract

import "github.com/graphq/graphq/extract/morph"

// analyses returns the affix readings of a lower-case word.
func (x *Extractor) analyses(w string) []morph.Analysis { return morph.Analyze(w) }
