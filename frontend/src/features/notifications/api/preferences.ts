import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Preferences } from '../types';

const PREFERENCES_KEY = ['notifications', 'preferences'] as const;

export function getPreferences(): Promise<Preferences> {
  return api.get<Preferences>('/api/notifications/preferences');
}

export const getPreferencesQueryOptions = () => queryOptions({ queryKey: PREFERENCES_KEY, queryFn: getPreferences });

export function usePreferences() {
  return useQuery(getPreferencesQueryOptions());
}

export function updatePreferences(body: Preferences): Promise<Preferences> {
  return api.put<Preferences>('/api/notifications/preferences', body);
}

export function useUpdatePreferences() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (saved) => qc.setQueryData(PREFERENCES_KEY, saved),
  });
}
