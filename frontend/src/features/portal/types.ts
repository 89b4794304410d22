// Types of the anonymous portal (docs/api.md, "Portal").
import type { ClueCategory, ClueStatus, OrgType, Rating } from '@/lib/enums';
import type { Milestone } from '@/lib/milestones';

export type PublicOrg = { id: number; code: string; name: string; type: OrgType; parentId: number | null };

export type ClueMessage = { id: number; kind: 'SUPPLEMENT' | 'REPLY' | (string & {}); content: string; at: string };

export type PublicClueView = {
  clueNo: string;
  category: ClueCategory;
  categoryLabel: string;
  status: ClueStatus;
  statusLabel: string;
  outcome: string | null;
  mergedIntoClueNo: string | null;
  messages: ClueMessage[];
  files: { fileName: string; size: number; uploadedAt: string }[];
  rating: Rating | null;
  ratingComment: string | null;
  canSupplement: boolean;
  canRate: boolean;
  canReopen: boolean;
  submittedAt: string | null;
  closedAt: string | null;
  /** The step bar: each step's date and the UNIT that did it (the reporter never sees a person's name). */
  milestones?: Milestone[];
};

/** What proves the reporter: kept in memory only, never in a URL or storage. */
export type ClueCredentials = { clueNo: string; code: string };

export type TypicalCase = {
  clueNo: string;
  category: ClueCategory;
  categoryLabel: string;
  summary: string;
  closedAt: string | null;
  publishedAt: string | null;
};
