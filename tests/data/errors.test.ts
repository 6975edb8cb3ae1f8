import {
  ConflictError,
  isDuplicateValueError,
  isThresholdError,
  ProvisioningError,
  serverError
} from '../../src/data/errors';
import { toUserMessage } from '../../src/shared/text/errorText';

function httpError(status: number, body: unknown): Error {
  const text: string = typeof body === 'string' ? body : JSON.stringify(body);
  const e = new Error(`Error making HttpClient request in queryable [${status}] X ::> ${text}`) as Error &
    Record<string, unknown>;
  e.isHttpRequestError = true;
  e.status = status;
  return e;
}

describe('toUserMessage', () => {
  it('reads the odata message out of a PnPjs HttpRequestError', () => {
    const e = httpError(400, {
      'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: 'Bad thing' } }
    });
    expect(serverError(e)).toEqual({ code: '-1, System.ArgumentException', message: 'Bad thing' });
    expect(toUserMessage(e)).toBe('SharePoint refused the request (400): Bad thing');
  });

  it('says busy for 429/503/504', () => {
    for (const s of [429, 503, 504]) {
      expect(toUserMessage(httpError(s, ''))).toMatch(/SharePoint is busy right now .*Nothing you typed is lost/);
    }
  });

  it('says permission for 401/403 and not set up for 404', () => {
    expect(toUserMessage(httpError(403, {}))).toMatch(/You don't have permission/);
    expect(
      toUserMessage(httpError(404, { 'odata.error': { message: { value: "List 'Enquiries' does not exist" } } }))
    ).toMatch(/couldn't find that list or item. If the site isn't set up yet, ask a site owner/);
  });

  it('names who changed the item on a conflict', () => {
    const when = new Date(2025, 0, 6, 10, 4);
    expect(toUserMessage(new ConflictError('enquiry', 'Tom Peer', when))).toMatch(
      /^Someone else changed this enquiry: Tom Peer at 10:04/
    );
  });

  it('recognises duplicate values and the list view threshold', () => {
    const dup = httpError(400, {
      'odata.error': {
        code: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        message: { value: 'duplicate values were found' }
      }
    });
    expect(isDuplicateValueError(dup)).toBe(true);
    const thr = httpError(500, {
      'odata.error': {
        code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message: { value: 'The attempted operation is prohibited because it exceeds the list view threshold.' }
      }
    });
    expect(isThresholdError(thr)).toBe(true);
    expect(toUserMessage(thr)).toMatch(/too large/);
  });

  it('keeps the failed step of provisioning', () => {
    const e = new ProvisioningError('Adding field Enquiries.RequestKey', httpError(403, {}));
    expect(toUserMessage(e)).toMatch(/^Adding field Enquiries.RequestKey failed: You don't have permission/);
  });
});
