import { describe, expect, it } from 'vitest';
import {
  categoryLabel,
  CLUE_CATEGORIES,
  clueCategoryLabel,
  clueStatusLabel,
  frequencyLabel,
  hasRole,
  orgTypeLabel,
  valueOfZhLabel,
} from '../enums';
import { createTranslator, tZh } from '../i18n';
import { stepLabel } from '../steps';
import { auditActionLabel } from '../audit';

const zh = createTranslator('zh');
const en = createTranslator('en');

describe('enum labels', () => {
  it('labels the shared enumerations in both languages', () => {
    expect(categoryLabel(zh, 'BASIC')).toBe('基本履职事项');
    expect(categoryLabel(zh, 'COOPERATIVE')).toBe('配合履职事项');
    expect(categoryLabel(zh, 'NEW')).toBe('新增事项');
    expect(frequencyLabel(zh, 'ONGOING')).toBe('常态化');
    expect(orgTypeLabel(zh, 'TOWNSHIP')).toBe('乡镇/街道');
    expect(clueCategoryLabel(zh, 'FINGERTIP_FORMALISM')).toBe('指尖上的形式主义');
    expect(clueCategoryLabel(en, 'FINGERTIP_FORMALISM')).toBe('Fingertip formalism');
    expect(clueStatusLabel(en, 'TRIAGE')).toBe('Awaiting triage');
  });

  it('shows unknown values as they are and empty values as empty', () => {
    expect(categoryLabel(zh, 'ARCHIVED')).toBe('ARCHIVED');
    expect(categoryLabel(zh, null)).toBe('');
    expect(frequencyLabel(zh, undefined)).toBe('');
  });

  it('finds a value by its Chinese label', () => {
    expect(valueOfZhLabel(CLUE_CATEGORIES, (c) => clueCategoryLabel(tZh, c), '层层加码')).toBe('LAYERED_OVERLOADING');
    expect(valueOfZhLabel(CLUE_CATEGORIES, (c) => clueCategoryLabel(tZh, c), '别的')).toBeNull();
  });

  it('checks roles', () => {
    expect(hasRole(['APPLICANT'], 'REVIEWER', 'APPLICANT')).toBe(true);
    expect(hasRole(['APPLICANT'], 'ADMIN')).toBe(false);
    expect(hasRole(undefined, 'ADMIN')).toBe(false);
  });
});

describe('step labels', () => {
  it('names a step by its task key, in Chinese as the BPMN does', () => {
    expect(stepLabel(zh, 'Task_Review', '社会工作部审核')).toBe('社会工作部审核');
    expect(stepLabel(en, 'Task_Review', '社会工作部审核')).toBe('Review (social work department)');
    expect(stepLabel(en, 'Task_Accept', '减负办验收')).toBe('Acceptance by the office');
    expect(stepLabel(zh, 'Task_Rectify', '牵头单位整治并报告')).toBe('牵头单位整治并报告');
    expect(stepLabel(en, 'Task_Rectify', '牵头单位整治并报告')).toBe('Special topic: rectification by the lead unit');
  });

  it('falls back to the Chinese name, translated when it is a known one', () => {
    expect(stepLabel(en, null, '县委县政府审批')).toBe('Approval (county leadership)');
    expect(stepLabel(en, 'Task_New', '新环节')).toBe('新环节');
    expect(stepLabel(en, undefined, null)).toBe('');
  });
});

describe('audit action labels', () => {
  it('translates known actions and keeps the server label of unknown ones', () => {
    expect(auditActionLabel(en, { action: 'SUBMITTED', actionLabel: '提交申请' })).toBe('Submitted');
    expect(auditActionLabel(zh, { action: 'SUBMITTED', actionLabel: '提交申请' })).toBe('提交申请');
    expect(auditActionLabel(en, { action: 'ARCHIVED', actionLabel: '归档' })).toBe('归档');
  });
});
