import { Alert, App as AntApp, Card, Switch, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  useAdminProducts,
  usePublishProduct,
  type AdminProduct,
  type ProductStatus,
} from '../../../api/exchange';
import { ProductStatusTag } from '../../../components/exchange';
import { formatTime } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

/** 产品发布管理: publish a listed product to the showcase, or take it off. */
export default function AdminProductsPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const products = useAdminProducts();
  const publish = usePublishProduct();

  const columns: ColumnsType<AdminProduct> = [
    { title: t('productForm.code'), dataIndex: 'code', key: 'code', className: 'ph-mono', width: 140 },
    { title: t('order.product'), dataIndex: 'name', key: 'name' },
    { title: t('order.insurer'), dataIndex: 'insurerName', key: 'insurerName' },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (s: ProductStatus) => <ProductStatusTag status={s} />,
    },
    {
      title: t('listing.submittedAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 170,
      render: (v: string) => formatTime(v),
    },
    {
      title: t('adminProduct.published'),
      dataIndex: 'published',
      key: 'published',
      width: 120,
      render: (published: boolean, p) => (
        <Switch
          checked={published}
          disabled={p.status !== 'listed' && !published}
          loading={publish.isPending && publish.variables?.id === p.id}
          data-testid="product-publish"
          onChange={(next) =>
            publish.mutate(
              { id: p.id, publish: next },
              {
                onSuccess: () =>
                  void message.success(t(next ? 'adminProduct.publishedOk' : 'adminProduct.unpublishedOk')),
              },
            )
          }
        />
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.adminProducts')}
      subtitle={t('menuDesc.adminProducts')}
      testId="page-admin-products"
    >
      <Card>
        {products.isError ? (
          <Alert type="error" showIcon title={errorText(products.error, locale, t)} />
        ) : null}
        <Table
          rowKey="id"
          size="middle"
          loading={products.isPending}
          columns={columns}
          dataSource={products.data ?? []}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="admin-products-table"
        />
      </Card>
    </PageContainer>
  );
}
