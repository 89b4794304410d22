import { describe, expect, it } from 'vitest';
import { paths } from '@/config/paths';
import { subjectHref, warningSentence } from '../warning-text';

// the dictionaries' own interpolation is not needed to see which key and values were chosen
const t = ((key: string, values?: Record<string, string>) => `${key} ${JSON.stringify(values ?? {})}`) as never;

describe('warning text', () => {
  it('says which clues read alike and which units they are about', () => {
    const line = warningSentence(t, {
      rule: 'SIMILAR_CLUES',
      params: { clues: '3', clueNos: 'XS2026-001、XS2026-004', units: '县农业农村局、县民政局' },
    });
    expect(line).toContain('warnSentence.SIMILAR_CLUES');
    expect(line).toContain('XS2026-001、XS2026-004');
    expect(line).toContain('县农业农村局、县民政局');
  });

  it('says how low a department was rated and leads to that round’s results', () => {
    const w = { rule: 'LOW_EVALUATION_SCORE', params: { round: '上半年', roundId: '5', average: '2.33', below: '3' } };
    expect(warningSentence(t, w)).toContain('warnSentence.LOW_EVALUATION_SCORE');
    expect(warningSentence(t, w)).toContain('2.33');
    expect(subjectHref({ subjectType: 'ORG', subjectKey: '7', params: w.params }, null)).toBe(
      paths.evaluationResults.getHref('5'),
    );
  });

  it('leads from a clue subject to the clue and from an item subject to the list entry', () => {
    expect(subjectHref({ subjectType: 'CLUE', subjectKey: '42', params: {} }, null)).toBe(
      paths.clueDetail.getHref('42'),
    );
    expect(subjectHref({ subjectType: 'ITEM', subjectKey: '7', params: {} }, null)).toBe(
      paths.admissionItem.getHref('7'),
    );
    expect(subjectHref({ subjectType: 'CLUE', subjectKey: '', params: {} }, null)).toBeNull();
  });
});
