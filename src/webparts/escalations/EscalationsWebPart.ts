import type * as React from 'react';
import { BoutiqueWebPartBase } from '../../shared/spfx/BoutiqueWebPartBase';
import type { IWebPartRootProps } from '../../shared/components/WebPartShell';
import { Escalations } from './components/Escalations';

/** TPS Escalations: wiring only; the content lives in the Escalations component. */
export default class EscalationsWebPart extends BoutiqueWebPartBase {
  protected get rootComponent(): React.ComponentType<IWebPartRootProps> {
    return Escalations;
  }
}
