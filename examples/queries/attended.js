// Which bodies (organizations and groups) attended which events.
var seen = {};
g.V()
  .Save("<type>", "type")
  .Save("<name>", "body")
  .Out("<attends>")
  .Save("<name>", "event")
  .ForEach(function (d) {
    if (d.type !== "Organization" && d.type !== "Group") {
      return;
    }
    var key = d.body + "\u0000" + d.event;
    if (!seen[key]) {
      seen[key] = true;
      g.Emit({ body: d.body, type: d.type, event: d.event });
    }
  });
