import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, LOGIN_URL } from '@/lib/api-client';
import { ME_QUERY_KEY, type CurrentUser } from '@/lib/auth';

export type LoginInput = { username: string; password: string };

/** 200 CurrentUser; 401 用户名或密码错误; 429 after too many failures. */
export function login(input: LoginInput): Promise<CurrentUser> {
  return api.post<CurrentUser>(LOGIN_URL, input);
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // a new session: forget whatever the previous one had loaded
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      qc.setQueryData(ME_QUERY_KEY, user);
    },
  });
}
