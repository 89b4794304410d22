import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** `qrImage` is a data:image/png;base64 URI of `otpauthUri`. */
export type TwoFactorSetup = { secret: string; otpauthUri: string; qrImage: string };

/** A new secret (replacing any unconfirmed one); 409 when two-factor sign-in is already on. */
export function setupTwoFactor(): Promise<TwoFactorSetup> {
  return api.post<TwoFactorSetup>('/api/auth/two-factor/setup');
}

export function useSetupTwoFactor() {
  return useMutation({ mutationFn: setupTwoFactor });
}
