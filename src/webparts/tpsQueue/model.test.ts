import { DEFAULT_WORK_TYPES } from '../../domain/workTypes';
import type { WorkType } from '../../domain/workTypes';
import type { IEnquiry } from '../../data/stores/types';
import { createBusinessCalendar } from '../../domain/businessCalendar';
import {
  clockOf,
  handlingOf,
  ictIncidentProblem,
  isTooLong,
  MAX_LENGTH,
  nnuReferenceProblem,
  normaliseIctIncident,
  officerAddress,
  pickedDateAsInstant,
  queueOf,
  stopPaymentDue,
  toStorePatch,
  withHandling
} from './model';
import type { IHandling } from '../../data/stores/types';

const LIST: WorkType[] = [
  { key: 'AIC', title: 'Isolated Children (list title)', active: true, guidelineMinutes: 15 },
  { key: 'PES', title: 'Pensioner Education (retired)', active: false, guidelineMinutes: 10 },
  { key: 'NEWTYPE', title: 'A type only the list knows', active: true, guidelineMinutes: 5 }
];

function enquiry(over: Partial<IEnquiry>): IEnquiry {
  return {
    id: 1,
    etag: '"1"',
    created: new Date('2025-06-02T00:00:00Z'),
    modified: undefined,
    editorName: undefined,
    status: 'Waiting',
    requestKey: 'rk',
    workType: 'AIC',
    reason: 'r',
    question: 'q',
    referencesChecked: [],
    customerOnHold: false,
    centreTimeZone: 'Australia/Sydney',
    requesterKey: 'so1@boutique.local',
    assigneeName: undefined,
    authorName: undefined,
    ...over
  } as IEnquiry;
}

describe('the guideline clock', () => {
  it('takes guideline minutes from the list', () => {
    const now: Date = new Date('2025-06-02T00:12:00Z');
    // 12 minutes: past the built-in 10-minute guideline, still inside the list's 15.
    expect(clockOf(enquiry({ workType: 'AIC' }), now, LIST).phase).toBe('fiveToTen');
    expect(clockOf(enquiry({ workType: 'AIC' }), now, DEFAULT_WORK_TYPES).phase).toBe('overGuideline');
  });

  it('runs from the claim, longer when marked complex; a technical expert request is taken over at once', () => {
    const now: Date = new Date('2025-06-02T00:40:00Z');
    const claimed = enquiry({ status: 'Claimed', claimedAt: new Date('2025-06-02T00:28:00Z') });
    expect(clockOf(claimed, now, DEFAULT_WORK_TYPES)).toMatchObject({
      waitingMinutes: 28,
      handlingMinutes: 12,
      phase: 'overGuideline'
    });
    expect(clockOf({ ...claimed, complex: true }, now, DEFAULT_WORK_TYPES)).toMatchObject({
      phase: 'fiveToTen',
      suggestTakeOver: false
    });
    const expert = { ...claimed, claimedAt: now, reason: 'Customer asks to speak to a technical expert' };
    expect(clockOf(expert, now, DEFAULT_WORK_TYPES).suggestTakeOver).toBe(true);
  });
});

describe('queue order and where mail goes', () => {
  it('puts stop payment, then a technical expert request, ahead of older routine enquiries', () => {
    const at = (m: number): Date => new Date(Date.UTC(2025, 5, 2, 0, m));
    const rows = [
      enquiry({ id: 1, created: at(0) }),
      enquiry({ id: 2, created: at(5), reason: 'Customer asks to speak to a technical expert' }),
      enquiry({ id: 3, created: at(9), stopPayment: true }),
      enquiry({ id: 4, created: at(1), workType: 'PES', stopPayment: true })
    ];
    expect(queueOf(rows, ['AIC']).map((e) => e.id)).toEqual([3, 2, 1]);
    // 10:09 Monday in Sydney: close of business that day.
    expect(stopPaymentDue(rows[2])!.toISOString()).toBe('2025-06-02T07:00:00.000Z');
    expect(stopPaymentDue(rows[0])).toBeUndefined();
  });

  it('mails the officer a TPSO recorded the contact for, not the TPSO who created the item', () => {
    expect(officerAddress(enquiry({ authorEmail: 'tpso1@x', requesterKey: 'so2@x', contactSource: 'Phone' }))).toBe(
      'so2@x'
    );
    expect(officerAddress(enquiry({ authorEmail: 'Sam.Service@x', requesterKey: 'so1@x' }))).toBe('Sam.Service@x');
  });

  it('keeps an empty resolution as empty text (an outcome with no note) but clears other empty fields', () => {
    expect(toStorePatch({ resolution: '', crn: '' })).toEqual({ resolution: '', clear: ['crn'] });
  });
});

describe('what the TPSO types', () => {
  it('accepts ICT incident numbers as mySupport writes them, normalised', () => {
    expect(ictIncidentProblem('INC0012345')).toBeUndefined();
    expect(ictIncidentProblem(' inc 0012345 ')).toBeUndefined();
    expect(normaliseIctIncident(' inc 0012345 ')).toBe('INC0012345');
    expect(ictIncidentProblem('')).toBe('missing');
    expect(ictIncidentProblem('12345')).toBe('shape');
    expect(ictIncidentProblem('INC12')).toBe('shape');
    expect(ictIncidentProblem('RITM0012345')).toBe('shape');
    expect(ictIncidentProblem('INC' + '1'.repeat(70))).toBe('tooLong');
  });

  it('checks an NNU reference for length and with the privacy guard', () => {
    expect(nnuReferenceProblem('')).toBeUndefined();
    expect(nnuReferenceProblem('NNU 2024/17')).toBeUndefined();
    expect(nnuReferenceProblem('NNU for 123 456 789A')).toBe('privacy');
    expect(nnuReferenceProblem('N'.repeat(MAX_LENGTH.nnuReference + 1))).toBe('tooLong');
  });

  it('takes the column sizes from the schema', () => {
    expect(MAX_LENGTH).toEqual({
      ictIncident: 64,
      nnuReference: 64,
      referencesGiven: 4000,
      resolution: 4000,
      takeOverReason: 255
    });
    expect(isTooLong(' ' + 'x'.repeat(255) + ' ', 255)).toBe(false);
    expect(isTooLong('x'.repeat(256), 255)).toBe(true);
  });

  it('turns a picked date into an instant on that date in every Australian zone', () => {
    const picked: Date = new Date(2025, 3, 17); // local midnight, whatever zone the browser is in
    const instant: Date = pickedDateAsInstant(picked);
    for (const timeZone of [
      'Australia/Perth',
      'Australia/Darwin',
      'Australia/Adelaide',
      'Australia/Sydney',
      'Australia/Hobart'
    ]) {
      expect(createBusinessCalendar({ timeZone }).localDateKey(instant)).toBe('2025-04-17');
    }
  });
});

describe("Enquiry Handling and the officer's item", () => {
  const handling: IHandling = {
    id: 70,
    etag: '"h4"',
    created: undefined,
    modified: undefined,
    editorName: 'Tom Peer',
    enquiryId: 1,
    workType: 'AIC',
    requesterKey: 'so1@boutique.local',
    status: 'Resolved',
    assigneeKey: 'tpso1@boutique.local',
    assigneeName: 'Tom Peer',
    claimedAt: new Date('2025-06-02T00:01:00Z'),
    resolvedAt: new Date('2025-06-02T00:09:00Z'),
    resolution: 'Recode the income.',
    resolvedDayKey: 'tpso1@boutique.local|2025-06-02'
  };

  it('takes what TPS staff decide from Enquiry Handling, never from what the officer wrote on their item', () => {
    const forged = enquiry({
      status: 'Resolved',
      assigneeKey: 'tpso2@boutique.local',
      resolution: 'Forged',
      resolvedDayKey: 'x'
    });
    expect(withHandling(forged, undefined)).toMatchObject({
      status: 'Waiting',
      assigneeKey: undefined,
      resolution: undefined,
      handling: undefined
    });
    expect(withHandling(forged, handling)).toMatchObject({
      status: 'Resolved',
      assigneeKey: 'tpso1@boutique.local',
      resolution: 'Recode the income.',
      assigneeName: 'Tom Peer',
      handling: { id: 70, etag: '"h4"' }
    });
  });

  it('gives back the handling item a decision is applied to (so a save needs no read-back)', () => {
    const seen = withHandling(enquiry({}), handling);
    expect(handlingOf(seen)).toMatchObject({
      id: 70,
      etag: '"h4"',
      enquiryId: 1,
      status: 'Resolved',
      assigneeKey: 'tpso1@boutique.local',
      assigneeName: 'Tom Peer',
      resolution: 'Recode the income.',
      resolvedDayKey: 'tpso1@boutique.local|2025-06-02'
    });
    expect(() => handlingOf(enquiry({}))).toThrow(/no Enquiry Handling item/);
  });
});
