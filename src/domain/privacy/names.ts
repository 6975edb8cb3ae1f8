/** People's names: after a title, and children or (ex-)partners after a relation word. */
import type { Collector } from './types';
import { eachMatch, groupStart } from './match';

/** Title + capitalised name: `Mrs Jane Citizen`, `Dr O'Brien`, `Mr J. Smith`. */
const TITLE_NAME_RE: RegExp = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\.?\s{1,3}(?:[A-Z]\.?\s{1,3})?([A-Z][A-Za-z]*(?:['\u2019-][A-Za-z]+)*)(?:\s{1,3}[A-Z][A-Za-z]*(?:['\u2019-][A-Za-z]+)*)?/g;
/** A relation word followed by a capitalised name: `her son Jack`, `ex-partner John`, `child named Mia`. */
const RELATION_NAME_RE: RegExp = /\b(?:[Ss]on|[Dd]aughter|[Cc]hild|[Kk]id|[Bb]aby|[Ss]tep-?(?:son|daughter|child)|[Gg]rand(?:son|daughter|child)|[Ee]x-?\s?(?:partner|husband|wife)|[Ff]ormer (?:partner|husband|wife)|[Pp]artner|[Hh]usband|[Ww]ife|[Nn]ephew|[Nn]iece)(?:'s)?,?\s{1,3}(?:(?:named|called|is)\s{1,3})?([A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)*)/g;

/** Capitalised words after a title or relation word that are not names. */
const NOT_NAMES: string[] = [
  'The', 'A', 'An', 'And', 'Or', 'If', 'To', 'Of', 'In', 'On', 'For', 'Is', 'It', 'No', 'Yes', 'Has', 'Had', 'Was',
  'Will', 'Who', 'Not', 'With', 'At', 'As', 'By', 'From', 'This', 'That', 'He', 'She', 'They', 'We', 'I', 'You',
  'Care', 'Support', 'Payment', 'Payments', 'Tax', 'Benefit', 'Allowance', 'Protection', 'Maintenance', 'Agency',
  'Centrelink', 'Services', 'Service', 'Australia', 'Income', 'Assessment', 'Agreement', 'Unit', 'Youth',
  'Disability', 'Carer', 'Supplement', 'Parenting', 'Pension', 'Family', 'Medicare', 'Customer', 'Record',
  'Details', 'Status', 'Rate', 'Claim', 'Team', 'Teams', 'Leader', 'Officer', 'Centre', 'Smart', 'Program',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Registration',
  'Estimate', 'Reconciliation', 'Assistance', 'Living', 'Rent', 'Relationship', 'Details', 'Under', 'Aged',
  'Abstudy', 'ABSTUDY', 'Parental', 'Leave', 'Education', 'Household'
];

export function findTitledNames(text: string, add: Collector): void {
  eachMatch(TITLE_NAME_RE, text, (m) => {
    if (NOT_NAMES.indexOf(m[1]) >= 0) {
      return false;
    }
    add({ kind: 'nameWithTitle', start: m.index, end: m.index + m[0].length, severity: 'warn' });
    return true;
  });
}

export function findRelationNames(text: string, add: Collector): void {
  eachMatch(RELATION_NAME_RE, text, (m) => {
    if (NOT_NAMES.indexOf(m[1]) >= 0) {
      return false;
    }
    const start: number = groupStart(m, m[1]);
    add({ kind: 'childOrExPartner', start, end: start + m[1].length, severity: 'warn' });
    return true;
  });
}
