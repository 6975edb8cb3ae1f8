import * as React from 'react';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IEnquiry } from '../../../data/stores/types';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useServices } from '../../../shared/services';

/** The enquiry an escalation came from: loading, read, or why not. */
export type SourceEnquiry =
  { kind: 'loading' } | { kind: 'ready'; enquiry: IEnquiry } | { kind: 'failed'; message: string };

/** Reads the source enquiry of the escalation that is open (one GET, when it opens). */
export function useSourceEnquiry(enquiryId: number | undefined): SourceEnquiry {
  const { data } = useServices();
  const [state, setState] = React.useState<SourceEnquiry>({ kind: 'loading' });
  const mounted = useIsMounted();
  React.useEffect(() => {
    if (!enquiryId) {
      setState({ kind: 'failed', message: '' });
      return;
    }
    setState({ kind: 'loading' });
    data.enquiries.getById(enquiryId).then(
      (enquiry) => {
        if (mounted.current) {
          setState({ kind: 'ready', enquiry });
        }
      },
      (err) => {
        if (mounted.current) {
          setState({ kind: 'failed', message: toUserMessage(err) });
        }
      }
    );
  }, [data, enquiryId, mounted]);
  return state;
}
