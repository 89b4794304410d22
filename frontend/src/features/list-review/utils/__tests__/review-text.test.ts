import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/lib/auth';
import { tZh } from '../../i18n';
import { detail, summary } from '../../components/__tests__/fixtures';
import { historyDecisionLabel, reviewActions, stepIndex } from '../review-text';

const user = (over: Partial<CurrentUser>): CurrentUser => ({
  username: 'u',
  displayName: 'u',
  orgId: 1,
  orgName: '县教育局',
  orgType: 'COUNTY_DEPT',
  roles: [],
  ...over,
});

describe('review actions', () => {
  it('offers each viewer only what it can do now', () => {
    const feedback = { ...detail, canGiveFeedback: true };
    expect(reviewActions(feedback, user({ orgType: 'VILLAGE', orgName: '东关社区' }))).toEqual(['feedback']);
    expect(reviewActions(detail, user({ orgType: 'TOWNSHIP', orgName: '城关镇' }))).toEqual([]);
    expect(reviewActions(detail, user({ roles: ['OFFICE'], orgType: 'BURDEN_OFFICE' }))).toEqual(['close']);
    expect(reviewActions(detail, user({ roles: ['APPROVER'], orgType: 'LEADERSHIP_OFFICE' }))).toEqual([]);
    const proposing = { ...detail, summary: { ...summary, status: 'PROPOSAL' }, taskId: 't', taskKey: 'Task_Propose' };
    expect(reviewActions(proposing, user({ orgId: 7 }))).toEqual(['propose']);
    expect(reviewActions(proposing, user({ orgId: 8, orgName: '县教育局' })), 'known by id, not name').toEqual([]);
    const approving = { ...proposing, taskKey: 'Task_ApproveProposal' };
    expect(reviewActions(approving, user({ roles: ['APPROVER'], orgName: 'x' }))).toEqual(['approve']);
    expect(reviewActions(approving, user({ roles: ['REVIEWER'], orgName: 'x' }))).toEqual([]);
    expect(reviewActions({ ...approving, proposedByMe: true }, user({ roles: ['APPROVER'], orgName: 'x' }))).toEqual(
      [],
    );
    expect(reviewActions(approving, null)).toEqual([]);
  });

  it('places finished reviews after the last step and names decisions by step', () => {
    expect(stepIndex('FEEDBACK')).toBe(0);
    expect(stepIndex('APPROVAL')).toBe(3);
    expect(stepIndex('CHANGED')).toBe(4);
    const entry = detail.history[0];
    expect(historyDecisionLabel(tZh, { ...entry, action: 'PROPOSAL_APPROVED', decision: 'PASS' })).toBe('同意');
    expect(historyDecisionLabel(tZh, { ...entry, action: 'PROPOSAL_REVIEWED', decision: 'RETURN' })).toBe(
      '退回牵头部门',
    );
    expect(historyDecisionLabel(tZh, { ...entry, action: 'FEEDBACK_GIVEN', decision: 'SHOULD_REMOVE' })).toBe(
      '建议取消',
    );
  });
});
