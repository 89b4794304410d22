import type { Page } from '@/lib/api-client';
import type { AuditEntry } from '@/lib/audit';

/** Where a review stands (cn.jianfu.listreview.ReviewStatus), in the order it goes. */
export const REVIEW_STATUSES = ['FEEDBACK', 'PROPOSAL', 'REVIEW', 'APPROVAL', 'KEPT', 'CHANGED', 'WITHDRAWN'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The three ends of a review. */
export const FINISHED_STATUSES = ['KEPT', 'CHANGED', 'WITHDRAWN'] as const satisfies readonly ReviewStatus[];

/** What a village or township says of an item it carries. */
export const FEEDBACK_VERDICTS = ['NECESSARY', 'WORKABLE', 'TOO_HEAVY', 'SHOULD_REMOVE'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

/** What the lead department proposes for its item. */
export const PROPOSALS = ['KEEP', 'CHANGE', 'WITHDRAW'] as const;
export type Proposal = (typeof PROPOSALS)[number];

/** The social work department's review and the county's approval of a proposal. */
export const REVIEW_DECISIONS = ['PASS', 'RETURN'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** The open steps (task definition keys of bpmn/list-review.bpmn). */
export const TASK_PROPOSE = 'Task_Propose';
export const TASK_REVIEW = 'Task_ReviewProposal';
export const TASK_APPROVE = 'Task_ApproveProposal';

/** GET /api/list-reviews: a review as the list shows it. */
export type ReviewSummary = {
  id: number;
  itemId: number;
  listNo: string;
  itemName: string;
  leadOrgId: number;
  leadOrgName: string | null;
  status: string;
  /** null for a review started on its own, by a person or automatically before the item expires */
  roundName: string | null;
  /** started by the daily run before the item expires (not by a person) */
  startedAutomatically: boolean;
  itemExpiryDate: string | null;
  feedbackClosesAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  proposal: string | null;
};

/** One village's or township's feedback. */
export type Feedback = {
  id: number;
  reviewId: number;
  orgId: number;
  orgName: string | null;
  verdict: string;
  actualHours: number | null;
  comment: string | null;
  createdAt: string;
};

/** How many units gave a verdict, and the hours they said it takes on average. */
export type VerdictCount = { verdict: string; orgs: number; averageHours: number | null };

/** GET /api/list-reviews/{id}. */
export type ReviewDetail = {
  summary: ReviewSummary;
  content: string | null;
  performanceStandard: string | null;
  workloadHoursPerMonth: number | null;
  versionNo: number;
  proposalReason: string | null;
  newItemName: string | null;
  newContent: string | null;
  newStandard: string | null;
  newHours: number | null;
  feedbackSummary: VerdictCount[];
  /** every unit's feedback, only for the organisers, the approvers and the lead department */
  feedback: Feedback[];
  /** the viewer's unit's feedback, if it gave one */
  myFeedback: Feedback | null;
  canGiveFeedback: boolean;
  /** The lead department's proposal was made by the viewer, who may not review or approve it. */
  proposedByMe: boolean;
  taskId: string | null;
  taskKey: string | null;
  history: AuditEntry[];
};

export type ReviewFilters = {
  status: ReviewStatus | null;
  openOnly: boolean;
  page: number;
  size: number;
};

export type ReviewPage = Page<ReviewSummary>;

/** An admission item as the start dialog offers it (GET /api/admission-items). */
export type ItemOption = {
  id: number;
  listNo: string;
  itemName: string;
  leadOrgName: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
};
