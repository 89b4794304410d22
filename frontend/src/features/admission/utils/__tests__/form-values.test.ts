import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { clearFormDraft, formDraftKey, loadFormDraft, saveFormDraft } from '../form-draft-storage';
import { emptyPayload, pickPayload, toFormState, toPayload } from '../form-values';

describe('form values', () => {
  it('round-trips through the antd form state', () => {
    const payload = { ...emptyPayload(7), itemName: '事项', validFrom: '2026-01-01', validTo: '2026-12-31' };
    const state = toFormState(payload);
    expect(dayjs.isDayjs(state.validFrom)).toBe(true);
    expect(toPayload(state)).toEqual(payload);
  });

  it('turns empty text into null and drops townships when the scope is ALL', () => {
    const p = toPayload({
      ...toFormState(emptyPayload(1)),
      itemName: '事项',
      content: '   ',
      targetScope: 'ALL',
      targetTownshipIds: [5, 6],
      targetVillageIds: [31],
    });
    expect(p.content).toBeNull();
    expect(p.targetTownshipIds).toEqual([]);
    expect(p.targetVillageIds).toEqual([]);
    expect(p.leadOrgId).toBe(1);
  });

  it('picks only the form fields from a detail', () => {
    const p = pickPayload({ itemName: 'x', workloadHoursPerMonth: 3, ...{ id: 5, status: 'DRAFT' } });
    expect(p).not.toHaveProperty('id');
    expect(p.itemName).toBe('x');
    expect(p.workloadHoursPerMonth).toBe(3);
    expect(p.cooperatingOrgIds).toEqual([]);
    expect(p.targetVillageIds).toEqual([]);
  });
});

describe('form draft storage', () => {
  it('keeps unsaved input per form and clears it', () => {
    expect(formDraftKey(null)).toBe('jianfu.application-form.new');
    expect(formDraftKey(12)).toBe('jianfu.application-form.12');
    saveFormDraft('new', { ...emptyPayload(1), itemName: '新事项' });
    saveFormDraft(12, { ...emptyPayload(1), itemName: '旧事项' });
    expect(loadFormDraft(null)?.values.itemName).toBe('新事项');
    expect(loadFormDraft(12)?.values.itemName).toBe('旧事项');
    clearFormDraft('new');
    expect(loadFormDraft('new')).toBeNull();
    expect(loadFormDraft(12)).not.toBeNull();
  });

  it('ignores corrupt entries', () => {
    localStorage.setItem(formDraftKey(3), '{not json');
    expect(loadFormDraft(3)).toBeNull();
  });
});
