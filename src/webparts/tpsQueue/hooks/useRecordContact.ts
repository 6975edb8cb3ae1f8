import * as React from 'react';
import * as strings from 'TpsQueueWebPartStrings';
import { useServices } from '../../../shared/services';
import { useIsMounted } from '../../../shared/hooks/useIsMounted';
import { format } from '../../../shared/text/format';
import { toUserMessage } from '../../../shared/text/errorText';
import { newRequestKey } from '../../../data/requestKey';
import type { IEnquiry } from '../../../data/stores/types';
import { formatCrn, isValidCrn } from '../../../domain/crn';
import type { ContactSource } from '../../../domain/tpsOutcomes';
import { recordContact } from '../actions';
import type { IRecordContactInput } from '../actions';
import { actorOf } from '../model';

/** What the TPSO types to record a contact that did not start in Ask TPS (the action's input, source not yet chosen). */
export type IRecordContactFields = Omit<IRecordContactInput, 'requestKey' | 'contactSource' | 'crn' | 'stopPayment'> & {
  contactSource: ContactSource | '';
  stopPayment: boolean;
  /** The CRN as typed ('' for none). */
  crn: string;
};

/** What {@link useRecordContact} returns. */
export interface IRecordContact {
  fields: IRecordContactFields;
  set: <K extends keyof IRecordContactFields>(field: K, value: IRecordContactFields[K]) => void;
  /** What is running ('' when nothing is). */
  busy: string;
  /** The last failure, in words. */
  error: string;
  /** Records the contact and claims it; what was typed stays on failure, and a retry lands once. */
  submit: () => Promise<void>;
  /** Puts a CRN the privacy guard found in the question into the CRN field (tidied to `123 456 789A`). */
  moveCrn: (crn: string) => void;
  /** Why the CRN field is wrong once left ('' when it is fine or empty). */
  crnError: string;
  /** The TPSO left the CRN field: tidy it and show its error from now on. */
  leaveCrn: () => void;
}

const EMPTY: IRecordContactFields = {
  contactSource: '',
  officerKey: '',
  workType: '',
  reason: '',
  question: '',
  referencesChecked: [],
  customerOnHold: false,
  // Asked, never assumed: close of business is counted in the officer's centre (BRIEF), not Sydney's by default.
  centreTimeZone: '',
  stopPayment: false,
  crn: ''
};

/** The "record a contact" form: its fields, its one write, and the request key that makes a retry land once. */
export function useRecordContact(onRecorded: (e: IEnquiry, message: string) => void): IRecordContact {
  const { data, user } = useServices();
  const mounted = useIsMounted();
  const [fields, setFields] = React.useState<IRecordContactFields>(EMPTY);
  const [state, setState] = React.useState<{ busy: string; error: string }>({ busy: '', error: '' });
  const requestKey = React.useRef<string>(newRequestKey('contact'));
  const [crnLeft, setCrnLeft] = React.useState<boolean>(false);
  const set = <K extends keyof IRecordContactFields>(field: K, value: IRecordContactFields[K]): void => {
    setFields((current) => {
      const next: IRecordContactFields = { ...current, [field]: value };
      // A customer call the TPSO took is their own contact (seed 002 item 8): they are the officer.
      if (field === 'contactSource' && value === 'CustomerCall') {
        next.officerKey = user.login.toLowerCase();
      }
      return next;
    });
  };

  const submit = async (): Promise<void> => {
    setState({ busy: strings.RecordingContact, error: '' });
    try {
      if (!fields.contactSource) {
        throw new Error(strings.RefusedContactSource);
      }
      const recorded: Promise<IEnquiry> = recordContact(data, actorOf(user), {
        ...fields,
        contactSource: fields.contactSource,
        requestKey: requestKey.current
      });
      // A new key only once this one landed: a retry after a failure must land the same contact once.
      const e: IEnquiry = await recorded.then((r) => {
        requestKey.current = newRequestKey('contact');
        return r;
      });
      if (mounted.current) {
        setFields(EMPTY);
        setCrnLeft(false);
        setState({ busy: '', error: '' });
      }
      onRecorded(e, format(strings.ContactRecorded, e.id));
    } catch (err) {
      if (mounted.current) {
        setState({ busy: '', error: toUserMessage(err) });
      }
    }
  };
  const crnWrong: boolean = !!fields.crn.trim() && !isValidCrn(fields.crn);
  const moveCrn = (crn: string): void => {
    set('crn', formatCrn(crn));
    setCrnLeft(true);
  };
  const leaveCrn = (): void => {
    setCrnLeft(true);
    if (isValidCrn(fields.crn)) {
      set('crn', formatCrn(fields.crn));
    }
  };
  return {
    fields,
    set,
    busy: state.busy,
    error: state.error,
    submit,
    moveCrn,
    crnError: crnLeft && crnWrong ? strings.RefusedContactCrn : '',
    leaveCrn
  };
}
