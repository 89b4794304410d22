import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/form-errors';
import { createTranslator } from '@/lib/i18n';
import { admissionMessages } from '../../i18n';
import type { ApplicationFormPayload } from '../../types';
import { emptyPayload } from '../../utils/form-values';
import { createDraftSchema, createSubmitSchema, hasAtMostOneDecimal, withinTwoYears } from '../application-form-schema';

function complete(overrides: Partial<ApplicationFormPayload> = {}): ApplicationFormPayload {
  return {
    ...emptyPayload(3),
    itemName: '村级防汛物资储备点建设',
    category: 'COOPERATIVE',
    legalBasis: '《中华人民共和国防洪法》第三十七条',
    content: '配合乡镇储备防汛物资并每季度检查一次。',
    performanceStandard: '物资清单齐全，汛前检查有记录。',
    leadOrgId: 3,
    cooperatingOrgIds: [4],
    targetScope: 'ALL',
    targetTownshipIds: [],
    workloadHoursPerMonth: 2.5,
    frequency: 'QUARTERLY',
    selfAssessment: '事项属法定职责，工作量小，无需新增台账。',
    ...overrides,
  };
}

const submit = createSubmitSchema();
const draft = createDraftSchema();
const errorsOf = (schema: typeof submit | typeof draft, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? {} : zodFieldErrors(r.error);
};

describe('submit schema', () => {
  it('accepts a complete form and normalises it', () => {
    const r = submit.safeParse(complete({ itemName: '  村级防汛物资储备点建设  ', legalBasis: '' }));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.itemName).toBe('村级防汛物资储备点建设');
    expect(r.data.legalBasis).toBeNull(); // empty is allowed (flagged by the pre-check)
    expect(r.data.requiresCheckIn).toBe(false);
  });

  it('reports every missing required field with its Chinese message', () => {
    const errors = errorsOf(submit, emptyPayload(null));
    expect(errors).toMatchObject({
      itemName: '请填写事项名称',
      category: '请选择事项类别',
      content: '请填写事项内容',
      performanceStandard: '请填写履职标准',
      leadOrgId: '请选择牵头部门',
      workloadHoursPerMonth: '请填写每村每月预计工作量',
      frequency: '请选择频次',
      selfAssessment: '请填写自评说明',
    });
    expect(errors).not.toHaveProperty('legalBasis');
    expect(errors).not.toHaveProperty('cooperatingOrgIds');
  });

  it('treats whitespace-only text as missing', () => {
    expect(errorsOf(submit, complete({ content: '   ' }))).toEqual({ content: '请填写事项内容' });
  });

  it('requires the target scope', () => {
    expect(errorsOf(submit, complete({ targetScope: null }))).toEqual({ targetScope: '请选择实施范围' });
  });

  it('enforces the length limits', () => {
    expect(errorsOf(submit, complete({ itemName: '事'.repeat(100) }))).toEqual({});
    expect(errorsOf(submit, complete({ itemName: '事'.repeat(101) }))).toEqual({ itemName: '事项名称不能超过100个字' });
    expect(errorsOf(submit, complete({ legalBasis: 'x'.repeat(2001) }))).toEqual({
      legalBasis: '法定依据不能超过2000个字',
    });
    expect(errorsOf(submit, complete({ content: 'x'.repeat(4001) }))).toEqual({ content: '事项内容不能超过4000个字' });
    expect(errorsOf(submit, complete({ performanceStandard: 'x'.repeat(2001) }))).toEqual({
      performanceStandard: '履职标准不能超过2000个字',
    });
    expect(errorsOf(submit, complete({ selfAssessment: 'x'.repeat(4001) }))).toEqual({
      selfAssessment: '自评说明不能超过4000个字',
    });
    expect(errorsOf(submit, complete({ fundingFollows: true, fundingNote: 'x'.repeat(501) }))).toEqual({
      fundingNote: '经费说明不能超过500个字',
    });
  });

  it('keeps the workload within 0–744 hours with one decimal', () => {
    expect(errorsOf(submit, complete({ workloadHoursPerMonth: 0 }))).toEqual({});
    expect(errorsOf(submit, complete({ workloadHoursPerMonth: 744 }))).toEqual({});
    expect(errorsOf(submit, complete({ workloadHoursPerMonth: 0.3 }))).toEqual({});
    expect(errorsOf(submit, complete({ workloadHoursPerMonth: 744.1 }))).toEqual({
      workloadHoursPerMonth: '工作量应在0至744小时之间',
    });
    expect(errorsOf(submit, complete({ workloadHoursPerMonth: -1 }))).toEqual({
      workloadHoursPerMonth: '工作量应在0至744小时之间',
    });
    expect(errorsOf(submit, complete({ workloadHoursPerMonth: 1.25 }))).toEqual({
      workloadHoursPerMonth: '工作量最多保留一位小数',
    });
  });

  it('requires townships or villages when the scope is SELECTED', () => {
    expect(
      errorsOf(submit, complete({ targetScope: 'SELECTED', targetTownshipIds: [], targetVillageIds: [] })),
    ).toEqual({
      targetTownshipIds: '请至少选择一个乡镇或村(社区)',
    });
    expect(errorsOf(submit, complete({ targetScope: 'SELECTED', targetTownshipIds: [11, 12] }))).toEqual({});
    expect(
      errorsOf(submit, complete({ targetScope: 'SELECTED', targetTownshipIds: [], targetVillageIds: [31] })),
    ).toEqual({});
    expect(errorsOf(submit, complete({ targetScope: 'ALL', targetTownshipIds: [] }))).toEqual({});
  });

  it('keeps the validity within two years, from the start date or else from today', () => {
    expect(errorsOf(submit, complete({ validFrom: '2026-03-01', validTo: '2028-03-01' }))).toEqual({});
    expect(errorsOf(submit, complete({ validFrom: '2026-03-01', validTo: '2028-03-02' }))).toEqual({
      validTo: '有效期最长两年：清单每两年评估一次',
    });
    expect(withinTwoYears(null, '2028-05-13', '2026-05-13')).toBe(true);
    expect(withinTwoYears(null, '2028-05-14', '2026-05-13')).toBe(false);
    expect(withinTwoYears('2026-01-01', null)).toBe(true);
  });

  it('requires a funding note when funding follows the task', () => {
    expect(errorsOf(submit, complete({ fundingFollows: true, fundingNote: null }))).toEqual({
      fundingNote: '选择费随事转时，请填写经费说明',
    });
    expect(errorsOf(submit, complete({ fundingFollows: true, fundingNote: '  ' }))).toEqual({
      fundingNote: '选择费随事转时，请填写经费说明',
    });
    expect(errorsOf(submit, complete({ fundingFollows: true, fundingNote: '每村每年补助2000元' }))).toEqual({});
    expect(errorsOf(submit, complete({ fundingFollows: false, fundingNote: null }))).toEqual({});
  });

  it('requires validTo after validFrom', () => {
    expect(errorsOf(submit, complete({ validFrom: '2026-01-01', validTo: '2026-01-01' }))).toEqual({
      validTo: '有效期止须晚于有效期起',
    });
    expect(errorsOf(submit, complete({ validFrom: '2026-06-01', validTo: '2026-01-01' }))).toEqual({
      validTo: '有效期止须晚于有效期起',
    });
    expect(errorsOf(submit, complete({ validFrom: '2026-01-01', validTo: '2027-12-31' }))).toEqual({});
    expect(errorsOf(submit, complete({ validFrom: null, validTo: '2027-12-31' }))).toEqual({});
    expect(errorsOf(submit, complete({ validFrom: '2026-13-45x' }))).toEqual({ validFrom: '日期格式不正确' });
  });

  it('shows cross-field errors together with missing fields', () => {
    const errors = errorsOf(submit, { ...emptyPayload(null), targetScope: 'SELECTED', fundingFollows: true });
    expect(errors).toHaveProperty('itemName');
    expect(errors).toHaveProperty('targetTownshipIds');
    expect(errors).toHaveProperty('fundingNote');
  });

  it('speaks English when built with the English translator', () => {
    const en = createSubmitSchema(createTranslator('en', admissionMessages));
    expect(errorsOf(en, complete({ itemName: '' }))).toEqual({ itemName: 'Please enter the item name' });
  });
});

describe('draft schema (relaxed)', () => {
  it('requires only the item name', () => {
    expect(errorsOf(draft, { ...emptyPayload(null), itemName: '' })).toEqual({ itemName: '请填写事项名称' });
    const r = draft.safeParse({ ...emptyPayload(null), itemName: '草稿事项' });
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.category).toBeNull();
      expect(r.data.workloadHoursPerMonth).toBeNull();
      expect(r.data.content).toBeNull();
    }
  });

  it('does not apply the submit-only cross-field rules', () => {
    expect(
      errorsOf(draft, { ...emptyPayload(null), itemName: '草稿', targetScope: 'SELECTED', fundingFollows: true }),
    ).toEqual({});
  });

  it('still checks what is filled in', () => {
    expect(errorsOf(draft, { ...emptyPayload(null), itemName: 'x'.repeat(101) })).toEqual({
      itemName: '事项名称不能超过100个字',
    });
    expect(errorsOf(draft, { ...emptyPayload(null), itemName: '草稿', workloadHoursPerMonth: 800 })).toEqual({
      workloadHoursPerMonth: '工作量应在0至744小时之间',
    });
    expect(
      errorsOf(draft, { ...emptyPayload(null), itemName: '草稿', validFrom: '2026-05-01', validTo: '2026-04-01' }),
    ).toEqual({ validTo: '有效期止须晚于有效期起' });
  });
});

describe('hasAtMostOneDecimal', () => {
  it('tolerates binary floating point', () => {
    expect(hasAtMostOneDecimal(0.1 + 0.2)).toBe(true);
    expect(hasAtMostOneDecimal(12)).toBe(true);
    expect(hasAtMostOneDecimal(12.34)).toBe(false);
  });
});

describe('item name limit, counted by character', () => {
  it('takes 100 rare characters (200 UTF-16 units) and refuses 101', () => {
    expect(errorsOf(submit, complete({ itemName: '𠀾'.repeat(100) }))).toEqual({});
    expect(errorsOf(draft, complete({ itemName: '𠀾'.repeat(100) }))).toEqual({});
    expect(Object.keys(errorsOf(submit, complete({ itemName: '𠀾'.repeat(101) })))).toEqual(['itemName']);
    expect(Object.keys(errorsOf(draft, complete({ itemName: '𠀾'.repeat(101) })))).toEqual(['itemName']);
  });
});
