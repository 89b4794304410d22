// 常用意见: the user's own saved phrases, offered next to every decision comment box.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type Phrase = { id: number; text: string };

const URL = '/api/me/phrases';

export const phrasesQueryKey = ['me', 'phrases'] as const;

export function getPhrases(): Promise<Phrase[]> {
  return api.get<Phrase[]>(URL);
}

export const phrasesQueryOptions = () =>
  queryOptions({ queryKey: phrasesQueryKey, queryFn: getPhrases, staleTime: 60_000 });

export function usePhrases(enabled = true) {
  return useQuery({ ...phrasesQueryOptions(), enabled });
}

/** Every change answers with the whole list, which replaces the cached one. */
function useListChange<I>(fn: (input: I) => Promise<Phrase[]>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (list) => qc.setQueryData(phrasesQueryKey, list),
    onError: () => qc.invalidateQueries({ queryKey: phrasesQueryKey }),
  });
}

export function useAddPhrase() {
  return useListChange((text: string) => api.post<Phrase[]>(URL, { text }));
}

export function useChangePhrase() {
  return useListChange(({ id, text }: { id: number; text: string }) => api.put<Phrase[]>(`${URL}/${id}`, { text }));
}

export function useRemovePhrase() {
  return useListChange((id: number) => api.delete<Phrase[]>(`${URL}/${id}`));
}

export function useReorderPhrases() {
  return useListChange((ids: number[]) => api.put<Phrase[]>(`${URL}/order`, { ids }));
}

/** The comment with the phrase added: after the text already typed, on a new line. */
export function withPhrase(comment: string | undefined, phrase: string): string {
  const before = (comment ?? '').trimEnd();
  return before ? `${before}\n${phrase}` : phrase;
}
