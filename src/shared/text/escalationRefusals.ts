import * as strings from 'BoutiqueSharedStrings';
import type { EscalationRefusalCode, IEscalationRefusal } from '../../domain/escalationLifecycle';
import { format } from './format';
import { describePrivacyKinds } from './privacyText';

/** The sentence for each refusal code of the escalation lifecycle. */
const SENTENCES: { [C in EscalationRefusalCode]: string } = {
  SayActionTaken: strings.EscalationRefusalSayActionTaken,
  SayResourcesUsed: strings.EscalationRefusalSayResourcesUsed,
  SayWhyNotFinalised: strings.EscalationRefusalSayWhyNotFinalised,
  NoteTooLong: strings.EscalationRefusalNoteTooLong,
  NotePersonalDetails: strings.EscalationRefusalNotePersonalDetails,
  AlreadyFinalised: strings.EscalationRefusalAlreadyFinalised,
  ChooseAssignee: strings.EscalationRefusalChooseAssignee,
  AlreadyWithThem: strings.EscalationRefusalAlreadyWithThem,
  SayWhyReassigned: strings.EscalationRefusalSayWhyReassigned,
  ReasonPersonalDetails: strings.EscalationRefusalReasonPersonalDetails,
  ChooseFinalisationReason: strings.EscalationRefusalChooseFinalisationReason,
  ChooseWhoCompletes: strings.EscalationRefusalChooseWhoCompletes,
  SeniorPractitionerCompletes: strings.EscalationRefusalSeniorPractitionerCompletes,
  RecordWhyNotFinalisedFirst: strings.EscalationRefusalRecordWhyNotFinalisedFirst,
  UnknownAction: strings.EscalationRefusalUnknownAction
};

/** What a person is told when the escalation lifecycle refuses an action. */
export function escalationRefusalText(r: IEscalationRefusal): string {
  const sentence: string = SENTENCES[r.code] || SENTENCES.UnknownAction;
  switch (r.code) {
    case 'NoteTooLong':
      return format(sentence, r.maxLength || 0);
    case 'NotePersonalDetails':
    case 'ReasonPersonalDetails':
      return format(sentence, describePrivacyKinds(r.privacyKinds || []));
    default:
      return sentence;
  }
}
