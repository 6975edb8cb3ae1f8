/**
 * Scores the privacy guard on a labelled set (./privacyLabelled.ts): precision and recall per kind, recall on
 * names, and the false-block rate on sentences without customer details. Shared by the threshold test and the
 * bench so both count the same way.
 */
import { scanText } from '../privacy';
import type { PrivacyFinding, PrivacyKind, ScanOptions } from '../privacy';
import type { LabelledSentence } from './privacyLabelled';

/** Label kinds, and the finding kinds each accepts. */
export const LABEL_KINDS: { [label: string]: PrivacyKind[] } = {
  name: ['personName', 'nameWithTitle'],
  child: ['childOrExPartner'],
  address: ['address'],
  bank: ['bank'],
  crn: ['crn'],
  dob: ['dateOfBirth'],
  tfn: ['tfn'],
  medicare: ['medicare']
};

const NAME_FAMILY: PrivacyKind[] = ['personName', 'nameWithTitle', 'childOrExPartner'];

/** Counts for one label kind. */
export interface KindScore {
  expected: number;
  found: number;
  /** Blocking findings of this kind. */
  findings: number;
  /** Of those, the ones that cover an expected item of this kind. */
  correct: number;
  precision: number;
  recall: number;
}

/** What {@link measure} returns. */
export interface PrivacyScore {
  perKind: { [label: string]: KindScore };
  /** Expected `name` and `child` items covered by any name finding, over all of them. */
  nameRecall: number;
  /** Sentences without details that the guard blocks, over all of them. */
  falseBlockRate: number;
  falseBlocks: { text: string; findings: string[] }[];
  /** Expected items not covered, as `kind:text in "sentence"`. */
  misses: string[];
  /** Blocking findings in sentences with details that cover no expected item. */
  strayFindings: string[];
}

interface Item {
  label: string;
  start: number;
  end: number;
}

function itemsOf(s: LabelledSentence): Item[] {
  return s.expect.map((e) => {
    const colon: number = e.indexOf(':');
    const label: string = e.slice(0, colon);
    const wanted: string = e.slice(colon + 1);
    // The first whole-word occurrence: "tom" is not the one in "customer".
    let start: number = s.text.indexOf(wanted);
    while (start >= 0 && (/\w/.test(s.text.charAt(start - 1)) || /\w/.test(s.text.charAt(start + wanted.length)))) {
      start = s.text.indexOf(wanted, start + 1);
    }
    if (start < 0 || !LABEL_KINDS[label]) {
      throw new Error(`Bad label "${e}" for "${s.text}"`);
    }
    return { label, start, end: start + wanted.length };
  });
}

function overlaps(f: PrivacyFinding, item: Item): boolean {
  return f.start < item.end && item.start < f.end;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Scans every sentence and scores the blocking findings against the labels. */
export function measure(sentences: LabelledSentence[], options?: ScanOptions): PrivacyScore {
  const perKind: { [label: string]: KindScore } = {};
  for (const label of Object.keys(LABEL_KINDS)) {
    perKind[label] = { expected: 0, found: 0, findings: 0, correct: 0, precision: 1, recall: 1 };
  }
  let names: number = 0;
  let namesFound: number = 0;
  let clean: number = 0;
  const falseBlocks: { text: string; findings: string[] }[] = [];
  const misses: string[] = [];
  const strayFindings: string[] = [];
  for (const s of sentences) {
    const items: Item[] = itemsOf(s);
    const blocking: PrivacyFinding[] = scanText(s.text, options).filter((f) => f.severity === 'block');
    if (items.length === 0) {
      clean++;
      if (blocking.length > 0) {
        falseBlocks.push({ text: s.text, findings: blocking.map((f) => `${f.kind}:${f.match}`) });
      }
    }
    for (const item of items) {
      const score: KindScore = perKind[item.label];
      score.expected++;
      if (blocking.some((f) => LABEL_KINDS[item.label].indexOf(f.kind) >= 0 && overlaps(f, item))) {
        score.found++;
      } else {
        misses.push(`${item.label}:${s.text.slice(item.start, item.end)} in "${s.text}"`);
      }
      if (item.label === 'name' || item.label === 'child') {
        names++;
        namesFound += blocking.some((f) => NAME_FAMILY.indexOf(f.kind) >= 0 && overlaps(f, item)) ? 1 : 0;
      }
    }
    for (const f of blocking) {
      for (const label of Object.keys(LABEL_KINDS)) {
        if (LABEL_KINDS[label].indexOf(f.kind) >= 0) {
          perKind[label].findings++;
          const right: boolean = items.some((item) => item.label === label && overlaps(f, item));
          perKind[label].correct += right ? 1 : 0;
          if (!right && items.length > 0) {
            strayFindings.push(`${f.kind}:${f.match} in "${s.text}"`);
          }
        }
      }
    }
  }
  for (const label of Object.keys(perKind)) {
    const k: KindScore = perKind[label];
    k.precision = ratio(k.correct, k.findings);
    k.recall = ratio(k.found, k.expected);
  }
  return {
    perKind,
    nameRecall: ratio(namesFound, names),
    falseBlockRate: clean === 0 ? 0 : falseBlocks.length / clean,
    falseBlocks,
    misses,
    strayFindings
  };
}
