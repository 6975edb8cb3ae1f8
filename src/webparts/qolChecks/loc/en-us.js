define([], function () {
  return {
    "Title": "QOL Checks",
    "Description": "Record Quality On Line checks against the Four Pillars, including urgent QOL.",
    "EmptyState": "QOL checks you record appear here."
  };
});
