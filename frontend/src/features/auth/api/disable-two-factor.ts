import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { ME_QUERY_KEY } from '@/lib/auth';
import { TWO_FACTOR_STATUS_KEY } from './get-two-factor-status';

/** A code or a recovery code turns it off; 400 fieldErrors.code when wrong; 403 for roles that require it. */
export function disableTwoFactor(code: string): Promise<void> {
  return api.post<void>('/api/auth/two-factor/disable', { code });
}

export function useDisableTwoFactor() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: disableTwoFactor,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: TWO_FACTOR_STATUS_KEY });
      void qc.invalidateQueries({ queryKey: ME_QUERY_KEY });
    },
  });
}
