define([], function () {
  return {
    "CheckingSite": "Checking this site…",
    "SiteCheckFailed": "We couldn't check this site's Boutique TPS lists.",
    "Retry": "Try again",
    "SetupMissingTitle": "This site isn't set up for Boutique TPS yet",
    "SetupOutdatedTitle": "This site needs a Boutique TPS update (version {0} → {1})",
    "SetupExplain": "Setting up creates or updates the lists, columns, indexes, groups and permissions Boutique TPS needs. It keeps every existing item and takes about a minute.",
    "SetupButton": "Set up this site",
    "SetupRunning": "Setting up the site",
    "SetupFailed": "Setup stopped while: {0}. {1} Nothing already created is lost; you can try again.",
    "SetupDone": "The site is set up.",
    "AskOwnerMissing": "Boutique TPS isn't set up on this site yet. Ask a site owner to open this page and choose “Set up this site”:",
    "AskOwnerOutdated": "Boutique TPS on this site needs an update before it can be used. Ask a site owner to open this page and choose “Set up this site”:",
    "AskOwnerNoNames": "Ask the owner of this SharePoint site."
  };
});
