import * as strings from 'EscalationsWebPartStrings';
import type { FeedbackProblemWords } from '../../actions';

/** Every feedback refusal in the web part's words. */
export const FEEDBACK_WORDS: FeedbackProblemWords = {
  notReviewer: strings.FeedbackRefusedNotReviewer,
  ownFlag: strings.FeedbackRefusedOwnFlag,
  aboutSelf: strings.FeedbackRefusedAboutSelf,
  notTeamLeader: strings.FeedbackRefusedNotTeamLeader,
  wrongState: strings.FeedbackRefusedWrongState,
  noteMissing: strings.FeedbackRefusedNoteMissing,
  noteTooLong: strings.FeedbackRefusedNoteTooLong,
  notePrivacy: strings.FeedbackRefusedNotePrivacy
};
