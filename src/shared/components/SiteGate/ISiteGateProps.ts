import type * as React from 'react';

export interface ISiteGateProps {
  /** The web part's content, shown once the site's schema is current. */
  children: React.ReactNode;
  /**
   * The lowest schema version the web part runs on: on a site at or above it people keep working while an owner is
   * offered the update. Defaults to `DEFAULT_MINIMUM_SCHEMA_VERSION` (schemaSupport.ts).
   */
  minimumSchemaVersion?: number;
}
