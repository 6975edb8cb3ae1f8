/**
 * Word tokens for the name finder, with what the lexicons say about each: vocabulary, given name (plain or
 * ambiguous), surname, and the shape of its capitals.
 */
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAMES, SURNAMES } from './nameLexicon';
import { VOCABULARY_PHRASES, VOCABULARY_WORDS } from './vocabulary';

/** How a word is capitalised. */
export type WordShape = 'capitalised' | 'upper' | 'lower';

/** One word of the scanned text. */
export interface Word {
  /** The word without a possessive `'s`. */
  text: string;
  lower: string;
  start: number;
  /** End of `text` (before any `'s`). */
  end: number;
  possessive: boolean;
  shape: WordShape;
  /** First word of the text, or after `.`, `!`, `?`, `:`, `;`, a bullet or a line break. */
  sentenceStart: boolean;
  /** The characters between the previous word (with its `'s`) and this one. */
  gapBefore: string;
  vocabulary: boolean;
  given: boolean;
  ambiguous: boolean;
  surname: boolean;
}

interface Lexicons {
  vocabulary: Set<string>;
  given: Set<string>;
  ambiguous: Set<string>;
  surnames: Set<string>;
  /** Phrases by their first word, each as its lower-case words. */
  phrases: Map<string, string[][]>;
}

let lexicons: Lexicons | undefined;

function wordSet(list: string): Set<string> {
  const set: Set<string> = new Set<string>();
  for (const w of list.split(' ')) {
    if (w) {
      set.add(w.toLowerCase());
    }
  }
  return set;
}

/** Built on first use, so a bundle that never scans pays nothing at start-up. */
function getLexicons(): Lexicons {
  if (!lexicons) {
    const phrases: Map<string, string[][]> = new Map<string, string[][]>();
    for (const p of VOCABULARY_PHRASES) {
      const words: string[] = p.toLowerCase().split(' ');
      const list: string[][] = phrases.get(words[0]) || [];
      list.push(words);
      phrases.set(words[0], list);
    }
    lexicons = {
      vocabulary: wordSet(VOCABULARY_WORDS),
      given: wordSet(GIVEN_NAMES),
      ambiguous: wordSet(AMBIGUOUS_GIVEN_NAMES),
      surnames: wordSet(SURNAMES),
      phrases
    };
  }
  return lexicons;
}

/** True when `word` (any case) is TPS vocabulary rather than a name. */
export function isVocabularyWord(word: string): boolean {
  return getLexicons().vocabulary.has(word.toLowerCase());
}

/** Letters, with inner apostrophes and hyphens: `O'Brien`, `Sarah-Jane`, `Nguyen's`. */
const WORD_RE: RegExp = /[A-Za-z\u00C0-\u024F]+(?:['\u2019-][A-Za-z\u00C0-\u024F]+){0,4}/g;
const SENTENCE_BREAK_RE: RegExp = /[.!?:;\n\u2022|*]/;
const UPPER_RE: RegExp = /^[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'\u2019-]+$/;
const CAPITALISED_RE: RegExp = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'\u2019]/;

function shapeOf(w: string): WordShape | undefined {
  if (UPPER_RE.test(w)) {
    return 'upper';
  }
  if (CAPITALISED_RE.test(w)) {
    return 'capitalised';
  }
  const first: string = w.charAt(0);
  return first === first.toLowerCase() ? 'lower' : undefined;
}

/** Splits text into words and looks each up in the lexicons (phrases first, so their words count as vocabulary). */
export function wordsOf(text: string): Word[] {
  const lex: Lexicons = getLexicons();
  const words: Word[] = [];
  let previousEnd: number = 0;
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null = WORD_RE.exec(text);
  while (m) {
    let core: string = m[0];
    const possessive: boolean = /['\u2019]s$/i.test(core) && core.length > 2;
    if (possessive) {
      core = core.slice(0, -2);
    }
    const lower: string = core.toLowerCase();
    const gapBefore: string = text.slice(previousEnd, m.index);
    const shape: WordShape | undefined = shapeOf(core);
    words.push({
      text: core,
      lower,
      start: m.index,
      end: m.index + core.length,
      possessive,
      shape: shape || 'lower',
      sentenceStart: words.length === 0 || SENTENCE_BREAK_RE.test(gapBefore),
      gapBefore,
      vocabulary: lex.vocabulary.has(lower),
      given: lex.given.has(lower),
      ambiguous: lex.ambiguous.has(lower),
      surname: lex.surnames.has(lower)
    });
    previousEnd = m.index + m[0].length;
    m = WORD_RE.exec(text);
  }
  markPhrases(words, lex.phrases);
  return words;
}

function markPhrases(words: Word[], phrases: Map<string, string[][]>): void {
  for (let i: number = 0; i < words.length; i++) {
    const candidates: string[][] | undefined = phrases.get(words[i].lower);
    if (!candidates) {
      continue;
    }
    for (const phrase of candidates) {
      let k: number = 0;
      while (k < phrase.length && i + k < words.length && words[i + k].lower === phrase[k]) {
        k++;
      }
      if (k === phrase.length) {
        for (let j: number = i; j < i + k; j++) {
          words[j].vocabulary = true;
        }
      }
    }
  }
}

/** True when only spaces (one to three) separate two words: they can be one name. */
export function joined(w: Word): boolean {
  return /^[ \t]{1,3}$/.test(w.gapBefore);
}
