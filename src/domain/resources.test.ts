import { DEFAULT_RESOURCES, goesToTaskCards, resourceByKey, resourcesFor, resourceUrl } from './resources';

describe('TPS resources', () => {
  it('each default key is unique and shows somewhere', () => {
    const keys = DEFAULT_RESOURCES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(DEFAULT_RESOURCES.every((r) => r.places.length > 0 && r.url === '')).toBe(true);
    expect(keys).toEqual(
      expect.arrayContaining([
        'tpsoAccountability',
        'mySupportWebforms',
        'stopPayment',
        'ictServiceDesk',
        'ictIncidentForm',
        'policyAdvisorForm',
        'boutiqueSupportTable',
        'telephonySupportTable',
        'apprenticeshipTaskCards'
      ])
    );
  });
  it("uses the site's rows when read, the defaults before", () => {
    const site = [
      {
        key: 'stopPayment',
        title: 'Stop Customer Payment',
        url: 'https://intranet.example/stop',
        places: ['StopPayment' as const]
      }
    ];
    expect(resourcesFor('StopPayment', site).map((r) => r.title)).toEqual(['Stop Customer Payment']);
    expect(resourcesFor('StopPayment', undefined).map((r) => r.key)).toEqual(['stopPayment']);
    expect(resourceUrl(resourceByKey('STOPPAYMENT', site))).toBe('https://intranet.example/stop');
    expect(resourceUrl(resourceByKey('ictServiceDesk', site))).toBeUndefined();
    expect(resourceUrl({ key: 'x', title: 'x', url: 'vbscript:msgbox(1)', places: [] })).toBeUndefined();
  });
  it('Boosting and Completing Apprenticeship Commencements go to the task cards (seed 000)', () => {
    expect(goesToTaskCards('APPRENTICES', true)).toBe(true);
    expect(goesToTaskCards('Apprentices', true)).toBe(true);
    expect(goesToTaskCards('APPRENTICES', false)).toBe(false);
    expect(goesToTaskCards('ABSTUDY', true)).toBe(false);
  });
});
