package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestREPLReadsAScriptFromAPipe(t *testing.T) {
	db := seedStore(t)
	script := strings.Join([]string{
		`g.Emit(6*7)`,
		`g.V("<article:000_1da8f10a785c8fae>").Out("<type>").All()`,
		`g.Emit({`,
		`  multi: "line".toUpperCase()`,
		`})`,
		``,
		`// a comment alone runs nothing`,
	}, "\n")
	r := graphq(t, strings.NewReader(script), "repl", "--db", db)
	if r.code != 0 {
		t.Fatalf("want exit 0: %v", r)
	}
	want := "42\n{\"id\":\"Article\"}\n{\"multi\":\"LINE\"}\n"
	if r.stdout != want {
		t.Errorf("stdout = %q, want %q (JSON lines, nothing else)", r.stdout, want)
	}
	if !strings.Contains(r.stderr, "5 articles") {
		t.Errorf("banner with the store's counts not on stderr: %q", r.stderr)
	}
}

func TestREPLScriptErrorsAreOneLineAndDoNotStopIt(t *testing.T) {
	db := seedStore(t)
	script := strings.Join([]string{
		`g.V().Foo()`,
		`g.Emit(1)`,
		`:timeout 1s`,
		`while (true) {}`,
		`g.Emit(2)`,
		`:nonsense`,
		`g.V(.All())`,
	}, "\n")
	r := graphq(t, strings.NewReader(script), "repl", "--db", db)
	if r.code != 1 {
		t.Errorf("a script with failed statements exits %d, want 1", r.code)
	}
	if r.stdout != "1\n2\n" {
		t.Errorf("stdout = %q, want the results 1 and 2 only", r.stdout)
	}
	for _, want := range []string{
		"error: line 1:10: TypeError: Object has no member 'Foo'",
		"error: query timed out after 1s",
		"error: unknown command :nonsense",
		"error: line 1:5: SyntaxError: Unexpected token .",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
}

func TestREPLMetaCommandsInAScript(t *testing.T) {
	db := seedStore(t)
	script := strings.Join([]string{
		`:find ketut suiasa`,
		`:why`,
		`:facts Ketut Suiasa`,
		`:find Nobody Here`,
		`:limit 1`,
		`g.V().Has("<type>", "Article").All()`,
		`:stats`,
	}, "\n")
	r := graphq(t, strings.NewReader(script), "repl", "--db", db)
	out := r.stdout
	checks := []struct{ what, want string }{
		{":find prints the entity with its IRI", `"id":"<person:Ketut_Suiasa>"`},
		{":why after :find prints the sentence", `"source":"000_1da8f10a785c8fae"`},
		{":why names the facts", `Ketut Suiasa represents Bupati Badung`},
		{":facts prints subject, predicate, object", `"object":"Bupati Badung","objectIRI":"<position:Bupati_Badung>","predicate":"represents"`},
		{":stats counts articles", `"articles":5`},
	}
	for _, c := range checks {
		if !strings.Contains(out, c.want) {
			t.Errorf("%s: stdout lacks %q:\n%s", c.what, c.want, out)
		}
	}
	if strings.Count(out, `"id":"<article:`) != 1 {
		t.Errorf(":limit 1 let more than one article through:\n%s", out)
	}
	if !strings.Contains(r.stderr, `no entity's name or alias contains "Nobody Here"`) {
		t.Errorf("unknown name not reported: %q", r.stderr)
	}
}

// Part of a name is enough: :find lists every entity with it in a name or
// alias, :facts takes the one entity whose name contains it.
func TestREPLFindsByPartOfAName(t *testing.T) {
	db := seedStore(t)
	r := graphq(t, strings.NewReader(":find ketut\n:facts pangihutan\n"), "repl", "--db", db)
	for _, want := range []string{`"id":"<person:Ketut_Suiasa>"`, `"id":"<person:Ketut_Lihadnyana>"`, `"subject":"Pangihutan Marpaung"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %s:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, `no entity is named "ketut"`) {
		t.Errorf("a partial match is not flagged as such: %q", r.stderr)
	}
}

func TestREPLTableFormat(t *testing.T) {
	db := seedStore(t)
	script := ":format table\n" + `g.V("<person:Ketut_Suiasa>").Tag("who").Out("<represents>").Tag("whom").All()` + "\n"
	r := graphq(t, strings.NewReader(script), "repl", "--db", db)
	want := "" +
		"id                        who                    whom\n" +
		"------------------------  ---------------------  ------------------------\n" +
		"<position:Bupati_Badung>  <person:Ketut_Suiasa>  <position:Bupati_Badung>\n"
	if !strings.Contains(r.stdout, want) {
		t.Errorf("stdout:\n%s\nwant the table:\n%s", r.stdout, want)
	}
}

func TestREPLDotWritesTheLastResult(t *testing.T) {
	db := seedStore(t)
	file := filepath.Join(t.TempDir(), "suiasa.dot")
	script := ":find Ketut Suiasa\n:dot " + file + "\n"
	r := graphq(t, strings.NewReader(script), "repl", "--db", db)
	if r.code != 0 {
		t.Fatalf(":dot failed: %v", r)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("no DOT file: %v", err)
	}
	for _, want := range []string{"digraph", "Ketut Suiasa", "Bupati Badung"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("DOT lacks %q:\n%s", want, b)
		}
	}
	if _, err := exec.LookPath("dot"); err == nil {
		if out, err := exec.Command("dot", "-Tsvg", "-o", os.DevNull, file).CombinedOutput(); err != nil {
			t.Errorf("Graphviz rejects the file: %v\n%s", err, out)
		}
	}
}

func TestREPLUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"repl", "--format", "xml"},
		{"repl", "stray"},
		{"repl", "--no-such-flag"},
	} {
		r := graphq(t, strings.NewReader(""), args...)
		if r.code != exitUsage {
			t.Errorf("graphq %v exits %d, want %d: %v", args, r.code, exitUsage, r)
		}
	}
	r := graphq(t, strings.NewReader(""), "repl", "--db", filepath.Join(t.TempDir(), "missing.db"))
	if r.code != exitFail || !strings.Contains(r.stderr, "no store") {
		t.Errorf("a missing store: %v", r)
	}
}

// runREPL in-process, as the repl subcommand calls it: a non-terminal stdin
// is a script, the results go to stdout as JSON lines.
func TestRunREPLInProcess(t *testing.T) {
	db := seedStore(t)
	var stdout, stderr strings.Builder
	script := ":find KASN\n:why\ng.Emit(\"done\")\n"
	code := runREPL(context.Background(), []string{"--db", db}, strings.NewReader(script), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("runREPL = %d; stderr:\n%s", code, stderr.String())
	}
	for _, want := range []string{`"id":"<organization:KASN>"`, `KASN`, "\"done\"\n"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
		}
	}
}
