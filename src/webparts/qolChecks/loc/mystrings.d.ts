declare interface IQolChecksWebPartStrings {
  Title: string;
  Description: string;
  EmptyState: string;
}

declare module 'QolChecksWebPartStrings' {
  const strings: IQolChecksWebPartStrings;
  export = strings;
}
