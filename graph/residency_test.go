package graph

import "testing"

func TestNextBatchLimit(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name        string
		limit, most int
		touched     int64
		want        int
	}{
		{"small transaction grows", 64, 256, DefaultMappedBudget / 10, 128},
		{"growth stops at the cap", 200, 256, DefaultMappedBudget / 10, 256},
		{"in the band it stays", 100, 256, DefaultMappedBudget * 3 / 8, 100},
		{"twice half the budget halves", 256, 256, DefaultMappedBudget, 128},
		{"far over shrinks in proportion", 256, 256, 8 * DefaultMappedBudget, 16},
		{"never below the minimum", 16, 256, 100 * DefaultMappedBudget, minBuildBatch},
		{"a cap below the minimum wins", 4, 4, DefaultMappedBudget / 10, 4},
	}
	for _, tt := range tests {
		if got := nextBatchLimit(tt.limit, tt.most, tt.touched, DefaultMappedBudget); got != tt.want {
			t.Errorf("%s: nextBatchLimit(%d, %d, %d MB) = %d, want %d", tt.name, tt.limit, tt.most, tt.touched/mb, got, tt.want)
		}
	}
	// The budget is the build's own: a smaller one shrinks sooner.
	if got := nextBatchLimit(256, 256, 64<<20, 64<<20); got != 128 {
		t.Errorf("nextBatchLimit with a 64 MB budget, 64 MB touched = %d, want 128", got)
	}
}
