import { describe, expect, it } from 'vitest';
import type { Org } from '@/lib/orgs';
import { suggestedUnits } from '../suggested-units';

const org = (id: number, name: string, type: Org['type'], parentId: number | null = null): Org => ({
  id,
  code: `o${id}`,
  name,
  type,
  parentId,
});

const orgs = [
  org(1, '县委督查室（减负办）', 'BURDEN_OFFICE'),
  org(3, '县教育局', 'COUNTY_DEPT'),
  org(20, '河口镇', 'TOWNSHIP'),
  org(31, '东关社区', 'VILLAGE', 20),
  org(32, '东关', 'VILLAGE', 20),
  org(33, '柳家村', 'VILLAGE', 20),
  org(34, '沙湾村', 'VILLAGE', 20),
];

describe('suggestedUnits (the assignment picker starts with them)', () => {
  it('starts with the unit reported', () => {
    expect(suggestedUnits({ reportedOrgId: 3, place: null }, orgs, 5)).toEqual([3]);
  });

  it('adds the village named in the place text, the longest name when one contains another', () => {
    expect(suggestedUnits({ reportedOrgId: 3, place: '河口镇东关社区村委会二楼' }, orgs, 5)).toEqual([3, 31]);
    expect(suggestedUnits({ reportedOrgId: null, place: '柳家村和沙湾村交界' }, orgs, 5)).toEqual([33, 34]);
  });

  it('never suggests the office itself, an unknown unit, or a unit twice, and keeps to the limit', () => {
    expect(suggestedUnits({ reportedOrgId: 1, place: '' }, orgs, 5)).toEqual([]);
    expect(suggestedUnits({ reportedOrgId: 999, place: '外县' }, orgs, 5)).toEqual([]);
    expect(suggestedUnits({ reportedOrgId: 33, place: '柳家村' }, orgs, 5)).toEqual([33]);
    expect(suggestedUnits({ reportedOrgId: 3, place: '柳家村和沙湾村' }, orgs, 2)).toEqual([3, 33]);
  });
});
