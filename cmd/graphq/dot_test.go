package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// The DOT output must be accepted by the real Graphviz, warnings included:
// dot prints a warning for bad attributes or escapes and still exits 0.
func TestDotOutputIsValidGraphviz(t *testing.T) {
	dotBin, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("graphviz (dot) not installed")
	}
	db := seedStore(t)
	tests := []struct {
		name string
		args []string
	}{
		{"whole graph", nil},
		{"focus", []string{"--focus", "Ketut Suiasa", "--depth", "2"}},
		{"one article, Indonesian labels", []string{"--source", "000_1da8f10a785c8fae", "--lang", "id"}},
		{"query", []string{"--query", `g.V().Has("<type>","Person").All()`}},
		{"capped, flat, no legend", []string{"--max-nodes", "5", "--no-clusters", "--no-legend"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := graphq(t, nil, append([]string{"dot", "--db", db}, tt.args...)...)
			if r.code != 0 {
				t.Fatalf("graphq dot: %v", r)
			}
			if !strings.Contains(r.stdout, "digraph") {
				t.Fatalf("not a DOT digraph:\n%.300s", r.stdout)
			}
			cmd := exec.Command(dotBin, "-Tsvg")
			cmd.Stdin = strings.NewReader(r.stdout)
			var svg, warnings bytes.Buffer
			cmd.Stdout, cmd.Stderr = &svg, &warnings
			if err := cmd.Run(); err != nil {
				t.Fatalf("dot -Tsvg: %v\n%s", err, warnings.String())
			}
			if warnings.Len() > 0 {
				t.Errorf("dot -Tsvg warned:\n%s", warnings.String())
			}
			if !strings.Contains(svg.String(), "<svg") {
				t.Errorf("dot -Tsvg produced no SVG")
			}
		})
	}
}

// nodeLine is a drawn node of graphq's DOT: n<seq>[...label="..."...].
var nodeLine = regexp.MustCompile(`(?m)^\s*n\d+\[.*\blabel="((?:[^"\\]|\\.)*)"`)

// drawnNodes are the labels of the nodes in DOT made with --no-legend
// (legend samples are nodes too), sorted.
func drawnNodes(t *testing.T, src string) []string {
	t.Helper()
	var labels []string
	for _, m := range nodeLine.FindAllStringSubmatch(src, -1) {
		l, err := strconv.Unquote(`"` + m[1] + `"`)
		if err != nil {
			t.Fatalf("label %q: %v", m[1], err)
		}
		labels = append(labels, l)
	}
	slices.Sort(labels)
	return labels
}

// kasnDepth2 is what the seeds say within two hops of KASN along the
// institutional predicates, derived from `graphq extract seeds/`:
//
//	hop 1: Pangihutan Marpaung memberOf KASN (000); Pemerintah Kabupaten
//	       Badung cooperatesWith KASN (000); KASN advises ASN Badung (000);
//	       Agus Pramusinto headOf KASN (001); KASN issues surat edaran (002);
//	       Tasdik Kinanto memberOf KASN (004)
//	hop 2: Pangihutan Marpaung holds Asisten KASN, speaksAt Koordinasi
//	       Pencegahan Pelanggaran Netralitas ASN (000); Agus Pramusinto holds
//	       Ketua KASN, speaksAt Rapat Koordinasi Pengawasan Netralitas ASN
//	       (001); Menteri Dalam Negeri, BKN and Bawaslu issue the same surat
//	       edaran (002); Tasdik Kinanto holds Wakil Ketua KASN (004)
//
// KASN itself attends or organises no event in the seeds: the two events
// are there because its chair and its assistant speak at them. Bawaslu is
// the national body, a co-signer of the circular, not Bawaslu Bali.
var kasnDepth2 = []string{
	"ASN Badung", "Agus Pramusinto", "Asisten KASN", "BKN", "Bawaslu", "KASN",
	"Ketua KASN", "Koordinasi Pencegahan Pelanggaran Netralitas ASN",
	"Menteri Dalam Negeri", "Pangihutan Marpaung", "Pemerintah Kabupaten Badung",
	"Rapat Koordinasi Pengawasan Netralitas ASN", "Tasdik Kinanto", "Wakil Ketua KASN",
	"surat edaran",
}

func TestDotFocusKASNOnSeeds(t *testing.T) {
	db := seedStore(t)
	must := []string{"KASN", "Agus Pramusinto", "Tasdik Kinanto", "Pemerintah Kabupaten Badung",
		"Rapat Koordinasi Pengawasan Netralitas ASN"}
	mustNot := []string{"Ketut Lihadnyana", "Bawaslu Bali", "Ketut Suiasa"}
	for _, focus := range []string{"KASN", "Komisi Aparatur Sipil Negara", "komisi aparatur sipil negara"} {
		t.Run(focus, func(t *testing.T) {
			r := graphq(t, nil, "dot", "--db", db, "--focus", focus, "--depth", "2", "--no-legend")
			if r.code != 0 {
				t.Fatalf("graphq dot: %v", r)
			}
			got := drawnNodes(t, r.stdout)
			for _, l := range must {
				if !slices.Contains(got, l) {
					t.Errorf("no %q in the KASN diagram", l)
				}
			}
			for _, l := range mustNot {
				if slices.Contains(got, l) {
					t.Errorf("unrelated %q in the KASN diagram", l)
				}
			}
			want := slices.Sorted(slices.Values(kasnDepth2))
			if !slices.Equal(got, want) {
				t.Errorf("KASN depth 2 draws\n  %q\nwant\n  %q", got, want)
			}
			if !strings.Contains(r.stdout, `label="KASN",penwidth="3"`) {
				t.Errorf("KASN is not drawn as the focus:\n%s", r.stdout)
			}
			if r.stderr != "" {
				t.Errorf("stderr: %s", r.stderr)
			}
		})
	}
}

func TestDotClustersAndLegendFlags(t *testing.T) {
	db := seedStore(t)
	tests := []struct {
		flags           []string
		cluster, legend bool
	}{
		{nil, true, true},
		{[]string{"--no-clusters"}, false, true},
		{[]string{"--no-legend"}, true, false},
		{[]string{"--no-clusters", "--no-legend"}, false, false},
	}
	for _, tt := range tests {
		t.Run(strings.Join(append([]string{"flags"}, tt.flags...), " "), func(t *testing.T) {
			r := graphq(t, nil, append([]string{"dot", "--db", db, "--focus", "KASN", "--depth", "2"}, tt.flags...)...)
			if r.code != 0 {
				t.Fatalf("graphq dot: %v", r)
			}
			// Tasdik Kinanto's only membership is KASN: with clusters, he is
			// drawn in KASN's. The legend is a cluster of its own.
			orgClusters := strings.Count(r.stdout, "subgraph cluster_")
			if tt.legend {
				orgClusters--
			}
			if got := orgClusters > 0; got != tt.cluster {
				t.Errorf("organisation cluster drawn: %v, want %v\n%s", got, tt.cluster, r.stdout)
			}
			if got := strings.Contains(r.stdout, `label="Legend"`); got != tt.legend {
				t.Errorf("legend drawn: %v, want %v\n%s", got, tt.legend, r.stdout)
			}
			// The same nodes either way.
			if got := drawnNodes(t, r.stdout); !tt.legend && len(got) != len(kasnDepth2) {
				t.Errorf("%d nodes drawn, want %d", len(got), len(kasnDepth2))
			}
		})
	}
}

var (
	capNote     = regexp.MustCompile(`^graphq: dot: (\d+) nodes? and (\d+) edges? left out \(cap --max-nodes (\d+)\)\n$`)
	captionNote = regexp.MustCompile(`(\d+) nodes? and (\d+) edges? not shown \(limit (\d+) nodes\)`)
)

func TestDotCapNoteOnStderr(t *testing.T) {
	db := seedStore(t)
	full := graphq(t, nil, "dot", "--db", db, "--max-nodes", "100000", "--no-legend")
	if full.code != 0 || full.stderr != "" {
		t.Fatalf("uncapped graphq dot: %v", full)
	}
	total := len(drawnNodes(t, full.stdout))
	for _, limit := range []int{5, 20} {
		t.Run(strconv.Itoa(limit), func(t *testing.T) {
			r := graphq(t, nil, "dot", "--db", db, "--max-nodes", strconv.Itoa(limit), "--no-legend")
			if r.code != 0 {
				t.Fatalf("graphq dot: %v", r)
			}
			m := capNote.FindStringSubmatch(r.stderr)
			if m == nil {
				t.Fatalf("stderr %q is not the cap note", r.stderr)
			}
			if nodes, _ := strconv.Atoi(m[1]); nodes != total-limit {
				t.Errorf("note says %d nodes left out; %d drawn uncapped, cap %d", nodes, total, limit)
			}
			if m[3] != strconv.Itoa(limit) {
				t.Errorf("note names cap %s, want %d", m[3], limit)
			}
			if got := len(drawnNodes(t, r.stdout)); got != limit {
				t.Errorf("%d nodes drawn, want %d", got, limit)
			}
			// The caption in the drawing and the note agree.
			c := captionNote.FindStringSubmatch(r.stdout)
			if c == nil || c[1] != m[1] || c[2] != m[2] {
				t.Errorf("caption %q and note %q disagree", c, m)
			}
		})
	}
	if r := graphq(t, nil, "dot", "--db", db, "--focus", "KASN"); r.code != 0 || r.stderr != "" {
		t.Errorf("uncut diagram: want no note, got %v", r)
	}
}

// A PNG is not for a terminal: refused unless -o names a file.
func TestDotPNGToTerminal(t *testing.T) {
	db := seedStore(t)
	run := func(args ...string) (code int, stderr string, screen []byte) {
		t.Helper()
		ptmx, tty, err := pty.Open()
		if err != nil {
			t.Fatalf("open a pty: %v", err)
		}
		defer ptmx.Close()
		cmd := exec.Command(graphqBin, args...)
		var errBuf bytes.Buffer
		cmd.Stdout, cmd.Stderr = tty, &errBuf
		read := make(chan []byte)
		go func() {
			b, _ := io.ReadAll(ptmx) // ends with EIO once the tty side is closed
			read <- b
		}()
		err = cmd.Run()
		tty.Close()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatalf("run graphq: %v", err)
		}
		return cmd.ProcessState.ExitCode(), errBuf.String(), <-read
	}

	code, stderr, screen := run("dot", "--db", db, "--focus", "KASN", "--format", "png")
	if code != exitUsage || !strings.Contains(stderr, "not writing PNG to a terminal; give -o FILE") {
		t.Errorf("PNG to a terminal: exit %d, stderr %q; want exit %d and a refusal", code, stderr, exitUsage)
	}
	if len(screen) != 0 {
		t.Errorf("wrote %d bytes to the terminal", len(screen))
	}

	out := filepath.Join(t.TempDir(), "kasn.png")
	code, stderr, _ = run("dot", "--db", db, "--focus", "KASN", "--format", "PNG", "-o", out)
	if code != 0 {
		t.Fatalf("PNG with -o from a terminal: exit %d: %s", code, stderr)
	}
	if b, err := os.ReadFile(out); err != nil || !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("%s is not a PNG (err %v)", out, err)
	}
	// SVG is text: a terminal may have it.
	if code, stderr, screen = run("dot", "--db", db, "--focus", "KASN", "--format", "svg"); code != 0 || !bytes.Contains(screen, []byte("<svg")) {
		t.Errorf("SVG to a terminal: exit %d, stderr %q, %d bytes", code, stderr, len(screen))
	}
}

func TestDotQuery(t *testing.T) {
	db := seedStore(t)
	tests := []struct {
		name, query string
		want        []string // exactly the nodes drawn, sorted
	}{
		{"one entity comes with its neighbours",
			`g.V("<person:Ketut_Suiasa>").All()`,
			[]string{"Bupati Badung", "Ketut Suiasa", "Koordinasi Pencegahan Pelanggaran Netralitas ASN", "Wakil Bupati Badung"}},
		{"entities and the edges among them only",
			`g.V("<organization:KASN>", "<person:Agus_Pramusinto>", "<position:Ketua_KASN>").All()`,
			[]string{"Agus Pramusinto", "KASN", "Ketua KASN"}},
		{"unconnected entities are drawn too",
			`g.V("<organization:KASN>", "<organization:Bawaslu_Bali>").All()`,
			[]string{"Bawaslu Bali", "KASN"}},
		{"IRIs under tags and nested in emitted values",
			`g.V("<person:Tasdik_Kinanto>").Tag("who").Out("<memberOf>").All(); g.Emit({nested: ["<organization:Bawaslu_Bali>"]})`,
			[]string{"Bawaslu Bali", "KASN", "Tasdik Kinanto"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := graphq(t, nil, "dot", "--db", db, "--no-legend", "--query", tt.query)
			if r.code != 0 {
				t.Fatalf("graphq dot --query: %v", r)
			}
			if got := drawnNodes(t, r.stdout); !slices.Equal(got, tt.want) {
				t.Errorf("drawn %q\nwant  %q", got, tt.want)
			}
		})
	}
}

func TestDotQueryErrors(t *testing.T) {
	db := seedStore(t)
	tests := []struct {
		name, query, want string
	}{
		{"no results", `g.V().Has("<name>","Nobody").All()`, "query: no results"},
		{"no entities", `g.V().Has("<type>","Person").Out("<name>").All()`, "names an entity of the graph"},
		{"syntax error", `g.V(`, "SyntaxError"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := graphq(t, nil, "dot", "--db", db, "--query", tt.query)
			if r.code != exitFail || !strings.Contains(r.stderr, tt.want) || r.stdout != "" {
				t.Fatalf("want exit 1, %q on stderr and nothing on stdout; got %v", tt.want, r)
			}
		})
	}
}

// graphqEnv is graphq with extra environment settings, later ones winning.
func graphqEnv(t *testing.T, extra []string, args ...string) cliResult {
	t.Helper()
	cmd := exec.Command(graphqBin, args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GRAPHQ_DB=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, extra...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := cliResult{stdout: stdout.String(), stderr: stderr.String()}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run graphq %v: %v", args, err)
	}
	return r
}

// Without Graphviz on PATH, svg comes from the embedded Graphviz.
func TestDotImagesWithoutGraphviz(t *testing.T) {
	db := seedStore(t)
	noDot := []string{"PATH=" + t.TempDir()}

	r := graphqEnv(t, noDot, "dot", "--db", db, "--focus", "KASN", "--depth", "2", "--format", "svg")
	if r.code != 0 {
		t.Fatalf("svg without dot: %v", r)
	}
	if !strings.HasPrefix(r.stdout, "<?xml") && !strings.HasPrefix(r.stdout, "<svg") {
		t.Fatalf("svg without dot starts %.60q", r.stdout)
	}
	dec := xml.NewDecoder(strings.NewReader(r.stdout))
	dec.Strict = false
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("svg without dot is not well-formed XML: %v", err)
		}
	}
	for _, l := range kasnDepth2 {
		if !strings.Contains(r.stdout, ">"+l+"<") {
			t.Errorf("svg without dot lacks %q", l)
		}
	}

	// go-graphviz's own PNG renderer draws edges as blobs: PNG is refused
	// with the way out rather than drawn wrong.
	out := filepath.Join(t.TempDir(), "kasn.png")
	r = graphqEnv(t, noDot, "dot", "--db", db, "--focus", "KASN", "--format", "png", "-o", out)
	if r.code != exitFail || !strings.Contains(r.stderr, "install Graphviz (dot) for PNG, or use svg") {
		t.Errorf("png without dot: want exit 1 and the reason; got %v", r)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("png without dot left %s behind (stat: %v)", out, err)
	}
}

func TestEntityIRIs(t *testing.T) {
	results := []any{
		map[string]any{"id": "<person:Ketut_Suiasa>", "pos": "<position:Bupati_Badung>"},
		map[string]any{"id": "<person:Ketut_Suiasa>"},         // repeated
		map[string]any{"id": "Ketut Suiasa", "n": float64(3)}, // strings and numbers are not IRIs
		map[string]any{"nested": []any{"<organization:KASN>", []any{"<event:Rakor>"}}},
		"<>", "<", "_:b1", nil,
	}
	want := []string{"event:Rakor", "organization:KASN", "person:Ketut_Suiasa", "position:Bupati_Badung"}
	if got := entityIRIs(results); !slices.Equal(got, want) {
		t.Fatalf("entityIRIs = %q, want %q", got, want)
	}
}
