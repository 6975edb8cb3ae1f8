import { CommonFields } from './common';

/** Column names (internal and REST) of the TPS Roster list. */
export const RosterFields = {
  Title: CommonFields.Title,
  Person: 'Person',
  PersonKey: 'PersonKey',
  WorkTypes: 'WorkTypes',
  Role: 'Role',
  Centre: 'Centre',
  CentreTimeZone: 'CentreTimeZone',
  OnDuty: 'OnDuty',
  TeamLeaderKey: 'TeamLeaderKey'
} as const;
