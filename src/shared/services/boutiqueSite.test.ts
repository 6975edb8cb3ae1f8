import { chooseBoutiqueSite, sameSite, siteUrlProblem } from './boutiqueSite';

const HOST = 'https://contoso.sharepoint.com';

describe('the Boutique TPS site', () => {
  it("is the host site on the boutique site's own pages", () => {
    expect(chooseBoutiqueSite({ property: '', tenant: undefined, hostWebUrl: HOST + '/sites/boutique/' })).toEqual({
      url: HOST + '/sites/boutique',
      source: 'host'
    });
  });

  it('is the tenant property in a Teams personal app hosted by the root site', () => {
    expect(chooseBoutiqueSite({ property: '', tenant: HOST + '/sites/boutique', hostWebUrl: HOST })).toEqual({
      url: HOST + '/sites/boutique',
      source: 'tenant'
    });
  });

  it('is the web part property when one is set, over the tenant property', () => {
    expect(
      chooseBoutiqueSite({
        property: ' ' + HOST + '/sites/boutique-test/ ',
        tenant: HOST + '/sites/boutique',
        hostWebUrl: HOST
      })
    ).toEqual({ url: HOST + '/sites/boutique-test', source: 'property' });
  });

  it('ignores a malformed property or tenant value rather than talking to a wrong address', () => {
    expect(
      chooseBoutiqueSite({ property: 'sites/boutique', tenant: 'http://x', hostWebUrl: HOST + '/sites/team' }).source
    ).toBe('host');
  });

  it('explains a malformed address in plain words', () => {
    expect(siteUrlProblem('')).toBe('');
    expect(siteUrlProblem(HOST + '/sites/boutique')).toBe('');
    expect(siteUrlProblem('contoso.sharepoint.com/sites/boutique')).toMatch(/starting with https:\/\//);
    expect(siteUrlProblem(HOST + '/sites/boutique/SitePages/Home.aspx')).toMatch(/site itself/);
    expect(sameSite(HOST + '/sites/Boutique/', HOST + '/sites/boutique')).toBe(true);
  });
});
