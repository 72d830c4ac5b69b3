package diagram_test

import (
	"fmt"
	"os"

	"github.com/graphq/graphq/graph/diagram"
)

func exampleGraph() *diagram.Graph {
	return &diagram.Graph{
		Nodes: []diagram.Node{
			{ID: "person:Ketut_Suiasa", Label: "Ketut Suiasa", Type: "Person"},
			{ID: "position:Bupati_Badung", Label: "Bupati Badung", Type: "Position"},
		},
		Edges: []diagram.Edge{
			{From: "person:Ketut_Suiasa", To: "position:Bupati_Badung", Predicate: "represents", Count: 2, Sources: []string{"000", "001"}},
		},
	}
}

func ExampleRender() {
	err := diagram.Render(os.Stdout, exampleGraph(), diagram.Options{Lang: "id", NoLegend: true})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph graphq {
	// 	fontname="Helvetica";newrank="true";rankdir="LR";
	// 	n1[color="#C0692B",fillcolor="#FDE2C8",fontname="Helvetica",label="Ketut Suiasa",shape="ellipse",style="filled"];
	// 	n2[color="#B59B00",fillcolor="#FFF4B3",fontname="Helvetica",label="Bupati Badung",shape="box",style="rounded,filled"];
	// 	n1->n2[color="#C0692B",fontcolor="#C0692B",fontname="Helvetica",fontsize="10",label="mewakili ×2",style="dashed"];
	// }
}

func ExampleRender_mermaid() {
	err := diagram.Render(os.Stdout, exampleGraph(), diagram.Options{Format: "mermaid", Title: "Badung"})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// ---
	// title: "Badung"
	// ---
	// flowchart LR
	//   n1(["Ketut Suiasa"])
	//   n2("Bupati Badung")
	//   n1 -->|"represents ×2"| n2
	//   classDef Person fill:#FDE2C8,stroke:#C0692B,color:#000
	//   class n1 Person
	//   classDef Position fill:#FFF4B3,stroke:#B59B00,color:#000
	//   class n2 Position
}

func ExampleFilter() {
	g, omitted, err := diagram.Filter(exampleGraph(), diagram.Options{Focus: "ketut suiasa", MaxNodes: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(g.Nodes), "node;", omitted)
	// Output:
	// 1 node; 1 node and 1 edge not shown
}

func ExampleCleanLabel() {
	fmt.Printf("%q\n", diagram.CleanLabel("Wakil\u00a0Bupati\u200b\tBadung\n"))
	// Output:
	// "Wakil Bupati Badung"
}
