import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Spin, Table } from 'antd';
import { ShopOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useEnterpriseOrders, type Order } from '../../../api/exchange';
import { OrderStatusTag } from '../../../components/exchange';
import { formatDate } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

/** 待处理订单 of the enterprise: one order per chosen product, with its status. */
export default function EnterpriseOrdersPage() {
  const { t, locale } = useI18n();
  const orders = useEnterpriseOrders();

  const columns: ColumnsType<Order> = [
    { title: t('order.no'), dataIndex: 'orderNo', key: 'orderNo', width: 180 },
    {
      title: t('order.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 120,
      render: (v: string) => formatDate(v),
    },
    { title: t('order.insurer'), dataIndex: 'insurerName', key: 'insurerName' },
    { title: t('order.product'), dataIndex: 'productName', key: 'productName' },
    { title: t('order.rosterCount'), dataIndex: 'rosterCount', key: 'rosterCount', width: 110 },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 130,
      render: (s: Order['status']) => <OrderStatusTag status={s} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_: unknown, o) => (
        <Link to={encodeURIComponent(o.id)} data-testid="order-open">
          {o.status === 'draft' ? t('order.handle') : t('common.view')}
        </Link>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.enterpriseOrders')}
      subtitle={t('menuDesc.enterpriseOrders')}
      testId="page-enterprise-orders"
      extra={
        <Link to="/products">
          <Button icon={<ShopOutlined />} data-testid="order-choose-product">
            {t('order.chooseProduct')}
          </Button>
        </Link>
      }
    >
      <Card>
        {orders.isPending ? (
          <Spin />
        ) : orders.isError ? (
          <Alert type="error" showIcon title={errorText(orders.error, locale, t)} />
        ) : (orders.data ?? []).length === 0 ? (
          <Empty description={t('order.empty')} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={orders.data}
            scroll={{ x: 860 }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="enterprise-orders-table"
          />
        )}
      </Card>
    </PageContainer>
  );
}
