import type { IEnquiryPanel } from '../../hooks/useEnquiryAction';

/** Props of {@link EscalateForm}. */
export interface IEscalateFormProps {
  /** The enquiry, the signed-in TPSO and the panel's running action (see useEnquiryAction). */
  panel: IEnquiryPanel;
}
