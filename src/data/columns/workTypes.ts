import { CommonFields } from './common';

/** Column names (internal and REST) of the Work Types list. */
export const WorkTypeFields = {
  Title: CommonFields.Title,
  WorkTypeKey: 'WorkTypeKey',
  Active: 'Active',
  GuidelineMinutes: 'GuidelineMinutes'
} as const;
