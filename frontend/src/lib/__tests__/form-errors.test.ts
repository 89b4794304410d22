import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../api-client';
import { applyFieldErrors, handleFormError, normaliseFieldName, zodFieldErrors } from '../form-errors';

function fakeForm(fields: string[]) {
  return {
    getFieldsValue: () => Object.fromEntries(fields.map((f) => [f, undefined])),
    setFields: vi.fn(),
    scrollToField: vi.fn(),
  } as unknown as Parameters<typeof applyFieldErrors>[0] & { setFields: ReturnType<typeof vi.fn> };
}

describe('form errors', () => {
  it('keeps the first zod message per field', () => {
    const r = z
      .object({ a: z.string().min(2, 'too short').regex(/x/, 'no x'), b: z.number() })
      .safeParse({ a: 'y', b: 'n' });
    expect(r.success).toBe(false);
    if (!r.success) {
      const errors = zodFieldErrors(r.error);
      expect(Object.keys(errors)).toEqual(['a', 'b']);
      expect(errors.a).toBe('too short');
    }
  });

  it('normalises server field names', () => {
    expect(normaliseFieldName('targetTownshipIds[0]')).toBe('targetTownshipIds');
    expect(normaliseFieldName('form.itemName')).toBe('itemName');
  });

  it('puts server field errors on the matching fields and returns the rest', () => {
    const form = fakeForm(['itemName', 'content']);
    const rest = applyFieldErrors(form, { itemName: '请填写事项名称', other: '其他错误' });
    expect(form.setFields).toHaveBeenCalledWith([{ name: 'itemName', errors: ['请填写事项名称'] }]);
    expect(rest).toEqual(['其他错误']);
  });

  it('puts every message for one field on it, in order', () => {
    const form = fakeForm(['terms']);
    const rest = applyFieldErrors(form, {
      terms: '一组同义词至少要有2个词',
      'terms[1]': '第2个词与第1个词重复',
    });
    expect(form.setFields).toHaveBeenCalledWith([
      { name: 'terms', errors: ['一组同义词至少要有2个词', '第2个词与第1个词重复'] },
    ]);
    expect(rest).toEqual([]);
  });

  it('toasts the message of an ApiError', () => {
    const form = fakeForm(['itemName']);
    const message = { error: vi.fn() };
    handleFormError(form, new ApiError(400, '提交的内容有误，请按提示修改', { itemName: '请填写事项名称' }), message);
    expect(message.error).toHaveBeenCalledWith('提交的内容有误，请按提示修改');
    handleFormError(form, new TypeError('x is undefined'), message);
    expect(message.error).toHaveBeenLastCalledWith('操作失败，请稍后再试');
  });
});
