declare interface IBoutiqueSharedStrings {
  ReferenceLinkAria: string;
  ResourceLinkAria: string;
  PropertyPaneDescription: string;
  PropertyPaneSiteGroup: string;
  PropertyPaneSiteUrl: string;
  PropertyPaneSiteUrlHelp: string;
  CheckingSite: string;
  SiteCheckFailed: string;
  Retry: string;
  SetupMissingTitle: string;
  SetupOutdatedTitle: string;
  SetupExplain: string;
  SetupButton: string;
  SetupRunning: string;
  SetupFailed: string;
  SetupDone: string;
  AskOwnerMissing: string;
  AskOwnerOutdated: string;
  AskOwnerNoNames: string;
  UpgradeAvailable: string;
  UpgradeButton: string;
  UpgradeRunning: string;
  UpgradeFailed: string;
  SetupWarnings: string;
  SetupWarningStep: string;
  PrivacyBlockedOne: string;
  PrivacyBlockedMany: string;
  PrivacyWarnOne: string;
  PrivacyWarnMany: string;
  PrivacyReplaced: string;
  PrivacyMoved: string;
  PrivacyFindingsLabel: string;
  PrivacyMustRemove: string;
  PrivacyCheck: string;
  PrivacyReplace: string;
  PrivacyReplaceAria: string;
  PrivacyMoveAria: string;
  PrivacyShowInText: string;
  PrivacyShowInTextAria: string;
}

declare module 'BoutiqueSharedStrings' {
  const strings: IBoutiqueSharedStrings;
  export = strings;
}
