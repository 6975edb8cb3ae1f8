/**
 * Operational Blueprint reference numbers, which TPSOs give when they finalise an enquiry.
 * Current numbers look like `111-05070020`: a 3-digit area, a hyphen and 8 digits.
 */

const REFERENCE_PATTERN: RegExp = /^\d{3}-\d{8}$/;

/** Result of {@link parseReferences}: recognised numbers and the tokens that are not. */
export interface ParsedReferences {
  /** Valid Operational Blueprint numbers, de-duplicated, in the order given. */
  valid: string[];
  /** Tokens that are not Operational Blueprint numbers, as typed. */
  invalid: string[];
}

/** True when `value` is a well-formed Operational Blueprint number such as `111-05070020`. */
export function isReferenceNumber(value: string): boolean {
  return REFERENCE_PATTERN.test(value.trim());
}

/**
 * Splits free text on commas, semicolons and whitespace into reference numbers.
 * Example: `"111-05070020, 109-01010000 abc"` → `{ valid: ['111-05070020', '109-01010000'], invalid: ['abc'] }`.
 */
export function parseReferences(text: string | undefined): ParsedReferences {
  const valid: string[] = [];
  const invalid: string[] = [];
  const tokens: string[] = (text || '').split(/[\s,;]+/);
  for (const raw of tokens) {
    const token: string = raw.trim();
    if (!token) {
      continue;
    }
    if (REFERENCE_PATTERN.test(token)) {
      if (valid.indexOf(token) < 0) {
        valid.push(token);
      }
    } else {
      invalid.push(token);
    }
  }
  return { valid, invalid };
}

/** Base of the public copy of Operational Blueprint ("Operational information"). */
export const OPERATIONAL_BLUEPRINT_BASE_URL: string = 'https://operational.servicesaustralia.gov.au/public/Pages/';

/**
 * Builds a link to an Operational Blueprint page.
 *
 * The public copy files pages as `/public/Pages/{topic-area}/{number}-01.html`
 * (e.g. `.../public/Pages/job-seekers/001-09040120-01.html`). The topic area is not derivable from the
 * number, so when `area` is not known the link goes to the site search for the number instead, which is
 * stable however the pages are filed. Returns `undefined` for a malformed number.
 */
export function referenceUrl(num: string, area?: string): string | undefined {
  const n: string = num.trim();
  if (!REFERENCE_PATTERN.test(n)) {
    return undefined;
  }
  if (area && /^[a-z0-9-]+$/.test(area)) {
    return OPERATIONAL_BLUEPRINT_BASE_URL + area + '/' + n + '-01.html';
  }
  return OPERATIONAL_BLUEPRINT_BASE_URL + 'search.aspx?k=' + encodeURIComponent(n);
}
