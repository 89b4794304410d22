import { describe, expect, it } from 'vitest';
import { createClueFormSchema } from '../clue-form';
import { zodFieldErrors } from '../form-errors';

const valid = {
  category: 'FINGERTIP_FORMALISM',
  source: 'PORTAL',
  reportedOrgId: 7,
  description: '要求社区每天在三个App上重复打卡并上传照片',
};

describe('clue form schema', () => {
  const schema = createClueFormSchema();

  it('is anonymous by default and drops name and phone of an anonymous report', () => {
    const r = schema.safeParse({ ...valid, reporterName: '张三', reporterPhone: '13900000000' });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.anonymous).toBe(true);
      expect(r.data.reporterName).toBeNull();
      expect(r.data.reporterPhone).toBeNull();
      expect(r.data.reportedUnitText).toBeNull();
    }
  });

  it('needs the unit reported, picked or typed', () => {
    const r = schema.safeParse({ ...valid, reportedOrgId: null, reportedUnitText: '  ' });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodFieldErrors(r.error)).toEqual({ reportedOrgId: '请选择或填写被反映单位' });
    const typed = schema.safeParse({ ...valid, reportedOrgId: null, reportedUnitText: '县某局' });
    expect(typed.success && typed.data.reportedUnitText).toBe('县某局');
  });

  it('keeps the description between 10 and 4000 characters', () => {
    const short = schema.safeParse({ ...valid, description: '太多打卡了' });
    expect(short.success).toBe(false);
    if (!short.success) expect(zodFieldErrors(short.error)).toEqual({ description: '问题描述应在10到4000个字之间' });
    expect(schema.safeParse({ ...valid, description: 'x'.repeat(4001) }).success).toBe(false);
    const empty = schema.safeParse({ ...valid, description: '' });
    if (!empty.success) expect(zodFieldErrors(empty.error)).toEqual({ description: '请描述反映的问题' });
  });

  it('needs a name or a phone when named, and checks the phone', () => {
    const r = schema.safeParse({ ...valid, anonymous: false });
    expect(r.success).toBe(false);
    if (!r.success) expect(zodFieldErrors(r.error)).toEqual({ reporterName: '实名反映请至少填写姓名或联系电话' });
    const bad = schema.safeParse({ ...valid, anonymous: false, reporterPhone: 'abc' });
    if (!bad.success) expect(zodFieldErrors(bad.error)).toEqual({ reporterPhone: '联系电话格式不正确' });
    const ok = schema.safeParse({ ...valid, anonymous: false, reporterPhone: '0839-1234567' });
    expect(ok.success && ok.data.reporterPhone).toBe('0839-1234567');
  });

  it('accepts only the sources it is given', () => {
    const staff = createClueFormSchema(undefined, ['HOTLINE', 'MAILBOX', 'INSPECTION']);
    expect(staff.safeParse(valid).success).toBe(false);
    expect(staff.safeParse({ ...valid, source: 'HOTLINE' }).success).toBe(true);
    expect(schema.safeParse({ ...valid, category: 'NOPE' }).success).toBe(false);
  });
});
