import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request, type ItemOf, type QueryOf } from './openapi';

export type OutboxMessage = ItemOf<'/api/admin/messages', 'get'>;
export type MessageSearch = QueryOf<'/api/admin/messages', 'get'> & { page: number; pageSize: number };

export const messageKeys = {
  all: ['messages'] as const,
  list: (search: MessageSearch) => ['messages', 'list', search] as const,
};

/** The outbox (消息中心): where the development provider's SMS and e-mails can be read. */
export function useMessages(search: MessageSearch, options: { autoRefresh?: boolean } = {}) {
  return useQuery({
    queryKey: messageKeys.list(search),
    queryFn: ({ signal }) => request('/api/admin/messages', 'get', { signal, query: search }),
    placeholderData: keepPreviousData,
    refetchInterval: options.autoRefresh ? 5_000 : false,
  });
}
