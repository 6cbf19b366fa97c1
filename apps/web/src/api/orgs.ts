import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrgType } from '@policyhub/domain';
import { api } from './client';
import type { Org } from './types';

export const orgKeys = {
  all: ['orgs'] as const,
};

/** Organizations in the admin's scope, as a flat list (the page builds the tree). */
export function useOrgs(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: orgKeys.all,
    queryFn: ({ signal }) => api<{ items: Org[] }>('/api/admin/orgs', { signal }),
    select: (data) => data.items,
    enabled: options.enabled ?? true,
  });
}

export function useCreateOrg() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { parentId: string; type: OrgType; name: string; code?: string }) =>
      api<Org & { warnings: string[] }>('/api/admin/orgs', { method: 'POST', json: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: orgKeys.all }),
  });
}
