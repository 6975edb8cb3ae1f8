export { WebPartLoading } from './WebPartLoading';
export type { IWebPartLoadingProps } from './IWebPartLoadingProps';
