import { CommonFields } from './common';

/** Column names (internal and REST) of the TPS Settings list. */
export const SettingsFields = {
  Title: CommonFields.Title,
  Value: 'Value'
} as const;
