import type { IEnquiry } from '../../../../data/stores/types';
import type { GuidelineClock } from '../../../../domain/guidelineClock';

/** Props of {@link EnquiryFacts}. */
export interface IEnquiryFactsProps {
  /** The enquiry described. */
  enquiry: IEnquiry;
  /** Its guideline clock now (minutes waited and the phase). */
  clock: GuidelineClock;
}
