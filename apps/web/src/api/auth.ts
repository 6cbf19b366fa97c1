import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, hasSessionCookie } from './client';
import type { Me, SessionStage } from './types';

export const authKeys = {
  me: ['me'] as const,
  captcha: ['auth', 'captcha'] as const,
};

export type Captcha = { captchaId: string; svg: string; answer?: string };
export type LoginInput = { username: string; password: string; captchaId: string; captchaAnswer: string };
export type LoginAnswer = {
  stage: SessionStage;
  mobileMasked?: string | null;
  /** SMS step: whether this login sent a code, seconds until another may be asked for, and what happened (zh-CN). */
  smsSent?: boolean;
  smsResendInSeconds?: number;
  smsNotice?: string;
  user: Me;
};

/** Seconds until the SMS step may ask for another code, as the last login answered (with when). */
export const smsResendKey = ['auth', 'smsResend'] as const;
export type SmsResend = { seconds: number; at: number; sent: boolean };

/** The signed-in user, or an UNAUTHENTICATED ApiError (guards and the login page decide). */
export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: ({ signal }) => {
      if (!hasSessionCookie()) throw new ApiError(401, 'UNAUTHENTICATED', '');
      return api<Me>('/api/me', { signal, authRedirect: false });
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
    queryFn: ({ signal }) => api<Captcha>('/api/auth/captcha', { signal, authRedirect: false }),
    staleTime: Infinity,
    gcTime: 0,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) =>
      api<LoginAnswer>('/api/auth/login', { method: 'POST', json: input, authRedirect: false }),
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
    mutationFn: () =>
      api<{ ok: boolean; mobileMasked: string | null; resendInSeconds?: number }>('/api/auth/sms/send', {
        method: 'POST',
        authRedirect: false,
      }),
  });
}

export function useVerifySms() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api<{ stage: SessionStage; user: Me }>('/api/auth/sms/verify', {
        method: 'POST',
        json: { code },
        authRedirect: false,
      }),
    onSuccess: (answer) => client.setQueryData(authKeys.me, { ...answer.user, stage: answer.stage }),
    meta: { silentError: true },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { oldPassword: string; newPassword: string }) =>
      api<{ stage: SessionStage }>('/api/auth/password', {
        method: 'POST',
        json: input,
        authRedirect: false,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: authKeys.me }),
    meta: { silentError: true },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: boolean }>('/api/auth/logout', { method: 'POST', authRedirect: false }),
    // Signed out either way: a failed logout (expired session) must not keep stale data on screen.
    onSettled: () => client.clear(),
    meta: { silentError: true },
  });
}
