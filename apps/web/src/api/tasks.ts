import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request, type ResponseOf } from './openapi';

export type Task = ResponseOf<'/api/tasks/{id}', 'get'>;
export type TaskStatus = Task['status'];

export const taskKeys = {
  all: ['tasks'] as const,
  list: (page: number, pageSize: number) => ['tasks', 'list', page, pageSize] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
};

export function isTaskActive(task: Pick<Task, 'status'>): boolean {
  return task.status === 'queued' || task.status === 'running';
}

/** How far a task has come, in whole percent (100 once it succeeded). */
export function taskPercent(task: Pick<Task, 'status' | 'progressDone' | 'progressTotal'>): number {
  if (task.status === 'succeeded') return 100;
  if (task.progressTotal <= 0) return 0;
  return Math.min(100, Math.floor((task.progressDone / task.progressTotal) * 100));
}

/** 我的任务: refreshes every 2 s while any listed task is still queued or running. */
export function useTasks(page: number, pageSize: number) {
  return useQuery({
    queryKey: taskKeys.list(page, pageSize),
    queryFn: ({ signal }) => request('/api/tasks', 'get', { signal, query: { page, pageSize } }),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(isTaskActive) ? 2_000 : false),
  });
}

export function useTask(id: string | null | undefined) {
  return useQuery({
    queryKey: taskKeys.one(id ?? ''),
    queryFn: ({ signal }) => request('/api/tasks/{id}', 'get', { params: { id: id ?? '' }, signal }),
    enabled: Boolean(id),
    refetchInterval: (query) => (!query.state.data || isTaskActive(query.state.data) ? 1_000 : false),
  });
}
