import {
  applyEscalationAction,
  checkNote,
  EscalationActionResult,
  EscalationNoteInput,
  EscalationState,
  IEscalationRefusal
} from './escalationLifecycle';
// The refusal codes, read through the words people see (src/shared/loc), so both are checked.
import { escalationRefusalText } from '../shared/text/escalationRefusals';

function refusalOf(r: EscalationActionResult): { ok: false; message: string } | EscalationActionResult {
  return r.ok ? r : { ok: false, message: escalationRefusalText(r.refusal) };
}
function words(r: IEscalationRefusal | undefined): string | undefined {
  return r ? escalationRefusalText(r) : undefined;
}

const open: EscalationState = {
  status: 'Open',
  category: 'SystemIssue',
  pastDayOne: false,
  whyNotFinalisedRecorded: false
};
const note: EscalationNoteInput = {
  actionTaken: 'Checked the rate against the reference',
  resourcesUsed: '111-05070020',
  actionRequiredByOfficer: '',
  officerCallBack: false,
  whyNotFinalised: ''
};

describe('escalation lifecycle (seed 004)', () => {
  it('an SSO takes an open escalation; taking it from someone else needs a reason', () => {
    expect(applyEscalationAction(open, { kind: 'assign', assigneeKey: 'SSO@boutique.local' })).toEqual({
      ok: true,
      change: { status: 'Assigned', assigneeKey: 'sso@boutique.local' }
    });
    const held: EscalationState = { ...open, status: 'Assigned', assigneeKey: 'sso@boutique.local' };
    expect(refusalOf(applyEscalationAction(held, { kind: 'assign', assigneeKey: 'tl@boutique.local' }))).toEqual({
      ok: false,
      message: 'Say why it is being reassigned.'
    });
    expect(applyEscalationAction(held, { kind: 'assign', assigneeKey: 'sso@boutique.local', reason: 'x' }).ok).toBe(
      false
    );
    expect(
      applyEscalationAction(held, { kind: 'assign', assigneeKey: 'tl@boutique.local', reason: 'Leave from tomorrow' })
        .ok
    ).toBe(true);
    expect(
      applyEscalationAction(held, { kind: 'assign', assigneeKey: 'tl@boutique.local', reason: 'Customer 123 456 789A' })
        .ok
    ).toBe(false);
  });

  it('a note needs action taken and resources used, and after day one why it is not finalised', () => {
    expect(checkNote(note, { pastDayOne: false })).toBeUndefined();
    expect(words(checkNote({ ...note, actionTaken: ' ' }, { pastDayOne: false }))).toBe('Say what action was taken.');
    expect(words(checkNote({ ...note, resourcesUsed: '' }, { pastDayOne: false }))).toBe(
      'Say which resources were used.'
    );
    expect(words(checkNote(note, { pastDayOne: true }))).toBe('This escalation was not finalised on day one: say why.');
    expect(checkNote({ ...note, whyNotFinalised: 'Waiting on ICT INC0012345' }, { pastDayOne: true })).toBeUndefined();
    expect(
      words(checkNote({ ...note, actionRequiredByOfficer: 'Call 123456789A back' }, { pastDayOne: false }))
    ).toContain('CRN');
  });

  it('finalises with a seed-004 reason and who completes the work, and clears the CRN', () => {
    expect(applyEscalationAction(open, { kind: 'finalise', reason: 'Resolved', completedBy: 'Officer' })).toEqual({
      ok: true,
      change: { status: 'Finalised', finalisationReason: 'Resolved', completedBy: 'Officer', clearCrn: true }
    });
    expect(applyEscalationAction(open, { kind: 'finalise', reason: 'Because', completedBy: 'Officer' }).ok).toBe(false);
    expect(applyEscalationAction(open, { kind: 'finalise', reason: 'Resolved', completedBy: '' }).ok).toBe(false);
  });

  it('after day one the Senior Practitioner completes the work, once the notes say why it was not finalised', () => {
    const late: EscalationState = { ...open, pastDayOne: true };
    expect(applyEscalationAction(late, { kind: 'finalise', reason: 'Resolved', completedBy: 'Officer' }).ok).toBe(
      false
    );
    expect(
      refusalOf(
        applyEscalationAction(late, { kind: 'finalise', reason: 'Resolved', completedBy: 'SeniorPractitioner' })
      )
    ).toEqual({ ok: false, message: 'Add a note that says why it was not finalised on day one first.' });
    expect(
      applyEscalationAction(
        { ...late, whyNotFinalisedRecorded: true },
        { kind: 'finalise', reason: 'Hand-off (ACTDOC sent)', completedBy: 'SeniorPractitioner' }
      ).ok
    ).toBe(true);
  });

  it('nothing changes a finalised escalation', () => {
    const done: EscalationState = { ...open, status: 'Finalised' };
    for (const a of [
      { kind: 'assign' as const, assigneeKey: 'sso@boutique.local' },
      { kind: 'note' as const, note }
    ]) {
      expect(refusalOf(applyEscalationAction(done, a))).toEqual({
        ok: false,
        message: 'This escalation is already finalised.'
      });
    }
  });
});
