import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/form-errors';
import { createSpecialDaySchema } from '../special-day-schema';

const schema = createSpecialDaySchema();
const errors = (v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? {} : zodFieldErrors(r.error);
};

describe('special day schema', () => {
  it('sends the date as yyyy-MM-dd and the name without spaces', () => {
    expect(schema.parse({ date: dayjs('2026-10-10'), kind: 'MAKEUP_WORKDAY', name: ' 国庆节 ' })).toEqual({
      date: '2026-10-10',
      kind: 'MAKEUP_WORKDAY',
      name: '国庆节',
    });
  });

  it('names every missing field, in Chinese, as the server does', () => {
    expect(errors({ name: '  ' })).toEqual({
      date: '请选择日期',
      kind: '请选择放假或调休上班',
      name: '请填写节日名称',
    });
  });

  it('refuses a make-up workday on a weekday, a date outside the century, and an overlong or multi-line name', () => {
    expect(errors({ date: dayjs('2026-10-08'), kind: 'MAKEUP_WORKDAY', name: '国庆节' })).toEqual({
      kind: '调休上班只能设在周六或周日，2026-10-08本来就是工作日',
    });
    expect(errors({ date: dayjs('2100-01-01'), kind: 'HOLIDAY', name: '元旦' }).date).toBe(
      '日期须在2000年至2099年之间',
    );
    expect(errors({ date: dayjs('2026-01-01'), kind: 'HOLIDAY', name: '节'.repeat(31) }).name).toBe(
      '节日名称不能超过30个字',
    );
    // thirty characters outside the BMP are thirty characters
    expect(errors({ date: dayjs('2026-01-01'), kind: 'HOLIDAY', name: '𠀀'.repeat(30) })).toEqual({});
    expect(errors({ date: dayjs('2026-01-01'), kind: 'HOLIDAY', name: '元\n旦' }).name).toBe(
      '节日名称不能包含换行或制表符',
    );
  });
});
