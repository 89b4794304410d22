import { describe, expect, it } from 'vitest';
import type { ClueUnit } from '../../types';
import { hoursBetween, respondedLate, unitAssignedAt } from '../first-response';

const unit = (over: Partial<ClueUnit>): ClueUnit =>
  ({ id: 1, firstResponseAt: null, verifyDueAt: null, ...over }) as ClueUnit;

describe('first response', () => {
  it('counts hours with one decimal across offsets, and nothing when a time is missing or out of order', () => {
    expect(hoursBetween('2026-11-20T09:00:00+08:00', '2026-11-20T11:30:00+08:00')).toBe(2.5);
    // the same instant written in another offset
    expect(hoursBetween('2026-11-20T09:00:00+08:00', '2026-11-20T02:00:00Z')).toBe(1);
    expect(hoursBetween('2026-11-20T09:00:00+08:00', null)).toBeNull();
    expect(hoursBetween('2026-11-20T09:00:00+08:00', '2026-11-20T08:00:00+08:00')).toBeNull();
  });

  it('takes a reassigned unit’s start from the office’s decision, any other from the assignment', () => {
    const clue = {
      assignedAt: '2026-11-20T10:00:00+08:00',
      returns: [{ reassignedUnitId: 3, decidedAt: '2026-11-21T15:00:00+08:00' }],
    } as never;
    expect(unitAssignedAt(clue, unit({ id: 3 }))).toBe('2026-11-21T15:00:00+08:00');
    expect(unitAssignedAt(clue, unit({ id: 1 }))).toBe('2026-11-20T10:00:00+08:00');
  });

  it('is late only after the time limit', () => {
    const due = '2026-12-11T10:00:00+08:00';
    expect(respondedLate(unit({ firstResponseAt: '2026-12-11T09:59:00+08:00', verifyDueAt: due }))).toBe(false);
    expect(respondedLate(unit({ firstResponseAt: '2026-12-11T10:01:00+08:00', verifyDueAt: due }))).toBe(true);
    expect(respondedLate(unit({ firstResponseAt: null, verifyDueAt: due }))).toBe(false);
  });
});
