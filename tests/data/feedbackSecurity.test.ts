/**
 * The feedback protocol (seed 004) as each persona, through the app's stores (real PnPjs) and over plain REST: an
 * officer reads only the flags they raised; a Team Leader or Senior Practitioner confirms or declines each flag in
 * Feedback Reviews, where no officer or TPSO can write (so an officer cannot make their own flag count, and a TPSO
 * cannot decline one about themselves); only a confirmed flag reaches the TPSO's Team Leader, who records what was
 * done; the TPSO concerned then reads it (Feedback Notices, one item with its own permissions), and no other TPSO or
 * officer can, nor change it. Why a review list and a notice list: src/data/schema.ts.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { startLocalSp } from '../helpers/localSp';
import { LIST } from '../../src/data/schema';
import { createDataServices, IDataServices } from '../../src/data/services';
import type { IFeedback, IFeedbackReview } from '../../src/data/stores/types';
import {
  closeFeedback,
  FeedbackProblemWords,
  FeedbackRefusedError,
  IFeedbackActor,
  loadFeedbackCases,
  reviewFeedback
} from '../../src/webparts/escalations/actions';
import { newRequestKey, OWNER, SO1, TPSO1, TPSO2, startProvisionedSite } from './support';

jest.setTimeout(120000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;
const SO2 = 'so2@boutique.local';
const SSO = 'sso@boutique.local';
const TL = 'tl@boutique.local';
const JSON_LIGHT = { headers: { Accept: 'application/json;odata=nometadata' } };
const WORDS: FeedbackProblemWords = {
  notReviewer: 'not a reviewer',
  ownFlag: 'your own flag',
  aboutSelf: 'about you',
  notTeamLeader: 'not your team',
  wrongState: 'already dealt with',
  noteMissing: 'say why',
  noteTooLong: 'too long',
  notePrivacy: 'personal details'
};
const TERRY: IFeedbackActor = { key: TL, displayName: 'Terry Leader', roles: ['TeamLeader'] };
const SASHA: IFeedbackActor = { key: SSO, displayName: 'Sasha Senior', roles: ['SeniorPractitioner'] };

describe('feedback about a TPSO: who reads and writes what', () => {
  let local: LocalSp;
  let so1: IDataServices;
  let tl: IDataServices;
  let sso: IDataServices;
  let tpso1: IDataServices;
  let tpso2: IDataServices;
  let aboutTom: IFeedback;
  let aboutFiona: IFeedback;
  let tomReview: IFeedbackReview;
  const url = (list: string): string => `/sites/boutique/_api/web/lists/getbytitle('${list}')/items`;
  const as = (login: string): IDataServices => createDataServices({ sp: local.spAs(login), currentUserLogin: login });
  /** A REST write as `login`, with that persona's own request digest (so a refusal is SharePoint's, not the digest's). */
  const write = async (login: string, path: string, body: object, merge: boolean): Promise<Response> =>
    local.rawFetch(login, path, {
      method: 'POST',
      headers: {
        Accept: 'application/json;odata=nometadata',
        'Content-Type': 'application/json',
        'X-RequestDigest': await local.digest(login),
        ...(merge ? { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' } : {})
      },
      body: JSON.stringify(body)
    });

  beforeAll(async () => {
    local = await startProvisionedSite();
    const roster = local.spAs(OWNER).web.lists.getByTitle(LIST.roster).items;
    await roster.add({ Title: 'Tom Peer', PersonKey: TPSO1, Role: 'TPSO', TeamLeaderKey: TL });
    await roster.add({ Title: 'Fiona Peer', PersonKey: TPSO2, Role: 'TPSO', TeamLeaderKey: TL });
    [so1, tl, sso, tpso1, tpso2] = [as(SO1), as(TL), as(SSO), as(TPSO1), as(TPSO2)];
    aboutTom = await so1.feedback.create({
      requestKey: newRequestKey('fb'),
      enquiryId: 11,
      tpsoKey: TPSO1,
      teamLeaderKey: TL,
      raisedByKey: SO1,
      detail: 'The answer gave the old AIC rate; the reference says the new one.'
    });
    aboutFiona = await as(SO2).feedback.create({
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

  it('an officer reads only the flags they raised; reviewers read them all', async () => {
    expect((await sso.feedback.listRecent()).items.map((f) => f.id).sort()).toEqual(
      [aboutTom.id, aboutFiona.id].sort()
    );
    const mine = await local.rawFetch(SO1, `${url(LIST.feedback)}?$top=100`, JSON_LIGHT);
    expect(mine.status).toBe(200);
    const rows = ((await mine.json()) as { value: Array<{ Id: number }> }).value;
    expect(rows.map((r) => r.Id)).toEqual([aboutTom.id]);
    expect((await local.rawFetch(SO1, `${url(LIST.feedback)}(${aboutFiona.id})`, JSON_LIGHT)).status).toBe(404);
  });

  it('an officer cannot make their own flag count: the copy they can edit routes nothing, the review list is shut', async () => {
    // Their own item: WriteSecurity 2 lets them write any column of it, Status included.
    expect((await write(SO1, `${url(LIST.feedback)}(${aboutTom.id})`, { Status: 'Confirmed' }, true)).status).toBe(204);
    // Feedback Reviews is where the decision lives, and neither officers nor TPSOs can see or add to it.
    for (const login of [SO1, TPSO1]) {
      expect((await local.rawFetch(login, `${url(LIST.feedbackReviews)}?$top=10`, JSON_LIGHT)).status).toBe(404);
      const add = await write(
        login,
        url(LIST.feedbackReviews),
        { Title: 'x', FeedbackId: aboutTom.id, TpsoKey: TPSO1, TeamLeaderKey: TL, Status: 'Confirmed' },
        false
      );
      expect(add.status).toBe(404);
    }
    // So the Team Leader has nothing routed, and the flag still waits for a reviewer.
    const cases = await loadFeedbackCases(tl, TERRY);
    expect(cases.forTeamLeader).toEqual([]);
    expect(cases.awaitingReview.map((f) => f.id).sort()).toEqual([aboutTom.id, aboutFiona.id].sort());
  });

  it('a reviewer confirms or declines with a reason, through the privacy guard; the TPSO concerned cannot', async () => {
    await expect(reviewFeedback(sso, aboutTom, 'confirm', '  ', SASHA, WORDS)).rejects.toThrow('say why');
    await expect(reviewFeedback(sso, aboutTom, 'confirm', 'Rang about CRN 123 456 789A', SASHA, WORDS)).rejects.toThrow(
      'personal details'
    );
    await expect(
      reviewFeedback(tpso1, aboutTom, 'decline', 'It was right', { ...SASHA, key: TPSO1, roles: ['Officer'] }, WORDS)
    ).rejects.toThrow('not a reviewer');
    tomReview = await reviewFeedback(
      sso,
      aboutTom,
      'confirm',
      'OB 111-05070020 gives the new AIC rate from 1 January.',
      SASHA,
      WORDS
    );
    expect(tomReview).toMatchObject({ feedbackId: aboutTom.id, status: 'Confirmed', reviewedByKey: SSO });
    // the same reviewer's retry (its answer lost) lands nothing new and is not refused
    const retried = await reviewFeedback(sso, aboutTom, 'confirm', 'OB 111-05070020 again.', SASHA, WORDS);
    expect(retried.id).toBe(tomReview.id);
    expect(await sso.feedbackReviews.forFeedback([aboutTom.id])).toHaveLength(1);
    const fiona = await reviewFeedback(sso, aboutFiona, 'decline', 'The NNU says no voucher step here.', SASHA, WORDS);
    expect(fiona.status).toBe('Declined');
    // a second review of the same flag is refused
    await expect(reviewFeedback(tl, aboutFiona, 'confirm', 'I disagree', TERRY, WORDS)).rejects.toBeInstanceOf(
      FeedbackRefusedError
    );
    // the officer's copy says what happened
    expect((await so1.feedback.getById(aboutTom.id)).status).toBe('Confirmed');
  });

  it('only the confirmed flag reaches the Team Leader; nothing is left to review', async () => {
    const cases = await loadFeedbackCases(tl, TERRY);
    expect(cases.awaitingReview).toEqual([]);
    expect(cases.forTeamLeader.map((r) => r.feedbackId)).toEqual([aboutTom.id]);
    expect((await loadFeedbackCases(sso, SASHA)).forTeamLeader).toEqual([]);
  });

  it("before the Team Leader closes it, no TPSO reads it (it is the Team Leader's first)", async () => {
    for (const login of [TPSO1, TPSO2]) {
      expect((await local.rawFetch(login, `${url(LIST.feedback)}(${aboutTom.id})`, JSON_LIGHT)).status).toBe(404);
    }
    expect((await local.rawFetch(TPSO1, `${url(LIST.feedbackNotices)}?$top=10`, JSON_LIGHT)).status).toBe(404);
  });

  it('only the TPSO\u2019s Team Leader closes a confirmed flag, with what was done, through the privacy guard', async () => {
    await expect(closeFeedback(tl, tomReview, TERRY, '  ', WORDS)).rejects.toThrow('say why');
    await expect(closeFeedback(tl, tomReview, TERRY, 'Called re CRN 123 456 789A', WORDS)).rejects.toThrow(
      'personal details'
    );
    await expect(closeFeedback(sso, tomReview, SASHA, 'Coached', WORDS)).rejects.toThrow('not your team');
    const declined = (await tl.feedbackReviews.forFeedback([aboutFiona.id]))[0];
    await expect(closeFeedback(tl, declined, TERRY, 'Coached', WORDS)).rejects.toThrow('already dealt with');
    const closed = await closeFeedback(
      tl,
      tomReview,
      TERRY,
      'Coached the TPSO on the new AIC rate; they called the officer back with the right answer.',
      WORDS
    );
    expect(closed).toMatchObject({ status: 'Closed', closedByKey: TL });
    expect(closed.outcome).toContain('Coached the TPSO');
    // A second close (a retry after success) is refused and publishes nothing more.
    await expect(closeFeedback(tl, closed, TERRY, 'again', WORDS)).rejects.toBeInstanceOf(FeedbackRefusedError);
    expect((await tl.feedbackNotices.listForTpso(TPSO1)).items).toHaveLength(1);
    expect((await tl.feedbackNotices.listForTpso(TPSO2)).items).toHaveLength(0);
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
  });

  it('no other TPSO and no officer reads it, by query or by id, and the TPSO cannot change it', async () => {
    const id = (await tl.feedbackNotices.listForTpso(TPSO1)).items[0].id;
    expect((await local.rawFetch(TPSO2, `${url(LIST.feedbackNotices)}(${id})`, JSON_LIGHT)).status).toBe(404);
    expect((await local.rawFetch(TPSO2, `${url(LIST.feedbackNotices)}?$top=100`, JSON_LIGHT)).status).toBe(404);
    await expect(tpso2.feedbackNotices.listForTpso(TPSO1)).rejects.toMatchObject({ status: 404 });
    for (const login of [SO1, SO2]) {
      expect((await local.rawFetch(login, `${url(LIST.feedbackNotices)}(${id})`, JSON_LIGHT)).status).toBe(404);
    }
    // with TPSO1's own digest: the refusal is the permission's, not a missing digest's
    expect(
      (await write(TPSO1, `${url(LIST.feedbackNotices)}(${id})`, { Outcome: 'Nothing to see' }, true)).status
    ).toBe(403);
    expect((await tl.feedbackNotices.listForTpso(TPSO1)).items[0].outcome).toContain('Coached the TPSO');
    // and the TPSO cannot reach the review of their own flag either
    expect(
      (await write(TPSO1, `${url(LIST.feedbackReviews)}(${tomReview.id})`, { Status: 'Declined' }, true)).status
    ).toBe(404);
  });
});
