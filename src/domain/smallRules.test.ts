import { guidelinePhase } from './guidelineClock';
import { assessQol, isUrgentQol, qolOutcome } from './qol';
import { isReferenceNumber, parseReferences, referenceUrl } from './references';
import { DEFAULT_WORK_TYPES, findWorkType, guidelineMinutesFor } from './workTypes';

const t0: Date = new Date('2026-03-04T01:00:00Z');
const at = (min: number): Date => new Date(t0.getTime() + min * 60000);

describe('guideline clock', () => {
  it('moves through the phases on a 10-minute guideline', () => {
    expect(guidelinePhase({ createdAt: t0, now: at(3) })).toMatchObject({
      phase: 'under5',
      elapsedMinutes: 3,
      label: 'Waiting 3 min',
      suggestTakeOver: false
    });
    expect(guidelinePhase({ createdAt: t0, now: at(5) }).phase).toBe('fiveToTen');
    expect(guidelinePhase({ createdAt: t0, now: at(10) }).phase).toBe('fiveToTen');
    expect(guidelinePhase({ createdAt: t0, claimedAt: at(1), now: at(11.5) })).toMatchObject({
      phase: 'overGuideline',
      suggestTakeOver: true,
      label: 'Claimed · 10 min'
    });
  });
  it('does not suggest a take-over nobody can do', () => {
    expect(guidelinePhase({ createdAt: t0, now: at(30) }).suggestTakeOver).toBe(false);
  });
  it('uses the work type guideline', () => {
    expect(guidelinePhase({ createdAt: t0, now: at(15), guidelineMinutes: 20 }).phase).toBe('fiveToTen');
    const short = guidelinePhase({ createdAt: t0, now: at(3), guidelineMinutes: 6 });
    expect(short.warnAtMinutes).toBe(3);
    expect(short.phase).toBe('fiveToTen');
  });
  it('never shows negative time', () => {
    expect(guidelinePhase({ createdAt: t0, now: at(-2) }).elapsedMinutes).toBe(0);
  });
});

describe('QOL', () => {
  it('classifies outcomes', () => {
    expect(qolOutcome([], 0)).toBe('Correct');
    expect(qolOutcome([], 2)).toBe('NonCriticalError');
    expect(qolOutcome(['RightRate'], 0)).toBe('CriticalError');
    expect(assessQol(['RightDate'], 1)).toEqual({
      outcome: 'CriticalError',
      requiresSendBack: true,
      requiresFeedback: true
    });
    expect(assessQol([], 0)).toEqual({ outcome: 'Correct', requiresSendBack: false, requiresFeedback: false });
  });
  it('knows urgent reasons', () => {
    expect(isUrgentQol('ImmediateCustomerImpact')).toBe(true);
    expect(isUrgentQol('BusinessCriticalWork')).toBe(true);
    expect(isUrgentQol('Deadline')).toBe(false);
    expect(isUrgentQol(undefined)).toBe(false);
  });
});

describe('references', () => {
  it('parses and validates Operational Blueprint numbers', () => {
    expect(parseReferences('111-05070020, 109-01010000;111-05070020 abc\n111.11030')).toEqual({
      valid: ['111-05070020', '109-01010000'],
      invalid: ['abc', '111.11030']
    });
    expect(parseReferences(undefined)).toEqual({ valid: [], invalid: [] });
    expect(isReferenceNumber(' 111-21122234 ')).toBe(true);
    expect(isReferenceNumber('111-2112223')).toBe(false);
  });
  it('builds links', () => {
    expect(referenceUrl('001-09040120', 'job-seekers')).toBe(
      'https://operational.servicesaustralia.gov.au/public/Pages/job-seekers/001-09040120-01.html'
    );
    expect(referenceUrl('111-05070020')).toBe(
      'https://operational.servicesaustralia.gov.au/public/Pages/search.aspx?k=111-05070020'
    );
    expect(referenceUrl('nope')).toBeUndefined();
  });
});

describe('work types', () => {
  it('has the contract keys', () => {
    expect(DEFAULT_WORK_TYPES.map((w) => w.key)).toEqual([
      'ABSTUDY',
      'APPRENTICES',
      'AISR',
      'AIC',
      'CSU',
      'COMPLEX_ASSESSMENT',
      'EMEP',
      'FHA',
      'FHA_VOUCHER',
      'MIV',
      'MOCA',
      'PPLEPT',
      'PES',
      'TAP',
      'UTLAH'
    ]);
  });
  it('finds by key and falls back to the default guideline', () => {
    expect(findWorkType(DEFAULT_WORK_TYPES, 'moca')!.title).toContain('Member of a Couple');
    expect(findWorkType(DEFAULT_WORK_TYPES, 'NOPE')).toBeUndefined();
    // Complexity is marked per enquiry (seed 002 item 3), so even Complex Assessment has the plain guideline.
    expect(guidelineMinutesFor(DEFAULT_WORK_TYPES, 'COMPLEX_ASSESSMENT')).toBe(10);
    expect(guidelineMinutesFor([{ key: 'X', title: 'X', active: true, guidelineMinutes: 8 }], 'X')).toBe(8);
    expect(guidelineMinutesFor(DEFAULT_WORK_TYPES, 'NOPE')).toBe(10);
  });
});
