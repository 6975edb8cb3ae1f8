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

// ------------------------------------------------------------------ typed references (seed 002 item 1)

/**
 * What a TPSO gives as References (seed 002 item 1: "include the correct resources for future reference"; an
 * Operational Blueprint number "if an Operational Blueprint file has been referenced"): OB numbers when one was
 * used, NNUs, mySupport articles, Office Locator entries, a TPS Resources entry (by key) and other named resources.
 */
export type ReferenceKind = 'OB' | 'NNU' | 'mySupport' | 'OfficeLocator' | 'Resource' | 'Other';

/** Every reference kind, in the order the finalise form offers them. */
export const REFERENCE_KINDS: ReadonlyArray<ReferenceKind> = [
  'OB',
  'NNU',
  'mySupport',
  'OfficeLocator',
  'Resource',
  'Other'
];

/** One reference given. */
export interface TypedReference {
  /** What kind of resource it is. */
  kind: ReferenceKind;
  /** The OB number, the NNU or article name, or (for `Resource`) the TPS Resources key. */
  text: string;
  /** Where it opens, when the TPSO gave a link (OB numbers and TPS Resources get theirs from elsewhere). */
  url?: string;
}

/** Why one reference cannot be kept. */
export type ReferenceProblem = 'empty' | 'notObNumber' | 'badLink' | 'privacy';

const URL_PATTERN: RegExp = /^https?:\/\/[^\s"<>]+$/i;

/** True for a stored value written in the typed (JSON) format rather than the older list of OB numbers. */
function isTypedFormat(stored: string): boolean {
  return stored.charAt(0) === '[';
}

function isKind(value: unknown): value is ReferenceKind {
  return typeof value === 'string' && (REFERENCE_KINDS as ReadonlyArray<string>).indexOf(value) >= 0;
}

/**
 * Reads the References given column. Items written before typed references hold OB numbers separated by commas
 * (`111-05070020, 109-01010000`), read as OB references; other tokens in such text are kept as `Other`, so nothing
 * an older item shows is lost. Newer items hold a compact JSON array (`[{"k":"NNU","t":"...","u":"..."}]`).
 */
export function readReferences(stored: string | undefined): TypedReference[] {
  const text: string = (stored || '').trim();
  if (!text) {
    return [];
  }
  if (isTypedFormat(text)) {
    try {
      const raw: unknown = JSON.parse(text);
      if (Array.isArray(raw)) {
        const out: TypedReference[] = [];
        for (const r of raw as Array<{ k?: unknown; t?: unknown; u?: unknown }>) {
          if (r && isKind(r.k) && typeof r.t === 'string' && r.t.trim()) {
            out.push(typeof r.u === 'string' && r.u ? { kind: r.k, text: r.t, url: r.u } : { kind: r.k, text: r.t });
          }
        }
        return out;
      }
    } catch {
      // Not JSON after all: read it as the older text below.
    }
  }
  const parsed: ParsedReferences = parseReferences(text);
  return parsed.valid
    .map((n): TypedReference => ({ kind: 'OB', text: n }))
    .concat(parsed.invalid.map((t): TypedReference => ({ kind: 'Other', text: t })));
}

/**
 * The stored form of references: plain OB numbers without links are written as the older comma-separated text (so
 * every reader of that text still works), anything else as compact JSON. Empty rows are dropped.
 */
export function storeReferences(refs: ReadonlyArray<TypedReference>): string {
  const kept: TypedReference[] = refs.filter((r) => (r.text || '').trim() !== '');
  if (kept.every((r) => r.kind === 'OB' && !r.url)) {
    return kept.map((r) => r.text.trim()).join(', ');
  }
  return JSON.stringify(
    kept.map((r) => {
      const url: string = (r.url || '').trim();
      return url && r.kind !== 'OB' && r.kind !== 'Resource'
        ? { k: r.kind, t: r.text.trim(), u: url }
        : { k: r.kind, t: r.text.trim() };
    })
  );
}

/**
 * What is wrong with one reference, if anything (empty rows are the caller's to drop). `hasBlockingText` is the
 * privacy guard's verdict on free text (seed 002 item 7: no customer details in free text, links included).
 */
export function referenceProblem(
  ref: TypedReference,
  hasBlockingText: (text: string) => boolean
): ReferenceProblem | undefined {
  const text: string = (ref.text || '').trim();
  const url: string = (ref.url || '').trim();
  if (!text) {
    return 'empty';
  }
  if (ref.kind === 'OB' && !isReferenceNumber(text)) {
    return 'notObNumber';
  }
  if (url && (ref.kind === 'OB' || ref.kind === 'Resource' || !URL_PATTERN.test(url))) {
    return 'badLink';
  }
  if (hasBlockingText(text) || (url && hasBlockingText(decodeSafely(url)))) {
    return 'privacy';
  }
  return undefined;
}

function decodeSafely(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/**
 * Where a reference opens: an OB number on the Operational Blueprint, a TPS Resources entry at the URL the site
 * owner keeps (`resourceUrl`), others at the link the TPSO gave. `undefined` when there is none.
 */
export function referenceHref(
  ref: TypedReference,
  resourceUrl?: (key: string) => string | undefined
): string | undefined {
  if (ref.kind === 'OB') {
    return referenceUrl(ref.text);
  }
  if (ref.kind === 'Resource') {
    return resourceUrl ? resourceUrl(ref.text) || undefined : undefined;
  }
  return ref.url && URL_PATTERN.test(ref.url) ? ref.url : undefined;
}
