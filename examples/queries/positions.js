// Who holds which position (office), person by person.
var seen = {};
g.V()
  .Has("<type>", "Person")
  .Save("<name>", "person")
  .Out("<holds>")
  .Save("<name>", "position")
  .ForEach(function (d) {
    var key = d.person + "\u0000" + d.position;
    if (!seen[key]) {
      seen[key] = true;
      g.Emit({ person: d.person, position: d.position });
    }
  });
