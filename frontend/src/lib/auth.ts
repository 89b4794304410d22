// The logged-in user, shared by the layout and every feature (GET /api/auth/me).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, api, ME_URL } from './api-client';
import type { OrgType, Role } from './enums';

export type CurrentUser = {
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  orgType: OrgType;
  roles: Role[];
  /** The role requires two-factor sign-in and it is not set up yet: only the setup page may be used. */
  twoFactorSetupRequired?: boolean;
};

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The current user, or null when not logged in (401). */
export async function getMe(): Promise<CurrentUser | null> {
  try {
    return await api.get<CurrentUser>(ME_URL);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export const meQueryOptions = () =>
  queryOptions({
    queryKey: ME_QUERY_KEY,
    queryFn: getMe,
    staleTime: 60_000,
  });

export function useUser() {
  return useQuery(meQueryOptions());
}
