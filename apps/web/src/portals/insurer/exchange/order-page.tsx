import { Link, useParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Descriptions, Spin, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useInsurerOrder, useInsurerPreUnderwriting, type InsurerOrderDetail } from '../../../api/exchange';
import { OrderStatusTag } from '../../../components/exchange';
import { PreUnderwritingForm } from '../../../components/pre-underwriting-form';
import { RosterPreviewTable } from '../../../components/roster-preview';
import { formatDate, formatTime } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { errorText } from '../../../error-text';
import { useI18n, type MessageKey } from '../../../i18n';

/**
 * 预核保 by the insurer's staff (the same result the insurer API takes: pass with the application
 * window and the group invitation code, or fail with the reason). The operation has no per-person
 * results; the server checks and audits as for the API.
 */
function ResultForm({ order, onSaved }: { order: InsurerOrderDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const record = useInsurerPreUnderwriting(order.id);
  return (
    <PreUnderwritingForm
      testId="insurer"
      pending={record.isPending}
      error={record.isError ? record.error : null}
      defaults={{ windowStart: dayjs(), windowEnd: dayjs().add(30, 'day') }}
      hint={<Typography.Paragraph type="secondary">{t('insurerOrder.recordHint')}</Typography.Paragraph>}
      onSubmit={(input) =>
        record.mutate(input, {
          onSuccess: () => {
            void message.success(t('adminOrder.resultSaved'));
            onSaved();
          },
        })
      }
    />
  );
}

function Outcome({ order }: { order: InsurerOrderDetail }) {
  const { t } = useI18n();
  return (
    <Descriptions bordered size="small" column={1} data-testid="insurer-result">
      <Descriptions.Item label={t('adminOrder.result')}>
        <OrderStatusTag status={order.status} />
      </Descriptions.Item>
      {order.status === 'passed' ? (
        <>
          <Descriptions.Item label={t('order.window')}>
            {formatDate(order.windowStart)} ~ {formatDate(order.windowEnd)}
          </Descriptions.Item>
          <Descriptions.Item label={t('adminOrder.invitationCode')}>{order.invitationCode}</Descriptions.Item>
          <Descriptions.Item label={t('adminOrder.remarks')}>
            {order.remarks || t('common.none')}
          </Descriptions.Item>
        </>
      ) : (
        <Descriptions.Item label={t('adminOrder.reason')}>{order.failReason}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('adminOrder.decidedAt')}>{formatTime(order.decidedAt)}</Descriptions.Item>
    </Descriptions>
  );
}

const EVENT_LABELS: Record<string, MessageKey> = {
  create: 'insurerOrder.event.create',
  submit: 'insurerOrder.event.submit',
  send: 'insurerOrder.event.send',
  pass: 'insurerOrder.event.pass',
  fail: 'insurerOrder.event.fail',
};

/** 投保案件 detail: the case, its roster (masked) and history, then the pre-underwriting result. */
export default function InsurerOrderPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const order = useInsurerOrder(id);

  if (order.isPending) return <Spin />;
  if (order.isError) return <Alert type="error" showIcon title={errorText(order.error, locale, t)} />;
  const o = order.data;

  return (
    <PageContainer
      title={t('insurerOrder.detailTitle')}
      subtitle={`${o.enterpriseName} · ${o.productName}`}
      testId="page-insurer-order"
      extra={
        <Link to="..">
          <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
        </Link>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('order.no')}>
            <span className="ph-mono">{o.orderNo}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('order.status')}>
            <OrderStatusTag status={o.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('adminOrder.sentAt')}>
            <span data-testid="insurer-order-sent">{formatTime(o.sentAt)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('order.rosterCount')}>{o.rosterCount}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={o.status === 'sent' ? t('insurerOrder.record') : t('adminOrder.result')}
        style={{ marginBottom: 16 }}
        data-testid="insurer-handling"
      >
        {o.status === 'sent' ? (
          <ResultForm order={o} onSaved={() => void order.refetch()} />
        ) : (
          <Outcome order={o} />
        )}
      </Card>
      <Card title={t('adminOrder.rosterTab', { count: o.rosterCount })} style={{ marginBottom: 16 }}>
        <RosterPreviewTable rows={o.roster} total={o.rosterCount} testId="insurer-roster-table" />
      </Card>
      <Card title={t('insurerOrder.history')}>
        <Timeline
          items={o.history.map((h) => ({
            content: (
              <>
                {EVENT_LABELS[h.action] ? t(EVENT_LABELS[h.action]!) : h.action} · {formatTime(h.at)}
                {h.actorName ? ` · ${h.actorName}` : ''}
              </>
            ),
          }))}
        />
      </Card>
    </PageContainer>
  );
}
