import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useAuditLog, useVerifyAudit, type AuditSearch } from '../../api/audit';
import type { AuditEntry } from '../../api/audit';
import { PageContainer } from '../../components/page';
import { PagedTable, usePaging } from '../../components/paged-table';
import { SearchForm } from '../../components/search-form';
import { beijingDayRange, formatTime } from '../../components/format';
import { isMessageKey, useI18n } from '../../i18n';
import { errorText } from '../../error-text';

type Filters = Omit<AuditSearch, 'page' | 'pageSize'>;

function toFilters(values: Record<string, unknown>): Filters {
  const { range, ...rest } = values as { range?: [Dayjs, Dayjs] } & Filters;
  return { ...rest, ...beijingDayRange(range) };
}

function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  if (typeof detail === 'string') return detail;
  return JSON.stringify(detail, null, 2);
}

/** 审计日志: the hash-chained log, searchable, with a check of the whole chain. */
export default function AuditPage() {
  const { t, locale } = useI18n();
  const [filters, setFilters] = useState<Filters>({});
  const paging = usePaging();
  const audit = useAuditLog({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const verify = useVerifyAudit();

  const actionLabel = (action: string) => {
    const key = `auditAction.${action}`;
    return isMessageKey(key) ? t(key) : null;
  };

  const columns: ColumnsType<AuditEntry> = [
    { title: t('audit.seq'), dataIndex: 'seq', key: 'seq', width: 80 },
    { title: t('audit.at'), dataIndex: 'at', key: 'at', width: 170, render: formatTime },
    {
      title: t('audit.actor'),
      dataIndex: 'actorName',
      key: 'actor',
      width: 140,
      render: (name: string | null) => name ?? t('audit.system'),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      width: 200,
      render: (action: string) => {
        const label = actionLabel(action);
        return (
          <div>
            {label ? <div>{label}</div> : null}
            <Typography.Text
              type={label ? 'secondary' : undefined}
              className="ph-mono"
              style={{ fontSize: 12 }}
            >
              {action}
            </Typography.Text>
          </div>
        );
      },
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 220,
      render: (_, e) =>
        e.entityType ? (
          <Typography.Text className="ph-mono" style={{ fontSize: 12 }}>
            {e.entityType}
            {e.entityId ? ` / ${e.entityId}` : ''}
          </Typography.Text>
        ) : null,
    },
    { title: t('audit.ip'), dataIndex: 'ip', key: 'ip', width: 130 },
    {
      title: t('audit.detail'),
      dataIndex: 'detail',
      key: 'detail',
      render: (detail: unknown) => (
        <Typography.Paragraph
          className="ph-mono"
          style={{ fontSize: 12, margin: 0 }}
          ellipsis={{ rows: 2, expandable: true, symbol: t('common.expand') }}
        >
          {detailText(detail)}
        </Typography.Paragraph>
      ),
    },
  ];

  const result = verify.data;

  return (
    <PageContainer
      title={t('menu.audit')}
      subtitle={t('audit.subtitle')}
      testId="page-audit"
      extra={
        <Button
          type="primary"
          icon={<SafetyCertificateOutlined />}
          loading={verify.isPending}
          onClick={() => verify.mutate()}
          data-testid="audit-verify"
        >
          {t('audit.verify')}
        </Button>
      }
    >
      {result ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          closable={{ onClose: () => verify.reset() }}
          type={result.ok ? 'success' : 'error'}
          title={
            result.ok ? t('audit.verifyOk') : t('audit.verifyBroken', { seq: result.brokenAtSeq ?? '?' })
          }
          description={
            result.ok
              ? t('audit.verifyOkDetail', { rows: result.rows })
              : `${t('audit.verifyBrokenDetail', { rows: result.rows })}${result.reason ? `${t('common.colon')}${result.reason}` : ''}`
          }
          data-testid="audit-verify-result"
        />
      ) : null}
      {verify.isError ? (
        <Alert
          style={{ marginBottom: 16 }}
          showIcon
          type="error"
          title={errorText(verify.error, locale, t)}
          data-testid="audit-verify-result"
        />
      ) : null}
      <SearchForm<Filters>
        transform={toFilters}
        onSearch={(values) => {
          setFilters(values);
          paging.setPage(1);
        }}
      >
        <Form.Item name="action" label={t('audit.action')}>
          <Input allowClear placeholder={t('audit.actionPlaceholder')} />
        </Form.Item>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input allowClear placeholder={t('audit.actorPlaceholder')} />
        </Form.Item>
        <Form.Item name="entityType" label={t('audit.entityType')}>
          <Input allowClear placeholder={t('audit.entityTypePlaceholder')} />
        </Form.Item>
        <Form.Item name="entityId" label={t('audit.entityId')}>
          <Input allowClear />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
      </SearchForm>
      <PagedTable<AuditEntry>
        paging={paging}
        data={audit.data}
        loading={audit.isPending}
        rowKey="seq"
        columns={columns}
        scroll={{ x: 1200 }}
        data-testid="audit-table"
      />
    </PageContainer>
  );
}
