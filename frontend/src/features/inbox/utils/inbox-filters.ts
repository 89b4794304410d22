import { isOneOf } from '@/lib/enums';
import type { QueryParams } from '@/lib/api-client';
import { DUE_STATES, INBOX_SORTS, type InboxFilters } from '../types';

export const DEFAULT_DUE_DAYS = 3;
export const MAX_DUE_DAYS = 365;

/** The URL parameters the filters live in (so a reload or a shared link keeps them). */
export const FILTER_PARAMS = ['chain', 'step', 'due', 'dueDays', 'unitId', 'sort'] as const;

const positiveInt = (v: string | null, max = Number.MAX_SAFE_INTEGER) => {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= 1 && n <= max ? n : null;
};

/** The filters in the URL; a value the page could never have written is dropped rather than sent. */
export function readFilters(params: URLSearchParams): InboxFilters {
  const due = params.get('due');
  const sort = params.get('sort');
  return {
    chain: params.get('chain') || null,
    step: params.get('step') || null,
    due: isOneOf(DUE_STATES, due) ? due : null,
    dueDays: positiveInt(params.get('dueDays'), MAX_DUE_DAYS),
    unitId: positiveInt(params.get('unitId')),
    sort: isOneOf(INBOX_SORTS, sort) ? sort : null,
  };
}

/** The filters as the API's query parameters: dueDays only where it means something. */
export function filterQuery(f: InboxFilters): QueryParams {
  return {
    chain: f.chain,
    step: f.step,
    due: f.due,
    dueDays: f.due === 'DUE_SOON' ? (f.dueDays ?? DEFAULT_DUE_DAYS) : null,
    unitId: f.unitId,
    sort: f.sort,
  };
}

/** How many filters narrow the lists (the order is not one). */
export function activeFilterCount(f: InboxFilters): number {
  return [f.chain, f.step, f.due, f.unitId].filter((v) => v !== null).length;
}
