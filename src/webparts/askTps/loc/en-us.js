define([], function () {
  return {
    "Title": "Ask TPS",
    "Description": "Post a technical enquiry to Technical Peer Support and follow your enquiries live.",
    "EmptyState": "Post an enquiry and follow your enquiries here."
  };
});
