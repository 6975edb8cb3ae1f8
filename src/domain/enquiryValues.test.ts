import { centreTimeZoneOf, CENTRE_TIME_ZONE_NAMES, isCentreTimeZone, stateForTimeZone } from './centres';
import { ENQUIRY_STATUSES, isEnquiryStatus, isOpenEnquiry, NOTHING_CHECKED, REFERENCES_CHECKED } from './enquiryValues';

describe('enquiry value lists', () => {
  it('says which statuses are still open', () => {
    expect(ENQUIRY_STATUSES.filter(isOpenEnquiry)).toEqual(['Waiting', 'Claimed', 'TakenOver']);
    expect(isOpenEnquiry(undefined)).toBe(false);
    expect(isOpenEnquiry('Pending')).toBe(false);
  });

  it('recognises only the listed statuses', () => {
    expect(isEnquiryStatus('TakenOver')).toBe(true);
    expect(isEnquiryStatus('takenover')).toBe(false);
    expect(isEnquiryStatus(undefined)).toBe(false);
  });

  it('lists "Nothing checked" among the references', () => {
    expect(REFERENCES_CHECKED).toContain(NOTHING_CHECKED);
  });
});

describe('centre time zones', () => {
  it('lists every state and territory once, Canberra as the ACT', () => {
    expect(CENTRE_TIME_ZONE_NAMES).toHaveLength(8);
    expect(stateForTimeZone('Australia/Canberra')).toBe('ACT');
    expect(stateForTimeZone('Australia/Sydney')).toBe('NSW');
  });

  it('maps a browser zone to a centre zone: listed, alias, or Sydney', () => {
    expect(centreTimeZoneOf('Australia/Perth')).toBe('Australia/Perth');
    expect(centreTimeZoneOf('Australia/Canberra')).toBe('Australia/Canberra');
    expect(centreTimeZoneOf('Australia/ACT')).toBe('Australia/Canberra');
    expect(centreTimeZoneOf('Australia/NSW')).toBe('Australia/Sydney');
    expect(centreTimeZoneOf('Europe/London')).toBe('Australia/Sydney');
    expect(centreTimeZoneOf(undefined)).toBe('Australia/Sydney');
    expect(isCentreTimeZone('Australia/ACT')).toBe(false);
  });
});
