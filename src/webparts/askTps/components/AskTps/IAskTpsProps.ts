import type { IWebPartRootProps } from '../../../../shared/components/WebPartShell';

export type IAskTpsProps = IWebPartRootProps;
