/**
 * Who is asking: locally there is no sign-in, so a request names its persona (a login from dev/personas.json) in the
 * X-Local-User header or the localUser cookie. A page load may tag its requests (X-Local-Page-Load header or
 * localPageLoad cookie) so /_local/stats can count what one page costs.
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import type { IPersona } from '../db';
import type { IUser, SpSite } from '../sp';
import { cookies, lowerHeaders } from './httpIo';

/** The personas file, and the site path it names (default /sites/boutique unless `sitePath` is given). */
export function loadPersonas(
  personasPath: string,
  sitePath: string | undefined
): { personas: IPersona[]; sitePath: string } {
  const personaFile = JSON.parse(fs.readFileSync(personasPath, 'utf8')) as { siteUrl?: string; personas: IPersona[] };
  return { personas: personaFile.personas, sitePath: sitePath ?? personaFile.siteUrl ?? '/sites/boutique' };
}

/** The persona a request names, or undefined (the caller answers 401). */
export function identify(site: SpSite, req: http.IncomingMessage): IUser | undefined {
  const h = req.headers['x-local-user'];
  const login = (Array.isArray(h) ? h[0] : h) ?? cookies(req).localUser;
  return login ? site.userByLogin(login.trim()) : undefined;
}

/** The page load a request belongs to, if it says. */
export function pageLoadOf(req: http.IncomingMessage): string | undefined {
  return lowerHeaders(req.headers)['x-local-page-load'] ?? cookies(req).localPageLoad;
}
