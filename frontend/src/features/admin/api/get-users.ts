import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { User } from '../types';

export type GetUsersParams = { page: number; size: number; keyword?: string | null };

export function getUsers(params: GetUsersParams): Promise<Page<User>> {
  return api.get<Page<User>>('/api/users', { params });
}

export const getUsersQueryOptions = (params: GetUsersParams) =>
  queryOptions({ queryKey: ['users', params], queryFn: () => getUsers(params), placeholderData: keepPreviousData });

export function useUsers(params: GetUsersParams) {
  return useQuery(getUsersQueryOptions(params));
}
