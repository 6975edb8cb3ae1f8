import type * as React from 'react';
import { BoutiqueWebPartBase } from '../../shared/spfx/BoutiqueWebPartBase';
import type { IWebPartRootProps } from '../../shared/components/WebPartShell';

/** TPS Escalations: wiring only; the content lives in the Escalations component, loaded in its own chunk after the page. */
export default class EscalationsWebPart extends BoutiqueWebPartBase {
  protected async loadRootComponent(): Promise<React.ComponentType<IWebPartRootProps>> {
    return (await import(/* webpackChunkName: 'escalations' */ './components/Escalations')).Escalations;
  }
}
