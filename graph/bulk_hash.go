package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/cayleygraph/cayley"
	"github.com/cayleygraph/quad"
	"github.com/graphq/graphq/extract"
)

// contentHashVersion names what ContentHash covers; change it when the
// hashed fields change, so old hashes no longer match.
const contentHashVersion = "sha256:v1:"

// ContentHash identifies an article's input: every field the stored quads
// come from (title, file, date, URL and text; the source is the key). AddResult and
// AddResults store it as <article:SOURCE> <graphq:contentHash> "…" when the
// result carries the article's text.
//
// A build resumes by skipping an article whose ContentHash equals the
// stored one (ArticleHash, ArticleHashes). The hash does not cover the
// extractor: after the extraction rules change, rebuild without skipping.
func ContentHash(a extract.Article) string {
	h := sha256.New()
	for _, f := range []string{a.Title, a.File, a.Date, a.URL, a.Text} {
		// Length-prefixed, so that moving text between fields changes the hash.
		fmt.Fprintf(h, "%d:%s", len(f), f)
	}
	return contentHashVersion + hex.EncodeToString(h.Sum(nil))
}

// ArticleHash returns the content hash stored for the article source;
// found is false when the store holds no such article or it was stored
// without a hash.
func (s *Store) ArticleHash(ctx context.Context, source string) (hash string, found bool, err error) {
	art := quad.IRI(ArticleIRI(source))
	err = s.read(func() error {
		qq, err := quadsWith(ctx, s.qs, quad.Subject, art)
		if err != nil {
			return s.wrap("read article "+source, err)
		}
		for _, q := range qq {
			if q.Predicate == predContentHash && q.Label == art {
				hash, found = literalString(q.Object), true
			}
		}
		return nil
	})
	return hash, found, err
}

// ArticleHashes returns every stored content hash by article source: what
// a resuming build loads once before deciding, article by article, what to
// skip. It finds the articles by their <type> and reads each one's own
// quads through the subject index: Cayley's KV stores have no predicate
// index, and asking for the hash predicate directly reads every quad.
func (s *Store) ArticleHashes(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	err := s.read(func() error {
		// A page per article, all over the file: release as it goes.
		return s.releasingWhile(func() error { return s.readArticleHashes(ctx, out) })
	})
	return out, err
}

func (s *Store) readArticleHashes(ctx context.Context, out map[string]string) error {
	arts, err := cayley.StartPath(s.qs, quad.String(articleType)).In(predType).Iterate(ctx).AllValues(s.qs)
	if err != nil {
		return s.wrap("read articles", err)
	}
	for _, art := range arts {
		qq, err := quadsWith(ctx, s.qs, quad.Subject, art)
		if err != nil {
			return s.wrap("read article hashes", err)
		}
		for _, q := range qq {
			if q.Predicate != predContentHash || q.Label != q.Subject {
				continue
			}
			if iri, ok := iriString(q.Subject); ok {
				if src, ok := sourceOfArticle(iri); ok {
					out[src] = literalString(q.Object)
				}
			}
		}
	}
	return nil
}
