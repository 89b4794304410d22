import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import { admissionMessages } from '../../i18n';
import { decisionLabel } from '../history-timeline';

describe('decisionLabel', () => {
  const zh = createTranslator('zh', admissionMessages);
  const en = createTranslator('en', admissionMessages);

  it("names a co-signer's opinion in words, in both languages", () => {
    expect(decisionLabel(zh, 'CO_SIGNED', 'AGREE')).toBe('同意');
    expect(decisionLabel(zh, 'CO_SIGNED', 'OBJECT')).toBe('不同意');
    expect(decisionLabel(en, 'CO_SIGNED', 'OBJECT')).toBe('Objected');
  });

  it("reads an approver's return differently from a reviewer's", () => {
    expect(decisionLabel(zh, 'REVIEWED', 'PASS')).not.toBe('PASS');
    expect(decisionLabel(zh, 'APPROVED', 'RETURN')).not.toBe(decisionLabel(zh, 'REVIEWED', 'RETURN'));
  });
});
