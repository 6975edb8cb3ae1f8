import * as React from 'react';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { toUserMessage } from '../../../shared/text/errorText';
import type { ISitePerson } from '../../../data/stores/EnquiryStore';

/** The people of the site, read once when asked for (the officer a recorded contact was for), and why not. */
export function useSitePeople(active: boolean): { people: ISitePerson[]; error: string } {
  const { data } = useServices();
  const mounted = useIsMounted();
  const [state, setState] = React.useState<{ people: ISitePerson[]; error: string }>({ people: [], error: '' });
  React.useEffect(() => {
    if (!active) {
      return;
    }
    data.enquiries
      .listPeople()
      .then((people) => {
        if (mounted.current) {
          setState({ people, error: '' });
        }
      })
      .catch((err) => {
        if (mounted.current) {
          setState({ people: [], error: toUserMessage(err) });
        }
      });
  }, [active, data, mounted]);
  return state;
}
