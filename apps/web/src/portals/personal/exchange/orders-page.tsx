import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Flex, Grid, List, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useInvitations, type Invitation } from '../../../api/exchange';
import { InvitationStatusTag } from '../../../components/exchange';
import { formatDate } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { ProductName } from '../../../components/product-name';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

function ApplyLink({ inv }: { inv: Invitation }) {
  const { t } = useI18n();
  return (
    <Link to={`/personal/apply/${encodeURIComponent(inv.invitationId)}`} data-testid="invitation-apply">
      {inv.status === 'invited' && !inv.applicationNo ? t('invitation.apply') : t('common.view')}
    </Link>
  );
}

/** 待处理订单: the products an employer chose for this employee, with the application window. */
export default function PersonalOrdersPage() {
  const { t, locale } = useI18n();
  const invitations = useInvitations();
  const phone = !Grid.useBreakpoint().md;
  const items = invitations.data ?? [];

  const columns: ColumnsType<Invitation & { index: number }> = [
    { title: t('invitation.index'), dataIndex: 'index', key: 'index', width: 70 },
    { title: t('order.insurer'), dataIndex: 'insurerName', key: 'insurerName' },
    { title: t('order.product'), dataIndex: 'productName', key: 'productName' },
    {
      title: t('invitation.windowStart'),
      dataIndex: 'windowStart',
      key: 'windowStart',
      width: 130,
      render: (v: string) => formatDate(v),
    },
    {
      title: t('invitation.windowEnd'),
      dataIndex: 'windowEnd',
      key: 'windowEnd',
      width: 130,
      render: (v: string) => formatDate(v),
    },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 110,
      render: (s: string) => <InvitationStatusTag status={s} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_: unknown, inv) => <ApplyLink inv={inv} />,
    },
  ];

  return (
    <PageContainer
      title={t('menu.personalOrders')}
      subtitle={t('menuDesc.personalOrders')}
      testId="page-personal-orders"
    >
      {invitations.isPending ? (
        <Spin />
      ) : invitations.isError ? (
        <Alert type="error" showIcon title={errorText(invitations.error, locale, t)} />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('invitation.empty')} />
        </Card>
      ) : phone ? (
        <List
          data-testid="invitations-list"
          dataSource={items}
          renderItem={(inv) => (
            <Card size="small" style={{ marginBottom: 12 }} data-testid="invitation-card">
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong style={{ minWidth: 0 }}>
                  <ProductName name={inv.productName} />
                </Typography.Text>
                <InvitationStatusTag status={inv.status} />
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0' }}>
                {inv.insurerName}
              </Typography.Text>
              <Typography.Text style={{ display: 'block', fontSize: 12 }}>
                {t('order.window')}
                {t('common.colon')}
                {formatDate(inv.windowStart)} ~ {formatDate(inv.windowEnd)}
              </Typography.Text>
              <Flex justify="flex-end" style={{ marginTop: 8 }}>
                <Link
                  to={`/personal/apply/${encodeURIComponent(inv.invitationId)}`}
                  data-testid="invitation-apply"
                >
                  <Button type="primary" size="small">
                    {inv.status === 'invited' && !inv.applicationNo
                      ? t('invitation.apply')
                      : t('common.view')}
                  </Button>
                </Link>
              </Flex>
            </Card>
          )}
        />
      ) : (
        <Card>
          <Table
            rowKey="invitationId"
            size="middle"
            columns={columns}
            dataSource={items.map((inv, i) => ({ ...inv, index: i + 1 }))}
            pagination={false}
            data-testid="invitations-table"
          />
        </Card>
      )}
    </PageContainer>
  );
}
