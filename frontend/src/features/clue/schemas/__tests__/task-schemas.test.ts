import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/form-errors';
import {
  createCheckSchema,
  createPlanSchema,
  createReplySchema,
  createTriageSchema,
  createVerifySchema,
} from '../task-schemas';
import { createRecordSchema } from '../record-schema';

const types: Record<number, string> = { 1: 'VILLAGE', 2: 'COUNTY_DEPT', 3: 'TOWNSHIP', 4: 'COUNTY_DEPT' };
const triage = createTriageSchema(undefined, (id) => types[id]);

describe('triage schema', () => {
  it('accepts a dual assignment of a village and a county department', () => {
    const r = triage.safeParse({ decision: 'ASSIGN', unitIds: [1, 2, 2], dual: true, mergeIntoClueId: 9 });
    expect(r.success && r.data).toEqual({
      decision: 'ASSIGN',
      reason: null,
      mergeIntoClueId: null,
      unitIds: [1, 2],
      dual: true,
    });
  });
  it('refuses a dual assignment without both kinds of unit', () => {
    for (const unitIds of [
      [2, 4],
      [1, 3],
    ]) {
      const r = triage.safeParse({ decision: 'ASSIGN', unitIds, dual: true });
      expect(r.success).toBe(false);
      if (!r.success)
        expect(zodFieldErrors(r.error)).toEqual({
          unitIds: '双交办须同时选择基层单位（乡镇、村社区）和负有责任的县级部门',
        });
    }
    expect(triage.safeParse({ decision: 'ASSIGN', unitIds: [2, 4], dual: false }).success).toBe(true);
  });
  it('needs units to assign, a reason to refuse and a target to merge', () => {
    const a = triage.safeParse({ decision: 'ASSIGN', unitIds: [] });
    if (!a.success) expect(zodFieldErrors(a.error)).toEqual({ unitIds: '请选择承办单位' });
    expect(a.success).toBe(false);
    const n = triage.safeParse({ decision: 'NOT_ACCEPTED', reason: '' });
    expect(n.success).toBe(false);
    if (!n.success) expect(zodFieldErrors(n.error)).toEqual({ reason: '请填写不予受理的理由（将告知反映人）' });
    const m = triage.safeParse({ decision: 'MERGE', unitIds: [1] });
    expect(m.success).toBe(false);
    const ok = triage.safeParse({ decision: 'MERGE', mergeIntoClueId: 5, unitIds: [1], dual: true });
    expect(ok.success && ok.data).toEqual({
      decision: 'MERGE',
      reason: null,
      mergeIntoClueId: 5,
      unitIds: [],
      dual: false,
    });
    expect(triage.safeParse({ decision: 'ASSIGN', unitIds: Array.from({ length: 21 }, (_, i) => i + 1) }).success).toBe(
      false,
    );
  });
});

describe('plan schema', () => {
  const today = dayjs('2026-11-23');
  const schema = createPlanSchema(undefined, today);
  it('takes a deadline from today to one year ahead, as a string or a picked date', () => {
    expect(schema.safeParse({ plan: '合并通知', deadline: '2026-11-23' }).success).toBe(true);
    const picked = schema.safeParse({ plan: '合并通知', deadline: dayjs('2027-11-23') });
    expect(picked.success && picked.data.deadline).toBe('2027-11-23');
    for (const deadline of ['2026-11-22', '2027-11-24']) {
      const r = schema.safeParse({ plan: '合并通知', deadline });
      expect(r.success).toBe(false);
      if (!r.success) expect(zodFieldErrors(r.error)).toEqual({ deadline: '整改时限应在今天起一年以内' });
    }
    const none = schema.safeParse({ plan: ' ' });
    if (!none.success)
      expect(zodFieldErrors(none.error)).toEqual({ plan: '请填写整改方案', deadline: '请选择整改时限' });
  });
});

describe('verify, check and reply schemas', () => {
  it('verify needs an outcome and findings', () => {
    expect(createVerifySchema().safeParse({ outcome: 'SUBSTANTIATED', findings: '属实' }).success).toBe(true);
    const r = createVerifySchema().safeParse({ outcome: 'MAYBE', findings: '' });
    if (!r.success) expect(zodFieldErrors(r.error)).toEqual({ outcome: '请选择核查结论', findings: '请填写核查情况' });
  });
  it('check needs a comment only to send back', () => {
    expect(createCheckSchema().safeParse({ decision: 'ACCEPT' }).success).toBe(true);
    const r = createCheckSchema().safeParse({ decision: 'SEND_BACK', comment: '' });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodFieldErrors(r.error)).toEqual({ comment: '退回时请说明需要补充或改正的内容' });
  });
  it('reply needs text', () => {
    expect(createReplySchema().safeParse({ reply: '  ' }).success).toBe(false);
  });
  it('the office records only hotline, mailbox and inspection clues', () => {
    const base = { category: 'INSPECTIONS', reportedOrgId: 2, description: '一个月内来村里检查了五次' };
    expect(createRecordSchema().safeParse({ ...base, source: 'HOTLINE' }).success).toBe(true);
    expect(createRecordSchema().safeParse({ ...base, source: 'PORTAL' }).success).toBe(false);
  });
});
