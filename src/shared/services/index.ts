export * from './IAppServices';
export { ServicesProvider, useServices } from './ServicesContext';
export { createAppServices } from './createAppServices';
export type { ICreateAppServicesOptions } from './createAppServices';
