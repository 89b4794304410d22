import { describe, expect, it } from 'vitest';
import { activeFilterCount, filterQuery, readFilters } from '../inbox-filters';

describe('readFilters', () => {
  it('reads every filter from the URL', () => {
    expect(
      readFilters(new URLSearchParams('chain=clue&step=Task_Verify&due=DUE_SOON&dueDays=7&unitId=31&sort=DUE')),
    ).toEqual({ chain: 'clue', step: 'Task_Verify', due: 'DUE_SOON', dueDays: 7, unitId: 31, sort: 'DUE' });
  });

  it('drops values the page could never have written instead of sending them', () => {
    expect(readFilters(new URLSearchParams('due=LATE&dueDays=0&unitId=abc&sort=up'))).toEqual({
      chain: null,
      step: null,
      due: null,
      dueDays: null,
      unitId: null,
      sort: null,
    });
    expect(readFilters(new URLSearchParams('dueDays=366&unitId=-3')).dueDays).toBeNull();
  });
});

describe('filterQuery', () => {
  it('sends the number of days only with "due within"', () => {
    const base = { chain: null, step: null, unitId: null, sort: null };
    expect(filterQuery({ ...base, due: 'OVERDUE', dueDays: 7 }).dueDays).toBeNull();
    expect(filterQuery({ ...base, due: 'DUE_SOON', dueDays: null }).dueDays).toBe(3);
    expect(filterQuery({ ...base, due: 'DUE_SOON', dueDays: 10 }).dueDays).toBe(10);
  });
});

describe('activeFilterCount', () => {
  it('counts what narrows the lists, not the order', () => {
    expect(
      activeFilterCount({ chain: 'clue', step: null, due: 'OVERDUE', dueDays: null, unitId: 31, sort: 'DUE' }),
    ).toBe(3);
  });
});
