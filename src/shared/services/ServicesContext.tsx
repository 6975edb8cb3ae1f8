import * as React from 'react';
import type { IAppServices } from './IAppServices';

const ServicesContext = React.createContext<IAppServices | undefined>(undefined);

/** Provides the host's services to every component below it. */
export const ServicesProvider: React.FC<{ services: IAppServices }> = ({ services, children }) => (
  <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
);

/** The services of the web part this component is mounted in. Throws when mounted outside one (a wiring bug). */
export function useServices(): IAppServices {
  const services = React.useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices() was called outside <ServicesProvider>.');
  }
  return services;
}
