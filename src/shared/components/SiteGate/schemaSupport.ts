import type { ISchemaStatus } from '../../services';

/**
 * The lowest schema version a web part runs on unless it says otherwise. Each web part states its own (the columns
 * its stores select must exist: SharePoint answers 400 to a $select of an unknown column); on a site at or above it
 * people keep working while an owner is offered the update.
 */
export const DEFAULT_MINIMUM_SCHEMA_VERSION: number = 4;

/** True when a web part needing `minimumVersion` can run on the site as it is (an update may still be due). */
export function canRunOn(status: ISchemaStatus, minimumVersion: number): boolean {
  return status.state !== 'missing' && status.siteVersion >= minimumVersion;
}
