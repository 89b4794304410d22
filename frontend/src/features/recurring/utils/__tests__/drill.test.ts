import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { clueListHref, defaultPeriod, periodOf, trendOf } from '../drill';

const period = { from: '2026-08-01', to: '2026-10-31' };

describe('clueListHref', () => {
  it('narrows the clue list to the group’s category, unit or township and the period', () => {
    expect(clueListHref({ groupBy: 'CATEGORY', key: 'INSPECTIONS' }, period)).toBe(
      '/clues?scope=all&from=2026-08-01&to=2026-10-31&category=INSPECTIONS',
    );
    expect(clueListHref({ groupBy: 'UNIT', key: '12' }, period)).toBe(
      '/clues?scope=all&from=2026-08-01&to=2026-10-31&unitOrgId=12',
    );
    expect(clueListHref({ groupBy: 'TOWNSHIP', key: '4' }, period)).toBe(
      '/clues?scope=all&from=2026-08-01&to=2026-10-31&townshipId=4',
    );
  });

  it('has no list for a similar-wording group', () => {
    expect(clueListHref({ groupBy: 'TEXT', key: '88' }, period)).toBeNull();
  });
});

describe('trendOf', () => {
  it('compares with the period before', () => {
    expect(trendOf(6, 4)).toEqual({ kind: 'up', pct: '50%' });
    expect(trendOf(3, 6)).toEqual({ kind: 'down', pct: '50%' });
    expect(trendOf(4, 3)).toEqual({ kind: 'up', pct: '33%' });
    expect(trendOf(5, 5)).toEqual({ kind: 'flat' });
    expect(trendOf(5, 0)).toEqual({ kind: 'new' });
    expect(trendOf(5, null)).toEqual({ kind: 'none' });
  });
});

describe('periodOf', () => {
  const today = dayjs('2026-11-20');
  it('defaults to the last three months', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2026-08-20', to: '2026-11-20' });
    expect(periodOf(null, null, today)).toEqual({ from: '2026-08-20', to: '2026-11-20' });
    expect(periodOf('2026-13', '2026-11-01', today)).toEqual({ from: '2026-08-20', to: '2026-11-20' });
    expect(periodOf('2026-11-02', '2026-11-01', today)).toEqual({ from: '2026-08-20', to: '2026-11-20' });
  });

  it('keeps a period given in the URL', () => {
    expect(periodOf('2026-01-01', '2026-03-31', today)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(periodOf('2026-01-01', '2026-01-01', today)).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });
});
