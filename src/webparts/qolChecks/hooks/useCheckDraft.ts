import * as React from 'react';
import type { IQolCheck } from '../../../data/stores/types';
import type { FourPillar, IQolCheckDraft, NonCriticalErrorKind } from '../../../domain/qol';

/** The record form's fields: the domain's draft plus the optional TPS enquiry number as typed. */
export interface ICheckForm extends IQolCheckDraft {
  enquiryId: string;
}

/** A fresh form (the work type a checker last used stays chosen: a morning's allocation is often one type). */
export function emptyCheckForm(workType: string = ''): ICheckForm {
  return {
    officerKey: '',
    workType,
    activityRef: '',
    pillarsFailed: [],
    nonCriticalErrors: [],
    feedback: '',
    enquiryId: ''
  };
}

/** One change to the form. */
export type CheckFormAction =
  | { type: 'set'; field: 'officerKey' | 'workType' | 'activityRef' | 'feedback' | 'enquiryId'; value: string }
  | { type: 'pillar'; pillar: FourPillar; failed: boolean }
  | { type: 'error'; kind: NonCriticalErrorKind; found: boolean }
  | { type: 'reset' };

function toggle<T>(list: ReadonlyArray<T>, item: T, on: boolean): T[] {
  const rest: T[] = list.filter((x) => x !== item);
  return on ? rest.concat([item]) : rest;
}

/** The form's reducer: pure, so what a save failure keeps is exactly what was typed. */
export function checkFormReducer(state: ICheckForm, action: CheckFormAction): ICheckForm {
  switch (action.type) {
    case 'set':
      return { ...state, [action.field]: action.value };
    case 'pillar':
      return { ...state, pillarsFailed: toggle(state.pillarsFailed, action.pillar, action.failed) };
    case 'error':
      return { ...state, nonCriticalErrors: toggle(state.nonCriticalErrors, action.kind, action.found) };
    case 'reset':
      return emptyCheckForm(state.workType);
    default:
      return state;
  }
}

/** The record form's state; recording an urgent claim starts from its officer, work type and activity. */
export function useCheckDraft(claim?: IQolCheck): [ICheckForm, React.Dispatch<CheckFormAction>] {
  return React.useReducer(checkFormReducer, undefined, () =>
    claim
      ? { ...emptyCheckForm(claim.workType), officerKey: claim.officerKey, activityRef: claim.activityRef }
      : emptyCheckForm()
  );
}
