import * as React from 'react';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useNow } from '../../../shared/hooks/useNow';
import { toUserMessage } from '../../../shared/text/errorText';
import type { IDataServices } from '../../../data/services';
import type { IEnquiry } from '../../../data/stores/types';
import type { Actor } from '../../../domain/enquiryLifecycle';
import type { WorkType } from '../../../domain/workTypes';
import type { IFinaliseProgress } from '../actions';
import { isOfficerCopyFailed } from '../actions';
import { actorOf } from '../model';

/** What an action of the panel is, so its error shows next to its own button. */
export type ActionArea =
  'claim' | 'takeOver' | 'finalise' | 'escalate' | 'sendAgain' | 'outcome' | 'correct' | 'complex';

/** Runs an action with the panel's busy state; its failure is shown in `area`. */
export type RunAction = (label: string, area: ActionArea, action: () => Promise<void>) => Promise<void>;

/** What the queue tells the panel and hears back from it. */
export interface IEnquiryPanelInput {
  /** The enquiry shown. */
  enquiry: IEnquiry;
  /** Work types for the title and the guideline clock (the Work Types list, or the built-in ones until read). */
  workTypes: ReadonlyArray<WorkType>;
  /** This enquiry's finalise progress, kept by the queue (not the panel) so the mail goes once per enquiry. */
  finaliseProgress: IFinaliseProgress;
  /** The enquiry changed (claimed, taken over, finalised...): the new copy and what to announce. */
  onChanged: (next: IEnquiry, message: string) => void;
  /** Someone else has it now (a lost claim): what to announce. */
  onLost: (message: string) => void;
  /** A newer copy was read (after a conflict): show it without closing the panel or losing what was typed. */
  onRefreshed: (next: IEnquiry) => void;
}

/** The one object every part of the panel (claim, take over, finalise, escalate) works with. */
export interface IEnquiryPanel extends IEnquiryPanelInput {
  /** Where the writes go. */
  data: IDataServices;
  /** The signed-in TPSO, as the lifecycle sees them. */
  actor: Actor;
  /** The clock the panel shows (ticks every 30 seconds). */
  now: Date;
  /** What is running, said next to a spinner ('' when nothing is). */
  busy: string;
  /** True while an action runs: every button and field waits. */
  disabled: boolean;
  /** Runs one action at a time; its failure is kept for {@link IEnquiryPanel.errorIn}. */
  run: RunAction;
  /** The failure of the last action in `area`, if that is where it happened. */
  errorIn: (area: ActionArea) => string | undefined;
}

/**
 * The running action of the enquiry panel: what it is (busy), where its failure belongs (error), and everything
 * the panel's forms need, in one object. What the TPSO typed lives in the forms, so a failure loses nothing.
 */
export function useEnquiryAction(input: IEnquiryPanelInput): IEnquiryPanel {
  const { data, user } = useServices();
  const actor = React.useMemo(() => actorOf(user), [user]);
  const now: Date = useNow(30000);
  const [busy, setBusy] = React.useState<string>('');
  const [error, setError] = React.useState<{ area: ActionArea; message: string } | undefined>(undefined);
  const mounted = useIsMounted();

  const run: RunAction = async (label, area, action) => {
    setBusy(label);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      if (mounted.current) {
        if (isOfficerCopyFailed(err)) {
          // the decision is saved: show it as it is, and say what did not happen
          input.onRefreshed(err.saved);
        }
        setError({ area, message: toUserMessage(err) });
      }
    } finally {
      if (mounted.current) {
        setBusy('');
      }
    }
  };
  const errorIn = (area: ActionArea): string | undefined => (error && error.area === area ? error.message : undefined);
  return { ...input, data, actor, now, busy, disabled: !!busy, run, errorIn };
}
