import {
  FIXTURE_NOW,
  NEGATIVE_FIXTURES,
  POSITIVE_FIXTURES,
  PRIVACY_FIXTURES,
  PrivacyFixture
} from './__fixtures__/privacy.fixtures';
import {
  hasBlockingFindings,
  isValidMedicareNumber,
  isValidTfn,
  kindsOf,
  redact,
  scanText,
  PrivacyFinding
} from './privacy';

const opts = { now: FIXTURE_NOW };

describe('privacy fixture table', () => {
  it('is large enough', () => {
    expect(PRIVACY_FIXTURES.length).toBeGreaterThanOrEqual(150);
    expect(NEGATIVE_FIXTURES.length).toBeGreaterThanOrEqual(60);
    expect(POSITIVE_FIXTURES.every((f) => f.expect.length > 0)).toBe(true);
  });

  it.each(PRIVACY_FIXTURES.map((f): [string, PrivacyFixture] => [f.text, f]))('%j', (_text, fixture) => {
    const findings: PrivacyFinding[] = scanText(fixture.text, opts);
    expect(findings.map((f) => ({ kind: f.kind, severity: f.severity, match: f.match }))).toEqual(fixture.expect);

    // Spans are consistent, sorted and do not overlap.
    for (let i = 0; i < findings.length; i++) {
      expect(fixture.text.slice(findings[i].start, findings[i].end)).toBe(findings[i].match);
      if (i > 0) {
        expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].end);
      }
    }

    const redacted: string = redact(fixture.text, opts);
    if (fixture.expect.length === 0) {
      expect(redacted).toBe(fixture.text);
    } else {
      for (const f of findings) {
        expect(redacted).toContain(f.placeholder);
      }
      // Nothing recognisable is left behind.
      expect(scanText(redacted, opts)).toEqual([]);
    }
    const blocking: boolean = fixture.expect.some((e) => e.severity === 'block');
    expect(hasBlockingFindings(fixture.text, opts)).toBe(blocking);
    if (blocking) {
      expect(hasBlockingFindings(redact(fixture.text, { now: FIXTURE_NOW, severity: 'block' }), opts)).toBe(false);
    }
  });
});

describe('redact', () => {
  const text = 'Mrs Jane Citizen CRN 204 512 345K DOB 12/03/1985 mobile 0412 345 678';

  it('replaces every finding by default', () => {
    expect(redact(text, opts)).toBe('[NAME] CRN [CRN] DOB [DOB] mobile [PHONE]');
  });

  it('replaces only blocking findings with severity "block"', () => {
    expect(redact(text, { now: FIXTURE_NOW, severity: 'block' })).toBe(
      '[NAME] CRN [CRN] DOB [DOB] mobile 0412 345 678'
    );
  });

  it('replaces just the findings given (one-click replacement)', () => {
    const crnOnly = scanText(text, opts).filter((f) => f.kind === 'crn');
    expect(redact(text, crnOnly)).toBe('Mrs Jane Citizen CRN [CRN] DOB 12/03/1985 mobile 0412 345 678');
  });

  it('names each kind found once, in the order found', () => {
    expect(kindsOf(scanText(text, opts))).toEqual(['nameWithTitle', 'crn', 'dateOfBirth', 'phone']);
  });
});

describe('the birth-year window moves with "now"', () => {
  it('treats 2016 as a birth year in 2026 but not in 2020', () => {
    expect(hasBlockingFindings('customer 01/02/2016 enquiry', { now: new Date('2026-06-01T00:00:00Z') })).toBe(true);
    expect(hasBlockingFindings('customer 01/02/2016 enquiry', { now: new Date('2020-06-01T00:00:00Z') })).toBe(false);
  });
});

describe('checksums', () => {
  it('validates Medicare numbers', () => {
    expect(isValidMedicareNumber('2123 45670 1')).toBe(true);
    expect(isValidMedicareNumber('2123 45671 1')).toBe(false);
    expect(isValidMedicareNumber('1234567890')).toBe(false);
  });
  it('validates TFNs', () => {
    expect(isValidTfn('123 456 782')).toBe(true);
    expect(isValidTfn('876 543 211')).toBe(false);
  });
});

describe('performance', () => {
  it('scans long hostile input in linear-ish time', () => {
    const hostile: string =
      '1'.repeat(20000) + ' ' + 'a.'.repeat(10000) + '@' + 'Mr '.repeat(5000) + '1/'.repeat(5000) + 'son '.repeat(5000);
    const started: number = Date.now();
    scanText(hostile, opts);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
