import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/form-errors';
import { createAcceptanceSchema, createLinkSchema, createReportSchema } from '../task-schemas';
import { createTopicFormSchema } from '../topic-form-schema';

const today = dayjs('2026-11-20');

describe('createTopicFormSchema', () => {
  const schema = createTopicFormSchema(undefined, today);
  const valid = {
    title: ' 督查检查考核 ',
    description: '同一类问题反复出现',
    leadOrgId: 12,
    deadline: dayjs('2026-11-20'),
    clueIds: [3, 4, 3],
  };

  it('sends the trimmed texts, the deadline as a date and each clue once', () => {
    expect(schema.parse(valid)).toEqual({
      title: '督查检查考核',
      description: '同一类问题反复出现',
      leadOrgId: 12,
      deadline: '2026-11-20',
      clueIds: [3, 4],
    });
  });

  it('requires the title, the description, the lead unit and a deadline not before today', () => {
    const r = schema.safeParse({ title: ' ', description: '', deadline: dayjs('2026-11-19') });
    expect(r.success).toBe(false);
    expect(zodFieldErrors(r.error!)).toEqual({
      title: '请填写名称',
      description: '请填写问题与整治要求',
      leadOrgId: '请选择牵头单位',
      deadline: '期限不能早于今天',
    });
  });

  it('counts the title in characters, a rare character once', () => {
    expect(schema.safeParse({ ...valid, title: '𠀀'.repeat(100) }).success).toBe(true);
    const r = schema.safeParse({ ...valid, title: '𠀀'.repeat(101) });
    expect(zodFieldErrors(r.error!)).toEqual({ title: '名称不能超过100个字' });
  });
});

describe('task schemas', () => {
  it('requires the report’s text', () => {
    expect(zodFieldErrors(createReportSchema().safeParse({ text: '  ' }).error!)).toEqual({ text: '请填写整治情况' });
    expect(createReportSchema().parse({ text: ' 已整改 ' })).toEqual({ text: '已整改' });
  });

  it('requires a reason to send back, not to pass', () => {
    const schema = createAcceptanceSchema();
    expect(zodFieldErrors(schema.safeParse({}).error!)).toEqual({ decision: '请选择通过验收或退回' });
    expect(zodFieldErrors(schema.safeParse({ decision: 'SEND_BACK', text: ' ' }).error!)).toEqual({
      text: '退回须说明理由',
    });
    expect(schema.parse({ decision: 'SEND_BACK', text: '台账未清理' })).toEqual({ accept: false, text: '台账未清理' });
    expect(schema.parse({ decision: 'PASS' })).toEqual({ accept: true, text: null });
  });

  it('requires a clue id', () => {
    expect(zodFieldErrors(createLinkSchema().safeParse({}).error!)).toEqual({ clueId: '请填写线索 id' });
    expect(createLinkSchema().parse({ clueId: 128 })).toEqual({ clueId: 128 });
  });
});
