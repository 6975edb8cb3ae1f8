declare interface IAskTpsWebPartStrings {
  Title: string;
  Description: string;
  EmptyState: string;
}

declare module 'AskTpsWebPartStrings' {
  const strings: IAskTpsWebPartStrings;
  export = strings;
}
