import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import { taskHref, taskTitle } from '../task-href';

describe('taskHref', () => {
  it('routes by processKey', () => {
    expect(taskHref({ processKey: 'clue', businessId: 7 })).toBe('/clues/7');
    expect(taskHref({ processKey: 'admission', businessId: 7 })).toBe('/applications/7');
    expect(taskHref({ processKey: 'list-review', businessId: 4 })).toBe('/list-reviews/4');
    expect(taskHref({ processKey: 'special-topic', businessId: 7 })).toBe('/special-topics/7');
  });
});

describe('taskTitle', () => {
  const en = createTranslator('en');
  it("translates a clue's category and leaves the rest as the server wrote it", () => {
    expect(taskTitle(en, { processKey: 'clue', businessId: 7, title: 'XS-2026-0001 指尖上的形式主义' })).toBe(
      'XS-2026-0001 Fingertip formalism',
    );
    expect(taskTitle(en, { processKey: 'clue', businessId: 7, title: 'XS-2026-0001 未知类别' })).toBe(
      'XS-2026-0001 未知类别',
    );
    expect(taskTitle(en, { processKey: 'admission', businessId: 7, title: '村级安全巡查' })).toBe('村级安全巡查');
  });
});
