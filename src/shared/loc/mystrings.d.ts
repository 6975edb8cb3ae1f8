declare interface IBoutiqueSharedStrings {
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
}

declare module 'BoutiqueSharedStrings' {
  const strings: IBoutiqueSharedStrings;
  export = strings;
}
