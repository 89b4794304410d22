import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/form-errors';
import { tZh } from '../../i18n';
import { createReportSchema, refusalDescription } from '../report-schema';
import { createLookupSchema, createRateSchema, createSupplementSchema, normalizeCode } from '../track-schemas';

describe('portal report schema', () => {
  it('takes the portal and a village refusal, not the office sources', () => {
    const base = {
      category: 'UNADMITTED_TASK',
      reportedUnitText: '县某局',
      description: refusalDescription(tZh, '防溺水巡查拍照'),
    };
    expect(createReportSchema().safeParse({ ...base, source: 'VILLAGE_REFUSAL' }).success).toBe(true);
    expect(createReportSchema().safeParse({ ...base, source: 'PORTAL' }).success).toBe(true);
    expect(createReportSchema().safeParse({ ...base, source: 'HOTLINE' }).success).toBe(false);
    expect(refusalDescription(tZh, ' 防溺水巡查拍照 ')).toContain('“防溺水巡查拍照”');
  });
});

describe('lookup schema', () => {
  const schema = createLookupSchema();
  it('normalises the code as the server does', () => {
    expect(normalizeCode('abcd-efgh jkmn pqrs tuvw')).toBe('ABCDEFGHJKMNPQRSTUVW');
    const r = schema.safeParse({ clueNo: ' xs-2026-0001 ', code: 'abcd-efgh-jkmn-pqrs-tuvw' });
    expect(r.success && r.data).toEqual({ clueNo: 'XS-2026-0001', code: 'ABCDEFGHJKMNPQRSTUVW' });
  });
  it('rejects a malformed number or code', () => {
    const r = schema.safeParse({ clueNo: '2026-1', code: 'ABC' });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(zodFieldErrors(r.error)).toEqual({
        clueNo: '线索编号格式如 XS-2026-0001',
        code: '查询码为20位字母和数字',
      });
    const empty = createLookupSchema().safeParse({ clueNo: '', code: '' });
    if (!empty.success) expect(zodFieldErrors(empty.error)).toEqual({ clueNo: '请输入线索编号', code: '请输入查询码' });
  });
});

describe('rate schema', () => {
  const schema = createRateSchema();
  it('needs a comment when unsatisfied', () => {
    const r = schema.safeParse({ rating: 'UNSATISFIED', comment: ' ' });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodFieldErrors(r.error)).toEqual({ comment: '不满意时请说明原因' });
    expect(schema.safeParse({ rating: 'SATISFIED' }).success).toBe(true);
  });
  it('reopens only when unsatisfied', () => {
    const sat = schema.safeParse({ rating: 'SATISFIED', reopen: true });
    expect(sat.success && sat.data.reopen).toBe(false);
    const unsat = schema.safeParse({ rating: 'UNSATISFIED', comment: '没有改', reopen: true });
    expect(unsat.success && unsat.data).toEqual({ rating: 'UNSATISFIED', comment: '没有改', reopen: true });
    const none = schema.safeParse({});
    if (!none.success) expect(zodFieldErrors(none.error)).toMatchObject({ rating: '请选择满意或不满意' });
  });
});

describe('supplement schema', () => {
  it('needs some content', () => {
    expect(createSupplementSchema().safeParse({ content: '  ' }).success).toBe(false);
    expect(createSupplementSchema().safeParse({ content: '又发了一个通知' }).success).toBe(true);
  });
});
