import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryValue } from './client';
import { request, upload, type ResponseOf } from './openapi';

export type ImportRecord = ResponseOf<'/api/imports/{id}', 'get'>;
export type ImportProblem = ImportRecord['problems'][number];
export type ProblemLevel = ImportProblem['level'];

export const importKeys = {
  templates: ['imports', 'templates'] as const,
  one: (id: string) => ['imports', 'one', id] as const,
};

export function templateDownloadUrl(template: string): string {
  return `/api/imports/templates/${encodeURIComponent(template)}/download`;
}

export function importResultUrl(id: string): string {
  return `/api/imports/${encodeURIComponent(id)}/result`;
}

export function useImportTemplates() {
  return useQuery({
    queryKey: importKeys.templates,
    queryFn: ({ signal }) => request('/api/imports/templates', 'get', { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

/** Uploads a workbook: the server validates it (业务校验) and writes nothing but the import record. */
export function uploadImport(
  template: string,
  params: Record<string, QueryValue>,
  file: File,
  onProgress: (percent: number) => void,
) {
  return upload('/api/imports', 'post', { file, query: { template, ...params }, onProgress });
}

export function isImportFinished(record: Pick<ImportRecord, 'status'>): boolean {
  return record.status === 'done';
}

/** One import; with `poll`, re-read every second until execution has finished. */
export function useImport(id: string | null, options: { poll?: boolean; stopped?: boolean } = {}) {
  return useQuery({
    queryKey: importKeys.one(id ?? ''),
    queryFn: ({ signal }) => request('/api/imports/{id}', 'get', { params: { id: id ?? '' }, signal }),
    enabled: Boolean(id) && Boolean(options.poll),
    refetchInterval: (query) =>
      options.poll && !options.stopped && (!query.state.data || !isImportFinished(query.state.data))
        ? 1_000
        : false,
  });
}

/** 业务办理: runs the validated import as a background task. */
export function useExecuteImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request('/api/imports/{id}/execute', 'post', { params: { id } }),
    onSuccess: (_answer, id) => client.invalidateQueries({ queryKey: importKeys.one(id) }),
  });
}
