/** Column names of every list, one constant per list (the schema, the field mappings and every query use them). */
export { CommonFields, UserProps, expanded } from './common';
export { SettingsFields } from './settings';
export { WorkTypeFields } from './workTypes';
export { RosterFields } from './roster';
export { EnquiryFields } from './enquiries';
export { EscalationFields } from './escalations';
export { QolCheckFields, QolDirectionFields, QolResultFields, QolResponseFields } from './qolChecks';
export { FeedbackFields, FeedbackNoticeFields, FeedbackReviewFields } from './feedback';
export { HandlingFields } from './handling';
export { ResourceFields } from './resources';
