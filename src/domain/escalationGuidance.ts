/**
 * What the officer does once TPS escalates their enquiry to an SSO (seed 002 item 8): "Have the Service Officer
 * handle the customer call"; for system issues supported by an NNU, "TPS and Service Officers can escalate the
 * issue directly to ICT using mySupport, unless the issue relates to a Families claim" (then the officer's
 * 'FCC Direct (Known Issue) ICT Referral Request' webform); incorrect arrears go to the SSO or Team Leader at once
 * (seed 002 item 10). The web part words each step.
 */
import { isEscalationCategory } from './escalationCategories';

/** One thing the officer should know or do after an escalation. */
export type OfficerStep =
  'keepHandling' | 'tellCustomer' | 'callbackIsYours' | 'ictThroughMySupport' | 'familiesWebform' | 'stopPayment';

/** The escalation facts the officer's copy of the enquiry holds. */
export interface EscalationFacts {
  /** The escalation category (an EscalationCategory key), when recorded. */
  category?: string;
  /** The NNU the TPSO cited, when any. */
  nnuReference?: string;
}

/** The steps for the officer, in the order to show them. */
export function officerStepsAfterEscalation(facts: EscalationFacts): OfficerStep[] {
  const steps: OfficerStep[] = ['keepHandling', 'tellCustomer', 'callbackIsYours'];
  const category: string | undefined = isEscalationCategory(facts.category) ? facts.category : undefined;
  if (category === 'SystemIssue' && (facts.nnuReference || '').trim()) {
    steps.push('ictThroughMySupport', 'familiesWebform');
  }
  if (category === 'ArrearsStopPayment') {
    steps.push('stopPayment');
  }
  return steps;
}
