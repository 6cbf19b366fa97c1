import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './client';

/** Set by <ErrorBridge> inside antd's <App>, so errors use the themed, localised message API. */
let reportError: (error: unknown) => void = (error) => console.error(error);
export function setErrorReporter(reporter: (error: unknown) => void): void {
  reportError = reporter;
}

// Codes the client answers by navigating (login, change password); a toast would only be noise.
const SILENT_CODES = new Set(['UNAUTHENTICATED', 'SESSION_STAGE']);

function shouldReport(error: unknown, meta: Record<string, unknown> | undefined): boolean {
  if (meta?.silentError === true) return false;
  if (error instanceof DOMException && error.name === 'AbortError') return false;
  return !(isApiError(error) && SILENT_CODES.has(error.code));
}

declare module '@tanstack/react-query' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Register {
    queryMeta: { silentError?: boolean };
    mutationMeta: { silentError?: boolean };
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (shouldReport(error, query.meta)) reportError(error);
    },
  }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => {
      if (shouldReport(error, mutation.meta)) reportError(error);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !isApiError(error) || (error.status >= 500 && count < 2),
      refetchOnWindowFocus: false,
      staleTime: 10_000,
    },
    mutations: { retry: false },
  },
});
