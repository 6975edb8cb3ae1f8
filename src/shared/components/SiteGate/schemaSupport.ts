import type { ISchemaStatus } from '../../services';

/**
 * The lowest schema version the web parts run on unless they say otherwise: version 2 has every list and column
 * they read and write (version 3 changed only uniqueness, permissions and views, which the code does not depend on).
 */
export const DEFAULT_MINIMUM_SCHEMA_VERSION: number = 2;

/** True when a web part needing `minimumVersion` can run on the site as it is (an update may still be due). */
export function canRunOn(status: ISchemaStatus, minimumVersion: number): boolean {
  return status.state !== 'missing' && status.siteVersion >= minimumVersion;
}
