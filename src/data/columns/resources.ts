import { CommonFields } from './common';

/** Column names (internal and REST) of the TPS Resources list. */
export const ResourceFields = {
  Title: CommonFields.Title,
  ResourceKey: 'ResourceKey',
  Url: 'Url',
  Places: 'Places'
} as const;
