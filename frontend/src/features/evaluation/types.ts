// 基层评机关: the API's shapes (GET/POST /api/evaluation/...).

export const DIMENSIONS = ['TASKS', 'DOCUMENTS_MEETINGS', 'INSPECTIONS', 'DATA_FORMS', 'SUPPORT', 'ATTITUDE'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ROUND_STATUSES = ['OPEN', 'CLOSED'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const COMMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** The lowest and highest score a rater gives on a dimension. */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

export type Round = {
  id: number;
  name: string;
  periodFrom: string;
  periodTo: string;
  opensAt: string;
  closesAt: string;
  status: string;
  statusLabel?: string;
  createdName: string;
  closedAt: string | null;
  dimensions: { code: string; label: string }[];
  departments: { id: number; name: string }[];
};

/** The rater's own rating of one department (seen by that rater only). */
export type MyDepartment = {
  departmentId: number;
  departmentName: string;
  rated: boolean;
  ratedAt: string | null;
  scores: Record<string, number> | null;
  comment: string | null;
  commentStatus: string | null;
};

export type MyRound = { round: Round; departments: MyDepartment[] };

export type DimensionResult = {
  dimension: string;
  label: string;
  average: number;
  previous?: number;
  change?: number;
};

/** Below the anonymity threshold only departmentId, departmentName, shown=false and note are sent. */
export type DepartmentResult = {
  departmentId: number;
  departmentName: string;
  shown: boolean;
  note?: string;
  raters?: number;
  overall?: number;
  previousOverall?: number;
  overallChange?: number;
  rank?: number;
  dimensions?: DimensionResult[];
  comments?: string[];
};

export type Ranked = { rank: number; departmentId: number; departmentName: string; overall: number };

export type RoundResults = {
  round: Round;
  minRaters: number;
  /** county-wide viewers only */
  raters?: number;
  departments: DepartmentResult[];
  /** county-wide viewers only */
  ranking?: Ranked[];
};

export type ScreenedComment = {
  id: number;
  roundId: number;
  departmentId: number;
  departmentName: string;
  content: string;
  status: string;
  screenedName: string | null;
  screenedAt: string | null;
};

export type RoundInput = {
  name: string;
  periodFrom: string;
  periodTo: string;
  opensAt: string | null;
  closesAt: string;
  dimensions: Dimension[];
  departmentIds: number[];
};

export type RatingInput = { departmentId: number; scores: Record<string, number>; comment: string | null };
