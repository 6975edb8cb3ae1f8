/**
 * The Customer Reference Number in its own field (BRIEF.md privacy rule): nine digits and a letter, often written
 * `123 456 789A`. The field holds it only while the work is open; free text never does (see privacy.ts).
 */

const CRN_SHAPE: RegExp = /^\d{9}[A-Z]$/;

/** Removes spaces and hyphens and upper-cases the letter: `123 456 789a` → `123456789A`. */
export function normaliseCrn(value: string | undefined): string {
  return (value || '').replace(/[\s-]/g, '').toUpperCase();
}

/** True when the value, once normalised, is nine digits and a letter. */
export function isValidCrn(value: string | undefined): boolean {
  return CRN_SHAPE.test(normaliseCrn(value));
}

/** `123456789A` → `123 456 789A` for display; other values come back normalised. */
export function formatCrn(value: string | undefined): string {
  const n: string = normaliseCrn(value);
  return CRN_SHAPE.test(n) ? n.slice(0, 3) + ' ' + n.slice(3, 6) + ' ' + n.slice(6) : n;
}
