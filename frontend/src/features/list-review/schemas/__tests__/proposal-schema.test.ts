import { describe, expect, it } from 'vitest';
import { createDecisionSchema } from '../decision-schema';
import { createFeedbackSchema } from '../feedback-schema';
import { createProposalSchema } from '../proposal-schema';

const current = {
  itemName: '学生资助信息核对',
  content: '每学期核对一次。',
  performanceStandard: null,
  hoursPerMonth: 4,
};
const edited = { itemName: '学生资助信息核对', content: '每学期核对一次。', performanceStandard: '', hoursPerMonth: 4 };

describe('proposal schema', () => {
  it('sends only the reason for keep and withdraw, whatever the change fields hold', () => {
    const parsed = createProposalSchema(current).parse({
      ...edited,
      proposal: 'KEEP',
      reason: ' 有必要 ',
      content: 'x',
    });
    expect(parsed).toEqual({ proposal: 'KEEP', reason: '有必要' });
  });

  it('sends the changed fields of a change, trimmed, and nothing else', () => {
    const parsed = createProposalSchema(current).parse({
      ...edited,
      proposal: 'CHANGE',
      reason: '理由',
      itemName: ' 学生资助信息核对 ',
      performanceStandard: ' 按时报送 ',
    });
    expect(parsed).toEqual({ proposal: 'CHANGE', reason: '理由', performanceStandard: '按时报送' });
  });

  it('refuses a change that changes nothing or empties a field', () => {
    const nothing = createProposalSchema(current).safeParse({ ...edited, proposal: 'CHANGE', reason: '理由' });
    expect(nothing.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['content', '修订须至少改动名称、内容、标准或工作量中的一项'],
    ]);
    const emptied = createProposalSchema(current).safeParse({
      ...edited,
      proposal: 'CHANGE',
      reason: '理由',
      itemName: ' ',
      hoursPerMonth: 800,
    });
    expect(emptied.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ['itemName', '不能清空；无需修订时请保留原文'],
      ['hoursPerMonth', '每月工作量须在0到744小时之间'],
    ]);
  });

  it('requires a choice and a reason', () => {
    const r = createProposalSchema(current).safeParse({ ...edited, reason: '  ' });
    expect(r.error?.issues.map((i) => i.path[0])).toEqual(['proposal', 'reason']);
  });
});

describe('feedback and decision schemas', () => {
  it('keeps the feedback’s optional parts optional and counts the comment in characters', () => {
    expect(createFeedbackSchema().parse({ verdict: 'WORKABLE', comment: '  ' })).toEqual({
      verdict: 'WORKABLE',
      actualHours: null,
      comment: null,
    });
    expect(createFeedbackSchema().safeParse({ verdict: 'WORKABLE', comment: '𠀀'.repeat(1000) }).success).toBe(true);
    expect(createFeedbackSchema().safeParse({ verdict: 'WORKABLE', comment: '𠀀'.repeat(1001) }).success).toBe(false);
    expect(createFeedbackSchema().safeParse({ verdict: 'WORKABLE', actualHours: 1.25 }).success).toBe(false);
  });

  it('wants a comment to return, not to pass', () => {
    expect(createDecisionSchema().parse({ decision: 'PASS' })).toEqual({ decision: 'PASS', comment: null });
    const r = createDecisionSchema().safeParse({ decision: 'RETURN', comment: ' ' });
    expect(r.error?.issues[0].message).toBe('退回须说明理由');
  });
});
