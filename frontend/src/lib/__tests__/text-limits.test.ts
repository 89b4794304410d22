import { describe, expect, it } from 'vitest';
import { charCount, charLimit, cutToChars, exceeds, ITEM_NAME } from '../text-limits';

describe('text limits', () => {
  it('count characters as a person does: a rare character or an emoji is one', () => {
    expect(charCount('𠀾')).toBe(1);
    expect('𠀾'.length).toBe(2);
    expect(charCount('村😀a')).toBe(3);
    expect(charCount('')).toBe(0);
    expect(charCount(null)).toBe(0);
    expect(exceeds('𠀾'.repeat(ITEM_NAME), ITEM_NAME)).toBe(false);
    expect(exceeds('𠀾'.repeat(ITEM_NAME + 1), ITEM_NAME)).toBe(true);
  });

  it('cut at a limit without splitting a character', () => {
    expect(cutToChars('😀😀😀', 2)).toBe('😀😀');
    expect(cutToChars('ab', 5)).toBe('ab');
    const limit = charLimit(3);
    expect(limit).toBe(charLimit(3));
    expect(limit.strategy('😀😀')).toBe(2);
    expect(limit.exceedFormatter('😀😀😀😀')).toBe('😀😀😀');
  });
});
