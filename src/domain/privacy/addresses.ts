/**
 * Street addresses (seed 002 item 7: "any other customer details"): a street number, a street name and a street
 * type ("14 Smith Street Geelong", "Unit 3/22 Example Rd", "12 The Esplanade"), and PO boxes. Blocked.
 *
 * The street name must be capitalised unless the street type is one that is never an ordinary word ("street",
 * "rd", "avenue"): "3 claims close to the deadline" and "2 weeks in a row" are not addresses.
 */
import type { Collector } from './types';
import { eachMatch } from './match';

/** A street number, with an optional unit: `14`, `14A`, `12-14`, `3/22`, `Unit 3, 22`, `U3/22`, `Lot 5`. */
const NUMBER_RE: RegExp =
  /(?:\b(?:Unit|unit|UNIT|Flat|flat|Apt|apt|Apartment|apartment|Suite|suite|Shop|shop|Villa|villa|Lot|lot|U)\.?\s{0,2}\d{1,4}[A-Za-z]?(?:\s{0,2}[,/]\s{0,2}|\s{1,2}))?\b\d{1,5}[A-Za-z]?(?:(?:\/|\s?-\s?)\d{1,5}[A-Za-z]?)?\s{1,2}/g;
/** One to three street-name words then a street type, read from just after the number. */
const STREET_RE: RegExp =
  /^((?:[A-Za-z][A-Za-z'\u2019-]{0,30}\s{1,2}){1,3}?)(Street|St|Road|Rd|Avenue|Ave|Av|Drive|Dr|Court|Ct|Crt|Place|Pl|Crescent|Cres|Cr|Close|Cl|Parade|Pde|Lane|Ln|Way|Terrace|Tce|Highway|Hwy|Boulevard|Boulevarde|Blvd|Bvd|Circuit|Cct|Grove|Gr|Gve|Esplanade|Esp|Square|Sq|Rise|Mews|Walk|Row|Track|Trail|Parkway|Pkwy|Loop|Link|Vista|View|Glade|Gardens|Gdns|Heights|Hts|Quay|Ridge|Chase|Retreat|Promenade|Prom|Alley|Arcade|Circle|Crest|Cove|Concourse|Approach|Outlook|Pass|Plaza|Bend)\b\.?/i;
/** After the street type: up to two capitalised suburb words, a state and a postcode. */
const LOCALITY_RE: RegExp =
  /^(?:,?\s{1,2}[A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?)?(?:,?\s{1,2}(?:VIC|NSW|QLD|TAS|WA|SA|NT|ACT|Vic|Qld|Tas))?(?:,?\s{1,2}\d{4}(?![0-9]))?/;
/** `PO Box 123`, `Locked Bag 4`, `GPO Box 9`. */
const PO_BOX_RE: RegExp = /\b(?:P\.?\s?O\.?|GPO|Post Office|Locked)\s{0,2}(?:Box|Bag|box|bag)\s{0,2}\d{1,6}(?![0-9])/gi;

/** Street types that are ordinary English words too: they need a capitalised street name. */
const WORD_LIKE_TYPES: string[] = [
  'court',
  'place',
  'close',
  'lane',
  'way',
  'grove',
  'square',
  'rise',
  'mews',
  'walk',
  'row',
  'track',
  'trail',
  'loop',
  'link',
  'vista',
  'view',
  'glade',
  'gardens',
  'heights',
  'quay',
  'ridge',
  'chase',
  'retreat',
  'promenade',
  'alley',
  'arcade',
  'circle',
  'crest',
  'cove',
  'concourse',
  'approach',
  'outlook',
  'pass',
  'plaza',
  'bend',
  'dr',
  'cl',
  'pl',
  'ct',
  'cr',
  'gr',
  'av',
  'ln',
  'sq',
  'esp',
  'prom'
];

/** Words that do not name a street: "3 days in a row", "2 of the way". */
const NOT_STREET_WORDS: string[] = [
  'a',
  'an',
  'and',
  'or',
  'of',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'is',
  'the',
  'per',
  'x',
  'times',
  'days',
  'weeks',
  'months',
  'years',
  'hours',
  'minutes',
  'way'
];

function isStreet(nameWords: string[], type: string): boolean {
  const capitalised: boolean = nameWords.every((w, k) => /^[A-Z]/.test(w) || (k === 0 && w === 'the'));
  for (let k: number = 0; k < nameWords.length; k++) {
    const lower: string = nameWords[k].toLowerCase();
    // "The" may open a street name ("12 The Esplanade"); other small words may not appear at all.
    if (NOT_STREET_WORDS.indexOf(lower) >= 0 && !(k === 0 && lower === 'the' && nameWords.length === 1)) {
      return false;
    }
  }
  if (capitalised && /^[A-Z]/.test(type)) {
    return true;
  }
  return capitalised || WORD_LIKE_TYPES.indexOf(type.toLowerCase()) < 0;
}

/** Street addresses and PO boxes. */
export function findAddresses(text: string, add: Collector): void {
  eachMatch(NUMBER_RE, text, (m) => {
    const start: number = m.index;
    const prev: string = start > 0 ? text.charAt(start - 1) : '';
    if (prev && /[0-9$.,/:-]/.test(prev)) {
      return false; // part of an amount, a reference or a time
    }
    let end: number = start + m[0].length;
    const street: RegExpExecArray | null = STREET_RE.exec(text.slice(end, end + 100));
    if (!street || !isStreet(street[1].trim().split(/\s{1,2}/), street[2])) {
      return false;
    }
    end += street[0].length;
    const locality: RegExpExecArray | null = LOCALITY_RE.exec(text.slice(end, end + 60));
    if (locality) {
      end += locality[0].length;
    }
    add({ kind: 'address', start, end, severity: 'block' });
    return true;
  });
  eachMatch(PO_BOX_RE, text, (m) => {
    const end: number = m.index + m[0].length;
    const locality: RegExpExecArray | null = LOCALITY_RE.exec(text.slice(end, end + 60));
    add({ kind: 'address', start: m.index, end: end + (locality ? locality[0].length : 0), severity: 'block' });
    return true;
  });
}
