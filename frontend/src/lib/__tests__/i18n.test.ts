import { describe, expect, it } from 'vitest';
import { createTranslator, format, type Messages } from '../i18n';

const feature: Messages<'demo.hello' | 'demo.onlyZh'> = {
  zh: { 'demo.hello': '你好，{name}', 'demo.onlyZh': '只有中文' },
  en: { 'demo.hello': 'Hello, {name}', 'demo.onlyZh': '' },
};

describe('translator', () => {
  it('reads the shared messages and a feature’s own, in the chosen language', () => {
    const zh = createTranslator('zh', feature);
    const en = createTranslator('en', feature);
    expect(zh('app.name')).toBe('基层减负协同平台');
    expect(en('app.name')).toBe('Grassroots Burden Reduction Platform');
    expect(zh('demo.hello', { name: '张三' })).toBe('你好，张三');
    expect(en('demo.hello', { name: 'Zhang' })).toBe('Hello, Zhang');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(createTranslator('zh')('common.total', { total: 3 })).toBe('共 3 条');
    expect(createTranslator('en')('common.total', { total: 3 })).toBe('3 in total');
    expect(format('{a}-{b}', { a: 1 })).toBe('1-{b}');
  });

  it('keeps the shared labels the browser journeys rely on', () => {
    const t = createTranslator('zh');
    expect(t('app.name')).toBe('基层减负协同平台');
    expect(t('common.search')).toBe('查询');
    expect(t('step.Task_Review')).toBe('社会工作部审核');
    expect(t('step.Task_Triage')).toBe('快速分办');
    expect(t('step.Task_Reassign')).toBe('重新交办');
    expect(createTranslator('en')('step.Task_Reassign')).toBe('Reassign');
  });
});
