/**
 * What a TPS contact can end in besides "Finalise and notify SO" and an escalation, where contacts come from, and
 * the record of a corrected work type or reason. Codes only: the web parts' loc files hold the words.
 */

/**
 * Outcomes a TPSO records instead of an answer:
 * - `WarmTransferTeamLeader`: not a technical issue, the officer warm transfers the call to their Team Leader
 *   (seed 002 item 4, seed 003 "Supervisor calls"); counted where Team Leaders look.
 * - `ConfirmOnly`: the officer asked TPS to confirm what the references already say (seed 001 "must not"); kept for
 *   coaching, and the officer's copy says it without blame.
 */
export const TPS_OUTCOMES = ['WarmTransferTeamLeader', 'ConfirmOnly'] as const;

/** One of {@link TPS_OUTCOMES}. */
export type TpsOutcome = (typeof TPS_OUTCOMES)[number];

/** True when `value` is one of {@link TPS_OUTCOMES}. */
export function isTpsOutcome(value: unknown): value is TpsOutcome {
  return typeof value === 'string' && (TPS_OUTCOMES as ReadonlyArray<string>).indexOf(value) >= 0;
}

/**
 * Where a contact came from (seed 002 item 7: the record is kept "for every ... contact, every time from every
 * contact source"). Ask TPS is the officer's own post; the rest a TPSO records; `CustomerCall` is a customer call a
 * TPSO took and may escalate to an SSO directly (seed 002 item 8).
 */
export const CONTACT_SOURCES = ['AskTps', 'Phone', 'Teams', 'WalkUp', 'CustomerCall'] as const;

/** One of {@link CONTACT_SOURCES}. */
export type ContactSource = (typeof CONTACT_SOURCES)[number];

/** The sources a TPSO records by hand (everything but the officer's own post). */
export const RECORDED_CONTACT_SOURCES: ReadonlyArray<ContactSource> = CONTACT_SOURCES.filter((s) => s !== 'AskTps');

/** True when `value` is one of {@link CONTACT_SOURCES}. */
export function isContactSource(value: unknown): value is ContactSource {
  return typeof value === 'string' && (CONTACT_SOURCES as ReadonlyArray<string>).indexOf(value) >= 0;
}

/** One corrected field of an enquiry posted under the wrong work type or reason: who, when, from, to. */
export interface EnquiryCorrection {
  at: Date;
  byKey: string;
  field: 'workType' | 'reason';
  from: string;
  to: string;
}

/** The corrections a change makes (none when nothing differs). */
export function correctionsOf(
  current: { workType: string; reason?: string },
  next: { workType?: string; reason?: string },
  byKey: string,
  at: Date
): EnquiryCorrection[] {
  const out: EnquiryCorrection[] = [];
  if (next.workType && next.workType.trim() && next.workType.trim() !== current.workType) {
    out.push({ at, byKey, field: 'workType', from: current.workType, to: next.workType.trim() });
  }
  if (next.reason && next.reason !== (current.reason || '')) {
    out.push({ at, byKey, field: 'reason', from: current.reason || '', to: next.reason });
  }
  return out;
}

/** Corrections as stored (JSON in a Note column): appended, never rewritten. */
export function serialiseCorrections(list: ReadonlyArray<EnquiryCorrection>): string {
  return JSON.stringify(list.map((c) => ({ ...c, at: c.at.toISOString() })));
}

/** Reads stored corrections; anything unreadable reads as none. */
export function parseCorrections(text: string | undefined): EnquiryCorrection[] {
  if (!text) {
    return [];
  }
  try {
    const raw: unknown = JSON.parse(text);
    if (!Array.isArray(raw)) {
      return [];
    }
    return raw
      .filter((r) => r && typeof r === 'object' && (r.field === 'workType' || r.field === 'reason'))
      .map((r) => ({
        at: new Date(r.at),
        byKey: String(r.byKey || ''),
        field: r.field,
        from: String(r.from || ''),
        to: String(r.to || '')
      }));
  } catch {
    return [];
  }
}
