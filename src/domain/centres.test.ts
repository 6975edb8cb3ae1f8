import { officerCentre } from './centres';

describe("the officer's centre", () => {
  it('comes from the roster row first, then the remembered choice, else it is unknown', () => {
    expect(officerCentre([undefined, 'Australia/Hobart'], 'Australia/Perth')).toEqual({
      source: 'roster',
      timeZone: 'Australia/Hobart'
    });
    expect(officerCentre([], 'Australia/Canberra')).toEqual({ source: 'chosen', timeZone: 'Australia/Canberra' });
    expect(officerCentre(['Europe/London'], undefined)).toEqual({ source: 'unknown' });
  });
  it('ignores aliases and zones that are not a Smart Centre (never guesses)', () => {
    expect(officerCentre([], 'Australia/ACT')).toEqual({ source: 'unknown' });
    expect(officerCentre([], 'garbage')).toEqual({ source: 'unknown' });
  });
});
