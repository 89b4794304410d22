// Finds the reported unit by any part of its name (河口 → 河口镇) or by pinyin: initials (jyj → 教育局)
// or the full syllables (jiaoyu → 教育局). The pinyin dictionary is large (about 100 KiB
// compressed), so it is loaded only when the reporter starts searching (loadPinyin), never with
// the form.
import type { PublicOrg } from '../types';

/** What the search needs of pinyin-pro: every reading's initial per character, and the full pinyin. */
export type PinyinReader = {
  /** One entry per character (code point): the initials of all its readings (长 → ['c', 'z']). */
  initials: (name: string) => string[][];
  /** The name's pinyin in its most likely reading, without tones or spaces (教育局 → jiaoyuju). */
  full: (name: string) => string;
};

export type UnitEntry = { org: PublicOrg; name: string; initials: string[][] | null; full: string | null };

let pinyinLoad: Promise<PinyinReader> | null = null;

/** Loads pinyin-pro once (a separate chunk); later calls get the same promise. */
export function loadPinyin(): Promise<PinyinReader> {
  pinyinLoad ??= import('pinyin-pro').then(({ pinyin, polyphonic }) => ({
    initials: (name) =>
      polyphonic(name, { pattern: 'first', toneType: 'none', type: 'array' }).map((readings) =>
        readings.map((r) => r.toLowerCase()),
      ),
    full: (name) => pinyin(name, { toneType: 'none', type: 'array' }).join('').toLowerCase(),
  }));
  return pinyinLoad;
}

/** The units with what the search compares; without a reader only names are searched. */
export function indexUnits(orgs: readonly PublicOrg[], reader: PinyinReader | null): UnitEntry[] {
  return orgs.map((org) => ({
    org,
    name: org.name.toLowerCase(),
    initials: reader ? reader.initials(org.name) : null,
    full: reader ? reader.full(org.name) : null,
  }));
}

/** Whether the letters run along consecutive characters' initials (any reading of each character). */
function initialsContain(initials: string[][], letters: string): boolean {
  for (let start = 0; start + letters.length <= initials.length; start++) {
    let k = 0;
    while (k < letters.length && initials[start + k].includes(letters[k])) k++;
    if (k === letters.length) return true;
  }
  return false;
}

/** Whether initials start at the first character (for ranking). */
function initialsStart(initials: string[][], letters: string): boolean {
  return letters.split('').every((l, k) => initials[k]?.includes(l));
}

const LATIN = /^[a-z]+$/;

/** Whether the query is plain latin letters, that is, may be pinyin. */
export function isPinyinQuery(query: string): boolean {
  return LATIN.test(query.trim().toLowerCase().replace(/\s+/g, ''));
}

/**
 * The units matching `query`, best first: names or initials that start with it before those that
 * contain it, otherwise in the list's order. At most `limit`.
 */
export function searchUnits(entries: readonly UnitEntry[], query: string, limit = 8): PublicOrg[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const letters = q.replace(/\s+/g, '');
  const pinyin = LATIN.test(letters);
  const ranked: { org: PublicOrg; rank: number; order: number }[] = [];
  entries.forEach((e, order) => {
    let rank = -1;
    if (e.name.startsWith(q)) rank = 0;
    else if (e.name.includes(q)) rank = 2;
    if (pinyin && e.initials && e.full) {
      if (initialsStart(e.initials, letters) || e.full.startsWith(letters)) rank = rank < 0 ? 1 : Math.min(rank, 1);
      else if (initialsContain(e.initials, letters) || e.full.includes(letters)) rank = rank < 0 ? 3 : rank;
    }
    if (rank >= 0) ranked.push({ org: e.org, rank, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map((r) => r.org);
}
