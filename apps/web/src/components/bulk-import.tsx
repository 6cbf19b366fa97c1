import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Progress,
  Result,
  Segmented,
  Space,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import {
  DownloadOutlined,
  FileExcelOutlined,
  InboxOutlined,
  PlayCircleOutlined,
  RedoOutlined,
} from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { QueryValue } from '../api/client';
import {
  importResultUrl,
  isImportFinished,
  templateDownloadUrl,
  uploadImport,
  useExecuteImport,
  useImport,
} from '../api/imports';
import { taskPercent, useTask } from '../api/tasks';
import type { ImportProblem, ImportRecord, ProblemLevel } from '../api/imports';
import { errorText } from '../error-text';
import { useI18n } from '../i18n';
import { importVerdict } from './import-verdict';

const LEVEL_COLOR: Record<ProblemLevel, string> = { error: 'red', warning: 'orange', note: 'default' };
const LEVEL_ORDER: Record<ProblemLevel, number> = { error: 0, warning: 1, note: 2 };

type LevelFilter = 'all' | ProblemLevel;

function ProblemsTable({
  problems,
  counts,
}: {
  problems: ImportProblem[];
  counts: Record<ProblemLevel, number>;
}) {
  const { t } = useI18n();
  const [level, setLevel] = useState<LevelFilter>('all');
  const rows = useMemo(
    () =>
      problems
        .map((p, index) => ({ ...p, key: index }))
        .filter((p) => level === 'all' || p.level === level)
        .sort((a, b) => a.row - b.row || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]),
    [problems, level],
  );

  const columns: ColumnsType<ImportProblem & { key: number }> = [
    { title: t('import.row'), dataIndex: 'row', key: 'row', width: 80 },
    {
      title: t('import.column'),
      dataIndex: 'column',
      key: 'column',
      width: 140,
      render: (v: string | null) => v ?? '',
    },
    {
      title: t('import.level'),
      dataIndex: 'level',
      key: 'level',
      width: 90,
      render: (value: ProblemLevel) => (
        <Tag color={LEVEL_COLOR[value]} data-testid={`problem-level-${value}`}>
          {t(`importLevel.${value}`)}
        </Tag>
      ),
    },
    {
      title: t('import.problem'),
      dataIndex: 'message',
      key: 'message',
      render: (message: string, p) => (
        <Typography.Text
          type={p.level === 'error' ? 'danger' : p.level === 'warning' ? 'warning' : 'secondary'}
        >
          {message}
        </Typography.Text>
      ),
    },
  ];

  if (problems.length === 0) return null;
  return (
    <>
      <Segmented<LevelFilter>
        value={level}
        onChange={setLevel}
        style={{ marginBottom: 12 }}
        options={[
          { value: 'all', label: `${t('common.all')} ${counts.error + counts.warning + counts.note}` },
          { value: 'error', label: `${t('importLevel.error')} ${counts.error}` },
          { value: 'warning', label: `${t('importLevel.warning')} ${counts.warning}` },
          { value: 'note', label: `${t('importLevel.note')} ${counts.note}` },
        ]}
      />
      <Table
        size="small"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        data-testid="import-problems"
      />
    </>
  );
}

/**
 * The import flow of PL-10 for any template: download the template, upload (业务校验: nothing is
 * written), see every row's problems, 业务办理 as a background task, download the rows that
 * failed and why.
 */
export function BulkImport({
  template,
  params,
  ready,
  setup,
  notReadyHint,
  onFinished,
  partial = false,
}: {
  template: string;
  /** Template context sent with the upload (e.g. the organization users are imported into). */
  params: Record<string, QueryValue>;
  /** Whether `setup` is complete, so an upload may start. */
  ready: boolean;
  /** Choices needed before uploading (shown in the first step). */
  setup?: ReactNode;
  notReadyHint?: string;
  /** Called once when execution has finished (e.g. to re-read the record the rows went into). */
  onFinished?: (record: ImportRecord) => void;
  /** The template carries out the good rows and returns the failed ones (server `partial`). */
  partial?: boolean;
}) {
  const { t, locale } = useI18n();
  const [record, setRecord] = useState<ImportRecord | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [taskId, setTaskId] = useState<string | null>(null);
  const execute = useExecuteImport();
  const task = useTask(taskId);
  // A failed job leaves the import 'failed' (it can run again); the task tells why.
  const taskFailed = task.data?.status === 'failed';
  const live = useImport(record?.id ?? null, { poll: Boolean(taskId), stopped: taskFailed });

  const current = live.data ?? record;
  const finished = current ? isImportFinished(current) || taskFailed : false;
  const verdict = current ? importVerdict(current, partial) : null;
  const canExecute = current?.status === 'validated' && verdict !== 'failed' && !taskId;

  const finishedRecord = finished && current && !taskFailed ? current : null;
  useEffect(() => {
    if (finishedRecord) onFinished?.(finishedRecord);
    // once per finished import
  }, [finishedRecord?.id]);

  const step = !ready && !record ? 0 : !record ? 1 : !taskId ? 2 : finished ? 4 : 3;

  const reset = () => {
    setRecord(null);
    setPercent(null);
    setUploadError(null);
    setTaskId(null);
    execute.reset();
  };

  const onUpload = async (file: File) => {
    setUploadError(null);
    setPercent(0);
    try {
      const answer = await uploadImport(template, params, file, setPercent);
      setRecord(answer);
    } catch (error) {
      setUploadError(error);
    } finally {
      setPercent(null);
    }
  };

  const onExecute = () => {
    if (!current) return;
    execute.mutate(current.id, { onSuccess: (answer) => setTaskId(answer.taskId) });
  };

  const counts = current?.problemCounts ?? { error: 0, warning: 0, note: 0 };

  const progressPercent =
    task.data && task.data.progressTotal > 0 ? taskPercent(task.data) : finished ? 100 : 0;

  return (
    <div data-testid="bulk-import">
      <Card style={{ marginBottom: 16 }}>
        <Steps
          current={step}
          status={step === 4 ? (taskFailed ? 'error' : 'finish') : 'process'}
          size="small"
          responsive
          items={[
            { title: t('import.stepPrepare') },
            { title: t('import.stepUpload') },
            { title: t('import.stepValidate') },
            { title: t('import.stepExecute') },
            { title: t('import.stepDone') },
          ]}
        />
      </Card>

      {!record ? (
        <Card title={t('import.prepareTitle')} style={{ marginBottom: 16 }}>
          <Flex vertical gap={16}>
            {setup}
            <div>
              <a href={templateDownloadUrl(template)} data-testid="import-template-download">
                <Button icon={<DownloadOutlined />}>{t('import.downloadTemplate')}</Button>
              </a>
              <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
                {t('import.templateHint')}
              </Typography.Text>
            </div>
            {!ready ? (
              <Alert type="info" showIcon title={notReadyHint ?? t('import.notReady')} />
            ) : (
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false}
                showUploadList={false}
                disabled={percent !== null}
                customRequest={({ file }) => void onUpload(file as File)}
                data-testid="import-file-input"
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">{t('import.uploadText')}</p>
                <p className="ant-upload-hint">{t('import.uploadHint')}</p>
              </Upload.Dragger>
            )}
            {percent !== null ? (
              <div data-testid="import-upload-progress">
                <Typography.Text>{t('import.uploading')}</Typography.Text>
                <Progress percent={percent} status="active" />
              </div>
            ) : null}
            {uploadError ? (
              <Alert
                type="error"
                showIcon
                title={errorText(uploadError, locale, t)}
                data-testid="import-upload-error"
              />
            ) : null}
          </Flex>
        </Card>
      ) : null}

      {current ? (
        <Card
          title={t('import.validateTitle')}
          style={{ marginBottom: 16 }}
          extra={
            !taskId ? (
              <Button icon={<RedoOutlined />} onClick={reset} data-testid="import-reupload">
                {t('import.reupload')}
              </Button>
            ) : null
          }
        >
          <div
            data-testid="import-validate-summary"
            data-status={current.status}
            data-error-rows={current.errorRows}
            data-verdict={verdict}
          >
            <Alert
              showIcon
              type={
                verdict === 'failed'
                  ? 'error'
                  : verdict === 'partial' || counts.warning > 0
                    ? 'warning'
                    : 'success'
              }
              title={
                verdict === 'failed'
                  ? t('import.validateFailed', { errorRows: current.errorRows })
                  : verdict === 'partial'
                    ? t('import.validatePartial', { errorRows: current.errorRows })
                    : t('import.validatePassed')
              }
              description={
                verdict === 'failed'
                  ? t('import.fixAndRetry')
                  : verdict === 'partial'
                    ? t('import.partialToExecute')
                    : t('import.readyToExecute')
              }
              style={{ marginBottom: 16 }}
              data-testid="import-validate-alert"
            />
            <Descriptions
              size="small"
              column={{ xs: 2, sm: 4 }}
              style={{ marginBottom: 16 }}
              items={[
                { key: 'total', label: t('import.totalRows'), children: current.totalRows },
                {
                  key: 'errors',
                  label: t('import.errorRows'),
                  children: (
                    <Typography.Text type={current.errorRows ? 'danger' : undefined}>
                      {current.errorRows}
                    </Typography.Text>
                  ),
                },
                { key: 'warnings', label: t('import.warnings'), children: counts.warning },
                { key: 'notes', label: t('import.notes'), children: counts.note },
              ]}
            />
          </div>
          {current.problemsTruncated ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('import.truncated', { shown: current.problems.length })}
            />
          ) : null}
          <ProblemsTable problems={current.problems} counts={counts} />
          <Space style={{ marginTop: 16 }} wrap>
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              disabled={!canExecute}
              loading={execute.isPending}
              onClick={onExecute}
              data-testid="import-execute"
            >
              {t('import.execute')}
            </Button>
            {!canExecute && !taskId ? (
              <Typography.Text type="secondary">{t('import.executeBlocked')}</Typography.Text>
            ) : null}
          </Space>
        </Card>
      ) : null}

      {taskId && current ? (
        <Card title={t('import.executeTitle')} data-testid="import-execution">
          {!finished ? (
            <div>
              <Typography.Text>{t('import.executing')}</Typography.Text>
              <Progress percent={progressPercent} status="active" data-testid="import-progress" />
              {task.data ? (
                <Typography.Text type="secondary">
                  {task.data.progressDone} / {task.data.progressTotal}
                </Typography.Text>
              ) : null}
            </div>
          ) : (
            <Result
              status={taskFailed ? 'error' : current.failedRows ? 'warning' : 'success'}
              title={taskFailed ? t('import.executeFailed') : t('import.executeDone')}
              subTitle={
                <span data-testid="import-result-summary">
                  {t('import.executeSummary', {
                    succeeded: current.succeededRows,
                    failed: current.failedRows,
                  })}
                  {task.data?.error ? ` ${task.data.error}` : ''}
                </span>
              }
              extra={[
                taskFailed ? (
                  // The rows already done are skipped when it runs again.
                  <Button
                    key="retry"
                    type="primary"
                    icon={<PlayCircleOutlined />}
                    loading={execute.isPending}
                    onClick={onExecute}
                    data-testid="import-retry"
                  >
                    {t('import.retry')}
                  </Button>
                ) : (
                  <a key="result" href={importResultUrl(current.id)} data-testid="import-result-link">
                    <Button type="primary" icon={<FileExcelOutlined />}>
                      {t('import.downloadResult')}
                    </Button>
                  </a>
                ),
                <Button key="again" onClick={reset} data-testid="import-again">
                  {t('import.again')}
                </Button>,
              ]}
            />
          )}
        </Card>
      ) : null}
    </div>
  );
}
