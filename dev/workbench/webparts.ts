import type * as React from 'react';
import type { IWebPartRootProps } from '../../src/shared/components/WebPartShell';
import { AskTps } from '../../src/webparts/askTps/components/AskTps';
import { TpsQueue } from '../../src/webparts/tpsQueue/components/TpsQueue';
import { Escalations } from '../../src/webparts/escalations/components/Escalations';
import { QolChecks } from '../../src/webparts/qolChecks/components/QolChecks';

/** The web parts the workbench can mount: the same root components the SPFx web part classes mount. */
export interface IWorkbenchWebPart {
  id: string;
  title: string;
  audience: string;
  component: React.ComponentType<IWebPartRootProps>;
}

export const WEB_PARTS: IWorkbenchWebPart[] = [
  { id: 'ask-tps', title: 'Ask TPS', audience: 'Service Officers', component: AskTps },
  { id: 'tps-queue', title: 'TPS Queue', audience: 'TPSOs', component: TpsQueue },
  { id: 'escalations', title: 'TPS Escalations', audience: 'SSOs', component: Escalations },
  { id: 'qol-checks', title: 'QOL Checks', audience: 'TPSOs', component: QolChecks }
];
