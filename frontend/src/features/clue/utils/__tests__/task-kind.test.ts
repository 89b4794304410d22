import { describe, expect, it } from 'vitest';
import type { ClueCurrentTask, ClueUnit } from '../../types';
import { canReturnClue, clueTaskKind } from '../task-kind';

const unit = (id: number, orgId: number, status = 'VERIFYING') => ({ id, orgId, status }) as ClueUnit;
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
  it('gives the office the 重新交办 of a returned unit, and nobody else', () => {
    expect(clueTaskKind(task('Task_Reassign', 11), clue, { roles: ['OFFICE'], orgId: 1 })).toBe('reassign');
    expect(clueTaskKind(task('Task_Reassign', 11), clue, { roles: ['GRASSROOTS'], orgId: 100 })).toBeNull();
    expect(clueTaskKind(task('Task_Reassign', 11), clue, { roles: ['VERIFIER'], orgId: 5 })).toBeNull();
  });
  it('lets only the unit itself return (退单) its verification, while it is verifying', () => {
    expect(canReturnClue(task('Task_Verify', 11), clue, { orgId: 100 })).toBe(true);
    expect(canReturnClue(task('Task_Verify', 12), clue, { orgId: 100 })).toBe(false);
    expect(canReturnClue(task('Task_Verify', 11), clue, { orgId: 5 })).toBe(false);
    expect(canReturnClue(task('Task_Plan', 11), clue, { orgId: 100 })).toBe(false);
    const returned = { units: [unit(11, 100, 'RETURNED')] };
    expect(canReturnClue(task('Task_Verify', 11), returned, { orgId: 100 })).toBe(false);
  });
});
