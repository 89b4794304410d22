import type { OrgType, Role } from '@/lib/enums';

export type User = {
  id: number;
  username: string;
  displayName: string;
  orgId: number;
  orgName: string;
  roles: Role[];
  enabled: boolean;
  createdAt: string;
};

export type CreateUserBody = { username: string; displayName: string; password: string; orgId: number; roles: Role[] };
export type UpdateUserBody = { displayName: string; orgId: number; roles: Role[]; enabled: boolean; password?: string };
export type OrgBody = { code: string; name: string; type: OrgType; parentId?: number | null };

/** Words the search treats as one (GET /api/search/synonyms). */
export type SynonymGroup = { id: number; terms: string[]; createdAt: string; updatedAt: string };
export type SynonymBody = { terms: string[] };
