package main

import (
	"context"
	"flag"
	"io"
	"reflect"
	"strings"
	"testing"
)

func TestRedactHidesPasswords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"./graphq.db", "./graphq.db"},
		{":memory:", ":memory:"},
		{"postgres://graphq:s3cret@localhost:5432/graphq?sslmode=disable", "postgres://graphq:xxxxx@localhost:5432/graphq?sslmode=disable"},
		{"postgresql://graphq@localhost/graphq", "postgresql://graphq@localhost/graphq"},
		{"host=localhost password=s3cret dbname=g", "host=localhost password=xxxxx dbname=g"},
		{"host=localhost password='a b' dbname=g", "host=localhost password=xxxxx dbname=g"},
	}
	for _, tt := range tests {
		if got := redact(tt.in); got != tt.want {
			t.Errorf("redact(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := redactIn("dial "+tt.in+" failed", tt.in); strings.Contains(got, "s3cret") {
			t.Errorf("redactIn kept the password: %q", got)
		}
	}
}

func TestParseArgsAcceptsFlagsAfterArguments(t *testing.T) {
	tests := []struct {
		args     []string
		wantPos  []string
		wantDB   string
		wantQuit bool
	}{
		{[]string{"seeds/", "--db", "x.db"}, []string{"seeds/"}, "x.db", false},
		{[]string{"--db", "x.db", "a", "b"}, []string{"a", "b"}, "x.db", false},
		{[]string{"a", "--", "--db"}, []string{"a", "--db"}, defaultDB, false},
		{[]string{"-", "--db=y"}, []string{"-"}, "y", false},
		{[]string{"--help"}, nil, defaultDB, true},
	}
	for _, tt := range tests {
		e := &env{stdout: io.Discard, stderr: io.Discard}
		fs := newFlagSet(e, "t")
		db := dbFlag(fs, e)
		pos, _, ok := parseArgs(e, fs, usage{}, tt.args)
		if ok == tt.wantQuit {
			t.Errorf("parseArgs(%q) ok = %v", tt.args, ok)
			continue
		}
		if ok && (!reflect.DeepEqual(pos, tt.wantPos) || *db != tt.wantDB) {
			t.Errorf("parseArgs(%q) = %q, db %q; want %q, db %q", tt.args, pos, *db, tt.wantPos, tt.wantDB)
		}
	}
}

func TestDBDefaultComesFromEnvironment(t *testing.T) {
	e := &env{stderr: io.Discard, getenv: func(k string) string {
		if k == "GRAPHQ_DB" {
			return "/data/news.db"
		}
		return ""
	}}
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	if got := *dbFlag(fs, e); got != "/data/news.db" {
		t.Errorf("--db default = %q with GRAPHQ_DB set", got)
	}
}

func TestSplitList(t *testing.T) {
	if got := splitList(" holds, ,represents,"); !reflect.DeepEqual(got, []string{"holds", "represents"}) {
		t.Errorf("splitList = %q", got)
	}
	if got := splitList(""); got != nil {
		t.Errorf("splitList(\"\") = %q, want nil", got)
	}
}

// Reading commands open the store read-only, so they can run side by side
// (a REPL left open and an export, say); the writer still has it alone.
func TestReadersShareTheStore(t *testing.T) {
	ctx := context.Background()
	db := seedStore(t)
	first, err := openStore(ctx, db, true)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second, err := openStore(ctx, db, true)
	if err != nil {
		t.Fatalf("second reader: %v", err)
	}
	defer second.Close()
	if _, err := second.Size(ctx); err != nil {
		t.Fatal(err)
	}
	res := graphq(t, nil, "build", "--db", db, seedDir)
	if res.code == 0 || !strings.Contains(res.stderr, "in use") {
		t.Errorf("build while readers hold the store = %v, want an in-use error", res)
	}
}
