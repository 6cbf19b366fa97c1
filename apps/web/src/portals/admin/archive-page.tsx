import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Flex,
  Form,
  Grid,
  Input,
  List,
  Modal,
  Popconfirm,
  Progress,
  Select,
  Switch,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { DeleteOutlined, LockOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import {
  useArchive,
  useDeleteArchived,
  useLegalHold,
  useVerifyArchive,
  type ArchiveEntry,
  type ArchiveVerifyResult,
  type ArchiveSearch,
} from '../../api/documents';
import { DOCUMENT_KINDS } from '@policyhub/domain';
import { isTaskActive, taskPercent, useTask } from '../../api/tasks';
import { useCurrentUser } from '../../components/guards';
import { PageContainer } from '../../components/page';
import { PagedTable, usePaging } from '../../components/paged-table';
import { SearchForm } from '../../components/search-form';
import { useDocumentLabels } from '../../components/documents';
import { formatBytes, formatDate, formatTime } from '../../components/format';
import { errorText } from '../../error-text';
import { useI18n } from '../../i18n';

type Filters = Omit<ArchiveSearch, 'page' | 'pageSize'>;

function LegalHoldModal({ target, onClose }: { target: ArchiveEntry | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const hold = useLegalHold();
  const setting = target ? !target.legalHold : true;

  const onFinish = ({ reason }: { reason: string }) => {
    if (!target) return;
    hold.mutate(
      { id: target.id, hold: setting, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(setting ? t('archive.holdSet') : t('archive.holdReleased'));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={Boolean(target)}
      title={setting ? t('archive.holdSetTitle') : t('archive.holdReleaseTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      confirmLoading={hold.isPending}
      okButtonProps={{ 'data-testid': 'archive-hold-submit' } as Record<string, string>}
      destroyOnHidden
    >
      {target ? (
        <Typography.Paragraph type="secondary">
          {setting
            ? t('archive.holdSetIntro', { no: target.documentNo })
            : t('archive.holdReleaseIntro', {
                no: target.documentNo,
                date: formatDate(target.retentionUntil),
              })}
        </Typography.Paragraph>
      ) : null}
      <Form<{ reason: string }> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="reason"
          label={t('archive.holdReason')}
          rules={[{ required: true, whitespace: true, message: t('archive.holdReasonRequired') }]}
        >
          <Input.TextArea
            id="archive-hold-reason"
            data-testid="archive-hold-reason"
            rows={3}
            maxLength={200}
            showCount
            placeholder={t('archive.holdReasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 电子档案: every signed document, content-addressed, with its retention date; legal hold,
 * deletion after retention only, and a full re-check of hashes and signatures.
 */
export default function ArchivePage() {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const labels = useDocumentLabels();
  const { message } = AntApp.useApp();
  const canManage = me.role === 'security_admin';
  const isPhone = !Grid.useBreakpoint().md;
  const [filters, setFilters] = useState<Filters>({});
  const paging = usePaging();
  const archive = useArchive({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const verify = useVerifyArchive();
  // The check runs as a task (a whole archive takes minutes); the page follows it.
  const [verifyTaskId, setVerifyTaskId] = useState<string | null>(null);
  const verifyTask = useTask(verifyTaskId);
  const task = verifyTask.data;
  const verifying = verify.isPending || (Boolean(verifyTaskId) && (!task || isTaskActive(task)));
  const startVerify = () => verify.mutate(undefined, { onSuccess: ({ taskId }) => setVerifyTaskId(taskId) });
  const closeVerify = () => {
    setVerifyTaskId(null);
    verify.reset();
  };
  const remove = useDeleteArchived();
  const [holding, setHolding] = useState<ArchiveEntry | null>(null);
  const [refusal, setRefusal] = useState<{ no: string; text: string } | null>(null);

  const onDelete = (entry: ArchiveEntry) =>
    remove.mutateAsync(entry.id).then(
      () => {
        setRefusal(null);
        void message.success(t('archive.deleted', { no: entry.documentNo }));
      },
      (error: unknown) => setRefusal({ no: entry.documentNo, text: errorText(error, locale, t) }),
    );

  const holdSwitch = (entry: ArchiveEntry, index: number) => (
    <Tooltip title={entry.legalHold ? entry.legalHoldReason : undefined}>
      <Switch
        size="small"
        checked={entry.legalHold}
        disabled={!canManage}
        checkedChildren={<LockOutlined />}
        onChange={() => setHolding(entry)}
        data-testid={`archive-hold-${index}`}
      />
    </Tooltip>
  );

  const deleteButton = (entry: ArchiveEntry, index: number) => (
    <Popconfirm
      title={t('archive.deleteConfirm', { no: entry.documentNo })}
      description={t('archive.deleteConfirmDetail')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => onDelete(entry)}
    >
      <Button
        size="small"
        danger
        type="link"
        icon={<DeleteOutlined />}
        data-testid={`archive-delete-${index}`}
      >
        {t('archive.delete')}
      </Button>
    </Popconfirm>
  );

  const columns: ColumnsType<ArchiveEntry> = [
    {
      title: t('archive.document'),
      key: 'documentNo',
      width: 180,
      render: (_, entry) => (
        <div>
          <span className="ph-mono">{entry.documentNo}</span>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {labels.kind(entry.kind)}
            </Typography.Text>
            {entry.specimen ? (
              <Tag color="purple" style={{ marginInlineStart: 6 }}>
                {t('archive.specimen')}
              </Tag>
            ) : null}
          </div>
        </div>
      ),
    },
    {
      title: t('doc.policyNo'),
      dataIndex: 'policyNo',
      key: 'policyNo',
      width: 195,
      render: (no: string | null) => (no ? <span className="ph-mono">{no}</span> : t('common.none')),
    },
    {
      title: 'SHA-256',
      dataIndex: 'sha256',
      key: 'sha256',
      width: 125,
      render: (sha: string) => (
        <Typography.Text className="ph-mono" style={{ fontSize: 12 }} copyable={{ text: sha }}>
          {sha.slice(0, 8)}…
        </Typography.Text>
      ),
    },
    {
      title: t('archive.size'),
      dataIndex: 'size',
      key: 'size',
      width: 85,
      align: 'right',
      render: (size: number) => <span style={{ whiteSpace: 'nowrap' }}>{formatBytes(size)}</span>,
    },
    {
      title: t('doc.issuedAt'),
      dataIndex: 'issuedAt',
      key: 'issuedAt',
      width: 105,
      render: (value: string) => formatTime(value),
    },
    {
      title: t('archive.retentionUntil'),
      dataIndex: 'retentionUntil',
      key: 'retentionUntil',
      width: 105,
      render: (value: string) => formatDate(value),
    },
    {
      title: t('archive.legalHold'),
      key: 'legalHold',
      width: 95,
      render: (_, entry, index) => holdSwitch(entry, index),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            fixed: 'right' as const,
            render: (_: unknown, entry: ArchiveEntry, index: number) => deleteButton(entry, index),
          },
        ]
      : []),
  ];

  const result = task?.status === 'succeeded' ? (task.result as unknown as ArchiveVerifyResult | null) : null;

  return (
    <PageContainer
      title={t('menu.archive')}
      subtitle={t('archive.subtitle')}
      testId="page-archive"
      extra={
        canManage ? (
          <Button
            type="primary"
            icon={<SafetyCertificateOutlined />}
            loading={verifying}
            onClick={startVerify}
            data-testid="archive-verify"
          >
            {t('archive.verify')}
          </Button>
        ) : undefined
      }
    >
      {task && isTaskActive(task) ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type="info"
          title={t('archive.verifyRunning', { done: task.progressDone, total: task.progressTotal })}
          description={<Progress percent={taskPercent(task)} size="small" />}
          data-testid="archive-verify-running"
        />
      ) : null}
      {result ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          closable={{ onClose: closeVerify }}
          type={result.ok ? 'success' : 'error'}
          title={
            result.ok
              ? t('archive.verifyOk', { checked: result.checked })
              : t('archive.verifyProblems', { checked: result.checked, count: result.problemCount })
          }
          description={
            result.problems.length > 0 ? (
              <>
                <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="archive-verify-problems">
                  {result.problems.map((problem) => (
                    <li key={`${problem.id}-${problem.problem}`}>
                      <span className="ph-mono">{problem.documentNo}</span>
                      {t('common.colon')}
                      {problem.problem}
                    </li>
                  ))}
                </ul>
                {result.problemCount > result.problems.length ? (
                  <Typography.Text type="secondary">
                    {t('archive.verifyProblemsFirst', { shown: result.problems.length })}
                  </Typography.Text>
                ) : null}
              </>
            ) : undefined
          }
          data-testid="archive-verify-result"
        />
      ) : null}
      {task?.status === 'failed' ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          closable={{ onClose: closeVerify }}
          type="error"
          title={task.error ?? t('archive.verify')}
          data-testid="archive-verify-result"
        />
      ) : null}
      {verify.isError ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type="error"
          title={errorText(verify.error, locale, t)}
          data-testid="archive-verify-result"
        />
      ) : null}
      {refusal ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type="warning"
          closable={{ onClose: () => setRefusal(null) }}
          title={t('archive.deleteRefused', { no: refusal.no })}
          description={refusal.text}
          data-testid="archive-delete-error"
        />
      ) : null}
      <SearchForm<Filters>
        onSearch={(values) => {
          setFilters(values);
          paging.setPage(1);
        }}
      >
        <Form.Item name="policyNo" label={t('doc.policyNo')}>
          <Input allowClear data-testid="archive-policy-no" />
        </Form.Item>
        <Form.Item name="kind" label={t('doc.kind')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            data-testid="archive-kind"
            options={DOCUMENT_KINDS.map((kind) => ({ value: kind, label: labels.kind(kind) }))}
          />
        </Form.Item>
      </SearchForm>
      {isPhone ? (
        <List<ArchiveEntry>
          dataSource={archive.data?.items ?? []}
          loading={archive.isPending}
          data-testid="archive-list"
          split={false}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: archive.data?.total ?? 0,
            size: 'small',
            align: 'center',
            onChange: (p, size) => {
              paging.setPage(p);
              paging.setPageSize(size);
            },
          }}
          renderItem={(entry, index) => (
            <Card key={entry.id} size="small" style={{ marginBottom: 12 }} data-testid="archive-card">
              <Flex justify="space-between" align="flex-start" gap={8}>
                <div style={{ minWidth: 0 }}>
                  <span className="ph-mono">{entry.documentNo}</span>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {labels.kind(entry.kind)}
                    </Typography.Text>
                    {entry.specimen ? (
                      <Tag color="purple" style={{ marginInlineStart: 6 }}>
                        {t('archive.specimen')}
                      </Tag>
                    ) : null}
                  </div>
                </div>
                <Flex gap={6} align="center">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('archive.legalHold')}
                  </Typography.Text>
                  {holdSwitch(entry, index)}
                </Flex>
              </Flex>
              <div style={{ margin: '8px 0', fontSize: 13, lineHeight: 1.8 }}>
                <div>
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: t('doc.policyNo') })}
                  </Typography.Text>
                  {entry.policyNo ? <span className="ph-mono">{entry.policyNo}</span> : t('common.none')}
                </div>
                <div>
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: t('doc.issuedAt') })}
                  </Typography.Text>
                  {formatTime(entry.issuedAt)}
                </div>
                <div>
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: t('archive.retentionUntil') })}
                  </Typography.Text>
                  {formatDate(entry.retentionUntil)}
                </div>
                <div style={{ wordBreak: 'break-all' }}>
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: 'SHA-256' })}
                  </Typography.Text>
                  <Typography.Text
                    className="ph-mono"
                    style={{ fontSize: 12 }}
                    copyable={{ text: entry.sha256 }}
                  >
                    {entry.sha256.slice(0, 16)}…
                  </Typography.Text>
                  <Typography.Text type="secondary"> · {formatBytes(entry.size)}</Typography.Text>
                </div>
              </div>
              {canManage ? deleteButton(entry, index) : null}
            </Card>
          )}
        />
      ) : (
        <PagedTable<ArchiveEntry>
          paging={paging}
          data={archive.data}
          loading={archive.isPending}
          rowKey="id"
          columns={columns}
          scroll={{ x: 1000 }}
          data-testid="archive-table"
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        {t('archive.note')}
      </Typography.Paragraph>
      <LegalHoldModal target={holding} onClose={() => setHolding(null)} />
    </PageContainer>
  );
}
