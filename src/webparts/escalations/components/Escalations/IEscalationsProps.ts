import type { IWebPartRootProps } from '../../../../shared/components/WebPartShell';

export type IEscalationsProps = IWebPartRootProps;
