import { describe, expect, it } from 'vitest';
import { taskHref } from '../task-href';

describe('taskHref', () => {
  it('routes by processKey', () => {
    expect(taskHref({ processKey: 'clue', businessId: 7 })).toBe('/clues/7');
    expect(taskHref({ processKey: 'admission', businessId: 7 })).toBe('/applications/7');
  });
});
