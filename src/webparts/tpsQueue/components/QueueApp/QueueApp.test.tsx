/** @jest-environment jsdom */
import '../../../../../tests/helpers/jsdomSetup';
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ServicesProvider } from '../../../../shared/services';
import type { IAppServices } from '../../../../shared/services';
import type { IEnquiry } from '../../../../data/stores/types';
import type { IPage } from '../../../../data/stores/listStore';
import type { WorkType } from '../../../../domain/workTypes';
import { ConflictError } from '../../../../data/errors';
import { QueueApp } from './QueueApp';
import { POLL_MS } from '../../hooks/useQueueData';
import { mailOutcomeOf } from '../../../../data/mail';

const TOM = 'tpso1@boutique.local';
const LIST: WorkType[] = [
  { key: 'AIC', title: 'Isolated Children (list title)', active: true, guidelineMinutes: 15 },
  { key: 'PES', title: 'Pensioner Education (retired)', active: false, guidelineMinutes: 10 },
  { key: 'NEWTYPE', title: 'A type only the list knows', active: true, guidelineMinutes: 5 }
];

function item(id: number, over: Partial<IEnquiry> = {}): IEnquiry {
  return {
    id,
    etag: '"1"',
    created: new Date(Date.now() - 60000),
    modified: undefined,
    editorName: undefined,
    status: 'Waiting',
    requestKey: 'rk' + id,
    workType: 'AIC',
    reason: 'System will not allow updates',
    question: 'Rate will not update ' + id,
    referencesChecked: ['NNU'],
    customerOnHold: false,
    centreTimeZone: 'Australia/Sydney',
    requesterKey: 'so1@boutique.local',
    assigneeName: undefined,
    authorName: 'Sam Service',
    ...over
  } as IEnquiry;
}

function page(items: IEnquiry[]): IPage<IEnquiry> {
  return { items, hasMore: false, next: () => Promise.reject(new Error('none')) };
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let settle: (v: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, resolve: settle };
}

/** Fake data services: each read a jest mock; readTogether runs the reads as the batch would. */
function fakeServices() {
  const enquiries = {
    listAllWaiting: jest.fn(async () => page([item(7)])),
    listByIds: jest.fn(async (ids: number[]) => ids.map((id) => item(id))),
    listWaitingSince: jest.fn(async (): Promise<unknown[]> => []),
    resolveUserId: jest.fn(async () => 12),
    patchOnce: jest.fn(async () => '"2"'),
    getById: jest.fn(async (id: number) => item(id))
  };
  const handling = {
    listOpen: jest.fn(async () => ({ items: [], hasMore: false, next: () => Promise.reject(new Error('none')) })),
    listHeldSince: jest.fn(async (): Promise<unknown[]> => []),
    listHeldBy: jest.fn(async () => page([])),
    listResolvedOn: jest.fn(async () => page([])),
    forEnquiry: jest.fn(async () => undefined),
    claim: jest.fn(async (t: { enquiryId: number }, key: string) => ({
      id: 70,
      etag: '"h2"',
      enquiryId: t.enquiryId,
      workType: 'AIC',
      status: 'Claimed',
      assigneeKey: key,
      assigneeName: 'Tom Peer',
      claimedAt: new Date()
    })),
    update: jest.fn(async (read: Record<string, unknown>, patch: Record<string, unknown>) => ({
      ...read,
      etag: '"h3"',
      ...patch
    }))
  };
  const roster = {
    forPerson: jest.fn(async () => [{ id: 1, title: 'Tom Peer', personKey: TOM, workTypes: ['AIC'], onDuty: true }])
  };
  const workTypes = { list: jest.fn(async () => LIST) };
  const sendEnquirySummary = jest.fn(async (_mail: unknown): Promise<void> => undefined);
  // As the real mailer does: the outcome of the same send, never a rejection.
  const mailer = {
    sendEnquirySummary,
    trySendEnquirySummary: jest.fn((mail: unknown) =>
      sendEnquirySummary(mail).then(
        () => ({ kind: 'sent' }),
        (err: unknown) => mailOutcomeOf(err)
      )
    )
  };
  // The change logs (the real ChangeFeed is tested against the local SharePoint): nothing changed unless told.
  const nothing = (token: string) => ({ reset: false, changed: [] as number[], deleted: [] as number[], token });
  const feeds: Record<string, { currentToken: jest.Mock; since: jest.Mock }> = {};
  const changesOf = jest.fn((title: string) => {
    feeds[title] = feeds[title] || {
      currentToken: jest.fn(async () => 't0'),
      since: jest.fn(async (token: string) => nothing(token))
    };
    return feeds[title];
  });
  const data: Record<string, unknown> = {
    enquiries,
    handling,
    roster,
    workTypes,
    mailer,
    currentUserKey: TOM,
    changesOf
  };
  data.readTogether = jest.fn((reads: (d: unknown) => Promise<unknown>) => reads(data));
  const services = { user: { login: TOM, displayName: 'Tom Peer', email: TOM }, data } as unknown as IAppServices;
  return {
    services,
    enquiries,
    handling,
    roster,
    workTypes,
    mailer,
    feeds,
    readTogether: data.readTogether as jest.Mock
  };
}

async function flush(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
  });
}

function mount(services: IAppServices): void {
  render(
    <ServicesProvider services={services}>
      <QueueApp />
    </ServicesProvider>
  );
}

describe('QueueApp', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => jest.useRealTimers());

  it("first render: queue, roster and work types in one batch; the picker offers the list's active types with its titles", async () => {
    const f = fakeServices();
    mount(f.services);
    const open = await screen.findByRole('button', { name: 'Open #7, Isolated Children (list title)' });
    expect(open).toBeInTheDocument();
    expect(f.readTogether).toHaveBeenCalledTimes(1);
    expect(f.enquiries.listAllWaiting).toHaveBeenCalledTimes(1);
    expect(f.roster.forPerson).toHaveBeenCalledTimes(1);
    expect(f.workTypes.list).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('combobox', { name: /^Work types/ }));
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(screen.getByRole('option', { name: 'A type only the list knows' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Isolated Children (list title) (my specialty)' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /retired/ })).toBeNull();
  });

  it('every poll is one batch: the change logs and what became of the items they name; a failing roster read rides in it', async () => {
    jest.useFakeTimers();
    const f = fakeServices();
    f.roster.forPerson.mockRejectedValue(new TypeError('Failed to fetch'));
    // Specialties remembered on this device from an earlier visit.
    window.localStorage.setItem('boutique-tps.queue.' + TOM, JSON.stringify({ specialties: ['AIC'] }));
    mount(f.services);
    await flush();
    expect(f.readTogether).toHaveBeenCalledTimes(1);
    // Enquiry 8 arrived: the log names it, and the recently modified waiting items in the same batch hold it.
    f.feeds.Enquiries.since.mockResolvedValueOnce({ reset: false, changed: [8], deleted: [], token: 't1' });
    f.enquiries.listWaitingSince.mockResolvedValueOnce([item(8)]);
    await act(async () => {
      jest.advanceTimersByTime(POLL_MS);
    });
    await flush();
    await flush();
    expect(f.enquiries.listAllWaiting).toHaveBeenCalledTimes(1);
    expect(f.enquiries.listWaitingSince).toHaveBeenCalledTimes(1);
    expect(f.enquiries.listByIds).not.toHaveBeenCalled();
    expect(f.roster.forPerson).toHaveBeenCalledTimes(2);
    expect(f.workTypes.list).toHaveBeenCalledTimes(1); // read on first render: not again
    expect(f.readTogether).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: /^Open #7,/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Open #8,/ })).toBeInTheDocument();
    expect(screen.getByText(/could not be read from the TPS Roster/)).toBeInTheDocument();
    // The next look starts from the token the log gave.
    f.roster.forPerson.mockResolvedValue([]);
    await act(async () => {
      jest.advanceTimersByTime(POLL_MS);
    });
    await flush();
    expect(f.feeds.Enquiries.since).toHaveBeenLastCalledWith('t1');

    // Once the roster is read, a tick with nothing changed is one batch too.
    await act(async () => {
      jest.advanceTimersByTime(POLL_MS);
    });
    await flush();
    expect(f.readTogether).toHaveBeenCalledTimes(4);
    expect(f.enquiries.listAllWaiting).toHaveBeenCalledTimes(1);
    expect(f.enquiries.listByIds).not.toHaveBeenCalled();
  });

  it("Claim waits for the claimant's person id, then claims with it in one MERGE", async () => {
    const f = fakeServices();
    const id = deferred<number>();
    f.enquiries.resolveUserId.mockReturnValueOnce(id.promise);
    mount(f.services);
    fireEvent.click(await screen.findByRole('button', { name: /^Open #7,/ }));
    // The detail panel loads in its own chunk (React.lazy): wait for it.
    const claimButton = await screen.findByRole('button', { name: 'Claim' });
    expect(claimButton).toBeDisabled();
    expect(screen.getByText('Getting ready to claim…')).toBeInTheDocument();
    await act(async () => {
      id.resolve(12);
    });
    expect(claimButton).toBeEnabled();
    fireEvent.click(claimButton);
    await screen.findByText('You claimed enquiry #7.');
    expect(f.enquiries.patchOnce).toHaveBeenCalledTimes(1);
    expect(f.enquiries.patchOnce).toHaveBeenCalledWith(7, expect.objectContaining({ status: 'Claimed' }), '"1"', 12);
  });

  it('a 412 after the mail names who changed it; closing, reopening and finalising again sends no second mail', async () => {
    const f = fakeServices();
    const held = (etag: string): Record<string, unknown> => ({
      id: 70,
      etag,
      enquiryId: 7,
      workType: 'AIC',
      status: 'Claimed',
      assigneeKey: TOM,
      assigneeName: 'Tom Peer',
      claimedAt: new Date()
    });
    mount(f.services);
    fireEvent.click(await screen.findByRole('button', { name: /^Open #7,/ }));
    await flush();
    fireEvent.click(await screen.findByRole('button', { name: 'Claim' }));
    await screen.findByText('You claimed enquiry #7.');

    const fill = (): void => {
      fireEvent.change(screen.getByRole('textbox', { name: /^Reference 1/ }), { target: { value: '111-05070020' } });
      fireEvent.change(screen.getByRole('textbox', { name: /Comments/ }), {
        target: { value: 'Recode the income, then reassess.' }
      });
    };
    fill();
    f.handling.update.mockRejectedValueOnce(new ConflictError('enquiry', 'Fiona Peer', new Date()));
    f.handling.forEnquiry.mockResolvedValue(held('"h3"') as never);
    fireEvent.click(screen.getByRole('button', { name: 'Finalise and notify SO' }));
    const alert = await screen.findByText(/Fiona Peer changed enquiry #7/);
    expect(alert.textContent).toMatch(/summary mail went to Sam Service/);
    expect(alert.textContent).toMatch(/No second mail/);
    expect(screen.getByRole('textbox', { name: /Comments/ })).toHaveValue('Recode the income, then reassess.');
    expect(f.mailer.sendEnquirySummary).toHaveBeenCalledTimes(1);

    // Close the panel, go to Mine, open it again: a new panel, the same progress.
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    f.handling.listHeldBy.mockResolvedValue(page([held('"h3"')] as never));
    fireEvent.click(screen.getByRole('tab', { name: 'Mine' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Open #7,/ }));
    expect(await screen.findByText(/already went to Sam Service/)).toBeInTheDocument();
    fill();
    fireEvent.click(screen.getByRole('button', { name: 'Finalise and notify SO' }));
    await screen.findByText(/Enquiry #7 is finalised/);
    expect(f.mailer.sendEnquirySummary).toHaveBeenCalledTimes(1);
    expect(f.handling.update).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 70, etag: '"h3"' }),
      expect.objectContaining({ status: 'Resolved' }),
      undefined
    );
    expect(f.enquiries.patchOnce).toHaveBeenLastCalledWith(
      7,
      expect.objectContaining({ status: 'Resolved' }),
      '*',
      undefined
    );
  });

  it('escalate: checks the ICT incident shape, asks about entitlement and the EPED for a system issue sent to ICT, sends nothing invalid', async () => {
    const f = fakeServices();
    const create = jest.fn();
    (f.services.data as unknown as Record<string, unknown>).escalations = { create };
    f.enquiries.listAllWaiting.mockResolvedValue(page([]));
    const held = {
      id: 70,
      etag: '"h1"',
      enquiryId: 7,
      workType: 'AIC',
      status: 'Claimed',
      assigneeKey: TOM,
      assigneeName: 'Tom Peer',
      claimedAt: new Date()
    };
    f.handling.listHeldBy.mockResolvedValue(page([held] as never));
    f.handling.forEnquiry.mockResolvedValue(held as never);
    mount(f.services);
    await flush();
    fireEvent.click(screen.getByRole('tab', { name: 'Mine' }));
    fireEvent.click(await screen.findByRole('button', { name: /^Open #7,/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Escalate to SSO…' }));
    fireEvent.click(screen.getByRole('combobox', { name: /Escalation category/ }));
    fireEvent.click(screen.getByRole('option', { name: 'System issue' }));
    expect(screen.queryByRole('checkbox', { name: /Affects the customer's entitlement/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /Referred to ICT/ }));
    const ict = screen.getByRole('textbox', { name: /ICT incident number/ });
    fireEvent.change(ict, { target: { value: '12345' } });
    fireEvent.blur(ict);
    expect(await screen.findByText(/INC followed by 7 to 12 digits/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: /Affects the customer's entitlement/ }));
    expect(screen.getByRole('combobox', { name: /Entitlement Period End Date/ })).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: /NNU reference/ }), { target: { value: 'N'.repeat(65) } });
    expect(await screen.findByText('At most 64 characters (65 now).')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Escalate to SSO' }));
    await screen.findByText(/Fix the marked fields/);
    expect(create).not.toHaveBeenCalled();
    expect(f.enquiries.patchOnce).not.toHaveBeenCalled();
    // What was typed stays.
    expect(screen.getByRole('textbox', { name: /ICT incident number/ })).toHaveValue('12345');
    const panel = screen.getByRole('region', { name: /Enquiry #7/ });
    expect(within(panel).getByText(/Give the ICT|INC followed by/)).toBeInTheDocument();
  });
});
