import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request, type BodyOf, type ItemOf } from './openapi';

export type Org = ItemOf<'/api/admin/orgs', 'get'>;

export const orgKeys = {
  all: ['orgs'] as const,
};

/** Organizations in the admin's scope, as a flat list (the page builds the tree). */
export function useOrgs(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: orgKeys.all,
    queryFn: ({ signal }) => request('/api/admin/orgs', 'get', { signal }),
    select: (data) => data.items,
    enabled: options.enabled ?? true,
  });
}

export function useCreateOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'/api/admin/orgs', 'post'>) =>
      request('/api/admin/orgs', 'post', { json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
