import * as strings from 'EscalationsWebPartStrings';
import type { IDueTemplates } from '../../model';

/** The deadline words of the web part's loc file, in the shape the view model fills. */
export const DUE_TEMPLATES: IDueTemplates = {
  steps: {
    referToIct: strings.StepReferToIct,
    action: strings.StepAction,
    review: strings.StepReview,
    followUp: strings.StepFollowUp,
    finalise: strings.StepFinalise,
    complete: strings.StepComplete,
    dayOne: strings.StepDayOne,
    documentWhyNot: strings.StepDocumentWhyNot,
    seniorCompletes: strings.StepSeniorCompletes
  },
  today: strings.DueToday,
  tomorrow: strings.DueTomorrow,
  other: strings.DueOther,
  overdue: strings.DueOverdue
};
