import type * as React from 'react';
import { BoutiqueWebPartBase } from '../../shared/spfx/BoutiqueWebPartBase';
import type { IWebPartRootProps } from '../../shared/components/WebPartShell';
import { TpsQueue } from './components/TpsQueue';

/** TPS Queue: wiring only; the content lives in the TpsQueue component. */
export default class TpsQueueWebPart extends BoutiqueWebPartBase {
  protected get rootComponent(): React.ComponentType<IWebPartRootProps> {
    return TpsQueue;
  }
}
