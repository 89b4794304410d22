// 抄送 of a case (an application or a clue): the person search and the two copy calls.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TaskHolder } from '@/lib/task-hand-over';

export type CopyChain = 'admission' | 'clue';

export type CopyRecipients = { usernames: string[]; orgIds: number[] };

export function findCopyPeople(keyword: string): Promise<TaskHolder[]> {
  return api.get<TaskHolder[]>('/api/copies/people', { params: { keyword } });
}

export const copyPeopleQueryOptions = (keyword: string) =>
  queryOptions({
    queryKey: ['copies', 'people', keyword],
    queryFn: () => findCopyPeople(keyword),
    staleTime: 30_000,
  });

/** People matching the keyword; nothing is asked until something is typed. */
export function useCopyPeople(keyword: string) {
  return useQuery({ ...copyPeopleQueryOptions(keyword.trim()), enabled: keyword.trim().length > 0 });
}

function copyUrl(chain: CopyChain, id: number | string) {
  return chain === 'clue' ? `/api/clues/${id}/copies` : `/api/admission/applications/${id}/copies`;
}

export type CopyInput = CopyRecipients & { chain: CopyChain; id: number | string };

export function copyCase({ chain, id, usernames, orgIds }: CopyInput): Promise<unknown> {
  return api.post<unknown>(copyUrl(chain, id), { usernames, orgIds });
}

/** Copies the case; its page (history) is fetched again afterwards. */
export function useCopyCase(caseKey: readonly unknown[]) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: copyCase,
    onSettled: () => void qc.invalidateQueries({ queryKey: caseKey }),
  });
}
