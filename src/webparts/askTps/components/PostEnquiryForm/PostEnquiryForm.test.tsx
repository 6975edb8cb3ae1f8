/** @jest-environment jsdom */
import '../../../../../tests/helpers/jsdomSetup';
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { PostEnquiryForm } from './PostEnquiryForm';
import type { IDraftStorageArea, IEnquiryDraft, IPostEnquiryFormProps } from './IPostEnquiryFormProps';
import { draftKeys } from '../../draftStorage';

const NOW = { now: new Date('2025-06-01T00:00:00Z') };
const USER = 'so1@boutique.local';

class MemoryStorage implements IDraftStorageArea {
  public readonly items = new Map<string, string>();
  public getItem(key: string): string | null {
    return this.items.has(key) ? (this.items.get(key) as string) : null;
  }
  public setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  public removeItem(key: string): void {
    this.items.delete(key);
  }
}

function setup(
  overrides: Partial<IPostEnquiryFormProps> = {},
  stores?: { local: MemoryStorage; session: MemoryStorage }
) {
  const local = stores ? stores.local : new MemoryStorage();
  const session = stores ? stores.session : new MemoryStorage();
  if (!stores) {
    local.setItem(draftKeys(USER).lastWorkType, 'ABSTUDY');
    local.setItem(draftKeys(USER).centre, 'Australia/Canberra');
  }
  const onSubmit = overrides.onSubmit || jest.fn((): Promise<void> => Promise.resolve());
  const view = render(
    <PostEnquiryForm
      userKey={USER}
      draftStorage={local}
      crnStorage={session}
      scanOptions={NOW}
      {...overrides}
      onSubmit={onSubmit}
    />
  );
  return { ...view, local, session, onSubmit: onSubmit as jest.Mock };
}

const question = (): HTMLElement => screen.getByRole('textbox', { name: /your question/i });
const crnField = (): HTMLElement => screen.getByRole('textbox', { name: /^CRN/ });
const postButton = (): HTMLElement => screen.getByRole('button', { name: /post enquiry|posting/i });

function fillValid(): void {
  fireEvent.click(screen.getByRole('radio', { name: /system won't allow updates/i }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Operational Blueprint' }));
  fireEvent.change(screen.getByRole('textbox', { name: /operational blueprint numbers/i }), {
    target: { value: '111-05070020' }
  });
  fireEvent.change(question(), { target: { value: 'Rate does not update after the income estimate was coded.' } });
}

describe('PostEnquiryForm', () => {
  it('restores the draft after a remount, with the same requestKey', () => {
    const first = setup();
    fillValid();
    fireEvent.change(crnField(), { target: { value: '123 456 789a' } });
    fireEvent.click(screen.getByRole('switch', { name: /customer on hold/i }));
    const kept = JSON.parse(first.local.getItem(draftKeys(USER).draft) as string);
    expect(kept.crn).toBeUndefined(); // the CRN is kept for the tab only
    expect(first.session.getItem(draftKeys(USER).crn)).toBe('123 456 789a');
    first.unmount();

    setup({}, { local: first.local, session: first.session });
    expect(screen.getByText('Your unsent enquiry was restored.')).toBeInTheDocument();
    expect(question()).toHaveValue('Rate does not update after the income estimate was coded.');
    expect(screen.getByRole('radio', { name: /system won't allow updates/i })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Operational Blueprint' })).toBeChecked();
    expect(screen.getByRole('switch', { name: /customer on hold/i })).toBeChecked();
    expect(crnField()).toHaveValue('123 456 789a');
    expect(screen.getByRole('link', { name: /operational blueprint 111-05070020/i })).toHaveAttribute(
      'href',
      expect.stringContaining('111-05070020')
    );
    const again = JSON.parse(first.local.getItem(draftKeys(USER).draft) as string);
    expect(again.requestKey).toBe(kept.requestKey);
  });

  it('never keeps personal details from the question on the device: redacted there, exact for the tab only', () => {
    const first = setup();
    const typed = 'Customer 204 512 345K born 03/04/1961 cannot be updated';
    fireEvent.change(question(), { target: { value: typed } });
    const onDevice = JSON.parse(first.local.getItem(draftKeys(USER).draft) as string);
    expect(onDevice.question).not.toMatch(/204 512 345K|1961/);
    expect(onDevice.question).toContain('[CRN]');
    expect(first.session.getItem(draftKeys(USER).question)).toBe(typed);
    first.unmount();
    // A reload in the same tab restores it exactly; a new tab (no session) gets the redacted copy.
    const again = setup({}, { local: first.local, session: first.session });
    expect(question()).toHaveValue(typed);
    again.unmount();
    setup({}, { local: first.local, session: new MemoryStorage() });
    expect(question()).toHaveValue(onDevice.question);
    // Once the details are removed, the tab copy is dropped.
    fireEvent.change(question(), { target: { value: 'Rate will not update' } });
    expect(JSON.parse(first.local.getItem(draftKeys(USER).draft) as string).question).toBe('Rate will not update');
  });

  it('moves a CRN from the question into the CRN field in one click', () => {
    setup();
    fireEvent.change(question(), { target: { value: 'Customer 204 512 345K cannot be updated' } });
    expect(postButton()).toBeEnabled();
    fireEvent.click(screen.getByRole('button', { name: /move to crn field/i }));
    expect(crnField()).toHaveValue('204 512 345K');
    expect(question()).toHaveValue('Customer [CRN] cannot be updated');
    expect(question()).toHaveAttribute('aria-invalid', 'false');
  });

  it('posts the normalised draft, then clears it and remembers the work type', async () => {
    const { onSubmit, local, session } = setup();
    fillValid();
    fireEvent.change(crnField(), { target: { value: '123-456-789a' } });
    fireEvent.click(postButton());
    await screen.findByText(/Posted\./);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const sent: IEnquiryDraft = onSubmit.mock.calls[0][0];
    expect(sent).toMatchObject({
      workType: 'ABSTUDY',
      reason: 'System will not allow updates',
      referencesChecked: ['Operational Blueprint'],
      referencesRead: '111-05070020',
      crn: '123456789A',
      customerOnHold: false
    });
    expect(sent.requestKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(local.getItem(draftKeys(USER).draft)).toBeNull();
    expect(session.getItem(draftKeys(USER).crn)).toBeNull();
    expect(local.getItem(draftKeys(USER).lastWorkType)).toBe('ABSTUDY');
    expect(question()).toHaveValue('');
  });

  it('keeps everything when the post fails, shows the message, and retries with the same requestKey', async () => {
    const onSubmit = jest
      .fn()
      .mockRejectedValueOnce(new Error('SharePoint is busy (503). Wait a moment and try again.'))
      .mockResolvedValueOnce(undefined);
    setup({ onSubmit });
    fillValid();
    fireEvent.click(postButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'SharePoint is busy (503). Wait a moment and try again.'
    );
    expect(question()).toHaveValue('Rate does not update after the income estimate was coded.');
    expect(postButton()).toBeEnabled();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByText(/Posted\./);
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1][0].requestKey).toBe(onSubmit.mock.calls[0][0].requestKey);
  });

  it('offers no Try again when SharePoint refused the content (a 400 as the cause), and the banner goes on the next edit', async () => {
    const refused = Object.assign(new Error('SharePoint refused the request (400): The field value is too long.'), {
      cause: { isHttpRequestError: true, status: 400, message: 'Error making HttpClient request in queryable [400]' }
    });
    const onSubmit = jest.fn().mockRejectedValueOnce(refused);
    setup({ onSubmit });
    fillValid();
    fireEvent.click(postButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Change what the message says, then post again.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(question()).toHaveValue('Rate does not update after the income estimate was coded.');
    fireEvent.change(question(), {
      target: { value: 'Rate does not update after the income estimate was coded again.' }
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a question over the limit before posting, saying the limit and keeping the text', () => {
    const { onSubmit } = setup();
    fillValid();
    const long: string = 'Rate does not update after the income estimate was coded. '.repeat(70);
    fireEvent.change(question(), { target: { value: long } });
    fireEvent.click(postButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(
      screen.getByText(
        'Your question is ' +
          long.trim().length +
          ' characters long; the limit is 4000. Shorten it to the facts TPS needs.'
      )
    ).toBeInTheDocument();
    expect(question()).toHaveValue(long);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('posts once on a double click', async () => {
    let release: () => void = () => undefined;
    const onSubmit = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        })
    );
    setup({ onSubmit });
    fillValid();
    const button = postButton();
    fireEvent.click(button);
    fireEvent.click(button);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(postButton()).toBeDisabled();
    await act(async () => {
      release();
    });
    await waitFor(() => expect(screen.getByText(/Posted\./)).toBeInTheDocument());
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('makes "Nothing checked" exclusive with the other references', () => {
    setup();
    const ob = screen.getByRole('checkbox', { name: 'Operational Blueprint' });
    const nnu = screen.getByRole('checkbox', { name: 'Network News Update (NNU)' });
    const nothing = screen.getByRole('checkbox', { name: 'Nothing checked' });
    fireEvent.click(ob);
    fireEvent.click(nnu);
    expect(ob).toBeChecked();
    fireEvent.click(nothing);
    expect(nothing).toBeChecked();
    expect(ob).not.toBeChecked();
    expect(nnu).not.toBeChecked();
    fireEvent.click(ob);
    expect(ob).toBeChecked();
    expect(nothing).not.toBeChecked();
  });

  it('does not post with a blocked question or missing answers, and says what to fix', () => {
    const { onSubmit } = setup();
    fireEvent.change(question(), { target: { value: 'DOB 12/03/1985, rate wrong' } });
    fireEvent.click(postButton());
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Fix 3 things above before posting.')).toBeInTheDocument();
    expect(screen.getByText('Choose the reason for contact.')).toBeInTheDocument();
    expect(screen.getByText('Tick what you checked, or Nothing checked.')).toBeInTheDocument();
  });

  it('flags references that are not Operational Blueprint numbers and a malformed CRN', async () => {
    setup();
    const refs = screen.getByRole('textbox', { name: /operational blueprint numbers/i });
    fireEvent.change(refs, { target: { value: '111-05070020, abc' } });
    fireEvent.focusOut(refs);
    expect(await screen.findByText(/These aren't Operational Blueprint numbers: abc\./)).toBeInTheDocument();
    fireEvent.change(crnField(), { target: { value: '12345678' } });
    fireEvent.focusOut(crnField());
    expect(await screen.findByText(/A CRN is nine digits and a letter/)).toBeInTheDocument();
  });

  it('does not post when Enter is pressed in a single-line field', () => {
    const { onSubmit } = setup();
    fillValid();
    fireEvent.keyDown(crnField(), { key: 'Enter', code: 'Enter' });
    expect(onSubmit).not.toHaveBeenCalled();
    expect(question()).toHaveValue('Rate does not update after the income estimate was coded.');
  });

  it("asks for the officer's Smart Centre once, remembers it on the device, and posts it", async () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    local.setItem(draftKeys(USER).lastWorkType, 'ABSTUDY');
    const first = setup({}, { local, session });
    fillValid();
    fireEvent.click(postButton());
    expect(first.onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Choose your Smart Centre: close of business is counted in its time.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('combobox', { name: /your smart centre/i }));
    fireEvent.click(screen.getByRole('option', { name: 'Canberra (ACT)' }));
    expect(local.getItem(draftKeys(USER).centre)).toBe('Australia/Canberra');
    fireEvent.click(postButton());
    await waitFor(() => expect(first.onSubmit).toHaveBeenCalledTimes(1));
    expect(first.onSubmit.mock.calls[0][0]).toMatchObject({ centreTimeZone: 'Australia/Canberra' });
    first.unmount();

    setup({}, { local, session });
    expect(screen.getByText('Your Smart Centre: Canberra (ACT)')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /your smart centre/i })).toBeNull();
  });

  it('a stop payment request shows the DOC to record first and posts only once it is ticked', async () => {
    const view = setup({ now: new Date('2025-06-02T00:00:00Z') });
    fillValid();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Stop payment request (incorrect arrears)' }));
    expect(screen.getByTestId('stop-payment-guidance')).toHaveTextContent(/Stop Payment Request DOC/);
    // Monday 2 June 2025, 10:00 in Canberra, is Reconciliation Day (an ACT holiday): close of business is Tuesday's.
    expect(screen.getByTestId('stop-payment-due')).toHaveTextContent(/Tue 3 Jun\w* 5:00 pm \(Canberra\)/);
    fireEvent.click(postButton());
    expect(view.onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('checkbox', { name: /I have recorded the Stop Payment Request DOC/ }));
    fireEvent.click(postButton());
    await waitFor(() => expect(view.onSubmit).toHaveBeenCalledTimes(1));
    expect(view.onSubmit.mock.calls[0][0]).toMatchObject({ stopPayment: true, stopPaymentDocRecorded: true });
  });
});
