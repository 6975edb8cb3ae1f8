/**
 * Quality On Line (QOL) checking rules (seed 000 and the public QOL page): an outcome per check, the Four
 * Pillars that make an error critical, and urgent QOL.
 */

/** The Four Pillars; failing any one makes an error critical. */
export type FourPillar = 'RightPerson' | 'RightProgram' | 'RightRate' | 'RightDate';

/** All pillars with the words people see. */
export const FOUR_PILLARS: ReadonlyArray<{ key: FourPillar; title: string }> = [
  { key: 'RightPerson', title: 'Right Person' },
  { key: 'RightProgram', title: 'Right Program' },
  { key: 'RightRate', title: 'Right Rate' },
  { key: 'RightDate', title: 'Right Date' }
];

/** Outcome of a QOL check. */
export type QolOutcome = 'Correct' | 'NonCriticalError' | 'CriticalError';

/** Outcome and what must follow from it. */
export interface QolResult {
  outcome: QolOutcome;
  /** The activity goes back to the officer (critical errors). */
  requiresSendBack: boolean;
  /** The officer gets feedback (critical errors; non-critical ones are fed back too). */
  requiresFeedback: boolean;
}

/** Outcome of a check: critical when any pillar fails, non-critical when only other errors were found. */
export function qolOutcome(pillarsFailed: ReadonlyArray<FourPillar>, nonCriticalErrors: number): QolOutcome {
  if (pillarsFailed.length > 0) {
    return 'CriticalError';
  }
  return nonCriticalErrors > 0 ? 'NonCriticalError' : 'Correct';
}

/** {@link qolOutcome} with its consequences: a critical error sends the activity back with feedback. */
export function assessQol(pillarsFailed: ReadonlyArray<FourPillar>, nonCriticalErrors: number): QolResult {
  const outcome: QolOutcome = qolOutcome(pillarsFailed, nonCriticalErrors);
  return {
    outcome,
    requiresSendBack: outcome === 'CriticalError',
    requiresFeedback: outcome !== 'Correct'
  };
}

/** Reasons that make a QOL check urgent. */
export type UrgentQolReason = 'ImmediateCustomerImpact' | 'BusinessCriticalWork';

/** Urgent QOL is only for immediate customer impact or business-critical work. */
export const URGENT_QOL_REASONS: ReadonlyArray<{ key: UrgentQolReason; title: string }> = [
  { key: 'ImmediateCustomerImpact', title: 'Immediate customer impact' },
  { key: 'BusinessCriticalWork', title: 'Business-critical work' }
];

/** True when `reason` justifies an urgent QOL. */
export function isUrgentQol(reason: string | undefined): reason is UrgentQolReason {
  for (const r of URGENT_QOL_REASONS) {
    if (r.key === reason) {
      return true;
    }
  }
  return false;
}
