import type * as React from 'react';
import { BoutiqueWebPartBase } from '../../shared/spfx/BoutiqueWebPartBase';
import type { IWebPartRootProps } from '../../shared/components/WebPartShell';

/** Ask TPS: wiring only; the content lives in the AskTps component, loaded in its own chunk after the page. */
export default class AskTpsWebPart extends BoutiqueWebPartBase {
  protected async loadRootComponent(): Promise<React.ComponentType<IWebPartRootProps>> {
    return (await import(/* webpackChunkName: 'ask-tps' */ './components/AskTps')).AskTps;
  }
}
