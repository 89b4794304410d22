// Types of the staff side of the clue chain (docs/api.md, "Problem clues", "Staff").
import type { Milestone } from '@/lib/milestones';
import type { Attachment } from '@/lib/attachments';
import type { AuditEntry } from '@/lib/audit';
import type { ClueCategory, ClueSource, ClueStatus, Rating, UnitStatus, VerificationOutcome } from '@/lib/enums';
import type { Progress } from '@/lib/process-progress';

export type ClueSummary = {
  id: number;
  clueNo: string;
  category: ClueCategory;
  categoryLabel: string;
  source: ClueSource;
  reportedUnitName: string | null;
  place: string | null;
  excerpt: string | null;
  status: ClueStatus;
  statusLabel: string;
  unitNames: string[];
  dualAssigned: boolean;
  typical: boolean;
  createdAt: string | null;
  closedAt: string | null;
};

export type ClueTaskKey =
  | 'Task_Triage'
  | 'Task_Verify'
  | 'Task_Reassign'
  | 'Task_Plan'
  | 'Task_Report'
  | 'Task_Accept'
  | 'Task_Reply'
  | (string & {});

export type ClueCurrentTask = {
  taskId: string;
  taskKey: ClueTaskKey;
  name: string;
  unitId: number | null;
  unitName: string | null;
  /** User name of who holds the task (compared with the signed-in user); null while unclaimed. */
  assignee: string | null;
  /** The holder's name, to show. */
  assigneeName: string | null;
  created: string | null;
  due: string | null;
  overdue: boolean;
  /** 委派: who delegated the task, while the delegate has it; null when not delegated. */
  delegatedBy: string | null;
  /** The delegating person's name, to show. */
  delegatedByName: string | null;
};

export type ClueUnit = {
  id: number;
  orgId: number;
  orgName: string;
  role: 'GRASSROOTS' | 'DEPARTMENT';
  status: UnitStatus;
  statusLabel: string;
  outcome: VerificationOutcome | null;
  findings: string | null;
  verifiedAt: string | null;
  /** The verification's time limit; null for assignments from before it was kept. */
  verifyDueAt: string | null;
  /** The unit's first act on the assignment (claim or verification, 退单); null until then. */
  firstResponseAt: string | null;
  plan: string | null;
  planDeadline: string | null;
  plannedAt: string | null;
  report: string | null;
  reportedAt: string | null;
  acceptedAt: string | null;
  sendBackCount: number;
};

/** The office's answer to a 退单: another unit verifies instead (重新交办), or the other units carry on. */
export type ReassignDecision = 'REASSIGN' | 'CONTINUE';

/** One 退单 of the clue by an assigned unit, with the office's answer once given. */
export type ClueReturn = {
  id: number;
  /** The returning unit's row (ClueUnit.id); its status is RETURNED. */
  unitId: number;
  orgId: number;
  orgName: string;
  reason: string;
  /** Username of who returned it. */
  returnedBy: string;
  /** Their name, to show. */
  returnedByName: string;
  returnedAt: string;
  /** null until the office has decided (its 重新交办 task is open). */
  decision: ReassignDecision | null;
  /** The unit row that took over (REASSIGN). */
  reassignedUnitId: number | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
};

/** One 督办 (supervision order) of the office to an assigned unit, with the unit's answer once given. */
export type ClueSupervision = {
  id: number;
  /** The supervised unit's row (ClueUnit.id). */
  unitId: number;
  orgId: number;
  orgName: string;
  request: string;
  /** yyyy-MM-dd: answering on that day is still on time. */
  dueDate: string;
  issuedBy: string;
  issuedByName: string | null;
  issuedAt: string;
  answer: string | null;
  answeredBy: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
  /** Answered after the due date. */
  late: boolean;
  /** Not answered and past the due date. */
  overdue: boolean;
  /** The current user may answer it (a user of the unit, with the unit's role, not yet answered). */
  mayAnswer: boolean;
};

/** One 回访 (call-back) of the reporter by the office; satisfied is null when not reached. */
export type ClueCallback = {
  id: number;
  reached: boolean;
  satisfied: boolean | null;
  note: string | null;
  /** Username of the caller. */
  calledBy: string;
  calledByName: string | null;
  calledAt: string;
};

/** Where the rating came from: the reporter on the portal, or the office's call-back. */
export type RatingVia = 'PORTAL' | 'CALLBACK';

export type ClueMessage = { id: number; kind: 'SUPPLEMENT' | 'REPLY' | (string & {}); content: string; at: string };

export type { Attachment, AuditEntry };

export type ClueDetail = {
  id: number;
  clueNo: string;
  category: ClueCategory;
  categoryLabel: string;
  source: ClueSource;
  sourceLabel: string;
  reportedOrgId: number | null;
  reportedOrgName: string | null;
  reportedUnitText: string | null;
  place: string | null;
  occurredWhen: string | null;
  description: string;
  /** OFFICE and VERIFIER only; absent for everyone else. */
  reporter?: { anonymous: boolean; name: string | null; phone: string | null };
  status: ClueStatus;
  statusLabel: string;
  mergedIntoId: number | null;
  mergedIntoClueNo: string | null;
  notAcceptedReason: string | null;
  dualAssigned: boolean;
  reopenCount: number;
  reply: string | null;
  repliedAt: string | null;
  rating: Rating | null;
  ratingComment: string | null;
  ratedAt: string | null;
  ratingVia?: RatingVia | null;
  typical: boolean;
  typicalSummary: string | null;
  createdAt: string | null;
  assignedAt: string | null;
  /** The office's first response: when it completed triage. */
  firstResponseAt?: string | null;
  closedAt: string | null;
  units: ClueUnit[];
  currentTasks: ClueCurrentTask[];
  messages: ClueMessage[];
  attachments: Attachment[];
  history: AuditEntry[];
  /** 退单记录 and the office's answers, oldest first. */
  returns: ClueReturn[];
  /** 延期申请 and the office's answers, oldest first (absent from older servers). */
  extensions?: ClueExtension[];
  /** 督办记录, oldest first. */
  supervisions?: ClueSupervision[];
  /** The due date the 督办 dialog suggests (yyyy-MM-dd); OFFICE only, null on a finished clue. */
  supervisionSuggestedDue?: string | null;
  /** 回访记录, oldest first: only for the office and verifiers (empty for everyone else). */
  callbacks?: ClueCallback[];
  /** Whether the user may record a call-back now (office; awaiting the rating; the reporter left a phone). */
  callbackPossible?: boolean;
  /** The step bar, computed on the server: each step's state, date and people's names. */
  milestones?: Milestone[];
};

export type ExtensionStatus = 'PENDING' | 'GRANTED' | 'REFUSED' | 'LAPSED';

/** One 延期申请 by an assigned unit, with the office's answer once given. */
export type ClueExtension = {
  id: number;
  unitId: number;
  orgId: number;
  orgName: string;
  /** The task the unit asked more time for; a PENDING request whose task is done shows as LAPSED. */
  taskId: string;
  step: 'Task_Verify' | 'Task_Plan' | 'Task_Report';
  reason: string;
  dueBefore: string;
  /** The end of the day asked for (the next day's start). */
  requestedDue: string;
  /** The requester's name. */
  requestedBy: string;
  requestedAt: string;
  status: ExtensionStatus;
  grantedDue: string | null;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
};

export type DuplicateSuggestion = {
  id: number;
  clueNo: string;
  category: ClueCategory;
  status: ClueStatus;
  excerpt: string | null;
  similarity: number;
};

export type { Progress };

export type CountByKey = { key: string; label: string; count: number };

export type ClueStatistics = {
  from: string | null;
  to: string | null;
  total: number;
  accepted: number;
  closed: number;
  closureRate: number | null;
  onTimeRate: number | null;
  averageHandlingDays: number | null;
  rated: number;
  satisfactionRate: number | null;
  byCategory: CountByKey[];
  byStatus: CountByKey[];
  byUnit: { orgId: number; orgName: string; count: number }[];
};

/** POST /api/clues/{id}/typical/preview: the case as the public would read it, and the digest that confirms it. */
export type TypicalPreview = {
  clueNo: string;
  category: ClueCategory;
  categoryLabel: string;
  /** The text as it will be stored and shown (trimmed by the server). */
  summary: string;
  closedAt: string | null;
  /** SHA-256 of `summary`: publishing sends it back as `confirmedDigest`. */
  digest: string;
};
