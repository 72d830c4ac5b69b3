package nereval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/graphq/graphq/extract"
)

// TypeMap maps extractor entity types to corpus labels.
var TypeMap = map[string]string{"Person": "PER", "Organization": "ORG", "Place": "LOC"}

// Score is the span precision and recall of one label.
type Score struct {
	Label                    string
	Gold, Predicted, Correct int
	Precision, Recall, F1    float64
}

// Report is the evaluation of a whole corpus.
type Report struct {
	Sentences int
	ByLabel   []Score // sorted by label
	Overall   Score
}

type span struct {
	start, end int // token indices, end exclusive
	label      string
}

// Evaluate reads a CoNLL corpus from r and scores x's mentions on it,
// sentence by sentence: each sentence is read alone, as a headline would be.
func Evaluate(x *extract.Extractor, r io.Reader) (Report, error) { return EvaluateWindow(x, r, 1) }

// EvaluateWindow scores x's mentions with each sentence read together with
// its neighbours, window sentences at a time (one per line), the way the
// extractor reads an article: names introduced in full earlier ("Tedjo Edhy
// Purdijatno") are known when they come back short ("Tedjo").
func EvaluateWindow(x *extract.Extractor, r io.Reader, window int) (Report, error) {
	if window < 1 {
		window = 1
	}
	counts := map[string]*Score{}
	get := func(l string) *Score {
		if counts[l] == nil {
			counts[l] = &Score{Label: l}
		}
		return counts[l]
	}
	var rep Report
	var batch [][]string
	var batchTags [][]string
	flush := func() {
		if len(batch) == 0 {
			return
		}
		preds := predictedSpans(x, batch)
		for i, tags := range batchTags {
			rep.Sentences++
			goldSet := map[span]bool{}
			for _, g := range goldSpans(tags) {
				goldSet[g] = true
				get(g.label).Gold++
			}
			for _, p := range preds[i] {
				get(p.label).Predicted++
				if goldSet[p] {
					get(p.label).Correct++
					delete(goldSet, p)
				}
			}
		}
		batch, batchTags = nil, nil
	}
	err := readSentences(r, func(tokens, tags []string) {
		batch = append(batch, tokens)
		batchTags = append(batchTags, tags)
		if len(batch) == window {
			flush()
		}
	})
	if err != nil {
		return Report{}, err
	}
	flush()
	rep.Overall.Label = "all"
	for _, s := range counts {
		s.finish()
		rep.ByLabel = append(rep.ByLabel, *s)
		rep.Overall.Gold += s.Gold
		rep.Overall.Predicted += s.Predicted
		rep.Overall.Correct += s.Correct
	}
	rep.Overall.finish()
	sort.Slice(rep.ByLabel, func(i, j int) bool { return rep.ByLabel[i].Label < rep.ByLabel[j].Label })
	return rep, nil
}

func (s *Score) finish() {
	if s.Predicted > 0 {
		s.Precision = float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Write prints the report as an aligned table.
func (rep Report) Write(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "match", "P", "R", "F1")
	for _, s := range append(append([]Score{}, rep.ByLabel...), rep.Overall) {
		fmt.Fprintf(&b, "%-6s %6d %6d %6d %7.3f %7.3f %7.3f\n", s.Label, s.Gold, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1)
	}
	fmt.Fprintf(&b, "(%d sentences; exact span match)\n", rep.Sentences)
	_, err := io.WriteString(w, b.String())
	return err
}

func readSentences(r io.Reader, fn func(tokens, tags []string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var tokens, tags []string
	flush := func() {
		if len(tokens) > 0 {
			fn(tokens, tags)
		}
		tokens, tags = nil, nil
	}
	for ln := 1; sc.Scan(); ln++ {
		f := strings.Fields(strings.TrimRight(sc.Text(), "\r"))
		switch len(f) {
		case 0:
			flush()
		case 2, 3:
			tokens = append(tokens, f[0])
			tags = append(tags, f[len(f)-1])
		default:
			return fmt.Errorf("nereval: line %d: want \"token [POS] TAG\", got %d fields", ln, len(f))
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return fmt.Errorf("nereval: %w", err)
	}
	return nil
}

func goldSpans(tags []string) []span {
	var out []span
	for i := 0; i < len(tags); i++ {
		if !strings.HasPrefix(tags[i], "B-") && !strings.HasPrefix(tags[i], "I-") {
			continue
		}
		label := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+label {
			j++
		}
		out = append(out, span{i, j, label})
		i = j - 1
	}
	return out
}

// predictedSpans runs the extractor on the sentences, one per line with
// their tokens joined by spaces, and maps its mentions back to token spans
// per sentence.
func predictedSpans(x *extract.Extractor, sentences [][]string) [][]span {
	type at struct{ sent, tok int }
	starts := map[int]at{}
	ends := map[int]at{}
	var b strings.Builder
	for si, tokens := range sentences {
		if si > 0 {
			b.WriteByte('\n')
		}
		for i, t := range tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			starts[b.Len()] = at{si, i}
			b.WriteString(t)
			ends[b.Len()] = at{si, i + 1}
		}
	}
	out := make([][]span, len(sentences))
	seen := map[at]map[span]bool{}
	for _, m := range x.Mentions(b.String()) {
		label, ok := TypeMap[m.Type]
		if !ok {
			continue
		}
		s, okS := starts[m.Start]
		e, okE := ends[m.End]
		if !okS || !okE || s.sent != e.sent {
			continue
		}
		sp := span{s.tok, e.tok, label}
		key := at{s.sent, 0}
		if seen[key] == nil {
			seen[key] = map[span]bool{}
		}
		if !seen[key][sp] {
			seen[key][sp] = true
			out[s.sent] = append(out[s.sent], sp)
		}
	}
	return out
}
