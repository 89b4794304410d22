// 转办、委派、交回 of any process's task: the same three calls for applications and clues.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A person a task may be handed to. */
export type TaskHolder = { username: string; displayName: string; orgName: string | null };

export type HandOverKind = 'transfer' | 'delegate';

const base = (taskId: string) => `/api/inbox/tasks/${encodeURIComponent(taskId)}`;

export function getTaskHolders(taskId: string, keyword: string): Promise<TaskHolder[]> {
  return api.get<TaskHolder[]>(`${base(taskId)}/holders`, { params: { keyword: keyword || undefined } });
}

export const taskHoldersQueryOptions = (taskId: string, keyword: string) =>
  queryOptions({
    queryKey: ['inbox', 'holders', taskId, keyword],
    queryFn: () => getTaskHolders(taskId, keyword),
    staleTime: 30_000,
  });

export function useTaskHolders(taskId: string, keyword: string, enabled: boolean) {
  return useQuery({ ...taskHoldersQueryOptions(taskId, keyword), enabled });
}

export type HandOverInput = { taskId: string; kind: HandOverKind; username: string };

/** 转办 (the receiver holds it now) or 委派 (the receiver works on it and hands it back). */
export function handOverTask({ taskId, kind, username }: HandOverInput): Promise<unknown> {
  return api.post<unknown>(`${base(taskId)}/${kind}`, { username });
}

export type ResolveInput = { taskId: string; opinion: string };

/** 交回: the delegate's opinion, and the task goes back to the person who delegated it. */
export function resolveTask({ taskId, opinion }: ResolveInput): Promise<unknown> {
  return api.post<unknown>(`${base(taskId)}/resolve`, { opinion });
}

/** After a hand-over the case's page and every inbox list change. */
function useRefresh(caseKey: readonly unknown[]) {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: caseKey });
    void qc.invalidateQueries({ queryKey: ['inbox'] });
  };
}

export function useHandOverTask(caseKey: readonly unknown[]) {
  const refresh = useRefresh(caseKey);
  return useMutation({ mutationFn: handOverTask, onSettled: refresh });
}

export function useResolveTask(caseKey: readonly unknown[]) {
  const refresh = useRefresh(caseKey);
  return useMutation({ mutationFn: resolveTask, onSettled: refresh });
}
