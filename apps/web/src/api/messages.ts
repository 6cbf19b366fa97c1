import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from './client';
import type { OutboxMessage } from './types';

export type MessageSearch = {
  channel?: 'sms' | 'email';
  recipient?: string;
  status?: OutboxMessage['status'];
  page: number;
  pageSize: number;
};

export const messageKeys = {
  all: ['messages'] as const,
  list: (search: MessageSearch) => ['messages', 'list', search] as const,
};

/** The outbox (消息中心): where the development provider's SMS and e-mails can be read. */
export function useMessages(search: MessageSearch, options: { autoRefresh?: boolean } = {}) {
  return useQuery({
    queryKey: messageKeys.list(search),
    queryFn: ({ signal }) => api<Page<OutboxMessage>>('/api/admin/messages', { signal, query: search }),
    placeholderData: keepPreviousData,
    refetchInterval: options.autoRefresh ? 5_000 : false,
  });
}
