import { officerStepsAfterEscalation } from './escalationGuidance';

describe('after an escalation (seed 002 item 8)', () => {
  it('the officer keeps handling the customer and knows what to tell them', () => {
    expect(officerStepsAfterEscalation({})).toEqual(['keepHandling', 'tellCustomer', 'callbackIsYours']);
    expect(officerStepsAfterEscalation({ category: 'PolicyReferral', nnuReference: 'NNU 1' })).toEqual([
      'keepHandling',
      'tellCustomer',
      'callbackIsYours'
    ]);
  });
  it('an NNU-backed system issue may go to ICT through mySupport, unless a Families claim', () => {
    expect(officerStepsAfterEscalation({ category: 'SystemIssue', nnuReference: 'NNU 2024-118' })).toEqual([
      'keepHandling',
      'tellCustomer',
      'callbackIsYours',
      'ictThroughMySupport',
      'familiesWebform'
    ]);
    expect(officerStepsAfterEscalation({ category: 'SystemIssue', nnuReference: ' ' })).not.toContain(
      'ictThroughMySupport'
    );
  });
  it('incorrect arrears: the stop-payment step', () => {
    expect(officerStepsAfterEscalation({ category: 'ArrearsStopPayment' })).toContain('stopPayment');
  });
});
