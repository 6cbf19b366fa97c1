import { Button, Grid, Progress, Tag, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { fileUrl } from '../../api/client';
import { taskTitle } from '../../api/task-title';
import { isTaskActive, taskPercent, useTasks } from '../../api/tasks';
import type { Task, TaskStatus } from '../../api/tasks';
import { PageContainer } from '../../components/page';
import { PagedTable, usePaging } from '../../components/paged-table';
import { formatTime } from '../../components/format';
import { useT, type MessageKey, type Translate } from '../../i18n';

const STATUS_COLOR: Record<TaskStatus, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

const RESULT_LABELS: Record<string, MessageKey> = {
  total: 'task.resultTotal',
  totalRows: 'task.resultTotal',
  succeeded: 'task.resultSucceeded',
  succeededRows: 'task.resultSucceeded',
  failed: 'task.resultFailed',
  failedRows: 'task.resultFailed',
  checked: 'task.resultChecked',
  problemCount: 'task.resultProblems',
};

/** Short text of a task's result: the counts a job reports, under their translated names. */
function resultSummary(result: Record<string, unknown> | null, t: Translate): string {
  if (!result) return '';
  const parts: string[] = [];
  const seen = new Set<MessageKey>();
  for (const [key, label] of Object.entries(RESULT_LABELS)) {
    const value = result[key];
    if (typeof value !== 'number' || seen.has(label)) continue;
    seen.add(label);
    parts.push(`${t(label)} ${value}`);
  }
  return parts.join(' · ');
}

/** 我的任务: the user's background tasks with live progress. */
export function TasksPage() {
  const t = useT();
  const paging = usePaging();
  const tasks = useTasks(paging.page, paging.pageSize);
  const running = tasks.data?.items.some(isTaskActive) ?? false;
  const pin = Boolean(Grid.useBreakpoint().md);

  const columns: ColumnsType<Task> = [
    {
      title: t('task.title'),
      key: 'title',
      width: 220,
      render: (_, task) => <span data-testid="task-title">{taskTitle(task, t)}</span>,
    },
    {
      title: t('task.status'),
      dataIndex: 'status',
      key: 'status',
      width: 100,
      render: (status: TaskStatus, task) => (
        <>
          <Tag color={STATUS_COLOR[status]} data-testid="task-status">
            {t(`taskStatus.${status}`)}
          </Tag>
          {/* A run that was interrupted (process restart or crash) and picked up again. */}
          {status === 'running' && task.attempts > 1 && (
            <div data-testid="task-resumed">{t('task.resumed', { attempt: task.attempts })}</div>
          )}
        </>
      ),
    },
    {
      title: t('task.progress'),
      key: 'progress',
      width: 200,
      render: (_, task) => (
        <div>
          <Progress
            percent={taskPercent(task)}
            size="small"
            status={task.status === 'failed' ? 'exception' : task.status === 'running' ? 'active' : undefined}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {task.progressDone} / {task.progressTotal}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('task.result'),
      key: 'result',
      width: 180,
      render: (_, task) =>
        task.error ? (
          <Typography.Text type="danger">{task.error}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{resultSummary(task.result, t)}</Typography.Text>
        ),
    },
    {
      title: t('task.time'),
      key: 'time',
      width: 200,
      render: (_, task) => (
        <div style={{ fontSize: 13 }}>
          <div>
            <Typography.Text type="secondary">{t('task.createdAt')}</Typography.Text>{' '}
            {formatTime(task.createdAt)}
          </div>
          {task.finishedAt ? (
            <div>
              <Typography.Text type="secondary">{t('task.finishedAt')}</Typography.Text>{' '}
              {formatTime(task.finishedAt)}
            </div>
          ) : null}
        </div>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      fixed: pin ? 'right' : undefined,
      render: (_, task) =>
        task.resultFileId ? (
          <a href={fileUrl(task.resultFileId)} data-testid="task-result-link">
            <DownloadOutlined /> {t('task.download')}
          </a>
        ) : null,
    },
  ];

  return (
    <PageContainer
      title={t('menu.tasks')}
      subtitle={running ? t('task.autoRefresh') : t('menuDesc.tasks')}
      testId="page-tasks"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void tasks.refetch()} loading={tasks.isFetching}>
          {t('common.refresh')}
        </Button>
      }
    >
      <PagedTable<Task>
        paging={paging}
        data={tasks.data}
        loading={tasks.isPending}
        rowKey="id"
        columns={columns}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('task.empty') }}
        data-testid="tasks-table"
      />
    </PageContainer>
  );
}
