/** Categories a TPSO picks when escalating to an SSO / Senior Practitioner (seed 004). */
export type EscalationCategory =
  | 'SystemIssue'
  | 'PolicyReferral'
  | 'ComplexUnableToResolve'
  | 'ArrearsStopPayment'
  | 'NotificationOfDeath'
  | 'FCSO'
  | 'ReviewOfDecision';

/** Every category with the words people see. */
export const ESCALATION_CATEGORIES: ReadonlyArray<{ key: EscalationCategory; title: string }> = [
  { key: 'ArrearsStopPayment', title: 'Arrears generated incorrectly / stop payment' },
  { key: 'NotificationOfDeath', title: 'Notification of death' },
  { key: 'FCSO', title: 'First Contact Service Offer (FCSO/SAC)' },
  { key: 'SystemIssue', title: 'System issue' },
  { key: 'PolicyReferral', title: 'Policy escalation or reference inconsistency' },
  { key: 'ReviewOfDecision', title: 'Review of a decision' },
  { key: 'ComplexUnableToResolve', title: 'Complex - unable to resolve' }
];

/** True when `value` is one of the escalation categories. */
export function isEscalationCategory(value: string | undefined): value is EscalationCategory {
  for (const c of ESCALATION_CATEGORIES) {
    if (c.key === value) {
      return true;
    }
  }
  return false;
}
