import { useSearchParams } from 'react-router';

/**
 * A list page's filters and paging, kept in the URL. `update` sets parameters (null or '' removes one) and, unless
 * it sets the page itself, goes back to page 1; `paging` is what a PagedTable needs.
 */
export function useUrlParams(defaultSize = 20) {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const paging = {
    page: Math.max(1, Number(params.get('page')) || 1),
    size: Math.min(100, Math.max(1, Number(params.get('size')) || defaultSize)),
    onPageChange: (page: number, size: number) => update({ page: String(page), size: String(size) }),
  };
  return { params, setParams, update, paging };
}
