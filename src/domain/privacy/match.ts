/** Small text helpers shared by the detectors. Every pattern they take is a literal (linear time). */

/** A letter, digit or underscore. */
export function isWordChar(ch: string): boolean {
  return /[A-Za-z0-9_]/.test(ch);
}

/** 0–9. */
export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/**
 * True when a numeric match stands alone: not glued to letters or digits, not part of `111-05070020`,
 * `1.234`, `12/34` or `$1234`. This keeps reference, incident and dollar numbers from matching.
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  const prev: string = start > 0 ? text.charAt(start - 1) : '';
  if (prev && (isWordChar(prev) || prev === '$')) {
    return false;
  }
  if (prev && '-./,:'.indexOf(prev) >= 0 && start > 1 && isDigit(text.charAt(start - 2))) {
    return false;
  }
  const next: string = text.charAt(end);
  if (next && isWordChar(next)) {
    return false;
  }
  if (next && '-./,:%'.indexOf(next) >= 0) {
    // `%` closes a percentage; the others continue a longer number.
    if (next === '%' || isDigit(text.charAt(end + 1))) {
      return false;
    }
  }
  return true;
}

/** The digits of `s`, separators dropped. */
export function digitsOf(s: string): string {
  return s.replace(/[^0-9]/g, '');
}

/** True when `label` (a pattern for a label word) occurs within `distance` characters before `start`. */
export function labelledBefore(text: string, start: number, label: RegExp, distance: number): boolean {
  const windowText: string = text.slice(Math.max(0, start - distance), start);
  return label.test(windowText);
}

/** Visits every match of a global pattern; `visit` says whether it took the match. */
export function eachMatch(re: RegExp, text: string, visit: (m: RegExpExecArray) => boolean): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null = re.exec(text);
  while (m) {
    const accepted: boolean = visit(m);
    // On a rejected match retry one character later, so `x123456789A` can still yield an inner match.
    re.lastIndex = accepted ? m.index + Math.max(1, m[0].length) : m.index + 1;
    m = re.exec(text);
  }
}

/** Offset of the last capture group, which always ends the match in these patterns. */
export function groupStart(m: RegExpExecArray, group: string): number {
  return m.index + m[0].length - group.length;
}

/** Position of the last match of `re` in `s`, or -1. */
export function lastMatchAt(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at: number = -1;
  let m: RegExpExecArray | null = re.exec(s);
  while (m) {
    at = m.index;
    re.lastIndex = m.index + Math.max(1, m[0].length);
    m = re.exec(s);
  }
  return at;
}
