// Everyone and everything linked to KASN (Komisi Aparatur Sipil Negara)
// within two hops, over the relationship predicates in either direction;
// "hops" is the shortest distance.
var core = [
  "<holds>", "<headOf>", "<memberOf>", "<represents>", "<attends>",
  "<organizes>", "<opens>", "<speaksAt>", "<heldAt>", "<heldOn>",
  "<accompaniedBy>", "<advises>", "<cooperatesWith>", "<appoints>",
  "<urges>", "<signs>", "<issues>"
];
var kasn = g.V().Has("<name>", "KASN");
var hops = {};
kasn.Both(core).ForEach(function (d) {
  hops[d.id] = 1;
});
kasn.Both(core).Both(core).Except(kasn).ForEach(function (d) {
  if (!hops[d.id]) {
    hops[d.id] = 2;
  }
});
// An entity named in several articles has a <name> quad per article: one
// line per entity.
var emitted = {};
for (var id in hops) {
  g.V(id).Save("<name>", "name").Save("<type>", "type").ForEach(function (d) {
    if (!emitted[d.id]) {
      emitted[d.id] = true;
      g.Emit({ name: d.name, type: d.type, hops: hops[d.id] });
    }
  });
}
