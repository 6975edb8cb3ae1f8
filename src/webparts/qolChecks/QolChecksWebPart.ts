import type * as React from 'react';
import { BoutiqueWebPartBase } from '../../shared/spfx/BoutiqueWebPartBase';
import type { IWebPartRootProps } from '../../shared/components/WebPartShell';

/** QOL Checks: wiring only; the content lives in the QolChecks component, loaded in its own chunk after the page. */
export default class QolChecksWebPart extends BoutiqueWebPartBase {
  protected async loadRootComponent(): Promise<React.ComponentType<IWebPartRootProps>> {
    return (await import(/* webpackChunkName: 'qol-checks' */ './components/QolChecks')).QolChecks;
  }
}
