package input

import (
	"strings"
	"testing"
)

const newsPage = `<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>Bupati Badung Resmikan Pasar &amp; Terminal - Bali Post</title>
  <meta property="article:published_time" content="2023-09-14T10:15:00+08:00">
  <style>body { color: red; } p > a { x: "</p>"; }</style>
  <script>var s = "<p>not text</p>"; if (a < b && c > d) {}</script>
  <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-01"}</script>
</head>
<body>
  <header><a href="/">Beranda</a> <nav><a href="/x">Politik</a></nav><h1>Judul di header</h1></header>
  <nav class="menu"><ul><li>Ekonomi</li><li>Olahraga</li></ul></nav>
  <article>
    <p>Bupati Badung&nbsp;Nyoman   Giri Prasta
       meresmikan pasar di <b>Mengwi</b>, Kamis (14/9).</p>
    <!-- iklan <p>hidden</p> -->
    <p title="a > b">&ldquo;Pasar ini untuk rakyat,&rdquo; katanya.<br>Baris kedua &#8212; &#x41;.</p>
    <div>Harga &lt;naik&gt; 5%</div>
    <table><tr><td>Sel 1</td><td>Sel 2</td></tr></table>
    <pre>kode
  baris</pre>
  </article>
  <aside><p>Berita terkait</p></aside>
  <footer>&copy; 2023 Bali Post</footer>
</body>
</html>`

func TestStripHTMLNewsPage(t *testing.T) {
	a, err := Read("page.txt", strings.NewReader(newsPage))
	if err != nil {
		t.Fatal(err)
	}
	want := "Bupati Badung Nyoman Giri Prasta meresmikan pasar di Mengwi, Kamis (14/9).\n\n" +
		"“Pasar ini untuk rakyat,” katanya.\nBaris kedua — A.\n\n" +
		"Harga <naik> 5%\n\n" +
		"Sel 1 Sel 2\n\n" +
		"kode\nbaris"
	if a.Text != want {
		t.Errorf("Text =\n%q\nwant\n%q", a.Text, want)
	}
	if a.Title != "Bupati Badung Resmikan Pasar & Terminal - Bali Post" {
		t.Errorf("Title = %q", a.Title)
	}
	if a.Date != "2023-09-14" {
		t.Errorf("Date = %q, want the article:published_time date over JSON-LD", a.Date)
	}
	for _, leak := range []string{"not text", "color", "Beranda", "Politik", "Ekonomi", "terkait", "Bali Post", "hidden", "Judul di header"} {
		if strings.Contains(a.Text, leak) {
			t.Errorf("Text leaks %q", leak)
		}
	}
}

func TestStripHTMLCases(t *testing.T) {
	tests := []struct {
		name, html, text, date string
	}{
		{"unclosed header falls back to keeping it",
			"<html><body><header><p>Isi satu-satunya.</p></body></html>", "Isi satu-satunya.", ""},
		{"JSON-LD date", `<html><script type="application/ld+json">{"datePublished": "2024-02-29T08:00:00Z"}</script><p>Isi.</p></html>`, "Isi.", "2024-02-29"},
		{"time element date", `<html><p><time datetime="2021-07-04">4 Juli</time> Isi.</p></html>`, "4 Juli Isi.", "2021-07-04"},
		{"meta name date", `<html><meta name="pubdate" content="14 Agustus 2022"><p>Isi.</p></html>`, "Isi.", "2022-08-14"},
		{"invalid date ignored", `<html><meta property="article:published_time" content="2023-02-30"><p>Isi.</p></html>`, "Isi.", ""},
		{"script end tag is case-insensitive", "<html><SCRIPT>x</ScRiPt ><p>Isi.</p></html>", "Isi.", ""},
		{"script without end drops the rest", "<html><p>Isi.</p><script>var a = 1;", "Isi.", ""},
		{"stray less-than kept", "<html><p>a < b dan 3<4</p></html>", "a < b dan 3<4", ""},
		{"CDATA kept as text", "<html><p><![CDATA[x < y]]></p></html>", "x < y", ""},
		{"unterminated comment", "<html><p>Isi.</p><!-- sisa", "Isi.", ""},
		{"nested hidden", "<html><aside><nav>a</nav>b</aside><p>Isi.</p></html>", "Isi.", ""},
		{"svg title is not the page title", "<html><svg><title>ikon</title></svg><p>Isi.</p></html>", "Isi.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := stripHTML(tc.html)
			if d.text != tc.text || d.date != tc.date {
				t.Errorf("stripHTML = text %q date %q; want %q, %q", d.text, d.date, tc.text, tc.date)
			}
			if d.title != "" {
				t.Errorf("title = %q, want none", d.title)
			}
		})
	}
}

func TestLooksHTML(t *testing.T) {
	tests := []struct {
		name, file, text string
		want             bool
	}{
		{"doctype", "a.txt", "\n  <!DOCTYPE html><p>x", true},
		{"html tag", "a.txt", "<HTML><body>x", true},
		{"by extension", "a.htm", "just text", true},
		{"fragment of paragraphs", "a.txt", "<p>Satu.</p>\n<p>Dua.</p>", true},
		{"plain article mentioning a tag", "a.txt", "Gunakan tag <p> untuk paragraf, kata pengajar.", false},
		{"plain text with less-than", "a.txt", "Inflasi < 3% dan suku bunga > 5%.", false},
		{"XML that is not HTML", "a.txt", `<?xml version="1.0"?><rss><item>x</item></rss>`, false},
	}
	for _, tc := range tests {
		if got := looksHTML(tc.text, tc.file); got != tc.want {
			t.Errorf("%s: looksHTML = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestNormaliseDate(t *testing.T) {
	for in, want := range map[string]string{
		"2023-09-14":                      "2023-09-14",
		"2023-09-14T10:15:00+08:00":       "2023-09-14",
		"2023-9-4 10:00":                  "2023-09-04",
		"2023/09/14":                      "2023-09-14",
		"14 September 2023":               "2023-09-14",
		"Kamis, 14 Sep 2023":              "2023-09-14",
		"Thu, 14 Sep 2023 10:00:00 +0700": "2023-09-14",
		"September 14, 2023":              "2023-09-14",
		"17 Agustus 1945":                 "1945-08-17",
		"1694656800":                      "2023-09-14",
		"2023-02-29":                      "",
		"14/09/2023":                      "", // day-first or month-first: ambiguous
		"kemarin":                         "",
		"":                                "",
		"31 Juni 2023":                    "",
	} {
		if got := normaliseDate(in); got != want {
			t.Errorf("normaliseDate(%q) = %q, want %q", in, got, want)
		}
	}
}
