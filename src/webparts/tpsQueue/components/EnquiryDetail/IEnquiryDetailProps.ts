import type { IEnquiryPanelInput } from '../../hooks/useEnquiryAction';

/** Props of {@link EnquiryDetail}: the enquiry, what the queue keeps for it, and what the panel tells the queue. */
export interface IEnquiryDetailProps extends IEnquiryPanelInput {
  /** Closes the panel. */
  onClose: () => void;
}
