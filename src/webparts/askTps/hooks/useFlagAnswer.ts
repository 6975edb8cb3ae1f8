import * as React from 'react';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IEnquiry } from '../../../data/stores/types';
import { newRequestKey } from '../../../data/requestKey';
import { hasBlockingFindings } from '../../../domain/privacy';
import { flagAnswer, officerOf } from '../actions';

/** Where the feedback is. */
export type FlagState =
  { kind: 'editing' } | { kind: 'sending' } | { kind: 'failed'; message: string } | { kind: 'sent' };

/** What {@link useFlagAnswer} gives the form. */
export interface IFlagAnswer {
  detail: string;
  setDetail(value: string): void;
  state: FlagState;
  /** Send was tried with nothing typed. */
  showEmpty: boolean;
  /** Send was tried with personal details in the text. */
  showPrivacy: boolean;
  send(): void;
}

/**
 * The "Flag answer as incorrect" form's state: the text, and sending it (actions.flagAnswer) with one request key
 * per open form, so a retry lands once. Nothing is sent while the text is empty or the privacy guard blocks it.
 */
export function useFlagAnswer(enquiry: IEnquiry, onSent?: () => void): IFlagAnswer {
  const { data, user } = useServices();
  const [detail, setDetail] = React.useState<string>('');
  const [state, setState] = React.useState<FlagState>({ kind: 'editing' });
  const [tried, setTried] = React.useState<boolean>(false);
  const requestKey = React.useRef<string>(newRequestKey());
  const mounted = useIsMounted();
  const blocked: boolean = hasBlockingFindings(detail);
  const empty: boolean = !detail.trim();

  const send = (): void => {
    setTried(true);
    if (empty || blocked || state.kind === 'sending') {
      return;
    }
    setState({ kind: 'sending' });
    flagAnswer(data, enquiry, officerOf(user), detail, requestKey.current)
      .then(() => {
        if (mounted.current) {
          setState({ kind: 'sent' });
        }
        if (onSent) {
          onSent();
        }
      })
      .catch((error) => {
        if (mounted.current) {
          setState({ kind: 'failed', message: toUserMessage(error) });
        }
      });
  };

  return { detail, setDetail, state, showEmpty: tried && empty, showPrivacy: tried && !empty && blocked, send };
}
