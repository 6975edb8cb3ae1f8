import type { IEnquiry } from '../../data/stores/types';
import type { EnquiryStatus } from '../../domain/enquiryValues';
import { DEFAULT_WORK_TYPES } from '../../domain/workTypes';
import { mergeFirstPage, minutesBetween, statusAnnouncements } from './model';
import type { IAnnouncementTemplates } from './model';

function e(id: number, status: EnquiryStatus, over: Partial<IEnquiry> = {}): IEnquiry {
  return {
    id, etag: '"1"', created: undefined, modified: undefined, editorName: undefined, status,
    requestKey: 'rk' + id, workType: 'ABSTUDY', reason: 'r', question: 'q', referencesChecked: [], customerOnHold: false,
    centreTimeZone: 'Australia/Sydney', requesterKey: 'so1@boutique.local', assigneeName: undefined, authorName: undefined,
    ...over
  };
}

const T: IAnnouncementTemplates = {
  claimed: 'Your {0} enquiry was claimed by {1}', takenOver: 'Your {0} enquiry was taken over by {1}',
  resolved: 'Your {0} enquiry was answered by {1}', escalated: 'Your {0} enquiry was escalated',
  withdrawn: 'Your {0} enquiry was withdrawn', released: 'Your {0} enquiry is back in the queue', someone: 'a TPS officer'
};

describe('mergeFirstPage', () => {
  it('replaces by id, adds new ones, keeps older pages, drops vanished recent ones, newest first', () => {
    const shown = [e(10, 'Waiting'), e(9, 'Waiting'), e(8, 'Waiting'), e(3, 'Resolved'), e(2, 'Resolved')];
    const fresh = [e(11, 'Waiting'), e(10, 'Claimed'), e(8, 'Waiting')];
    const merged = mergeFirstPage(shown, fresh);
    expect(merged.map((x) => x.id)).toEqual([11, 10, 8, 3, 2]);
    expect(merged[1].status).toBe('Claimed');
  });

  it('an empty first page means no enquiries', () => {
    expect(mergeFirstPage([e(1, 'Waiting')], [])).toEqual([]);
  });
});

describe('statusAnnouncements', () => {
  it('says each status change once, naming the work type and the TPSO', () => {
    const before = [e(1, 'Waiting'), e(2, 'Claimed', { workType: 'PES', assigneeName: 'Tom Peer' }), e(3, 'Waiting')];
    const after = [e(4, 'Waiting'), e(1, 'Claimed', { assigneeName: 'Tom Peer' }),
      e(2, 'Resolved', { workType: 'PES', assigneeName: 'Tom Peer' }), e(3, 'Waiting')];
    expect(statusAnnouncements(before, after, DEFAULT_WORK_TYPES, T)).toEqual([
      'Your ABSTUDY enquiry was claimed by Tom Peer',
      'Your Pensioner Education Supplement (PES) enquiry was answered by Tom Peer'
    ]);
  });

  it('falls back to "a TPS officer" and says nothing when nothing changed', () => {
    expect(statusAnnouncements([e(1, 'Waiting')], [e(1, 'TakenOver')], DEFAULT_WORK_TYPES, T))
      .toEqual(['Your ABSTUDY enquiry was taken over by a TPS officer']);
    expect(statusAnnouncements([e(1, 'Waiting')], [e(1, 'Waiting')], DEFAULT_WORK_TYPES, T)).toEqual([]);
  });
});

describe('times', () => {
  it('minutesBetween is whole minutes, never negative', () => {
    const t = new Date('2025-06-01T00:00:00Z');
    expect(minutesBetween(t, new Date(t.getTime() + 9.9 * 60000))).toBe(9);
    expect(minutesBetween(t, new Date(t.getTime() - 60000))).toBe(0);
    expect(minutesBetween(undefined, t)).toBeUndefined();
  });
});
