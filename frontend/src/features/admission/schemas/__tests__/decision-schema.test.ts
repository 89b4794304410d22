import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/form-errors';
import { createApproveSchema, createReviewSchema, createWithdrawSchema } from '../decision-schema';

describe('review schema', () => {
  const schema = createReviewSchema();
  it('accepts PASS without a comment', () => {
    const r = schema.safeParse({ decision: 'PASS', comment: '' });
    expect(r.success && r.data).toEqual({ decision: 'PASS', comment: null });
  });
  it.each(['RETURN', 'REFUSE'])('requires a comment for %s', (decision) => {
    const r = schema.safeParse({ decision, comment: '  ' });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodFieldErrors(r.error)).toEqual({ comment: '退回或不予通过时请填写意见' });
    expect(schema.safeParse({ decision, comment: '请补充法定依据' }).success).toBe(true);
  });
  it('requires a decision and rejects approver decisions', () => {
    const r = schema.safeParse({ comment: 'x' });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodFieldErrors(r.error)).toMatchObject({ decision: '请选择处理结论' });
    expect(schema.safeParse({ decision: 'APPROVE', comment: 'x' }).success).toBe(false);
  });
});

describe('approve schema', () => {
  const schema = createApproveSchema();
  it('accepts APPROVE without a comment and requires one for REFUSE/RETURN', () => {
    expect(schema.safeParse({ decision: 'APPROVE' }).success).toBe(true);
    expect(schema.safeParse({ decision: 'REFUSE' }).success).toBe(false);
    expect(schema.safeParse({ decision: 'RETURN', comment: '请重新审核' }).success).toBe(true);
    expect(schema.safeParse({ decision: 'PASS' }).success).toBe(false);
  });
});

describe('withdraw schema', () => {
  it('requires a reason', () => {
    const r = createWithdrawSchema().safeParse({ reason: ' ' });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodFieldErrors(r.error)).toEqual({ reason: '请填写撤回原因' });
    expect(createWithdrawSchema().safeParse({ reason: '事项已由其他部门承担' }).success).toBe(true);
  });
});
