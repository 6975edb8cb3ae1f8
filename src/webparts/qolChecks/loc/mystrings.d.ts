declare interface IQolChecksWebPartStrings {
  Title: string;
  Description: string;
  EmptyState: string;
  RecordHeading: string;
  MyChecksHeading: string;
  OfficerLabel: string;
  OfficerPlaceholder: string;
  WorkTypeLabel: string;
  ActivityRefLabel: string;
  ActivityRefHelp: string;
  PillarsLabel: string;
  NonCriticalLabel: string;
  FeedbackLabel: string;
  EnquiryIdLabel: string;
  OutcomeLabel: string;
  SaveCheck: string;
  Saving: string;
  Saved: string;
  NoOfficer: string;
  NoWorkType: string;
  NoActivityRef: string;
  FeedbackRequired: string;
  ActivityRefPrivate: string;
  FeedbackPrivate: string;
  OutcomeCorrect: string;
  OutcomeNonCriticalError: string;
  OutcomeCriticalError: string;
  SentBack: string;
  Acknowledge: string;
  Acknowledged: string;
  ConfirmCorrected: string;
  Corrected: string;
  NothingToAcknowledge: string;
  NotSentBack: string;
  NoChecksYet: string;
  Loading: string;
  ErrorDocumentation: string;
  ErrorActivityManagement: string;
  ErrorLetterOrNotification: string;
  ErrorProcedureNotFollowed: string;
  ErrorOther: string;
  CheckLine: string;
}

declare module 'QolChecksWebPartStrings' {
  const strings: IQolChecksWebPartStrings;
  export = strings;
}
