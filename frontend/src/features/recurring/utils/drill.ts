// Where a recurring problem's figures lead, and how it compares with the period before.
import dayjs from 'dayjs';
import { paths } from '@/config/paths';
import type { Period, RecurringProblem } from '../types';

/**
 * The clue list narrowed as far as it can be to a group's clues: its category, unit or township and
 * the period. A unit's or township's list is the group exactly (refused and merged clues have no
 * units); a category's also shows the period's refused and merged clues, which the group leaves out
 * (the list's ACCEPTED bucket would drop the clues still in triage instead). Null for a
 * similar-wording group: the list has no filter for it, its clues are opened by number.
 */
export function clueListHref(p: Pick<RecurringProblem, 'groupBy' | 'key'>, period: Period): string | null {
  const base = { from: period.from, to: period.to };
  switch (p.groupBy) {
    case 'CATEGORY':
      return paths.clues.getHref('all', { ...base, category: p.key });
    case 'UNIT':
      return paths.clues.getHref('all', { ...base, unitOrgId: p.key });
    case 'TOWNSHIP':
      return paths.clues.getHref('all', { ...base, townshipId: p.key });
    default:
      return null;
  }
}

export type Trend = { kind: 'none' } | { kind: 'new' } | { kind: 'flat' } | { kind: 'up' | 'down'; pct: string };

/** The change on the period before: none (not compared), new (none before), flat, or up/down by a whole percentage. */
export function trendOf(clues: number, previous: number | null): Trend {
  if (previous === null) return { kind: 'none' };
  if (previous === 0) return clues > 0 ? { kind: 'new' } : { kind: 'flat' };
  if (clues === previous) return { kind: 'flat' };
  const pct = `${Math.round((Math.abs(clues - previous) / previous) * 100)}%`;
  return { kind: clues > previous ? 'up' : 'down', pct };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last three months up to today, both ends included. */
export function defaultPeriod(today: dayjs.Dayjs = dayjs()): Period {
  return { from: today.subtract(3, 'month').format('YYYY-MM-DD'), to: today.format('YYYY-MM-DD') };
}

/** The period in the URL, or the default one when either end is missing, malformed or they are the wrong way round. */
export function periodOf(from: string | null, to: string | null, today?: dayjs.Dayjs): Period {
  if (from && to && DATE.test(from) && DATE.test(to) && from <= to) return { from, to };
  return defaultPeriod(today);
}
