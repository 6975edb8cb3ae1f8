/** The guard's public operations: scan, block check, redact, summary. */
import type {
  Candidate,
  Collector,
  PrivacyFinding,
  PrivacyKind,
  PrivacySeverity,
  RedactOptions,
  ScanOptions
} from './types';
import { PLACEHOLDERS } from './kinds';
import { findAgedCareIds, findCrns, findMedicare, findTfns } from './numbers';
import { findDates } from './dates';
import { findEmails, findPhones } from './contacts';
import { findPeopleNames, findTitledNames } from './names';
import { findAddresses } from './addresses';
import { findBankDetails } from './bank';

const SEVERITY_RANK: { [S in PrivacySeverity]: number } = { block: 2, warn: 1 };

/** Keeps the stronger of overlapping candidates: blocking first, then the longer span, then the earlier one. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered: Candidate[] = candidates.slice().sort((a, b) => {
    if (a.severity !== b.severity) {
      return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity];
    }
    if (a.end - a.start !== b.end - b.start) {
      return b.end - b.start - (a.end - a.start);
    }
    return a.start - b.start;
  });
  const kept: Candidate[] = [];
  for (const c of ordered) {
    let overlaps: boolean = false;
    for (const k of kept) {
      if (c.start < k.end && k.start < c.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps) {
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Finds personal information in free text. Findings do not overlap and are sorted by `start`. */
export function scanText(text: string, options?: ScanOptions): PrivacyFinding[] {
  if (!text) {
    return [];
  }
  const thisYear: number = (options && options.now ? options.now : new Date()).getFullYear();
  const candidates: Candidate[] = [];
  const add: Collector = (c) => {
    candidates.push(c);
  };
  findCrns(text, add);
  findMedicare(text, add);
  findTfns(text, add);
  findAgedCareIds(text, add);
  findDates(text, add, thisYear);
  findTitledNames(text, add);
  findPeopleNames(text, add);
  findAddresses(text, add);
  findBankDetails(text, add);
  findPhones(text, add);
  findEmails(text, add);
  return resolveOverlaps(candidates).map((c) => ({
    kind: c.kind,
    start: c.start,
    end: c.end,
    severity: c.severity,
    placeholder: PLACEHOLDERS[c.kind],
    match: text.slice(c.start, c.end)
  }));
}

/** True when the text holds something that must be removed before it is saved or sent. */
export function hasBlockingFindings(text: string, options?: ScanOptions): boolean {
  for (const f of scanText(text, options)) {
    if (f.severity === 'block') {
      return true;
    }
  }
  return false;
}

/**
 * Replaces findings with their placeholders. Pass the findings to replace (e.g. the one a person clicked), or
 * options: by default every finding is replaced; `{ severity: 'block' }` replaces only blocking ones.
 */
export function redact(text: string, findingsOrOptions?: PrivacyFinding[] | RedactOptions): string {
  let findings: PrivacyFinding[];
  if (Array.isArray(findingsOrOptions)) {
    findings = findingsOrOptions;
  } else {
    const opts: RedactOptions = findingsOrOptions || {};
    findings = scanText(text, opts).filter((f) => opts.severity !== 'block' || f.severity === 'block');
  }
  // Right to left, so earlier offsets stay valid.
  const ordered: PrivacyFinding[] = findings.slice().sort((a, b) => b.start - a.start);
  let out: string = text;
  let limit: number = text.length + 1;
  for (const f of ordered) {
    if (f.end > limit || f.start < 0 || f.end > out.length) {
      continue; // overlapping or stale finding
    }
    out = out.slice(0, f.start) + f.placeholder + out.slice(f.end);
    limit = f.start;
  }
  return out;
}

/** The kinds found, each once, in the order found (the words for them are the UI's: src/shared/text/privacyText.ts). */
export function kindsOf(findings: PrivacyFinding[]): PrivacyKind[] {
  const seen: PrivacyKind[] = [];
  for (const f of findings) {
    if (seen.indexOf(f.kind) < 0) {
      seen.push(f.kind);
    }
  }
  return seen;
}
