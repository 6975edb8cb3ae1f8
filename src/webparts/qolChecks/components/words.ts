/** The words of the QOL codes, from the web part's loc file (pillar titles come from the domain's list). */
import * as strings from 'QolChecksWebPartStrings';
import { FOUR_PILLARS } from '../../../domain/qol';
import type { NonCriticalErrorKind, QolOutcome } from '../../../domain/qol';

const OUTCOMES: { [o in QolOutcome]: string } = {
  Correct: strings.OutcomeCorrect,
  NonCriticalError: strings.OutcomeNonCriticalError,
  CriticalError: strings.OutcomeCriticalError
};

const ERROR_KINDS: { [k in NonCriticalErrorKind]: string } = {
  Documentation: strings.ErrorDocumentation,
  ActivityManagement: strings.ErrorActivityManagement,
  LetterOrNotification: strings.ErrorLetterOrNotification,
  ProcedureNotFollowed: strings.ErrorProcedureNotFollowed,
  Other: strings.ErrorOther
};

/** "Critical error" for `CriticalError` (the code itself when unknown). */
export function outcomeWords(outcome: string): string {
  return OUTCOMES[outcome as QolOutcome] || outcome;
}

/** "Documentation" for `Documentation`. */
export function errorKindWords(kind: string): string {
  return ERROR_KINDS[kind as NonCriticalErrorKind] || kind;
}

/** "Right Rate" for `RightRate`. */
export function pillarWords(pillar: string): string {
  const p = FOUR_PILLARS.filter((x) => x.key === pillar)[0];
  return p ? p.title : pillar;
}
