package graph

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"
)

// boltIndexes are the quad indexes of a new bolt store: Cayley's two
// defaults, plus one by label. Without it, reading one article's quads
// (which every re-added article does) scans the whole store: Cayley's KV
// layer answers a direction no index starts with by reading every quad.
// With it, that read is one index lookup, for one write per article per
// batch.
var boltIndexes = append(append([]kv.QuadIndex(nil), kv.DefaultQuadIndexes...),
	kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})

// kvIndexesKey is where Cayley v0.7.7's KV layer keeps its index list
// (indexing.go: keyMetaIndexes). The list can only be chosen when a store
// is created, and Cayley's own knob for it (CAYLEY_KV_INDEXES) cannot work:
// it decodes into unexported fields. So a new, still empty store gets the
// list rewritten here, before any quad is written; Cayley creates an
// index's bucket on first use.
var kvIndexesKey = hkv.Key{[]byte("meta"), []byte("indexes")}

// addLabelIndex gives a store that kv.Init just created the boltIndexes.
func addLabelIndex(db hkv.KV) error {
	data, err := json.Marshal(boltIndexes)
	if err != nil {
		return fmt.Errorf("encode quad indexes: %w", err)
	}
	err = hkv.Update(context.Background(), db, func(tx hkv.Tx) error {
		return tx.Put(kvIndexesKey, data)
	})
	if err != nil {
		return fmt.Errorf("write quad indexes: %w", err)
	}
	return nil
}

// storedIndexes reads the index list of a KV store; old stores lack the
// label index and read articles by a full scan.
func storedIndexes(db hkv.KV) ([]kv.QuadIndex, error) {
	var out []kv.QuadIndex
	err := hkv.View(db, func(tx hkv.Tx) error {
		data, err := tx.Get(context.Background(), kvIndexesKey)
		if err != nil {
			return err
		}
		return json.Unmarshal(data, &out)
	})
	if err != nil {
		return nil, fmt.Errorf("read quad indexes: %w", err)
	}
	return out, nil
}
