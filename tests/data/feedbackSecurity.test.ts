/**
 * The feedback protocol (seed 004) as each persona, through the app's stores (real PnPjs) and over plain REST: an
 * officer reads only the flags they raised; the Team Leader reads their TPSOs' feedback, records what was done and
 * closes it; the TPSO concerned then reads it (Feedback Notices, one item with its own permissions), and no other
 * TPSO or officer can, nor change it. Why a notice list rather than a grant on the Feedback item: src/data/schema.ts.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { LIST } from '../../src/data/schema';
import { createDataServices, IDataServices } from '../../src/data/services';
import type { IFeedback } from '../../src/data/stores/types';
import { closeFeedback, FeedbackProblemWords, RefusedError } from '../../src/webparts/escalations/actions';
import { newRequestKey, OWNER, SO1, TPSO1, TPSO2, startProvisionedSite } from './support';

jest.setTimeout(120000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;
const SO2 = 'so2@boutique.local';
const SSO = 'sso@boutique.local';
const TL = 'tl@boutique.local';
const JSON_LIGHT = { headers: { Accept: 'application/json;odata=nometadata' } };
const WORDS: FeedbackProblemWords = {
  alreadyClosed: 'already closed',
  notYours: 'not your team',
  outcomeMissing: 'say what was done',
  outcomeTooLong: 'too long',
  outcomePrivacy: 'personal details'
};

describe('feedback about a TPSO: who reads and writes what', () => {
  let local: LocalSp;
  let so1: IDataServices;
  let so2: IDataServices;
  let tl: IDataServices;
  let tpso1: IDataServices;
  let tpso2: IDataServices;
  let aboutTom: IFeedback;
  let aboutFiona: IFeedback;
  const url = (list: string): string => `/sites/boutique/_api/web/lists/getbytitle('${list}')/items`;
  const as = (login: string): IDataServices => createDataServices({ sp: local.spAs(login), currentUserLogin: login });

  beforeAll(async () => {
    local = await startProvisionedSite();
    const roster = local.spAs(OWNER).web.lists.getByTitle(LIST.roster).items;
    await roster.add({ Title: 'Tom Peer', PersonKey: TPSO1, Role: 'TPSO', TeamLeaderKey: TL });
    await roster.add({ Title: 'Fiona Peer', PersonKey: TPSO2, Role: 'TPSO', TeamLeaderKey: TL });
    [so1, so2, tl, tpso1, tpso2] = [as(SO1), as(SO2), as(TL), as(TPSO1), as(TPSO2)];
    aboutTom = await so1.feedback.create({
      requestKey: newRequestKey('fb'),
      enquiryId: 11,
      tpsoKey: TPSO1,
      teamLeaderKey: TL,
      raisedByKey: SO1,
      detail: 'The answer gave the old AIC rate; the reference says the new one.'
    });
    aboutFiona = await so2.feedback.create({
      requestKey: newRequestKey('fb'),
      enquiryId: 12,
      tpsoKey: TPSO2,
      teamLeaderKey: TL,
      raisedByKey: SO2,
      detail: 'The FHA answer missed the voucher approval step.'
    });
  });
  afterAll(async () => {
    await local.close();
  });

  it("the Team Leader reads their TPSOs' feedback; an officer reads only the flags they raised", async () => {
    expect((await tl.feedback.listForTeamLeader(TL)).items.map((f) => f.id).sort()).toEqual(
      [aboutTom.id, aboutFiona.id].sort()
    );
    const mine = await local.rawFetch(SO1, `${url(LIST.feedback)}?$top=100`, JSON_LIGHT);
    expect(mine.status).toBe(200);
    const rows = ((await mine.json()) as { value: Array<{ Id: number; RaisedByKey: string }> }).value;
    expect(rows.map((r) => r.Id)).toEqual([aboutTom.id]);
    expect((await local.rawFetch(SO1, `${url(LIST.feedback)}(${aboutFiona.id})`, JSON_LIGHT)).status).toBe(404);
  });

  it("before it is closed, no TPSO reads it (not even the one concerned: it is the Team Leader's first)", async () => {
    for (const login of [TPSO1, TPSO2]) {
      expect((await local.rawFetch(login, `${url(LIST.feedback)}(${aboutTom.id})`, JSON_LIGHT)).status).toBe(404);
    }
    expect((await local.rawFetch(TPSO1, `${url(LIST.feedbackNotices)}?$top=10`, JSON_LIGHT)).status).toBe(404);
  });

  it('only the Team Leader closes it, with what was done, through the privacy guard', async () => {
    await expect(closeFeedback(tl, aboutTom, { key: TL, displayName: 'Terry Leader' }, '  ', WORDS)).rejects.toThrow(
      'say what was done'
    );
    await expect(
      closeFeedback(tl, aboutTom, { key: TL, displayName: 'Terry Leader' }, 'Called re CRN 123 456 789A', WORDS)
    ).rejects.toThrow('personal details');
    await expect(
      closeFeedback(as(SSO), aboutTom, { key: SSO, displayName: 'Sasha Senior' }, 'Coached', WORDS)
    ).rejects.toThrow('not your team');
    const closed = await closeFeedback(
      tl,
      aboutTom,
      { key: TL, displayName: 'Terry Leader' },
      'Coached the TPSO on the new AIC rate; they called the officer back with the right answer.',
      WORDS
    );
    expect(closed).toMatchObject({ status: 'Closed', closedByKey: TL });
    expect(closed.outcome).toContain('Coached the TPSO');
    // A second close (a retry after success) is refused and publishes nothing more.
    await expect(
      closeFeedback(tl, closed, { key: TL, displayName: 'Terry Leader' }, 'again', WORDS)
    ).rejects.toBeInstanceOf(RefusedError);
    expect((await tl.feedbackNotices.listForTpso(TPSO1)).items).toHaveLength(1);
  });

  it('the TPSO concerned reads the feedback about themselves, over REST too', async () => {
    const notices = (await tpso1.feedbackNotices.listForTpso(TPSO1)).items;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ feedbackId: aboutTom.id, tpsoKey: TPSO1 });
    expect(notices[0].detail).toContain('old AIC rate');
    expect(notices[0].outcome).toContain('Coached the TPSO');
    const all = await local.rawFetch(TPSO1, `${url(LIST.feedbackNotices)}?$top=100`, JSON_LIGHT);
    expect(all.status).toBe(200);
    const rows = ((await all.json()) as { value: Array<{ TpsoKey: string }> }).value;
    expect(rows.map((r) => r.TpsoKey)).toEqual([TPSO1]);
    expect((await local.rawFetch(TPSO1, `${url(LIST.feedbackNotices)}(${notices[0].id})`, JSON_LIGHT)).status).toBe(
      200
    );
  });

  it('no other TPSO and no officer reads it, by query or by id, and the TPSO cannot change it', async () => {
    const id = (await tl.feedbackNotices.listForTpso(TPSO1)).items[0].id;
    expect((await local.rawFetch(TPSO2, `${url(LIST.feedbackNotices)}(${id})`, JSON_LIGHT)).status).toBe(404);
    expect((await local.rawFetch(TPSO2, `${url(LIST.feedbackNotices)}?$top=100`, JSON_LIGHT)).status).toBe(404);
    await expect(tpso2.feedbackNotices.listForTpso(TPSO1)).rejects.toMatchObject({ status: 404 });
    for (const login of [SO1, SO2]) {
      expect((await local.rawFetch(login, `${url(LIST.feedbackNotices)}(${id})`, JSON_LIGHT)).status).toBe(404);
    }
    const merge = await local.rawFetch(TPSO1, `${url(LIST.feedbackNotices)}(${id})`, {
      method: 'POST',
      headers: {
        Accept: 'application/json;odata=nometadata',
        'Content-Type': 'application/json',
        'X-HTTP-Method': 'MERGE',
        'IF-MATCH': '*'
      },
      body: JSON.stringify({ Outcome: 'Nothing to see' })
    });
    expect(merge.status).toBe(403);
    expect((await tl.feedbackNotices.listForTpso(TPSO1)).items[0].outcome).toContain('Coached the TPSO');
  });

  it("once Fiona's feedback is closed she reads hers and still not Tom's", async () => {
    await closeFeedback(
      tl,
      await tl.feedback.getById(aboutFiona.id),
      { key: TL, displayName: 'Terry Leader' },
      'Walked the TPSO through the voucher approval step.',
      WORDS
    );
    const rows = (await tpso2.feedbackNotices.listForTpso(TPSO2)).items;
    expect(rows.map((r) => r.feedbackId)).toEqual([aboutFiona.id]);
    expect((await tpso2.feedbackNotices.listForTpso(TPSO1)).items).toEqual([]);
    expect((await tpso1.feedbackNotices.listForTpso(TPSO2)).items).toEqual([]);
  });
});
