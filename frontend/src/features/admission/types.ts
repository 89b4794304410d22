// Types of the admission API (docs/api.md, "Admission applications").
import type { Milestone } from '@/lib/milestones';
import type { Attachment } from '@/lib/attachments';
import type { AuditEntry } from '@/lib/audit';
import type { ApplicationStatus, Category, FindingLevel, Frequency, TargetScope } from '@/lib/enums';
import type { Progress } from '@/lib/process-progress';

/** What the applicant edits. Drafts may be incomplete, so every field may be empty here. */
export type ApplicationFormPayload = {
  itemName: string;
  category: Category | null;
  legalBasis: string | null;
  content: string | null;
  performanceStandard: string | null;
  leadOrgId: number | null;
  cooperatingOrgIds: number[];
  targetScope: TargetScope | null;
  /** whole townships (every village in them), for scope SELECTED */
  targetTownshipIds: number[];
  /** villages chosen one by one, besides the townships, for scope SELECTED */
  targetVillageIds: number[];
  workloadHoursPerMonth: number | null;
  frequency: Frequency | null;
  requiresDataReporting: boolean;
  requiresSignboard: boolean;
  requiresCertificate: boolean;
  requiresAppOrChatGroup: boolean;
  requiresCheckIn: boolean;
  requiresPhotoProof: boolean;
  fundingFollows: boolean;
  fundingNote: string | null;
  validFrom: string | null;
  validTo: string | null;
  selfAssessment: string | null;
};

export const RED_FLAG_FIELDS = [
  'requiresDataReporting',
  'requiresSignboard',
  'requiresCertificate',
  'requiresAppOrChatGroup',
  'requiresCheckIn',
  'requiresPhotoProof',
] as const;
export type RedFlagField = (typeof RED_FLAG_FIELDS)[number];

export type ApplicationSummary = {
  id: number;
  itemName: string;
  category: Category | null;
  leadOrgId: number | null;
  leadOrgName: string | null;
  applicantName: string | null;
  status: ApplicationStatus;
  /** The Chinese name of the open task (translated through its key when the server sends it, else by the name). */
  currentStep: string | null;
  currentStepKey?: string | null;
  submittedAt: string | null;
  updatedAt: string | null;
};

export type TaskKey = 'Task_Review' | 'Task_Approve' | 'Task_Revise' | (string & {});

export type CurrentTask = {
  taskId: string;
  taskKey: TaskKey;
  name: string;
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

/**
 * One finding of the automatic pre-check. `message` is the server's Chinese text; `code` and `params`
 * let the UI say the same in the current language (older servers send no params).
 */
export type PreCheckFinding = { code: string; level: FindingLevel; message: string; params?: Record<string, string> };

export type PreCheck = {
  findings: PreCheckFinding[];
  estimatedHoursPerMonthTotal: number | null;
  targetVillageCount: number | null;
  checkedAt: string | null;
};

export type { Attachment, AuditEntry };

export type ApplicationDetail = ApplicationFormPayload & {
  id: number;
  status: ApplicationStatus;
  applicantUsername: string;
  applicantName: string;
  applicantOrgId: number;
  applicantOrgName: string;
  leadOrgName: string | null;
  cooperatingOrgNames: string[];
  targetTownshipNames: string[];
  targetVillageNames?: string[];
  submittedAt: string | null;
  updatedAt: string | null;
  decidedAt: string | null;
  refusalReason: string | null;
  listNo: string | null;
  currentTask: CurrentTask | null;
  preCheck: PreCheck | null;
  attachments: Attachment[];
  history: AuditEntry[];
  canEdit: boolean;
  canSubmit: boolean;
  canWithdraw: boolean;
  /** 催办 is offered: own department, at review or approval, not yet nudged today. */
  canNudge: boolean;
  /** 加签: the co-signers of the latest review round and their opinions. */
  coSigners: CoSigner[];
  /** 撤回: the user passed the last review and the approver has not claimed it yet. */
  canRecallReview: boolean;
  /** The step bar, computed on the server: each step's state, date and people's names. */
  milestones?: Milestone[];
};

export type CoSignDecision = 'AGREE' | 'OBJECT';

/** A co-signer (加签人) of a review and their opinion, null until given. */
export type CoSigner = {
  username: string;
  displayName: string;
  orgName: string | null;
  decision: CoSignDecision | null;
  comment: string | null;
  decidedAt: string | null;
};

export type { Progress };

export type ReviewDecision = 'PASS' | 'RETURN' | 'REFUSE';
export type ApproveDecision = 'APPROVE' | 'REFUSE' | 'RETURN';

/** A village the application reaches: its load now and with the new item (GET …/applications/{id}/burden). */
export type ProjectedLoad = {
  villageId: number;
  villageName: string;
  townshipName: string | null;
  hours: number;
  capacity: number;
  projectedHours: number;
  /** null when the capacity is 0 */
  projectedRatio: number | null;
  /** the new item takes it over its capacity (it was not over before) */
  pushedOver: boolean;
  /** over its capacity with the new item */
  overCapacity: boolean;
};

// resubmission diff
export type FieldChangeKind = 'TEXT' | 'NUMBER' | 'DATE' | 'CHOICE' | 'FLAG' | 'ORGS';

/** One field a resubmission changed; before/after are Chinese display texts, the codes the raw choice. */
export type FieldChange = {
  field: string;
  label: string;
  kind: FieldChangeKind;
  before: string | null;
  after: string | null;
  beforeCode: string | null;
  afterCode: string | null;
};

export type ApplicationChanges = {
  resubmitted: boolean;
  submissionNo: number;
  previousSubmittedAt: string | null;
  submittedAt: string | null;
  fields: FieldChange[];
  findingsAdded: PreCheckFinding[];
  findingsRemoved: PreCheckFinding[];
};
