import type { IEnquiryPanel } from '../../hooks/useEnquiryAction';

/** Props of {@link CorrectionForm}. */
export interface ICorrectionFormProps {
  /** The enquiry, the signed-in TPSO and the panel's running action (see useEnquiryAction). */
  panel: IEnquiryPanel;
}
