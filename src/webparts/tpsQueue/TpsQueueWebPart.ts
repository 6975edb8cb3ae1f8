import type * as React from 'react';
import { BoutiqueWebPartBase } from '../../shared/spfx/BoutiqueWebPartBase';
import type { IWebPartRootProps } from '../../shared/components/WebPartShell';

/** TPS Queue: wiring only; the content lives in the TpsQueue component, loaded in its own chunk after the page. */
export default class TpsQueueWebPart extends BoutiqueWebPartBase {
  protected async loadRootComponent(): Promise<React.ComponentType<IWebPartRootProps>> {
    return (await import(/* webpackChunkName: 'tps-queue' */ './components/TpsQueue')).TpsQueue;
  }
}
