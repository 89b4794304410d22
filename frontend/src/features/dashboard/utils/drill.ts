// Where each number of the dashboard leads: the existing clue and application lists, filtered to
// exactly the records the number counts (the server applies the same conditions).
import { paths } from '@/config/paths';
import type { DashboardScope, Period, Rate, RateKey } from '../types';

/** The clue-list buckets behind each rate: [numerator, denominator]. */
export const RATE_BUCKETS: Record<RateKey, [string, string]> = {
  response: ['RESPONDED_ON_TIME', 'RESPONSE_DUE'],
  resolution: ['RESOLVED', 'SUBSTANTIATED'],
  satisfaction: ['SATISFIED', 'RATED'],
  closure: ['CLOSED', 'ASSIGNED'],
  onTime: ['ON_TIME', 'FINISHED'],
};

/** The county totals' 办结率 counts clues, not assignments: accepted clues are its denominator. */
export const TOTAL_BUCKETS: Record<RateKey, [string, string]> = { ...RATE_BUCKETS, closure: ['CLOSED', 'ACCEPTED'] };

export type ClueFilters = {
  unitOrgId?: number;
  townshipId?: number;
  bucket?: string;
  category?: string;
  from?: string | null;
  to?: string | null;
};

/** The clue list in the user's scope: all (county), the township's, or the unit's own. */
export function clueListHref(scope: DashboardScope, period: Period, filters: ClueFilters = {}): string {
  const list = scope.kind === 'COUNTY' ? 'all' : scope.kind === 'TOWNSHIP' && !filters.unitOrgId ? 'township' : 'unit';
  const townshipId = scope.kind === 'TOWNSHIP' ? undefined : filters.townshipId;
  return paths.clues.getHref(list, { from: period.from, to: period.to, ...filters, townshipId });
}

/** A month `yyyy-MM` within the period: its first and last day, cut to the period's bounds. */
export function monthPeriod(month: string, period: Period): Period {
  const [y, m] = month.split('-').map(Number);
  const first = `${month}-01`;
  const last = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return {
    from: period.from && period.from > first ? period.from : first,
    to: period.to && period.to < last ? period.to : last,
  };
}

export type ApplicationFilters = {
  status?: string;
  deptOrgId?: number;
  returned?: boolean;
  step?: string;
  late?: boolean;
  overdue?: boolean;
};

/** The application list: all for the county, the department's own otherwise. */
export function applicationListHref(scope: DashboardScope, period: Period, filters: ApplicationFilters = {}): string {
  return paths.applications.getHref(scope.kind === 'COUNTY' ? 'all' : 'mine', {
    from: period.from,
    to: period.to,
    ...filters,
    deptOrgId: scope.kind === 'COUNTY' ? filters.deptOrgId : undefined,
  });
}

/** A rate as a percentage with one decimal; "—" when there is nothing to divide by. */
export function percent(rate: Rate | null | undefined): string {
  if (!rate || rate.value === null || rate.whole === 0) return '—';
  return `${(Math.round(rate.value * 1000) / 10).toFixed(1)}%`;
}
