package extract

// Article is one news article to extract from.
type Article struct {
	// Source identifies the article: the input file name without its
	// extension, or the id of a JSON Lines record.
	Source string `json:"source"`
	// File is the path the article was read from, if any.
	File  string `json:"file,omitempty"`
	Title string `json:"title,omitempty"`
	// Date is the article's publication date as ISO 8601 (YYYY-MM-DD) when
	// known; it anchors dates written without a year.
	Date string `json:"date,omitempty"`
	URL  string `json:"url,omitempty"`
	Text string `json:"-"`
}

// Triple is one extracted fact with its provenance. The JSON field names are
// those of the evaluation contract (shared/eval/GUIDELINES.md) plus extras.
type Triple struct {
	Source      string `json:"source"`
	Subject     string `json:"subject"`
	Predicate   string `json:"predicate"`
	Object      string `json:"object"`
	SubjectType string `json:"subject_type"`
	ObjectType  string `json:"object_type"`
	SubjectText string `json:"subject_text"`
	ObjectText  string `json:"object_text"`
	Sentence    string `json:"sentence"`
	// SentenceIndex is the 0-based index of the sentence in the article.
	SentenceIndex int `json:"sentence_index"`
	// Start and End are the sentence's byte offsets in Article.Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Confidence is in (0,1]: explicit patterns score high, long-distance
	// guesses low.
	Confidence float64 `json:"confidence"`
	// Rule names the rule that produced the triple, e.g. "title-apposition".
	Rule string `json:"rule"`
	// Open marks a predicate the schema does not define (an open relation).
	Open bool `json:"open,omitempty"`
}

// Entity is a resolved entity of one article: its canonical name, its type
// and every other name it went by.
type Entity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
}

// Result is what the extractor found in one article.
type Result struct {
	Article  Article  `json:"article"`
	Triples  []Triple `json:"triples"`
	Entities []Entity `json:"entities"`
}
