import * as strings from 'BoutiqueSharedStrings';
import type { EnquiryRefusalCode, EnquiryTextField, IEnquiryRefusal } from '../../domain/enquiryLifecycle';
import type { EnquiryStatus } from '../../domain/enquiryValues';
import { format } from './format';
import { describePrivacyKinds } from './privacyText';

/** The sentence for each refusal code of the enquiry lifecycle ({0}, {1}: the values the code carries). */
const SENTENCES: { [C in EnquiryRefusalCode]: string } = {
  NoSuchEnquiry: strings.EnquiryRefusalNoSuchEnquiry,
  NotThePoster: strings.EnquiryRefusalNotThePoster,
  ClaimedNoWithdraw: strings.EnquiryRefusalClaimedNoWithdraw,
  AlreadyInStatus: strings.EnquiryRefusalAlreadyInStatus,
  NotTpso: strings.EnquiryRefusalNotTpso,
  AlreadyClaimedByYou: strings.EnquiryRefusalAlreadyClaimedByYou,
  ClaimedBy: strings.EnquiryRefusalClaimedBy,
  NotRostered: strings.EnquiryRefusalNotRostered,
  ClaimFirst: strings.EnquiryRefusalClaimFirst,
  AlreadyTakenOver: strings.EnquiryRefusalAlreadyTakenOver,
  UnknownAction: strings.EnquiryRefusalUnknownAction,
  ChooseWorkType: strings.EnquiryRefusalChooseWorkType,
  ChooseReason: strings.EnquiryRefusalChooseReason,
  WriteQuestion: strings.EnquiryRefusalWriteQuestion,
  PersonalDetails: strings.EnquiryRefusalPersonalDetails,
  SayWhyTakingOver: strings.EnquiryRefusalSayWhyTakingOver,
  NotObNumbers: strings.EnquiryRefusalNotObNumbers,
  GiveObReference: strings.EnquiryRefusalGiveObReference,
  GiveReference: strings.EnquiryRefusalGiveReference,
  NotTpsoCorrect: strings.EnquiryRefusalNotTpsoCorrect,
  ChooseOutcome: strings.EnquiryRefusalChooseOutcome,
  ChooseListedReason: strings.EnquiryRefusalChooseListedReason,
  NothingToCorrect: strings.EnquiryRefusalNothingToCorrect,
  ReferenceEmpty: strings.EnquiryRefusalReferenceEmpty,
  ReferenceNotOb: strings.EnquiryRefusalReferenceNotOb,
  ReferenceBadLink: strings.EnquiryRefusalReferenceBadLink,
  ReferencePersonal: strings.EnquiryRefusalReferencePersonal,
  WriteSummary: strings.EnquiryRefusalWriteSummary,
  ChooseCategory: strings.EnquiryRefusalChooseCategory,
  RecordDoc: strings.EnquiryRefusalRecordDoc,
  GiveIctIncident: strings.EnquiryRefusalGiveIctIncident
};

const FIELDS: { [F in EnquiryTextField]: string } = {
  question: strings.EnquiryFieldQuestion,
  reason: strings.EnquiryFieldReason,
  comment: strings.EnquiryFieldComment,
  notes: strings.EnquiryFieldNotes,
  reference: strings.EnquiryFieldReference
};

const STATUS_WORDS: { [S in EnquiryStatus]: string } = {
  Waiting: strings.EnquiryStatusWordWaiting,
  Claimed: strings.EnquiryStatusWordClaimed,
  TakenOver: strings.EnquiryStatusWordTakenOver,
  Resolved: strings.EnquiryStatusWordResolved,
  Escalated: strings.EnquiryStatusWordEscalated,
  Withdrawn: strings.EnquiryStatusWordWithdrawn
};

/** What a person is told when the enquiry lifecycle refuses an action. */
export function enquiryRefusalText(r: IEnquiryRefusal): string {
  const sentence: string = SENTENCES[r.code] || SENTENCES.UnknownAction;
  switch (r.code) {
    case 'ClaimedBy':
    case 'ClaimedNoWithdraw':
      return format(sentence, r.holder || strings.EnquiryRefusalAnotherTpso);
    case 'AlreadyInStatus':
      return format(sentence, r.status ? STATUS_WORDS[r.status] : '');
    case 'NotRostered':
      return format(sentence, r.workType || '');
    case 'NotObNumbers':
    case 'ReferenceNotOb':
    case 'ReferenceBadLink':
      return format(sentence, (r.invalid || []).join(', '));
    case 'PersonalDetails':
      return format(sentence, r.field ? FIELDS[r.field] : '', describePrivacyKinds(r.privacyKinds || []));
    default:
      return sentence;
  }
}
