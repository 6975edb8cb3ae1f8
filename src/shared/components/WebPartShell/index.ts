export { WebPartShell } from './WebPartShell';
export type { IWebPartShellProps, IWebPartRootProps } from './IWebPartShellProps';
