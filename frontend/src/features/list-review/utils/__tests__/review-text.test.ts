import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/lib/auth';
import { detail, summary } from '../../components/__tests__/fixtures';
import { createTranslator } from '@/lib/i18n';
import { listReviewMessages, tZh } from '../../i18n';
import { historyDecisionLabel, reviewActions, roundText, stepIndex } from '../review-text';

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

describe('round text', () => {
  it('names the round, else how a review without one started', () => {
    const en = createTranslator('en', listReviewMessages);
    expect(roundText(tZh, { roundName: '2027年准入清单复评', startedAutomatically: false })).toBe('2027年准入清单复评');
    expect(roundText(tZh, { roundName: null, startedAutomatically: true })).toBe('到期前自动启动');
    expect(roundText(tZh, { roundName: null, startedAutomatically: false }), 'started by a person alone').toBe(
      '单独启动',
    );
    expect(roundText(en, { roundName: null, startedAutomatically: false })).toBe('Started on its own');
  });
});
