import { describe, expect, it } from 'vitest';
import type { PublicOrg } from '../../types';
import { indexUnits, isPinyinQuery, loadPinyin, searchUnits } from '../unit-search';

const org = (id: number, name: string, type: PublicOrg['type'] = 'COUNTY_DEPT'): PublicOrg => ({
  id,
  code: `U${id}`,
  name,
  type,
  parentId: null,
});

const ORGS = [
  org(1, '县民政局'),
  org(2, '县教育局'),
  org(3, '河口镇', 'TOWNSHIP'),
  org(4, '河口镇长安村', 'VILLAGE'),
  org(5, '城关镇东关社区', 'VILLAGE'),
  org(6, '县住房和城乡建设局'),
];

const names = (found: PublicOrg[]) => found.map((o) => o.name);

describe('searchUnits', () => {
  it('finds a unit by any part of its name, without pinyin', () => {
    const entries = indexUnits(ORGS, null);
    expect(names(searchUnits(entries, '河口'))).toEqual(['河口镇', '河口镇长安村']);
    expect(names(searchUnits(entries, '教育'))).toEqual(['县教育局']);
    expect(names(searchUnits(entries, '长安'))).toEqual(['河口镇长安村']);
    expect(searchUnits(entries, '  ')).toEqual([]);
    // without the dictionary, latin letters find nothing (they are not in the names)
    expect(searchUnits(entries, 'jyj')).toEqual([]);
  });

  it('finds a unit by pinyin initials and full pinyin, initials at the start first', async () => {
    const entries = indexUnits(ORGS, await loadPinyin());
    expect(names(searchUnits(entries, 'jyj'))).toEqual(['县教育局']);
    expect(names(searchUnits(entries, 'JYJ'))).toEqual(['县教育局']);
    expect(names(searchUnits(entries, 'xjyj'))).toEqual(['县教育局']);
    expect(names(searchUnits(entries, 'jiaoyu'))).toEqual(['县教育局']);
    expect(names(searchUnits(entries, 'hkz'))).toEqual(['河口镇', '河口镇长安村']);
    // 长 is read zhang or chang: either initial finds 长安村
    expect(names(searchUnits(entries, 'cac'))).toEqual(['河口镇长安村']);
    expect(names(searchUnits(entries, 'zac'))).toEqual(['河口镇长安村']);
    expect(names(searchUnits(entries, 'mzj'))).toEqual(['县民政局']);
    expect(names(searchUnits(entries, 'zfhcxjsj'))).toEqual(['县住房和城乡建设局']);
    expect(searchUnits(entries, 'qqq')).toEqual([]);
  });

  it('keeps names with characters outside the BMP searchable', async () => {
    const entries = indexUnits([org(9, '𠀾溪村😀', 'VILLAGE')], await loadPinyin());
    expect(names(searchUnits(entries, '𠀾溪'))).toEqual(['𠀾溪村😀']);
    expect(names(searchUnits(entries, 'xc'))).toEqual(['𠀾溪村😀']);
  });

  it('limits the list', () => {
    const many = Array.from({ length: 20 }, (_, i) => org(i + 1, `第${i + 1}村`, 'VILLAGE'));
    expect(searchUnits(indexUnits(many, null), '村')).toHaveLength(8);
    expect(searchUnits(indexUnits(many, null), '村', 3)).toHaveLength(3);
  });

  it('tells pinyin from Chinese', () => {
    expect(isPinyinQuery('jyj')).toBe(true);
    expect(isPinyinQuery('jiao yu')).toBe(true);
    expect(isPinyinQuery('教育')).toBe(false);
    expect(isPinyinQuery('')).toBe(false);
  });
});
