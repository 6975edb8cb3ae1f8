import type { IEnquiryPanel } from '../../hooks/useEnquiryAction';

/** Props of {@link OutcomeForm}. */
export interface IOutcomeFormProps {
  /** The enquiry, the signed-in TPSO and the panel's running action (see useEnquiryAction). */
  panel: IEnquiryPanel;
}
