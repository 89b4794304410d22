import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, LOGIN_URL } from '@/lib/api-client';
import { ME_QUERY_KEY, type CurrentUser } from '@/lib/auth';

/**
 * The second sign-in step: a 6-digit code or a recovery code. 200 CurrentUser; 401 验证码不正确 or
 * 登录已超时 (5 minutes after the password); 429 with Retry-After after too many failures.
 */
export function loginTwoFactor(code: string): Promise<CurrentUser> {
  return api.post<CurrentUser>(`${LOGIN_URL}/two-factor`, { code });
}

export function useLoginTwoFactor() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: loginTwoFactor,
    onSuccess: (user) => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      qc.setQueryData(ME_QUERY_KEY, user);
    },
  });
}
