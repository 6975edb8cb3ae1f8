declare interface IEscalationsWebPartStrings {
  Title: string;
  Description: string;
  EmptyState: string;
}

declare module 'EscalationsWebPartStrings' {
  const strings: IEscalationsWebPartStrings;
  export = strings;
}
