import type * as React from 'react';
import { BoutiqueWebPartBase } from '../../shared/spfx/BoutiqueWebPartBase';
import type { IWebPartRootProps } from '../../shared/components/WebPartShell';
import { AskTps } from './components/AskTps';

/** Ask TPS: wiring only; the content lives in the AskTps component. */
export default class AskTpsWebPart extends BoutiqueWebPartBase {
  protected get rootComponent(): React.ComponentType<IWebPartRootProps> {
    return AskTps;
  }
}
