/**
 * People's names (seed 002 item 7: "This includes names", children's and ex-partners' details): after a title,
 * after a relation word ("her son Jack", "ex-partner Dave Smith", "the children Mia and Noah"), and on their own
 * ("Jane Citizen rang", "customer Tom said").
 *
 * Why hand-rolled rather than a named-entity model: the guard runs in the browser on every keystroke inside each
 * web part bundle, must be deterministic and explainable to the person it blocks, and no model weights can be
 * downloaded here. So it combines evidence a TPS officer's notes give:
 * - a given-name lexicon (./nameLexicon.ts) — a listed name is a name unless it is also an everyday word
 *   ("Will", "Grace", "Mark"), which then needs a cue;
 * - person cues before the word (customer, son, daughter, ex-partner, spoke to, named...) or after it (rang, said,
 *   advised, `'s`, an age such as ", 7"), which let an unlisted capitalised word be a name;
 * - a capitalised word right after a name is its surname ("Jane Citizen", "Adebayo Okonkwo");
 * - an allow-list of TPS vocabulary (./vocabulary.ts) that is never a name: programs, payments, systems, job
 *   titles, places, months — and sentence-initial capitals, which alone prove nothing.
 *
 * Over 300 lines: one recogniser (cues, lexicon look-ups, surname and list rules) whose parts only make sense together.
 */
import type { Collector, PrivacyKind } from './types';
import { eachMatch } from './match';
import { isVocabularyWord, joined, wordsOf } from './words';
import type { Word } from './words';

/** Title + capitalised name: `Mrs Jane Citizen`, `Dr O'Brien`, `Mr J. Smith`. */
const TITLE_NAME_RE: RegExp =
  /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\.?\s{1,3}(?:[A-Z]\.?\s{1,3})?([A-Z][A-Za-z]*(?:['\u2019-][A-Za-z]+)*)(?:\s{1,3}[A-Z][A-Za-z]*(?:['\u2019-][A-Za-z]+)*)?/g;

/** Capitalised words after a title that are not names (besides the TPS vocabulary). */
const NOT_NAMES: string[] = ['Will', 'Who', 'Not', 'Record', 'Details', 'Under', 'Agreement', 'Living'];

/** Relation words whose name is a child's or a (former) partner's. */
const CHILD_OR_PARTNER: string[] = [
  'son',
  'sons',
  'daughter',
  'daughters',
  'child',
  'children',
  'kid',
  'kids',
  'baby',
  'babies',
  'stepson',
  'stepdaughter',
  'stepchild',
  'stepchildren',
  'step-son',
  'step-daughter',
  'step-child',
  'grandson',
  'granddaughter',
  'grandchild',
  'grandchildren',
  'grandkids',
  'nephew',
  'niece',
  'twins',
  'toddler',
  'newborn',
  'dependant',
  'dependants',
  'partner',
  'ex-partner',
  'expartner',
  'ex',
  'ex-husband',
  'ex-wife',
  'husband',
  'wife',
  'spouse',
  'boyfriend',
  'girlfriend',
  'fiance',
  'fiancee',
  'ex-boyfriend',
  'ex-girlfriend'
];

/** Other words after which a capitalised word is a person. */
const PERSON_BEFORE: string[] = [
  'customer',
  'customers',
  'client',
  'claimant',
  'nominee',
  'recipient',
  'applicant',
  'mother',
  'mum',
  'mom',
  'father',
  'dad',
  'brother',
  'sister',
  'sibling',
  'cousin',
  'aunt',
  'aunty',
  'auntie',
  'uncle',
  'grandmother',
  'grandma',
  'nan',
  'nana',
  'grandfather',
  'grandpa',
  'carer',
  'guardian',
  'tenant',
  'friend',
  'neighbour',
  'flatmate',
  'housemate',
  'named',
  'hi',
  'hello',
  'dear',
  'thanks',
  'cheers',
  'lady',
  'gentleman',
  'man',
  'woman'
];

/** Words that link a cue to its name: "son named Jack", "partner is Aisha". */
const LINKS: string[] = ['named', 'called', 'is', 'was', 'aka'];
/** Links as certain as the cue itself: after them an unlisted word is a name too. */
const STRONG_LINKS: string[] = ['named', 'aka'];

/** Verbs whose object is often a person: "Called Bartholomew Winterbottom back", "emailed Grace Kim". */
const CONTACTED: string[] = ['called', 'rang', 'phoned', 'emailed', 'contacted', 'texted', 'messaged'];

/** "spoke to Jane", "speaking with Omar". */
const SPOKE: string[] = ['spoke', 'speaking', 'spoken', 'talked', 'talking', 'chatted', 'transferred'];

/** Verbs of speaking after a word: only people (and the organisations in the vocabulary) do these. */
const SPEECH_AFTER: string[] = [
  'rang',
  'rings',
  'phoned',
  'phones',
  'called',
  'calls',
  'said',
  'says',
  'stated',
  'states',
  'advised',
  'advises',
  'reported',
  'reports',
  'confirmed',
  'confirms',
  'emailed',
  'wrote',
  'asked',
  'asks',
  'wants',
  'wanted',
  'disputes',
  'disputed',
  'explained',
  'mentioned',
  'informed',
  'believes',
  'thinks',
  'feels'
];

/**
 * Other verbs people do, but that also follow nouns in clipped notes ("Claim lodged", "Documents received",
 * "Payment stopped"): enough after a listed name only.
 */
const PERSON_AFTER: string[] = SPEECH_AFTER.concat([
  'requested',
  'visited',
  'attended',
  'contacted',
  'lodged',
  'submitted',
  'receives',
  'received',
  'moved',
  'lives',
  'lived',
  'works',
  'worked',
  'turned',
  'turns',
  'died',
  'passed',
  'left',
  'separated',
  'claims',
  'claimed',
  'needs',
  'became',
  'started',
  'finished',
  'studies',
  'attends',
  'cares',
  'stays'
]);

/** Weaker verbs: enough after a listed name or surname that is not the first word of a sentence. */
const PERSON_AFTER_WEAK: string[] = [
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'can',
  'cannot',
  "can't",
  'did',
  "didn't",
  'does',
  "doesn't",
  'who'
];

/** Lower-case particles inside surnames: `Ludwig van Beethoven`, `Ahmad bin Ali`. */
const PARTICLES: string[] = [
  'van',
  'von',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'le',
  'la',
  'bin',
  'binti',
  'ibn',
  'al',
  'el',
  'ter',
  'dos',
  'das'
];

/** A name before one of these names a place or an organisation: "Lincoln University", "Austin Health". */
const INSTITUTION_AFTER: string[] = [
  'university',
  'uni',
  'college',
  'school',
  'tafe',
  'institute',
  'academy',
  'health',
  'hospital',
  'medical',
  'clinic',
  'bank',
  'credit',
  'council',
  'shire',
  'centre',
  'center',
  'house',
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'park',
  'hall',
  'homes',
  'village',
  'lodge',
  'church',
  'foundation',
  'services',
  'group',
  'pty',
  'ltd',
  'inc'
];

/** A name after one of these is a place: "St George", "Port Lincoln", "Mount Isa". */
const PLACE_BEFORE: string[] = ['st', 'saint', 'mount', 'mt', 'port', 'lake', 'cape', 'fort', 'point'];

type Cue = 'relative' | 'person' | undefined;

function within(list: string[], word: string): boolean {
  return list.indexOf(word) >= 0;
}

/** Age straight after a name: `Jack, 7`, `Mia (4)`, `Noah aged 9`. */
const AGE_AFTER_RE: RegExp = /^(?:,\s{0,2}|\s{1,2}\(|\s{1,2}aged?\s{1,2})\d{1,2}(?![0-9])/;

/** The cue before word `i`, and whether a link word ("named", "is") stands between. */
function cueBefore(words: Word[], i: number): { cue: Cue; linked: boolean } {
  let j: number = i - 1;
  let linked: boolean = false;
  if (j >= 0 && joined(words[i]) && within(LINKS, words[j].lower)) {
    linked = !within(STRONG_LINKS, words[j].lower);
    j--;
  }
  const next: Word = words[j + 1];
  const gapOk: boolean = joined(next) || /^,\s{1,2}$/.test(next.gapBefore);
  if (j < 0 || !gapOk) {
    return { cue: undefined, linked };
  }
  const w: string = words[j].lower;
  if (within(CHILD_OR_PARTNER, w) || (j > 0 && w === 'partner' && words[j - 1].lower === 'former')) {
    return { cue: 'relative', linked };
  }
  if (within(PERSON_BEFORE, w)) {
    return { cue: 'person', linked };
  }
  if ((w === 'to' || w === 'with') && j > 0 && within(SPOKE, words[j - 1].lower)) {
    return { cue: 'person', linked };
  }
  return { cue: undefined, linked };
}

/**
 * What follows word `i`: 'speech' for a verb of speaking, 'strong' for another person verb or an age, 'weak' for
 * is/has/was... or a possessive.
 */
function cueAfter(text: string, words: Word[], i: number): 'speech' | 'strong' | 'weak' | undefined {
  const w: Word = words[i];
  if (AGE_AFTER_RE.test(text.slice(w.end, w.end + 12))) {
    return 'strong';
  }
  if (w.possessive) {
    return 'weak';
  }
  const next: Word | undefined = words[i + 1];
  if (!next || !joined(next)) {
    return undefined;
  }
  if (within(SPEECH_AFTER, next.lower)) {
    return 'speech';
  }
  if (within(PERSON_AFTER, next.lower)) {
    return 'strong';
  }
  return within(PERSON_AFTER_WEAK, next.lower) ? 'weak' : undefined;
}

/** A word that can be part of a name at all. */
function nameLike(w: Word): boolean {
  return !w.vocabulary && (w.shape === 'capitalised' || (w.shape === 'upper' && (w.given || w.surname)));
}

function listed(w: Word): boolean {
  return w.given || w.ambiguous || w.surname;
}

/** Whether word `i` starts a name, on the evidence around it. */
function startsName(text: string, words: Word[], i: number): boolean {
  const w: Word = words[i];
  if (w.vocabulary || within(CHILD_OR_PARTNER, w.lower) || within(PERSON_BEFORE, w.lower)) {
    return false; // "Kids Lucas and Zoe": the cue word itself is not a name
  }
  const following: Word | undefined = words[i + 1];
  const previous: Word | undefined = words[i - 1];
  if (
    (following && joined(following) && following.shape !== 'lower' && within(INSTITUTION_AFTER, following.lower)) ||
    (previous && joined(w) && within(PLACE_BEFORE, previous.lower.replace(/\.$/, '')))
  ) {
    return false;
  }
  const before: { cue: Cue; linked: boolean } = cueBefore(words, i);
  if (w.shape === 'lower') {
    // Typed in lower case: only a plainly listed name straight after a cue ("customer tom said").
    return !!before.cue && !before.linked && w.given && !w.ambiguous;
  }
  if (!nameLike(w)) {
    return false;
  }
  if (w.shape === 'upper') {
    const next: Word | undefined = words[i + 1];
    return w.given && (!!before.cue || (!!next && joined(next) && next.shape === 'upper' && !next.vocabulary));
  }
  if (w.given && !w.ambiguous) {
    return true;
  }
  if (before.cue) {
    return listed(w) || !before.linked;
  }
  const after: 'speech' | 'strong' | 'weak' | undefined = cueAfter(text, words, i);
  const next: Word | undefined = words[i + 1];
  const surnameNext: boolean =
    !!next && joined(next) && !w.possessive && next.shape === 'capitalised' && !next.vocabulary;
  if (listed(w)) {
    return after === 'speech' || after === 'strong' || surnameNext || (after === 'weak' && !w.sentenceStart);
  }
  // An unlisted capitalised word is a person:
  // - before a verb of speaking ("Tjarra called", "... and Okonkwo rang"; the vocabulary holds the nouns that
  //   start such sentences: "Employer rang", "Landlord advised");
  // - mid-sentence with a possessive ("check Farida's estimate");
  // - as the first of two unlisted capitalised words before a person verb ("Kateryna Shevchenko is"), or after a
  //   contact verb ("Called Bartholomew Winterbottom back").
  const contacted: boolean = i > 0 && joined(w) && within(CONTACTED, words[i - 1].lower);
  const fullName: boolean = surnameNext && !!next && !next.possessive && cueAfter(text, words, i + 1) !== undefined;
  return after === 'speech' || (w.possessive && !w.sentenceStart) || fullName || (contacted && surnameNext);
}

/** The kind of a name from the cue before its first word. */
function kindFor(words: Word[], i: number): PrivacyKind {
  return cueBefore(words, i).cue === 'relative' ? 'childOrExPartner' : 'personName';
}

/** Extends a name over its surname(s) and particles: returns the index of its last word. */
function extendRight(words: Word[], i: number): number {
  let last: number = i;
  for (let k: number = i + 1; k < words.length && k <= i + 4; k++) {
    const w: Word = words[k];
    if (words[k - 1].possessive || !joined(w)) {
      break;
    }
    const particle: boolean =
      w.shape === 'lower' && within(PARTICLES, w.lower) && !!words[k + 1] && nameLike(words[k + 1]);
    if (!particle && !(nameLike(w) && w.shape === words[i].shape)) {
      break;
    }
    last = particle ? last : k;
  }
  return last;
}

/** Extends a name left over listed names before it ("Nguyen Thi Lan"): returns the index of its first word. */
function extendLeft(words: Word[], i: number, floor: number): number {
  let first: number = i;
  while (
    first - 1 > floor &&
    joined(words[first]) &&
    nameLike(words[first - 1]) &&
    listed(words[first - 1]) &&
    !words[first - 1].possessive
  ) {
    first--;
  }
  return first;
}

/** Names with a title (`Mrs Jane Citizen`): blocked, as every name is. */
export function findTitledNames(text: string, add: Collector): void {
  eachMatch(TITLE_NAME_RE, text, (m) => {
    if (NOT_NAMES.indexOf(m[1]) >= 0 || isVocabularyWord(m[1])) {
      return false;
    }
    // A possessive belongs to the sentence, not the name: "Mr Nguyen's daughter".
    const end: number = m.index + m[0].length - (/['\u2019]s$/.test(m[0]) ? 2 : 0);
    add({ kind: 'nameWithTitle', start: m.index, end, severity: 'block' });
    return true;
  });
}

/** Names without a title: children's and (ex-)partners' as `childOrExPartner`, everyone else as `personName`. */
export function findPeopleNames(text: string, add: Collector): void {
  const words: Word[] = wordsOf(text);
  let lastEnd: number = -1; // index of the last word already in a name
  let lastKind: PrivacyKind | undefined;
  for (let i: number = 0; i < words.length; i++) {
    if (i <= lastEnd) {
      continue;
    }
    const w: Word = words[i];
    // "the children Mia and Noah", "Jane, Tom and Ali": a capitalised word listed after a name.
    const likely: boolean = nameLike(w) && (listed(w) || lastKind === 'childOrExPartner');
    const coordinated: boolean =
      lastKind !== undefined && lastEnd === i - 1 && /^(?:,|\s{0,2}&)\s{1,2}$/.test(w.gapBefore) && likely;
    const viaAnd: boolean =
      lastKind !== undefined &&
      lastEnd === i - 2 &&
      within(['and', 'or'], words[i - 1].lower) &&
      joined(w) &&
      joined(words[i - 1]) &&
      likely;
    if (!coordinated && !viaAnd && !startsName(text, words, i)) {
      continue;
    }
    const first: number = coordinated || viaAnd ? i : extendLeft(words, i, lastEnd);
    const last: number = extendRight(words, i);
    const kind: PrivacyKind = coordinated || viaAnd ? (lastKind as PrivacyKind) : kindFor(words, first);
    add({ kind, start: words[first].start, end: words[last].end, severity: 'block' });
    lastEnd = last;
    lastKind = kind;
  }
}
