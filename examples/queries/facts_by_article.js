// The facts each article states: subject, predicate and object by name,
// in the order of the article's fact nodes. An entity named in several
// articles has several <name> quads, hence several paths: one line per fact.
var seen = {};
g.V()
  .Has("<type>", "Article")
  .Tag("article")
  .In("<source>")
  .Tag("fact")
  .Save("<predicate>", "predicate")
  .Out("<subject>")
  .Save("<name>", "subject")
  .Back("fact")
  .Out("<object>")
  .Save("<name>", "object")
  .ForEach(function (d) {
    if (seen[d.fact]) {
      return;
    }
    seen[d.fact] = true;
    g.Emit({
      article: d.article.replace(/^<article:|>$/g, ""),
      subject: d.subject,
      predicate: d.predicate,
      object: d.object
    });
  });
