import { Link } from 'react-router-dom';
import { Alert, Card, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useInsurerOrders, type Order, type OrderStatus } from '../../../api/exchange';
import { OrderStatusTag } from '../../../components/exchange';
import { formatDate, formatTime } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

/** 投保案件: the enterprise cases the exchange has sent to this insurer, with their results. */
export default function InsurerOrdersPage() {
  const { t, locale } = useI18n();
  const orders = useInsurerOrders();
  const columns: ColumnsType<Order> = [
    { title: t('order.no'), dataIndex: 'orderNo', key: 'orderNo', className: 'ph-mono', width: 180 },
    {
      title: t('adminOrder.sentAt'),
      dataIndex: 'sentAt',
      key: 'sentAt',
      width: 170,
      render: (v: string | null) => <span data-testid="insurer-order-sent-at">{formatTime(v)}</span>,
    },
    { title: t('company.name'), dataIndex: 'enterpriseName', key: 'enterpriseName' },
    { title: t('order.product'), dataIndex: 'productName', key: 'productName' },
    { title: t('order.rosterCount'), dataIndex: 'rosterCount', key: 'rosterCount', width: 100 },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 130,
      render: (s: OrderStatus) => <OrderStatusTag status={s} />,
    },
    {
      title: t('order.window'),
      key: 'window',
      width: 210,
      render: (_: unknown, o) =>
        o.windowStart ? `${formatDate(o.windowStart)} ~ ${formatDate(o.windowEnd)}` : (o.failReason ?? ''),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      render: (_: unknown, o) => (
        <Link to={encodeURIComponent(o.id)} data-testid="insurer-order-open">
          {o.status === 'sent' ? t('insurerOrder.record') : t('common.view')}
        </Link>
      ),
    },
  ];
  return (
    <PageContainer
      title={t('menu.insurerOrders')}
      subtitle={t('menuDesc.insurerOrders')}
      testId="page-insurer-orders"
    >
      <Card>
        {orders.isError ? <Alert type="error" showIcon title={errorText(orders.error, locale, t)} /> : null}
        <Table
          rowKey="id"
          size="middle"
          loading={orders.isPending}
          columns={columns}
          dataSource={orders.data ?? []}
          scroll={{ x: 1090 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="insurer-orders-table"
        />
      </Card>
    </PageContainer>
  );
}
