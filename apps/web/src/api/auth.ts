import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, hasSessionCookie } from './client';
import { request, type BodyOf, type ResponseOf } from './openapi';

export const authKeys = {
  me: ['me'] as const,
  captcha: ['auth', 'captcha'] as const,
};

export type Me = ResponseOf<'/api/me', 'get'>;
export type SessionStage = Me['stage'];
export type LoginInput = BodyOf<'/api/auth/login', 'post'>;

/** Seconds until the SMS step may ask for another code, as the last login answered (with when). */
export const smsResendKey = ['auth', 'smsResend'] as const;
export type SmsResend = { seconds: number; at: number; sent: boolean };

/** The signed-in user, or an UNAUTHENTICATED ApiError (guards and the login page decide). */
export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: ({ signal }) => {
      if (!hasSessionCookie()) throw new ApiError(401, 'UNAUTHENTICATED', '');
      return request('/api/me', 'get', { signal, authRedirect: false });
    },
    retry: false,
    staleTime: 60_000,
    enabled: options.enabled ?? true,
    meta: { silentError: true },
  });
}

export function useCaptcha() {
  return useQuery({
    queryKey: authKeys.captcha,
    queryFn: ({ signal }) => request('/api/auth/captcha', 'get', { signal, authRedirect: false }),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) =>
      request('/api/auth/login', 'post', { json: input, authRedirect: false }),
    onSuccess: (answer) => {
      if (answer.smsResendInSeconds !== undefined)
        client.setQueryData<SmsResend>(smsResendKey, {
          seconds: answer.smsResendInSeconds,
          at: Date.now(),
          sent: answer.smsSent ?? true,
        });
      client.setQueryData<Me>(authKeys.me, {
        ...answer.user,
        stage: answer.stage,
        mobileMasked: answer.mobileMasked ?? answer.user.mobileMasked,
      });
    },
    meta: { silentError: true },
  });
}

export function useSendSms() {
  return useMutation({
    mutationFn: () => request('/api/auth/sms/send', 'post', { authRedirect: false }),
  });
}

export function useVerifySms() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      request('/api/auth/sms/verify', 'post', { json: { code }, authRedirect: false }),
    onSuccess: (answer) => client.setQueryData(authKeys.me, { ...answer.user, stage: answer.stage }),
    meta: { silentError: true },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/auth/password', 'post'>) =>
      request('/api/auth/password', 'post', { json: input, authRedirect: false }),
    onSuccess: () => client.invalidateQueries({ queryKey: authKeys.me }),
    meta: { silentError: true },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request('/api/auth/logout', 'post', { authRedirect: false }),
    // Signed out either way: a failed logout (expired session) must not keep stale data on screen.
    onSettled: () => client.clear(),
    meta: { silentError: true },
  });
}
