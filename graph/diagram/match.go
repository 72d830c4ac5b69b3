package diagram

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// matchKey folds a name for focus matching: compatibility-decomposed
// (so full-width letters and ligatures match plain ones), accents and
// case dropped, punctuation turned into spaces, spaces collapsed. Thus
// "KASN", "kasn" and "K.A.S.N" differ but "Komisi  Aparatur" and
// "komisi aparatur" match.
func matchKey(s string) string {
	s = norm.NFKD.String(cleanText(s))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return b.String()
}

// focusIDs are the nodes whose ID, label or an alias matches focus.
func focusIDs(g *Graph, focus string) []string {
	want := matchKey(focus)
	if want == "" {
		return nil
	}
	var ids []string
	for _, n := range g.Nodes {
		if n.ID == focus || matchKey(n.Label) == want || anyAliasMatches(n.Aliases, want) {
			ids = append(ids, n.ID)
		}
	}
	return ids
}

func anyAliasMatches(aliases []string, want string) bool {
	for _, a := range aliases {
		if matchKey(a) == want {
			return true
		}
	}
	return false
}
