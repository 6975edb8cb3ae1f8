import type * as React from 'react';
import { BoutiqueWebPartBase } from '../../shared/spfx/BoutiqueWebPartBase';
import type { IWebPartRootProps } from '../../shared/components/WebPartShell';
import { QolChecks } from './components/QolChecks';

/** QOL Checks: wiring only; the content lives in the QolChecks component. */
export default class QolChecksWebPart extends BoutiqueWebPartBase {
  protected get rootComponent(): React.ComponentType<IWebPartRootProps> {
    return QolChecks;
  }
}
