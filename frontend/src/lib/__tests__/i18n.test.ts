import { describe, expect, it } from 'vitest';
import { createTranslator, en, format, zh } from '../i18n';

describe('i18n dictionary', () => {
  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('has no empty entries', () => {
    for (const dict of [zh, en]) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('keeps the labels the browser tests rely on', () => {
    const t = createTranslator('zh');
    expect(t('app.name')).toBe('基层减负协同平台');
    expect(t('form.submit')).toBe('提交审核');
    expect(t('form.saveDraft')).toBe('保存草稿');
    expect(t('form.itemName')).toBe('事项名称');
    expect(t('inbox.emptyTodo')).toBe('暂无待办事项');
    expect(t('lookup.notFound')).toBe('未查询到该事项：未列入准入清单的事项，村(社区)可以拒绝承担。');
    expect(t('nav.camunda')).toBe('系统流程监控');
  });

  it('fills placeholders', () => {
    expect(createTranslator('zh')('common.total', { total: 3 })).toBe('共 3 条');
    expect(createTranslator('en')('common.total', { total: 3 })).toBe('3 in total');
    expect(format('{a}-{b}', { a: 1 })).toBe('1-{b}');
  });
});
