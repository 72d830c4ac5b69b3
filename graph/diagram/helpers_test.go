package diagram

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// kasnGraph resembles what the seed articles say about KASN, plus an
// unrelated corner (Bawaslu Bali) that a focus on KASN must leave out.
func kasnGraph() *Graph {
	return &Graph{
		Nodes: []Node{
			{ID: "org:KASN", Label: "KASN", Type: "Organization", Aliases: []string{"Komisi Aparatur Sipil Negara"}},
			{ID: "person:Agus_Pramusinto", Label: "Agus Pramusinto", Type: "Person", Aliases: []string{"Pramusinto"}},
			{ID: "position:Ketua_KASN", Label: "Ketua KASN", Type: "Position"},
			{ID: "person:Tasdik_Kinanto", Label: "Tasdik Kinanto", Type: "Person"},
			{ID: "org:Pemkab_Badung", Label: "Pemkab Badung", Type: "Organization", Aliases: []string{"Pemerintah Kabupaten Badung"}},
			{ID: "event:Rakor", Label: "Rapat Koordinasi Pengawasan Netralitas ASN", Type: "Event"},
			{ID: "place:Wiswa_Sabha", Label: "Gedung Wiswa Sabha Utama", Type: "Place"},
			{ID: "date:2024-04-18", Label: "2024-04-18", Type: "Date"},
			{ID: "person:Ketut_Suiasa", Label: "Ketut Suiasa", Type: "Person"},
			{ID: "position:Wakil_Bupati_Badung", Label: "Wakil Bupati Badung", Type: "Position"},
			{ID: "org:Bawaslu_Bali", Label: "Bawaslu Bali", Type: "Organization"},
			{ID: "person:Putu_Agus", Label: "I Putu Agus Tirta Suguna", Type: "Person"},
			{ID: "org:Bawaslu_RI", Label: "Bawaslu RI", Type: "Organization"},
		},
		Edges: []Edge{
			{From: "person:Agus_Pramusinto", To: "org:KASN", Predicate: "headOf", Count: 1, Sources: []string{"001"}},
			{From: "person:Agus_Pramusinto", To: "position:Ketua_KASN", Predicate: "holds", Count: 2, Sources: []string{"001", "002"}},
			{From: "person:Tasdik_Kinanto", To: "org:KASN", Predicate: "memberOf", Count: 1, Sources: []string{"002"}},
			{From: "org:KASN", To: "org:Pemkab_Badung", Predicate: "advises", Count: 1, Sources: []string{"000"}},
			{From: "org:Pemkab_Badung", To: "org:KASN", Predicate: "cooperatesWith", Count: 1, Sources: []string{"000"}},
			{From: "org:KASN", To: "event:Rakor", Predicate: "attends", Count: 1, Sources: []string{"000"}},
			{From: "event:Rakor", To: "place:Wiswa_Sabha", Predicate: "heldAt", Count: 1, Sources: []string{"000"}},
			{From: "event:Rakor", To: "date:2024-04-18", Predicate: "heldOn", Count: 1, Sources: []string{"000"}},
			{From: "person:Ketut_Suiasa", To: "position:Wakil_Bupati_Badung", Predicate: "holds", Count: 1, Sources: []string{"000"}},
			{From: "person:Ketut_Suiasa", To: "event:Rakor", Predicate: "opens", Count: 1, Sources: []string{"000"}},
			{From: "person:Putu_Agus", To: "org:Bawaslu_Bali", Predicate: "headOf", Count: 1, Sources: []string{"003"}},
			{From: "org:Bawaslu_Bali", To: "org:Bawaslu_RI", Predicate: "memberOf", Count: 1, Sources: []string{"003"}},
		},
	}
}

// graphvizSVG lays out src with the real dot program; any warning on
// stderr or a failed exit fails the test. Without dot the test is skipped.
func graphvizSVG(t *testing.T, src []byte) string {
	t.Helper()
	path, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not on PATH")
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(path, "-Tsvg")
	cmd.Stdin = bytes.NewReader(src)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot -Tsvg: %v\nstderr: %s\nsource:\n%s", err, stderr.String(), src)
	}
	if stderr.Len() > 0 {
		t.Fatalf("dot -Tsvg warned: %s\nsource:\n%s", stderr.String(), src)
	}
	return stdout.String()
}

func render(t *testing.T, g *Graph, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, g, opt); err != nil {
		t.Fatalf("Render(%+v): %v", opt, err)
	}
	return buf.String()
}

func nodeIDs(g *Graph) string {
	ids := make([]string, len(g.Nodes))
	for i, n := range g.Nodes {
		ids[i] = n.ID
	}
	return strings.Join(ids, " ")
}
