package corpus

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// BuildLists derives the embedded word lists from the shared data
// directory (ner/idner-news-2k and ud/*) and writes them into out. It is how
// data/*.txt were made (go run ./bench/corpusgen -mklists DATA -listdir
// bench/corpus/data); the generator itself never reads the shared data, so a
// corpus depends only on the seed and these committed lists.
func BuildLists(dataDir, out string) error {
	parts, orgs, nerSentences, err := readNER(filepath.Join(dataDir, "ner", "idner-news-2k"))
	if err != nil {
		return err
	}
	udSentences, err := readUDTexts(filepath.Join(dataDir, "ud"))
	if err != nil {
		return err
	}
	fillers := append(filterSentences(udSentences), filterSentences(nerSentences)...)
	for name, lines := range map[string][]string{
		"nameparts.txt": sortedSet(parts),
		"orgs.txt":      sortedSet(orgs),
		"fillers.txt":   sortedSet(fillers),
	} {
		if err := os.WriteFile(filepath.Join(out, name), []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			return fmt.Errorf("write list: %w", err)
		}
	}
	return nil
}

var (
	namePart = regexp.MustCompile(`^[A-Z][a-z]{2,11}$`)
	orgName  = regexp.MustCompile(`^[A-Z][A-Za-z]+( [A-Z][A-Za-z]+){1,4}$`)
)

// readNER returns person-name tokens, multi-word organisation names and the
// corpus's sentences re-joined from its tokens.
func readNER(dir string) (parts, orgs, sentences []string, err error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		return nil, nil, nil, fmt.Errorf("no NER files in %s", dir)
	}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("read NER: %w", err)
		}
		var tokens []string
		var org []string
		flushOrg := func() {
			if s := strings.Join(org, " "); orgName.MatchString(s) {
				orgs = append(orgs, s)
			}
			org = nil
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) != 3 {
				flushOrg()
				if len(tokens) > 0 {
					sentences = append(sentences, joinTokens(tokens))
				}
				tokens = nil
				continue
			}
			tok, tag := fields[0], fields[2]
			tokens = append(tokens, tok)
			switch {
			case strings.HasSuffix(tag, "-PER") && namePart.MatchString(tok):
				parts = append(parts, tok)
			case tag == "B-ORG":
				flushOrg()
				org = []string{tok}
			case tag == "I-ORG" && org != nil:
				org = append(org, tok)
			default:
				flushOrg()
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			return nil, nil, nil, fmt.Errorf("read NER %s: %w", f, err)
		}
	}
	return parts, orgs, sentences, nil
}

// joinTokens undoes the tokenisation: no space before closing punctuation
// or after opening punctuation.
func joinTokens(tokens []string) string {
	var b strings.Builder
	for i, t := range tokens {
		if i > 0 && !strings.Contains(".,:;!?)%", t) && !strings.HasSuffix(tokens[i-1], "(") {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

func readUDTexts(dir string) ([]string, error) {
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.conllu"))
	if len(files) == 0 {
		return nil, fmt.Errorf("no UD treebanks in %s", dir)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read UD: %w", err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if t, ok := strings.CutPrefix(line, "# text = "); ok {
				out = append(out, strings.TrimSpace(t))
			}
		}
	}
	return out, nil
}

// filterSentences keeps plain declarative sentences of news length: no
// quotes or brackets that would unbalance a paragraph.
func filterSentences(ss []string) []string {
	var out []string
	for _, s := range ss {
		n := len(strings.Fields(s))
		if n < 8 || n > 35 || !strings.HasSuffix(s, ".") || strings.ContainsAny(s, "\"“”()[]|\t") {
			continue
		}
		if r := s[0]; r < 'A' || r > 'Z' {
			continue
		}
		out = append(out, s)
	}
	return out
}

func sortedSet(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}
