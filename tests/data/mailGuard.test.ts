import { composeEnquirySummary, guardMailText } from '../../src/data/mail';

describe('mail privacy guard', () => {
  it('never lets a CRN through, however it is written', () => {
    expect(guardMailText('Customer 123 456 789A asked', '123456789A')).not.toMatch(/789/);
    expect(guardMailText('crn 123456789a here')).not.toMatch(/123456789/);
  });

  it('keeps Operational Blueprint numbers', () => {
    expect(guardMailText('See 111-05070020')).toContain('111-05070020');
  });

  it('composes the summary without reading the CRN', () => {
    const m = composeEnquirySummary(
      { id: 7, workType: 'AIC', question: 'Q?', referencesGiven: '111-05070020', resolution: 'Do X' },
      'AIC'
    );
    expect(m.subject).toBe('TPS answer to your enquiry #7 (AIC)');
    expect(m.bodyText).toContain('Do X');
  });
});
