import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, LOGIN_URL } from '@/lib/api-client';
import { ME_QUERY_KEY, type CurrentUser } from '@/lib/auth';

export type LoginInput = { username: string; password: string };

/** The password was right, but the account uses two-factor sign-in: a code must follow. */
export type SecondFactorNeeded = { twoFactorRequired: true };

export type LoginResult = CurrentUser | SecondFactorNeeded;

export function needsSecondFactor(result: LoginResult): result is SecondFactorNeeded {
  return 'twoFactorRequired' in result && result.twoFactorRequired;
}

/** 200 CurrentUser or {twoFactorRequired: true}; 401 用户名或密码错误; 429 after too many failures. */
export function login(input: LoginInput): Promise<LoginResult> {
  return api.post<LoginResult>(LOGIN_URL, input);
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (result) => {
      if (needsSecondFactor(result)) return;
      // a new session: forget whatever the previous one had loaded
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      qc.setQueryData(ME_QUERY_KEY, result);
    },
  });
}
