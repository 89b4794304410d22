// Users and answers of the review API shared by the list-review tests.
import type { ReviewDetail, ReviewSummary } from '../../types';

const user = (over: Record<string, unknown>) => ({
  username: 'u',
  displayName: '用户',
  orgId: 1,
  orgName: '县委社会工作部',
  orgType: 'SOCIAL_WORK_DEPT',
  roles: [] as string[],
  ...over,
});

export const reviewer = user({ username: 'shb', displayName: '李审核', roles: ['REVIEWER'] });
export const approver = user({
  username: 'xw',
  displayName: '张县长',
  orgName: '县委县政府办公室',
  orgType: 'LEADERSHIP_OFFICE',
  roles: ['APPROVER'],
});
export const village = user({
  username: 'dg',
  displayName: '王书记',
  orgId: 31,
  orgName: '东关社区',
  orgType: 'VILLAGE',
  roles: ['GRASSROOTS'],
});
export const leadDept = user({
  username: 'jy',
  displayName: '赵科长',
  orgId: 7,
  orgName: '县教育局',
  orgType: 'COUNTY_DEPT',
  roles: ['APPLICANT'],
});
export const otherDept = user({ ...leadDept, orgId: 8, orgName: '县民政局' });

export const summary: ReviewSummary = {
  id: 4,
  itemId: 12,
  listNo: 'ZR-2025-012',
  itemName: '学生资助信息核对',
  leadOrgId: 7,
  leadOrgName: '县教育局',
  status: 'FEEDBACK',
  roundName: '2027年准入清单复评',
  startedAutomatically: false,
  itemExpiryDate: '2027-06-30',
  feedbackClosesAt: '2027-05-20T17:00:00',
  startedAt: '2027-05-06T09:00:00',
  finishedAt: null,
  proposal: null,
};

export const detail: ReviewDetail = {
  summary,
  content: '每学期核对一次在校学生资助信息。',
  performanceStandard: '按时报送核对表。',
  workloadHoursPerMonth: 4,
  versionNo: 1,
  proposalReason: null,
  newItemName: null,
  newContent: null,
  newStandard: null,
  newHours: null,
  feedbackSummary: [
    { verdict: 'NECESSARY', orgs: 3, averageHours: 3.5 },
    { verdict: 'TOO_HEAVY', orgs: 1, averageHours: 12 },
  ],
  feedback: [],
  myFeedback: null,
  canGiveFeedback: false,
  proposedByMe: false,
  taskId: null,
  taskKey: null,
  history: [
    {
      id: 1,
      at: '2027-05-06T09:00:00',
      actorUsername: 'shb',
      actorName: '李审核',
      action: 'REVIEW_STARTED',
      actionLabel: '启动复评',
      decision: null,
      comment: 'ZR-2025-012《学生资助信息核对》纳入复评批次：2027年准入清单复评',
    },
  ],
};
