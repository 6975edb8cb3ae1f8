/**
 * The mailer against the local SharePoint's Graph stand-in (`<server>/graph/v1.0/`).
 */
import { graphfi } from '@pnp/graph';
import { GraphBrowser } from '@pnp/graph/behaviors/graphbrowser';
import { InjectHeaders } from '@pnp/queryable';
import { startLocalSp } from '../helpers/localSp';
import { createMailer } from '../../src/data/mail';
import { TPSO1, SO1 } from './support';

jest.setTimeout(60000);

type LocalSp = Awaited<ReturnType<typeof startLocalSp>>;

describe('createMailer', () => {
  let local: LocalSp;

  beforeAll(async () => {
    local = await startLocalSp();
  });
  afterAll(async () => {
    await local.close();
  });

  it('sends the summary to the outbox without the CRN', async () => {
    const base = local.url + '/graph/v1.0/';
    const graph = graphfi(base).using(GraphBrowser({ baseUrl: base }), InjectHeaders({ 'X-Local-User': TPSO1 }));
    await createMailer(graph).sendEnquirySummary({
      to: [SO1],
      subject: 'TPS answer to your enquiry #12',
      bodyText: 'Customer CRN 123 456 789A: update the rate as in 111-05070020.',
      crn: '123456789A'
    });
    const res = await fetch(local.url + '/_local/outbox', { headers: { 'X-Local-User': TPSO1 } });
    expect(res.ok).toBe(true);
    const text = await res.text();
    expect(text).toContain('111-05070020');
    expect(text).toContain(SO1);
    expect(text).not.toMatch(/789A|123456789/i);
  });
});
