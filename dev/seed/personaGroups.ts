import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import personasFile from '../personas.json';

/**
 * Puts every persona in the groups dev/personas.json names, as a site owner would after "Set up this site".
 * Used by the demo seed, the bench and the HTTP tests, so they all see the same permissions.
 */
export async function addPersonasToGroups(owner: SPFI): Promise<void> {
  for (const persona of personasFile.personas as Array<{ login: string; groups?: string[] }>) {
    for (const group of persona.groups || []) {
      await owner.web.siteGroups.getByName(group).users.add(`i:0#.f|membership|${persona.login}`);
    }
  }
}
