import * as React from 'react';
import type { IQolPerson } from '../../../data/stores/QolCheckStore';
import type { IQolCheck } from '../../../data/stores/types';
import { newRequestKey } from '../../../data/requestKey';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { useSaveAction } from '../../../shared/hooks/useSaveAction';
import type { ISaveAction } from '../../../shared/hooks/useSaveAction';
import { useServices } from '../../../shared/services';
import { completeUrgent, recordCheck } from '../actions';
import type { IRecordedCheck } from '../actions';
import type { ICheckForm } from './useCheckDraft';

/** What {@link useRecordCheck} gives the record form. */
export interface IRecordCheck {
  /** The site's people to pick the officer from ([] until read or when the read failed). */
  people: IQolPerson[];
  /** The people could not be read (the form says so; the officer can still be typed as a login). */
  peopleError: string;
  save: ISaveAction;
  /** Saves the form; resolves with the check when it landed. */
  submit(form: ICheckForm): Promise<IRecordedCheck | undefined>;
}

/** The enquiry number as typed, or undefined when empty or not a whole number. */
export function enquiryIdOf(text: string): number | undefined {
  const digits: string = text.trim().replace(/^#/, '');
  return /^\d{1,9}$/.test(digits) && Number(digits) > 0 ? Number(digits) : undefined;
}

/**
 * Recording checks: the site's people (one request when the form opens, not on first render) and the save. The
 * request key is made once per form and kept until the save lands, so a retried save after a failure (or a 504
 * after SharePoint committed it) lands once. With a `claim` (an urgent check this checker holds) the officer and
 * work type are the request's, no people are read, and the save records onto the claim with its ETag.
 */
export function useRecordCheck(claim?: IQolCheck): IRecordCheck {
  const { data } = useServices();
  const [people, setPeople] = React.useState<IQolPerson[]>([]);
  const [peopleError, setPeopleError] = React.useState<string>('');
  const requestKey = React.useRef<string>(newRequestKey('qol'));
  const save = useSaveAction();
  const mounted = useIsMounted();

  React.useEffect(() => {
    if (claim) {
      return;
    }
    data.qolChecks.listPeople().then(
      (rows) => {
        if (mounted.current) {
          setPeople(rows);
        }
      },
      (err: Error) => {
        if (mounted.current) {
          setPeopleError(err.message || String(err));
        }
      }
    );
  }, [data, mounted, claim]);

  const submit = React.useCallback(
    async (form: ICheckForm): Promise<IRecordedCheck | undefined> => {
      let recorded: IRecordedCheck | undefined;
      const ok: boolean = await save.run(async () => {
        recorded = claim
          ? await completeUrgent(data, claim, form, new Date())
          : await recordCheck(data, form, requestKey.current, new Date(), enquiryIdOf(form.enquiryId));
      });
      if (ok) {
        requestKey.current = newRequestKey('qol');
      }
      return ok ? recorded : undefined;
    },
    [data, save, claim]
  );

  return { people, peopleError, save, submit };
}
