import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert, Card, DatePicker, Flex, Form, Input, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useAdminOrders, type AdminOrderSearch, type Order, type OrderStatus } from '../../../api/exchange';
import { OrderStatusTag } from '../../../components/exchange';
import { formatDate } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { SearchForm } from '../../../components/search-form';
import { SendToInsurer } from '../../../components/send-to-insurer';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

export const ORDER_STATUSES: OrderStatus[] = ['submitted', 'sent', 'passed', 'failed', 'draft'];
type Filters = Omit<AdminOrderSearch, 'page' | 'pageSize'>;

/** 投保处理: the enterprises' submitted orders (seed 2.4), filtered by date, company and status. */
export default function ExchangeOrdersPage() {
  const { t, locale } = useI18n();
  // ?status= comes from the admin home's counts: the list opens filtered, the form shows it.
  const [params] = useSearchParams();
  const initialStatus = ORDER_STATUSES.find((s) => s === params.get('status'));
  const [search, setSearch] = useState<AdminOrderSearch>({ page: 1, pageSize: 20, status: initialStatus });
  const orders = useAdminOrders(search);

  const columns: ColumnsType<Order> = [
    {
      title: t('adminOrder.appliedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      width: 120,
      render: (v: string | null, o) => formatDate(v ?? o.createdAt),
    },
    { title: t('company.name'), dataIndex: 'enterpriseName', key: 'enterpriseName' },
    { title: t('order.insurer'), dataIndex: 'insurerName', key: 'insurerName' },
    { title: t('order.product'), dataIndex: 'productName', key: 'productName' },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 130,
      render: (s: OrderStatus) => <OrderStatusTag status={s} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 240,
      render: (_: unknown, o) => (
        <Flex gap={12} wrap>
          <Link to={encodeURIComponent(o.id)} data-testid="admin-order-view">
            {t('common.view')}
          </Link>
          {o.status === 'submitted' || o.status === 'sent' ? <SendToInsurer orderId={o.id} link /> : null}
          {o.status === 'submitted' || o.status === 'sent' ? (
            <Link to={`${encodeURIComponent(o.id)}?handle=1`} data-testid="admin-order-handle">
              {t('adminOrder.handle')}
            </Link>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.exchangeOrders')}
      subtitle={t('menuDesc.exchangeOrders')}
      testId="page-admin-orders"
    >
      <SearchForm<Filters>
        initialValues={{ status: initialStatus }}
        onSearch={(filters) => setSearch({ ...filters, page: 1, pageSize: search.pageSize })}
        transform={(v) => ({
          from: v.from ? (v.from as Dayjs).format('YYYY-MM-DD') : undefined,
          to: v.to ? (v.to as Dayjs).format('YYYY-MM-DD') : undefined,
          company: v.company as string | undefined,
          status: v.status as OrderStatus | undefined,
        })}
      >
        <Form.Item name="from" label={t('adminOrder.from')}>
          <DatePicker style={{ width: '100%' }} data-testid="admin-order-from" />
        </Form.Item>
        <Form.Item name="to" label={t('adminOrder.to')}>
          <DatePicker style={{ width: '100%' }} data-testid="admin-order-to" />
        </Form.Item>
        <Form.Item name="company" label={t('company.name')}>
          <Input allowClear data-testid="admin-order-company" />
        </Form.Item>
        <Form.Item name="status" label={t('order.status')}>
          <Select
            allowClear
            data-testid="admin-order-status"
            placeholder={t('common.all')}
            options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orderStatus.${s}`) }))}
          />
        </Form.Item>
      </SearchForm>
      <Card title={t('adminOrder.results')}>
        {orders.isError ? <Alert type="error" showIcon title={errorText(orders.error, locale, t)} /> : null}
        <Table
          rowKey="id"
          size="middle"
          // A followed list refetches every few seconds while a case is with the insurer: show the
          // spinner for a first load or a new page, not for each background poll.
          loading={orders.isPending || (orders.isFetching && orders.isPlaceholderData)}
          columns={columns}
          dataSource={orders.data?.items ?? []}
          scroll={{ x: 900 }}
          data-testid="admin-orders-table"
          pagination={{
            current: search.page,
            pageSize: search.pageSize,
            total: orders.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setSearch((s) => ({ ...s, page, pageSize })),
          }}
        />
      </Card>
    </PageContainer>
  );
}
