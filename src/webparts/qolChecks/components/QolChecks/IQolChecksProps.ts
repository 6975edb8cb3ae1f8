import type { IWebPartRootProps } from '../../../../shared/components/WebPartShell';

export type IQolChecksProps = IWebPartRootProps;
