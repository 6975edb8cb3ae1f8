import type { IWebPartRootProps } from '../../../../shared/components/WebPartShell';

export type ITpsQueueProps = IWebPartRootProps;
