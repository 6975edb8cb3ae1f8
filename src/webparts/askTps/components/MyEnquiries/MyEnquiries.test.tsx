/** @jest-environment jsdom */
import '../../../../../tests/helpers/jsdomSetup';
import type { EnquiryStatus } from '../../../../domain/enquiryValues';
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ServicesProvider } from '../../../../shared/services';
import type { IAppServices } from '../../../../shared/services';
import type { IEnquiry } from '../../../../data/stores/types';
import type { IPage } from '../../../../data/stores/listStore';
import { ConflictError } from '../../../../data/errors';
import { useMyEnquiries } from '../../hooks/useMyEnquiries';
import { workTypesFromList } from '../../../../domain/workTypes';
import { MyEnquiries } from './MyEnquiries';

const NOW = new Date('2025-06-02T00:10:00Z');
const TYPES = workTypesFromList(undefined);

function item(id: number, status: EnquiryStatus, over: Partial<IEnquiry> = {}): IEnquiry {
  return {
    id,
    etag: '"1"',
    created: new Date('2025-06-02T00:00:00Z'),
    modified: undefined,
    editorName: undefined,
    status,
    requestKey: 'rk' + id,
    workType: 'ABSTUDY',
    reason: 'r',
    question: 'Study load will not save ' + id,
    referencesChecked: [],
    customerOnHold: false,
    centreTimeZone: 'Australia/Sydney',
    requesterKey: 'so1@boutique.local',
    assigneeName: undefined,
    authorName: undefined,
    ...over
  };
}

function page(items: IEnquiry[]): IPage<IEnquiry> {
  return { items, hasMore: false, next: () => Promise.reject(new Error('none')) };
}

function servicesWith(enquiries: Partial<IAppServices['data']['enquiries']>): IAppServices {
  const data: Record<string, unknown> = { enquiries, roster: {}, feedback: {} };
  // Live updates run in the page coordinator's batch: here the reads run as they would in it.
  data.readTogether = (reads: (d: unknown) => Promise<unknown>) => reads(data);
  return {
    user: { login: 'so1@boutique.local', displayName: 'Sam Service', email: 'so1@boutique.local' },
    data
  } as unknown as IAppServices;
}

const Harness: React.FC = () => {
  const model = useMyEnquiries(TYPES);
  return <MyEnquiries model={model} workTypes={TYPES} now={NOW} />;
};

function mount(enquiries: Partial<IAppServices['data']['enquiries']>): void {
  render(
    <ServicesProvider services={servicesWith(enquiries)}>
      <Harness />
    </ServicesProvider>
  );
}

describe('MyEnquiries', () => {
  afterEach(() => jest.useRealTimers());

  it('shows loading, then the enquiries with status, who claimed it, wait and the answer with reference links', async () => {
    const listMine = jest.fn(async () =>
      page([
        item(3, 'Waiting', { customerOnHold: true }),
        item(2, 'Claimed', { assigneeName: 'Tom Peer', claimedAt: new Date('2025-06-02T00:04:00Z') }),
        item(1, 'Resolved', {
          assigneeName: 'Tom Peer',
          assigneeKey: 'tpso1@boutique.local',
          resolvedAt: new Date('2025-06-02T00:09:00Z'),
          resolution: 'Recode the study load from the start date.',
          referencesGiven: '111-05070020, 109-01010000'
        })
      ])
    );
    mount({ listMine });
    expect(screen.getByRole('status', { name: /loading your enquiries/i })).toBeInTheDocument();
    expect(await screen.findByText('Waiting for a TPS officer')).toBeInTheDocument();
    expect(listMine).toHaveBeenCalledWith('so1@boutique.local', 20);
    expect(screen.getByText(/waiting 10 min · customer on hold/)).toBeInTheDocument();
    expect(screen.getByText('Claimed by Tom Peer')).toBeInTheDocument();
    expect(screen.getByText(/waited 4 min before it was claimed/)).toBeInTheDocument();
    expect(screen.getByText('Answered by Tom Peer')).toBeInTheDocument();
    expect(screen.getByText('Recode the study load from the start date.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /operational blueprint 109-01010000/i })).toHaveAttribute(
      'href',
      expect.stringContaining('109-01010000')
    );
    expect(screen.getAllByRole('button', { name: /^Withdraw/ })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: /^Flag answer as incorrect/ })).toHaveLength(1);
  });

  it('says when there are none', async () => {
    mount({ listMine: async () => page([]) });
    expect(await screen.findByText(/haven't posted any enquiries yet/)).toBeInTheDocument();
  });

  it('shows a failed load with a retry that loads again', async () => {
    const listMine = jest
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(page([item(1, 'Waiting')]));
    mount({ listMine });
    expect(await screen.findByText(/couldn't be loaded/)).toBeInTheDocument();
    expect(screen.getByText(/check your connection/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Waiting for a TPS officer')).toBeInTheDocument();
  });

  it('announces a status change from a live update, politely', async () => {
    jest.useFakeTimers();
    const listMine = jest
      .fn()
      .mockResolvedValueOnce(page([item(1, 'Waiting')]))
      .mockResolvedValue(page([item(1, 'Claimed', { assigneeName: 'Tom Peer' })]));
    mount({ listMine });
    await act(async () => {
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(screen.getByText('Waiting for a TPS officer')).toBeInTheDocument();
    await act(async () => {
      jest.advanceTimersByTime(15000);
      await Promise.resolve();
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(listMine).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Claimed by Tom Peer')).toBeInTheDocument();
    const region = screen.getByTestId('my-enquiries-announcer');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('Your ABSTUDY enquiry was claimed by Tom Peer.');
  });

  it('a live update read before a withdraw landed does not undo it or announce it back in the queue', async () => {
    jest.useFakeTimers();
    let answerPoll: (p: IPage<IEnquiry>) => void = () => undefined;
    const listMine = jest
      .fn()
      .mockResolvedValueOnce(page([item(1, 'Waiting')]))
      .mockImplementationOnce(
        () =>
          new Promise<IPage<IEnquiry>>((resolve) => {
            answerPoll = resolve;
          })
      )
      .mockResolvedValue(page([item(1, 'Withdrawn')]));
    const update = jest.fn().mockResolvedValue(item(1, 'Withdrawn'));
    mount({ listMine, updateChecked: update });
    await act(async () => {
      await Promise.resolve();
      await Promise.resolve();
    });
    await act(async () => {
      jest.advanceTimersByTime(15000);
      await Promise.resolve();
    });
    expect(listMine).toHaveBeenCalledTimes(2); // the poll is in flight
    fireEvent.click(screen.getByRole('button', { name: /^Withdraw/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    await act(async () => {
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(screen.getByText('Withdrawn')).toBeInTheDocument();
    await act(async () => {
      answerPoll(page([item(1, 'Waiting')]));
      await Promise.resolve();
      await Promise.resolve();
    });
    expect(screen.getByText('Withdrawn')).toBeInTheDocument();
    expect(screen.getByTestId('my-enquiries-announcer')).toHaveTextContent('');
  });

  it('tells the officer a taken-over enquiry leaves them free for the next call', async () => {
    mount({ listMine: async () => page([item(1, 'TakenOver', { assigneeName: 'Tom Peer' })]) });
    expect(await screen.findByText('Taken over by Tom Peer: you are free to take your next call')).toBeInTheDocument();
  });

  it('withdraws with the ETag, and a conflict says who changed it', async () => {
    const update = jest
      .fn()
      .mockRejectedValueOnce(new ConflictError('enquiry', 'Tom Peer', new Date('2025-06-02T00:05:00')))
      .mockResolvedValueOnce(item(1, 'Withdrawn'));
    mount({ listMine: async () => page([item(1, 'Waiting', { etag: '"7"' })]), updateChecked: update });
    fireEvent.click(await screen.findByRole('button', { name: /^Withdraw/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Not withdrawn\. Someone else changed this enquiry: Tom Peer at 00:05/
    );
    expect(update).toHaveBeenCalledWith(1, { status: 'Withdrawn', clear: ['crn'] }, '"7"', expect.any(Function));
    fireEvent.click(screen.getByRole('button', { name: /^Withdraw/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    expect(await screen.findByText('Withdrawn')).toBeInTheDocument();
  });
});
