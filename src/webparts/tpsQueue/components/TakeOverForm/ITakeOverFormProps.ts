import type { IEnquiryPanel } from '../../hooks/useEnquiryAction';

/** Props of {@link TakeOverForm}. */
export interface ITakeOverFormProps {
  /** The enquiry, the signed-in TPSO and the panel's running action (see useEnquiryAction). */
  panel: IEnquiryPanel;
}
