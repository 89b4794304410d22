import { describe, expect, it } from 'vitest';
import type { DashboardScope } from '../../types';
import { applicationListHref, clueListHref, monthPeriod, percent } from '../drill';

const county: DashboardScope = { kind: 'COUNTY', orgId: null, orgName: null, orgType: null };
const township: DashboardScope = { kind: 'TOWNSHIP', orgId: 5, orgName: '城关镇', orgType: 'TOWNSHIP' };
const dept: DashboardScope = { kind: 'UNIT', orgId: 7, orgName: '县教育局', orgType: 'COUNTY_DEPT' };
const march = { from: '2026-03-01', to: '2026-03-31' };

describe('drill-down links', () => {
  it('lead the county to all clues, a township to its own, a unit to its own', () => {
    expect(clueListHref(county, march, { unitOrgId: 9, bucket: 'RATED' })).toBe(
      '/clues?scope=all&from=2026-03-01&to=2026-03-31&unitOrgId=9&bucket=RATED',
    );
    expect(clueListHref(township, march)).toBe('/clues?scope=township&from=2026-03-01&to=2026-03-31');
    expect(clueListHref(township, march, { unitOrgId: 9, townshipId: 5 })).toBe(
      '/clues?scope=unit&from=2026-03-01&to=2026-03-31&unitOrgId=9',
    );
    expect(clueListHref(dept, { from: null, to: null }, { bucket: 'CLOSED' })).toBe('/clues?scope=unit&bucket=CLOSED');
  });

  it('narrow the application list to a department only for the county', () => {
    expect(applicationListHref(county, march, { deptOrgId: 3, returned: true })).toBe(
      '/applications?scope=all&from=2026-03-01&to=2026-03-31&deptOrgId=3&returned=true',
    );
    expect(applicationListHref(dept, march, { deptOrgId: 3, status: 'REFUSED' })).toBe(
      '/applications?from=2026-03-01&to=2026-03-31&status=REFUSED',
    );
  });

  it('cut a month to the period', () => {
    expect(monthPeriod('2024-02', { from: null, to: null })).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthPeriod('2026-03', { from: '2026-03-10', to: '2026-06-30' })).toEqual({
      from: '2026-03-10',
      to: '2026-03-31',
    });
  });

  it('show a rate with one decimal, and a dash when there is nothing to divide by', () => {
    expect(percent({ part: 2, whole: 3, value: 0.667 })).toBe('66.7%');
    expect(percent({ part: 0, whole: 0, value: null })).toBe('—');
  });
});
