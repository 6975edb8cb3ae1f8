/** @jest-environment jsdom */
// Each row calls workTypeTitle for its own work type: counting the calls per key counts the renders of each row.
jest.mock('../../../../domain/workTypes', () => {
  const actual = jest.requireActual('../../../../domain/workTypes');
  const counts: { [key: string]: number } = {};
  return {
    ...actual,
    renderCounts: counts,
    workTypeTitle: (list: unknown, key: string) => {
      counts[key] = (counts[key] || 0) + 1;
      return actual.workTypeTitle(list, key);
    }
  };
});
import '../../../../../tests/helpers/jsdomSetup';
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import type { IEnquiry } from '../../../../data/stores/types';
import { QueueList } from './QueueList';
import * as workTypesModule from '../../../../domain/workTypes';

const titles: { [key: string]: number } = (workTypesModule as unknown as { renderCounts: { [key: string]: number } })
  .renderCounts;

function enquiry(id: number, etag: string = '"1"'): IEnquiry {
  return {
    id,
    etag,
    created: new Date(Date.now() - 60000),
    status: 'Waiting',
    requestKey: 'rk' + id,
    workType: 'W' + id,
    reason: 'System will not allow updates',
    question: '',
    referencesChecked: [],
    customerOnHold: false,
    centreTimeZone: 'Australia/Sydney',
    requesterKey: 'so1@boutique.local',
    authorName: 'Sam Service'
  } as unknown as IEnquiry;
}

function renders(): { [key: string]: number } {
  const out: { [key: string]: number } = { ...titles };
  for (const k of Object.keys(titles)) delete titles[k];
  return out;
}

it('a live update renders the new and the changed rows only: unchanged rows (same id and ETag) do not render again', () => {
  const items: IEnquiry[] = [1, 2, 3, 4, 5].map((id) => enquiry(id));
  const workTypes: never[] = [];
  const props = { view: 'waiting' as const, selectedId: undefined, hasMore: false, workTypes };
  const { rerender } = render(<QueueList {...props} items={items} onOpen={() => undefined} />);
  expect(screen.getByRole('button', { name: /^Open #5/ })).toBeInTheDocument();
  expect(Object.keys(renders()).sort()).toEqual(['W1', 'W2', 'W3', 'W4', 'W5']);

  // The poll brings enquiry 6 and a new ETag of enquiry 3; the others are the same objects read before, as the
  // waiting feed keeps them (a new parent onOpen each render changes nothing).
  const next: IEnquiry[] = [items[0], items[1], enquiry(3, '"2"'), items[3], items[4], enquiry(6)];
  rerender(<QueueList {...props} items={next} onOpen={() => undefined} />);
  expect(screen.getByRole('button', { name: /^Open #6/ })).toBeInTheDocument();
  expect(Object.keys(renders()).sort()).toEqual(['W3', 'W6']);
});
