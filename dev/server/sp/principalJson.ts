/** SP.User and SP.Group as JSON (used by site users, site groups and role assignments' Member). */
import { nameIdOf } from './claims';
import { entity } from './odataJson';
import type { PrincipalRow } from './principalStore';
import type { SiteContext } from './siteContext';
import type { ICtx, IUser } from './types';

export function userJson(u: IUser, ctx: ICtx): Record<string, unknown> {
  return entity(ctx, 'SP.User', `Web/GetUserById(${u.id})`, {
    Id: u.id,
    IsHiddenInUI: false,
    LoginName: u.login,
    Title: u.title,
    PrincipalType: 1,
    Email: u.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: u.isSiteAdmin,
    UserId: { NameId: nameIdOf(u.login), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: u.email
  });
}

export function groupJson(site: SiteContext, g: PrincipalRow, ctx: ICtx): Record<string, unknown> {
  const owner = site.principals.principal(g.owner_id as number);
  return entity(ctx, 'SP.Group', `Web/SiteGroups/GetById(${g.id})`, {
    Id: g.id,
    IsHiddenInUI: false,
    LoginName: g.title,
    Title: g.title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: g.description ?? null,
    OnlyAllowMembersViewMembership: false,
    OwnerTitle: (owner?.title as string | undefined) ?? '',
    RequestToJoinLeaveEmailSetting: null
  });
}
