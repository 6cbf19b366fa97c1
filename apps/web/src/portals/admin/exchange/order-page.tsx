import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Descriptions, Spin, Table, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import {
  companySizeLabel,
  SCAN_KINDS,
  useAdminOrder,
  useRecordResult,
  type AdminOrderDetail,
  type ScanKind,
} from '../../../api/exchange';
import { fileUrl } from '../../../api/client';
import { OrderStatusTag } from '../../../components/exchange';
import { PreUnderwritingForm } from '../../../components/pre-underwriting-form';
import { RosterPreviewTable } from '../../../components/roster-preview';
import { SendToInsurer } from '../../../components/send-to-insurer';
import { formatDate, formatTime } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

function CompanyDetails({ order }: { order: AdminOrderDetail }) {
  const { t } = useI18n();
  const c: Partial<NonNullable<AdminOrderDetail['company']>> = order.company ?? {};
  const none = t('common.none');
  return (
    <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="admin-company">
      <Descriptions.Item label={t('company.name')}>{c.name || order.enterpriseName}</Descriptions.Item>
      <Descriptions.Item label={t('company.licenceNo')}>{c.licenceNo || none}</Descriptions.Item>
      <Descriptions.Item label={t('company.taxNo')}>{c.taxNo || none}</Descriptions.Item>
      <Descriptions.Item label={t('company.orgCode')}>{c.orgCode || none}</Descriptions.Item>
      <Descriptions.Item label={t('company.size')}>
        {c.size ? companySizeLabel(c.size, t) : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('company.industry')}>{c.industry || none}</Descriptions.Item>
      <Descriptions.Item label={t('company.contact')}>{c.contactName || none}</Descriptions.Item>
      <Descriptions.Item label={t('company.phone')}>{c.contactPhone || none}</Descriptions.Item>
      <Descriptions.Item label={t('company.address')}>{c.address || none}</Descriptions.Item>
      <Descriptions.Item label={t('company.email')}>{c.email || none}</Descriptions.Item>
    </Descriptions>
  );
}

function Roster({ order }: { order: AdminOrderDetail }) {
  const { t } = useI18n();
  return (
    <>
      <div style={{ marginBottom: 12 }}>
        <a
          href={`/api/admin/orders/${encodeURIComponent(order.id)}/roster`}
          data-testid="admin-roster-download"
        >
          <Button icon={<DownloadOutlined />}>{t('adminOrder.rosterDownload')}</Button>
        </a>
        <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
          {t('adminOrder.rosterDownloadHint')}
        </Typography.Text>
      </div>
      <RosterPreviewTable rows={order.roster} total={order.rosterCount} testId="admin-roster-table" />
    </>
  );
}

type Material = { key: ScanKind; fileId: string | null; name: string | null };

function Materials({ order }: { order: AdminOrderDetail }) {
  const { t } = useI18n();
  const rows: Material[] = SCAN_KINDS.map((k) => ({
    key: k,
    fileId: order.scans?.[k] ?? null,
    name: order.files[k]?.name ?? null,
  }));
  const columns: ColumnsType<Material> = [
    {
      title: t('order.materialType'),
      dataIndex: 'key',
      key: 'type',
      render: (k: ScanKind) => t(`material.${k}`),
    },
    {
      title: t('order.fileName'),
      dataIndex: 'name',
      key: 'file',
      render: (name: string | null, m) =>
        m.fileId ? (
          <span data-testid={`admin-material-file-${m.key}`}>{name ?? t('order.uploaded')}</span>
        ) : (
          t('order.notUploaded')
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_: unknown, m) =>
        m.fileId ? (
          <a href={fileUrl(m.fileId)} data-testid={`admin-material-download-${m.key}`}>
            <DownloadOutlined /> {t('common.download')}
          </a>
        ) : null,
    },
  ];
  return (
    <Table
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="admin-materials-table"
    />
  );
}

function Handling({ order, onSaved }: { order: AdminOrderDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const record = useRecordResult(order.id);
  const decided = order.status === 'passed' || order.status === 'failed';

  if (decided)
    return (
      <Descriptions bordered size="small" column={1} data-testid="admin-result">
        <Descriptions.Item label={t('adminOrder.result')}>
          <OrderStatusTag status={order.status} />
        </Descriptions.Item>
        {order.status === 'passed' ? (
          <>
            <Descriptions.Item label={t('order.window')}>
              {formatDate(order.windowStart)} ~ {formatDate(order.windowEnd)}
            </Descriptions.Item>
            <Descriptions.Item label={t('adminOrder.invitationCode')}>
              {order.invitationCode}
            </Descriptions.Item>
            <Descriptions.Item label={t('adminOrder.remarks')}>
              {order.remarks || t('common.none')}
            </Descriptions.Item>
          </>
        ) : (
          <Descriptions.Item label={t('adminOrder.reason')}>{order.failReason}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('adminOrder.decidedAt')}>{formatTime(order.decidedAt)}</Descriptions.Item>
        {order.inviteTaskId ? (
          <Descriptions.Item label={t('adminOrder.accountsJob')}>
            <Link
              to={`/admin/tasks?task=${encodeURIComponent(order.inviteTaskId)}`}
              data-testid="admin-accounts-task"
            >
              {t('adminOrder.accountsJobLink')}
            </Link>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    );

  if (order.status !== 'sent')
    return <Alert type="info" showIcon title={t('adminOrder.sendFirst')} data-testid="admin-send-first" />;

  return (
    <PreUnderwritingForm
      testId="admin"
      pending={record.isPending}
      error={record.isError ? record.error : null}
      onSubmit={(input) =>
        record.mutate(input, {
          onSuccess: () => {
            void message.success(t('adminOrder.resultSaved'));
            onSaved();
          },
        })
      }
      actions={
        <Link to="..">
          <Button>{t('common.back')}</Button>
        </Link>
      }
    />
  );
}

/** 投保处理 detail: 企业信息详情, 员工清单, 信息资料 downloads, then 处理意见 (seed 2.4). */
export default function ExchangeOrderPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const order = useAdminOrder(id);

  if (order.isPending) return <Spin />;
  if (order.isError) return <Alert type="error" showIcon title={errorText(order.error, locale, t)} />;
  const o = order.data;
  const canSend = o.status === 'submitted' || o.status === 'sent';

  return (
    <PageContainer
      title={t('adminOrder.detailTitle')}
      subtitle={`${o.enterpriseName} · ${o.productName}`}
      testId="page-admin-order"
      extra={
        <>
          {canSend ? <SendToInsurer orderId={o.id} onSent={() => void order.refetch()} /> : null}
          <Link to="..">
            <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
          </Link>
        </>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('order.no')}>{o.orderNo}</Descriptions.Item>
          <Descriptions.Item label={t('order.status')}>
            <OrderStatusTag status={o.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('order.insurer')}>{o.insurerName}</Descriptions.Item>
          <Descriptions.Item label={t('adminOrder.appliedAt')}>{formatTime(o.submittedAt)}</Descriptions.Item>
          {o.sentAt ? (
            <Descriptions.Item label={t('adminOrder.sentAt')}>
              <span data-testid="admin-order-sent">
                {formatTime(o.sentAt)} · {o.sentVia ? t(`sentVia.${o.sentVia}`) : ''}
              </span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card style={{ marginBottom: 16 }}>
        <Tabs
          items={[
            {
              key: 'company',
              label: <span data-testid="admin-tab-company">{t('adminOrder.companyTab')}</span>,
              children: <CompanyDetails order={o} />,
            },
            {
              key: 'roster',
              label: (
                <span data-testid="admin-tab-roster">
                  {t('adminOrder.rosterTab', { count: o.rosterCount })}
                </span>
              ),
              children: <Roster order={o} />,
            },
          ]}
        />
      </Card>
      <Card title={t('adminOrder.materials')} style={{ marginBottom: 16 }}>
        <Materials order={o} />
      </Card>
      <Card
        title={t('adminOrder.handling')}
        id="handle"
        data-testid="admin-handling"
        styles={params.get('handle') ? { header: { color: '#1f5fbf' } } : undefined}
      >
        <Handling order={o} onSaved={() => void order.refetch()} />
      </Card>
    </PageContainer>
  );
}
