/** @jest-environment jsdom */
import '../../../../tests/helpers/jsdomSetup';
import * as React from 'react';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import '@testing-library/jest-dom';
import { ServicesProvider } from '../../services';
import type { IAppServices, ISchemaStatus, ISetupProgress, ISiteSetup } from '../../services';
import { SiteGate } from './SiteGate';

// The gate's contract with its host is ISiteSetup (our interface, not PnPjs); the HTTP side of it is tested
// against the local SharePoint in tests/data and in the browser tests.
function servicesWith(setup: ISiteSetup, canManage: boolean): IAppServices {
  return { setup, canManageSite: () => Promise.resolve(canManage) } as unknown as IAppServices;
}

const missing: ISchemaStatus = { state: 'missing', siteVersion: 0, requiredVersion: 1 };
const ready: ISchemaStatus = { state: 'ready', siteVersion: 1, requiredVersion: 1 };

function renderGate(setup: ISiteSetup, canManage: boolean, minimumSchemaVersion?: number): void {
  render(
    <ServicesProvider services={servicesWith(setup, canManage)}>
      <SiteGate minimumSchemaVersion={minimumSchemaVersion}>
        <p>Web part content</p>
      </SiteGate>
    </ServicesProvider>
  );
}

const v2of3: ISchemaStatus = { state: 'outdated', siteVersion: 2, requiredVersion: 3 };

describe('SiteGate', () => {
  it('shows the content at once on a site that is set up', async () => {
    renderGate({ readSchemaVersion: async () => ready, ensureSite: jest.fn(), readSiteOwners: jest.fn() }, false);
    expect(await screen.findByText('Web part content')).toBeInTheDocument();
  });

  it('names the site owners to someone who cannot set the site up, with no button', async () => {
    const readSiteOwners = jest.fn(async () => [{ title: 'Olivia Owner', email: 'owner@boutique.local' }]);
    renderGate({ readSchemaVersion: async () => missing, ensureSite: jest.fn(), readSiteOwners }, false);
    expect(await screen.findByRole('link', { name: 'Olivia Owner' })).toHaveAttribute(
      'href',
      'mailto:owner@boutique.local'
    );
    expect(screen.queryByRole('button', { name: 'Set up this site' })).toBeNull();
  });

  it('lets an owner set up an older site, shows progress, then the content', async () => {
    let state: ISchemaStatus = { state: 'outdated', siteVersion: 1, requiredVersion: 2 };
    let report: (p: ISetupProgress) => void = () => undefined;
    let finish: () => void = () => undefined;
    const ensureSite = jest.fn(
      (onProgress: (p: ISetupProgress) => void) =>
        new Promise<void>((resolve) => {
          report = onProgress;
          finish = () => {
            state = ready;
            resolve();
          };
        })
    );
    renderGate({ readSchemaVersion: async () => state, ensureSite, readSiteOwners: jest.fn() }, true);
    expect(await screen.findByText(/needs a Boutique TPS update \(version 1 → 2\)/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Set up this site' }));
    report({ label: 'Creating list Enquiries', done: 3, total: 10 });
    expect(await screen.findByText('Creating list Enquiries')).toBeInTheDocument();
    finish();
    expect(await screen.findByText('Web part content')).toBeInTheDocument();
  });

  it('says which step failed and offers to try again when set-up fails', async () => {
    const ensureSite = jest.fn(async (onProgress: (p: ISetupProgress) => void) => {
      onProgress({ label: 'Adding field Enquiries.RequestKey', done: 4, total: 10 });
      throw new Error('The list is locked.');
    });
    renderGate({ readSchemaVersion: async () => missing, ensureSite, readSiteOwners: jest.fn() }, true);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up this site' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Setup stopped while: Adding field Enquiries.RequestKey.');
    expect(alert).toHaveTextContent('you can try again');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled());
  });

  it('reports a failed check in plain words with a retry', async () => {
    const readSchemaVersion = jest.fn().mockRejectedValueOnce(new Error('Network down')).mockResolvedValueOnce(ready);
    renderGate({ readSchemaVersion, ensureSite: jest.fn(), readSiteOwners: jest.fn() }, false);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Web part content')).toBeInTheDocument();
  });

  it("keeps people working on an older site at or above the web part's minimum, with no offer for non-owners", async () => {
    const ensureSite = jest.fn();
    renderGate({ readSchemaVersion: async () => v2of3, ensureSite, readSiteOwners: jest.fn() }, false, 2);
    expect(await screen.findByText('Web part content')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update this site' })).toBeNull();
    expect(ensureSite).not.toHaveBeenCalled();
  });

  it("still asks for set-up when the site is below the web part's minimum", async () => {
    const readSiteOwners = jest.fn(async () => [{ title: 'Olivia Owner', email: 'owner@boutique.local' }]);
    renderGate({ readSchemaVersion: async () => v2of3, ensureSite: jest.fn(), readSiteOwners }, false, 3);
    expect(await screen.findByRole('link', { name: 'Olivia Owner' })).toBeInTheDocument();
    expect(screen.queryByText('Web part content')).toBeNull();
  });

  it('offers owners the update above the content; a failed step says which, why, and that people keep working', async () => {
    const ensureSite = jest.fn(async (onProgress: (p: ISetupProgress) => void) => {
      onProgress({ label: 'Removing your own direct access to Enquiries', done: 40, total: 60 });
      throw new Error('The list is locked.');
    });
    renderGate({ readSchemaVersion: async () => v2of3, ensureSite, readSiteOwners: jest.fn() }, true, 2);
    expect(await screen.findByText('Web part content')).toBeInTheDocument();
    // MessageBar shows its text a moment later (Fluent's DelayedRender): wait for it rather than race it.
    expect(
      await screen.findByText(/update for Boutique TPS on this site is ready \(version 2 → 3\)/, undefined, {
        timeout: 5000
      })
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Update this site' }));
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('The update stopped at: Removing your own direct access to Enquiries.');
    expect(alert).toHaveTextContent('The list is locked.');
    expect(alert).toHaveTextContent('People can keep working');
    expect(screen.getByText('Web part content')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });

  it('names a step set-up went past (an index refused on a big list) and says people can keep working', async () => {
    let state: ISchemaStatus = missing;
    const reason =
      'Enquiries holds more than 5,000 items, and SharePoint Online does not add an index to a list that large.';
    const ensureSite = jest.fn(async () => {
      state = ready;
      return [{ step: 'Indexing field Enquiries.ResolvedDayKey', reason }];
    });
    renderGate({ readSchemaVersion: async () => state, ensureSite, readSiteOwners: jest.fn() }, true);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up this site' }));
    expect(await screen.findByText('Web part content')).toBeInTheDocument();
    // MessageBar announces its text a moment later (Fluent's DelayedRender)
    expect(await screen.findByText(/did not make these steps\. People can keep working/)).toBeInTheDocument();
    expect(screen.getByText('Indexing field Enquiries.ResolvedDayKey: ' + reason)).toBeInTheDocument();
  });

  it('tells someone the lists are closed to (no Boutique TPS group) which owners to ask', async () => {
    const readSiteOwners = jest.fn(async () => [{ title: 'Olivia Owner', email: 'owner@boutique.local' }]);
    renderGate({ readSchemaVersion: async () => missing, ensureSite: jest.fn(), readSiteOwners }, false);
    expect(
      await screen.findByText(
        /isn't available to you on this site\. Ask a site owner to set it up, or to add you to a Boutique TPS group/
      )
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Olivia Owner' })).toBeInTheDocument();
  });
});
