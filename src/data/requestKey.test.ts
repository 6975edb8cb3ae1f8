import { newRequestKey } from './requestKey';

describe('newRequestKey', () => {
  it('makes a fresh version 4 id each time, after the prefix when one is given', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const a = newRequestKey();
    expect(a).toMatch(uuid);
    expect(newRequestKey()).not.toBe(a);
    const esc = newRequestKey('esc');
    expect(esc.startsWith('esc-')).toBe(true);
    expect(esc.slice(4)).toMatch(uuid);
  });
});
