import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { UpdateUserBody, User } from '../types';

export function updateUser({ id, body }: { id: number; body: UpdateUserBody }): Promise<User> {
  return api.put<User>(`/api/users/${id}`, body);
}

export function useUpdateUser() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => qc.invalidateQueries({ queryKey: ['users'] }) });
}
