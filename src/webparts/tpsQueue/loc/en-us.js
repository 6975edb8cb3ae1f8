define([], function () {
  return {
    "Title": "TPS Queue",
    "Description": "The Technical Peer Support queue: claim, take over, finalise and notify, escalate.",
    "EmptyState": "Waiting enquiries for your specialties appear here."
  };
});
