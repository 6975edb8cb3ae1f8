/**
 * Identity helpers: SharePoint Online names a member user by a claims login (`i:0#.f|membership|<upn>`); callers may
 * send either that or the bare login (email).
 */
import * as crypto from 'node:crypto';

const MEMBER_PREFIX = /^i:0#\.f\|membership\|/i;

/** Claims login name SharePoint Online gives a member user. */
export function claimsLogin(login: string): string {
  return 'i:0#.f|membership|' + login.toLowerCase();
}

/** The claims login for a login given either way (anything with a `|` is taken as claims already). */
export function asClaims(login: string): string {
  return login.includes('|') ? login : claimsLogin(login);
}

/** The bare login (email) of a member claims login; anything else unchanged. */
export function withoutMemberClaim(login: string): string {
  return login.replace(MEMBER_PREFIX, '');
}

/** A stable NameId for SP.User.UserId (SharePoint Online has the user's PUID there). */
export function nameIdOf(login: string): string {
  return crypto.createHash('md5').update(login).digest('hex').slice(0, 16);
}
