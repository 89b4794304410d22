import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClueCategory } from '@/lib/enums';
import { useDebouncedValue } from '../utils/use-debounced-value';

export type CategorySuggestion = { category: ClueCategory | null; label: string | null };

/** Fewer characters than this say too little to suggest anything. */
export const SUGGEST_MIN_CHARS = 4;
/** Asks once the reporter paused typing this long. */
export const SUGGEST_DELAY_MS = 500;

/**
 * POST /api/public/clues/category-suggestion: the category the description's words point to (the
 * rules are the server's, CategorySuggestions). The text goes in the body, never in a URL, and the
 * server keeps nothing of it.
 */
export function suggestCategory(text: string): Promise<CategorySuggestion> {
  return api.post<CategorySuggestion>('/api/public/clues/category-suggestion', { text });
}

export const suggestCategoryQueryOptions = (text: string) =>
  queryOptions({
    queryKey: ['category-suggestion', text],
    queryFn: () => suggestCategory(text),
    staleTime: Infinity,
    // a suggestion is a convenience: a failure (429, offline) shows nothing and is not retried
    retry: false,
  });

/** The suggestion for `text` after the reporter paused typing; none while `enabled` is false. */
export function useCategorySuggestion(text: string, enabled: boolean) {
  const settled = useDebouncedValue(text.trim(), SUGGEST_DELAY_MS);
  const query = useQuery({
    ...suggestCategoryQueryOptions(settled),
    enabled: enabled && [...settled].length >= SUGGEST_MIN_CHARS,
  });
  return enabled && query.data?.category ? query.data : null;
}
