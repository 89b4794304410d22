import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  categoryLabel,
  frequencyLabel,
  hasRole,
  orgTypeLabel,
  roleLabel,
  scopeLabel,
  statusColor,
  statusLabel,
} from '../enums';
import { createTranslator } from '../i18n';

const zh = createTranslator('zh');
const en = createTranslator('en');

describe('enum labels', () => {
  it('labels every application status in Chinese', () => {
    expect(APPLICATION_STATUSES.map((s) => statusLabel(zh, s))).toEqual([
      '草稿',
      '审核中',
      '退回修改',
      '审批中',
      '已准入',
      '未通过',
      '已撤回',
    ]);
    expect(statusLabel(en, 'ADMITTED')).toBe('Admitted');
  });

  it('labels the other enumerations', () => {
    expect(categoryLabel(zh, 'BASIC')).toBe('基本履职事项');
    expect(categoryLabel(zh, 'COOPERATIVE')).toBe('配合履职事项');
    expect(categoryLabel(zh, 'NEW')).toBe('新增事项');
    expect(scopeLabel(zh, 'ALL')).toBe('全部村(社区)');
    expect(scopeLabel(zh, 'SELECTED')).toBe('指定乡镇');
    expect(frequencyLabel(zh, 'ONGOING')).toBe('常态化');
    expect(roleLabel(zh, 'REVIEWER')).toBe('社会工作部审核人');
    expect(orgTypeLabel(zh, 'TOWNSHIP')).toBe('乡镇/街道');
  });

  it('shows unknown values as they are and empty values as empty', () => {
    expect(statusLabel(zh, 'ARCHIVED')).toBe('ARCHIVED');
    expect(categoryLabel(zh, null)).toBe('');
    expect(frequencyLabel(zh, undefined)).toBe('');
  });

  it('colours the status tags', () => {
    expect(statusColor('ADMITTED')).toBe('success');
    expect(statusColor('REFUSED')).toBe('error');
    expect(statusColor('RETURNED')).toBe('warning');
    expect(statusColor('IN_REVIEW')).toBe('processing');
    expect(statusColor('whatever')).toBe('default');
  });

  it('checks roles', () => {
    expect(hasRole(['APPLICANT'], 'REVIEWER', 'APPLICANT')).toBe(true);
    expect(hasRole(['APPLICANT'], 'ADMIN')).toBe(false);
    expect(hasRole(undefined, 'ADMIN')).toBe(false);
  });
});
