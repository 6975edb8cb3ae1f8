declare interface ITpsQueueWebPartStrings {
  Title: string;
  Description: string;
  EmptyState: string;
}

declare module 'TpsQueueWebPartStrings' {
  const strings: ITpsQueueWebPartStrings;
  export = strings;
}
