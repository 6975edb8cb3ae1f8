export { TeamFeedback } from './TeamFeedback';
export type { ITeamFeedbackProps } from './ITeamFeedbackProps';
