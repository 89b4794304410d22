import { describe, expect, it } from 'vitest';
import type { ClueCurrentTask, ClueUnit } from '../../types';
import { clueTaskKind } from '../task-kind';

const unit = (id: number, orgId: number) => ({ id, orgId }) as ClueUnit;
const clue = { units: [unit(11, 100), unit(12, 200)] };
const task = (taskKey: string, unitId: number | null = null) => ({ taskId: 't', taskKey, unitId }) as ClueCurrentTask;

describe('clueTaskKind', () => {
  it('gives the office triage, acceptance and reply', () => {
    const office = { roles: ['OFFICE'] as const, orgId: 1 };
    expect(clueTaskKind(task('Task_Triage'), clue, { ...office, roles: ['OFFICE'] })).toBe('triage');
    expect(clueTaskKind(task('Task_Accept', 11), clue, { ...office, roles: ['OFFICE'] })).toBe('check');
    expect(clueTaskKind(task('Task_Reply'), clue, { ...office, roles: ['OFFICE'] })).toBe('reply');
    expect(clueTaskKind(task('Task_Plan', 11), clue, { ...office, roles: ['OFFICE'] })).toBeNull();
  });
  it('gives a unit only its own verification, plan and report', () => {
    const village = { roles: ['GRASSROOTS' as const], orgId: 100 };
    expect(clueTaskKind(task('Task_Verify', 11), clue, village)).toBe('verify');
    expect(clueTaskKind(task('Task_Verify', 12), clue, village)).toBeNull();
    expect(clueTaskKind(task('Task_Plan', 11), clue, village)).toBe('plan');
    expect(clueTaskKind(task('Task_Report', 12), clue, village)).toBeNull();
    expect(clueTaskKind(task('Task_Triage'), clue, village)).toBeNull();
  });
  it('lets verifiers verify for any unit, but not plan', () => {
    const verifier = { roles: ['VERIFIER' as const], orgId: 5 };
    expect(clueTaskKind(task('Task_Verify', 12), clue, verifier)).toBe('verify');
    expect(clueTaskKind(task('Task_Plan', 12), clue, verifier)).toBeNull();
  });
});
