import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type RecoveryCodes = { recoveryCodes: string[] };

/** The first code from the app turns it on; 400 fieldErrors.code when wrong; the 10 recovery codes come once. */
export function enableTwoFactor(code: string): Promise<RecoveryCodes> {
  return api.post<RecoveryCodes>('/api/auth/two-factor/enable', { code });
}

export function useEnableTwoFactor() {
  // the caller refreshes the user and the status once the recovery codes have been seen
  return useMutation({ mutationFn: enableTwoFactor });
}
