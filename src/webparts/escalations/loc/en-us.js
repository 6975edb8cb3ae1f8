define([], function () {
  return {
    "Title": "TPS Escalations",
    "Description": "Escalations to Service Support Officers, sorted by deadline.",
    "EmptyState": "Escalations sorted by deadline appear here."
  };
});
