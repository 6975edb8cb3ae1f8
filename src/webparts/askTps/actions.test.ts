import type { IDataServices } from '../../data/services';
import type { IEnquiry, IFeedback, INewEnquiry, INewFeedback, IRosterEntry } from '../../data/stores/types';
import { ConflictError } from '../../data/errors';
import { flagAnswer, officerOf, postEnquiry, withdrawEnquiry } from './actions';
import type { IEnquiryDraft } from './model';

const SAM = officerOf({ login: 'SO1@boutique.local', displayName: 'Sam Service' });
const NOW = new Date('2025-06-02T00:10:00Z');

function enquiry(over: Partial<IEnquiry> = {}): IEnquiry {
  return {
    id: 7,
    etag: '"3"',
    created: new Date('2025-06-02T00:00:00Z'),
    modified: undefined,
    editorName: undefined,
    status: 'Waiting',
    requestKey: 'rk',
    workType: 'ABSTUDY',
    reason: 'r',
    question: 'Study load will not save',
    referencesChecked: ['NNU'],
    customerOnHold: false,
    centreTimeZone: 'Australia/Sydney',
    requesterKey: 'so1@boutique.local',
    crn: '123456789A',
    assigneeName: undefined,
    authorName: 'Sam Service',
    ...over
  } as IEnquiry;
}

const draft = (over: Partial<IEnquiryDraft> = {}): IEnquiryDraft => ({
  requestKey: 'key-1',
  workType: 'ABSTUDY',
  reason: 'System will not allow updates',
  referencesChecked: ['Operational Blueprint'],
  referencesRead: '111-05070020',
  question: 'Rate does not update after the income estimate was coded.',
  customerOnHold: true,
  crn: '123456789A',
  centreTimeZone: 'Australia/Canberra',
  ...over
});

/** Data services with only the store calls the actions use; creates land once per request key, as the stores do. */
function fakeData(
  roster: Array<Partial<IRosterEntry>> = [{ personKey: 'tpso1@boutique.local', teamLeaderKey: 'TL1@boutique.local' }]
) {
  const enquiriesByKey = new Map<string, IEnquiry>();
  const feedbackByKey = new Map<string, IFeedback>();
  const enquiries = {
    create: jest.fn(async (input: INewEnquiry) => {
      if (!enquiriesByKey.has(input.requestKey)) {
        enquiriesByKey.set(input.requestKey, enquiry({ ...input, id: enquiriesByKey.size + 1, status: 'Waiting' }));
      }
      return enquiriesByKey.get(input.requestKey) as IEnquiry;
    }),
    updateChecked: jest.fn(
      async (id: number, _patch: unknown, _etag: string, _landed: (current: IEnquiry) => boolean) =>
        enquiry({ id, status: 'Withdrawn', crn: undefined, etag: '"4"' })
    )
  };
  const feedback = {
    create: jest.fn(async (input: INewFeedback) => {
      if (!feedbackByKey.has(input.requestKey)) {
        feedbackByKey.set(input.requestKey, {
          ...input,
          id: feedbackByKey.size + 1,
          status: 'New'
        } as unknown as IFeedback);
      }
      return feedbackByKey.get(input.requestKey) as IFeedback;
    })
  };
  const rosterStore = { forPerson: jest.fn(async () => roster as IRosterEntry[]) };
  const data = { enquiries, feedback, roster: rosterStore } as unknown as IDataServices;
  return { data, enquiries, feedback, roster: rosterStore, enquiriesByKey, feedbackByKey };
}

describe('postEnquiry', () => {
  it('creates the enquiry for the officer (lower-case key), and a retry of the same draft lands once', async () => {
    const f = fakeData();
    const first = await postEnquiry(f.data, SAM, draft(), NOW);
    const again = await postEnquiry(f.data, SAM, draft(), NOW);
    expect(f.enquiriesByKey.size).toBe(1);
    expect(again.id).toBe(first.id);
    expect(f.enquiries.create).toHaveBeenCalledWith(
      expect.objectContaining({
        requestKey: 'key-1',
        requesterKey: 'so1@boutique.local',
        workType: 'ABSTUDY',
        crn: '123456789A',
        referencesRead: '111-05070020',
        customerOnHold: true,
        centreTimeZone: 'Australia/Canberra'
      })
    );
  });

  it("posts the officer's chosen centre and a stop payment request; refuses with no centre or task-card work", async () => {
    const f = fakeData();
    await postEnquiry(f.data, SAM, draft({ requestKey: 'sp', stopPayment: true, stopPaymentDocRecorded: true }), NOW);
    expect(f.enquiries.create).toHaveBeenCalledWith(
      expect.objectContaining({ stopPayment: true, centreTimeZone: 'Australia/Canberra' })
    );
    await expect(postEnquiry(f.data, SAM, draft({ centreTimeZone: '' }), NOW)).rejects.toThrow(/Smart Centre/);
    await expect(postEnquiry(f.data, SAM, draft({ workType: 'APPRENTICES', taskCardWork: true }), NOW)).rejects.toThrow(
      /task cards/
    );
    expect(f.enquiries.create).toHaveBeenCalledTimes(1);
  });

  it('is refused by the lifecycle before any request when the question holds personal details', async () => {
    const f = fakeData();
    await expect(
      postEnquiry(f.data, SAM, draft({ question: 'Customer born 03/04/1961 cannot be updated' }), NOW)
    ).rejects.toMatchObject({ isActionRefused: true });
    await expect(postEnquiry(f.data, SAM, draft({ workType: '' }), NOW)).rejects.toMatchObject({
      isActionRefused: true
    });
    expect(f.enquiries.create).not.toHaveBeenCalled();
  });
});

describe('withdrawEnquiry', () => {
  it('goes through the lifecycle: Withdrawn with the CRN cleared, in one update with the ETag the list read', async () => {
    const f = fakeData();
    const next = await withdrawEnquiry(f.data, enquiry(), SAM, NOW);
    expect(f.enquiries.updateChecked).toHaveBeenCalledTimes(1);
    expect(f.enquiries.updateChecked).toHaveBeenCalledWith(
      7,
      { status: 'Withdrawn', clear: ['crn'] },
      '"3"',
      expect.any(Function)
    );
    expect(next.status).toBe('Withdrawn');
  });

  it("is refused, with nothing written, for someone else's enquiry or one already claimed", async () => {
    const f = fakeData();
    await expect(withdrawEnquiry(f.data, enquiry({ requesterKey: 'so2@boutique.local' }), SAM, NOW)).rejects.toThrow(
      /Only the officer who posted/
    );
    await expect(
      withdrawEnquiry(f.data, enquiry({ status: 'Claimed', assigneeName: 'Tom Peer' }), SAM, NOW)
    ).rejects.toThrow(/claimed by Tom Peer/);
    expect(f.enquiries.updateChecked).not.toHaveBeenCalled();
  });

  it('counts a withdraw whose answer was lost as done when the item reads Withdrawn, and only then', async () => {
    const f = fakeData();
    await withdrawEnquiry(f.data, enquiry(), SAM, NOW);
    const landed = f.enquiries.updateChecked.mock.calls[0][3];
    expect(landed(enquiry({ status: 'Withdrawn' }))).toBe(true);
    expect(landed(enquiry({ status: 'Claimed', assigneeName: 'Tom Peer' }))).toBe(false);
    expect(landed(enquiry({ status: 'Waiting' }))).toBe(false);
  });

  it('passes on the conflict when a claim got there first (the card names who)', async () => {
    const f = fakeData();
    f.enquiries.updateChecked.mockRejectedValueOnce(new ConflictError('enquiry', 'Tom Peer', NOW));
    await expect(withdrawEnquiry(f.data, enquiry(), SAM, NOW)).rejects.toMatchObject({
      isConflictError: true,
      editorTitle: 'Tom Peer'
    });
  });
});

describe('flagAnswer', () => {
  const answered = (): IEnquiry =>
    enquiry({ status: 'Resolved', assigneeKey: 'TPSO1@boutique.local', assigneeName: 'Tom Peer' });

  it("creates one feedback item for the TPSO's team leader from the roster, once per request key", async () => {
    const f = fakeData();
    await flagAnswer(f.data, answered(), SAM, '  The rate rule quoted is out of date  ', 'fb-1');
    await flagAnswer(f.data, answered(), SAM, 'The rate rule quoted is out of date', 'fb-1');
    expect(f.roster.forPerson).toHaveBeenCalledWith('tpso1@boutique.local');
    expect(f.feedbackByKey.size).toBe(1);
    expect(f.feedback.create).toHaveBeenCalledWith({
      requestKey: 'fb-1',
      enquiryId: 7,
      tpsoKey: 'tpso1@boutique.local',
      teamLeaderKey: 'tl1@boutique.local',
      raisedByKey: 'so1@boutique.local',
      detail: 'The rate rule quoted is out of date'
    });
  });

  it('says so, and creates nothing, when the TPSO has no team leader on the roster', async () => {
    const f = fakeData([{ personKey: 'tpso1@boutique.local' }]);
    await expect(flagAnswer(f.data, answered(), SAM, 'Wrong rule', 'fb-2')).rejects.toThrow(
      /Tom Peer has no team leader/
    );
    expect(f.feedback.create).not.toHaveBeenCalled();
  });

  it('sends nothing that is empty or holds personal details', async () => {
    const f = fakeData();
    await expect(flagAnswer(f.data, answered(), SAM, '   ', 'fb-3')).rejects.toMatchObject({ isActionRefused: true });
    await expect(flagAnswer(f.data, answered(), SAM, 'CRN 204 512 345K was wrong', 'fb-3')).rejects.toMatchObject({
      isActionRefused: true
    });
    expect(f.roster.forPerson).not.toHaveBeenCalled();
    expect(f.feedback.create).not.toHaveBeenCalled();
  });
});
