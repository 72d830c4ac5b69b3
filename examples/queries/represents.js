// Who represents whom: "X -> Y" for every <represents> edge, e.g. a deputy
// standing in for the regent at an event. An edge stated by two articles is
// two paths, so lines are de-duplicated here.
var seen = {};
g.V()
  .Save("<name>", "who")
  .Out("<represents>")
  .Save("<name>", "whom")
  .ForEach(function (d) {
    var line = d.who + " -> " + d.whom;
    if (!seen[line]) {
      seen[line] = true;
      g.Emit(line);
    }
  });
