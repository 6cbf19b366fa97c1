import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  Alert,
  App as AntApp,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { useCreateOrder, usePublicProduct, type Disclosure } from '../../api/exchange';
import { useMe } from '../../api/auth';
import { Brochure } from '../../components/exchange';
import { formatDate, formatYuan } from '../../components/format';
import { ChineseContentNote } from '../../components/product-content';
import { errorText } from '../../error-text';
import { useI18n } from '../../i18n';

/** How to apply: individuals through the insurer or their employer; enterprises register or choose. */
function HowToApply({
  productId,
  insurerSite,
  hotline,
}: {
  productId: string;
  insurerSite?: string | null;
  hotline?: string | null;
}) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const create = useCreateOrder();
  const operator = me.data?.stage === 'active' && me.data.role === 'enterprise_operator';
  const site = insurerSite
    ? /^https?:\/\//.test(insurerSite)
      ? insurerSite
      : `https://${insurerSite}`
    : null;

  return (
    <Flex vertical gap={16} data-testid="product-how-to-apply">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('productDetail.individualTitle')}
      </Typography.Title>
      <ol style={{ margin: 0, paddingInlineStart: 20 }}>
        <li>
          {t('productDetail.contactInsurer')}
          <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
            <Descriptions.Item label={t('productDetail.insurerSite')}>
              {site ? (
                <a href={site} target="_blank" rel="noreferrer" data-testid="product-insurer-site">
                  {insurerSite}
                </a>
              ) : (
                t('common.none')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('productDetail.hotline')}>
              <span data-testid="product-hotline">{hotline ?? t('common.none')}</span>
            </Descriptions.Item>
          </Descriptions>
        </li>
        <li>{t('productDetail.throughEmployer')}</li>
      </ol>
      {operator ? (
        <Card size="small">
          <Flex align="center" justify="space-between" gap={12} wrap>
            <Typography.Text>{t('productDetail.operatorHint')}</Typography.Text>
            <Button
              type="primary"
              icon={<ShoppingCartOutlined />}
              loading={create.isPending}
              data-testid="product-choose"
              onClick={() =>
                create.mutate(productId, {
                  onSuccess: (order) => {
                    void message.success(t('productDetail.orderCreated'));
                    void navigate(`/enterprise/orders/${encodeURIComponent(order.id)}`);
                  },
                })
              }
            >
              {t('productDetail.choose')}
            </Button>
          </Flex>
        </Card>
      ) : (
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('productDetail.enterpriseBefore')}{' '}
          <Link to="/register" data-testid="product-register">
            {t('productDetail.registerEnterprise')}
          </Link>{' '}
          {t('productDetail.enterpriseAfter')}
        </Typography.Paragraph>
      )}
    </Flex>
  );
}

/** 产品详情 with the tabs of the seed: 产品详情 / 我要投保 / 保险条款 / 信息披露. */
export default function ProductDetailPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const product = usePublicProduct(id);

  if (product.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (product.isError)
    return (
      <div style={{ maxWidth: 1200, margin: '0 auto', padding: 24 }}>
        <Alert type="error" showIcon title={errorText(product.error, locale, t)} />
      </div>
    );
  const p = product.data;
  const how = p.howToApply;

  const disclosureColumns = [
    { title: t('disclosure.title'), dataIndex: 'title', key: 'title' },
    {
      title: t('disclosure.publishedAt'),
      dataIndex: 'publishedAt',
      key: 'publishedAt',
      width: 140,
      render: (v: string) => formatDate(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 140,
      render: (_: unknown, d: Disclosure, index: number) => (
        <a href={d.url} target="_blank" rel="noreferrer" data-testid={`disclosure-open-${index}`}>
          {t('common.view')}
        </a>
      ),
    },
  ];

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto', padding: '24px 16px' }} data-testid="page-product-detail">
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/products">{t('products.title')}</Link> }, { title: p.name }]}
      />
      <ChineseContentNote />
      <Card style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="product-detail-name">
          {p.name}
        </Typography.Title>
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          <Tag>{p.insurerName}</Tag>
          <Tag color="blue">
            {t('products.sumInsured')} {formatYuan(p.sumInsuredFen)}
          </Tag>
          <Tag color="gold">{t('products.capTag', { cap: formatYuan(p.deductionCapFen) })}</Tag>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {p.summary}
        </Typography.Paragraph>
      </Card>
      <Card>
        <Tabs
          data-testid="product-tabs"
          items={[
            {
              key: 'detail',
              label: <span data-testid="tab-detail">{t('productDetail.tabDetail')}</span>,
              children: p.brochure ? <Brochure text={p.brochure} /> : <Empty />,
            },
            {
              key: 'apply',
              label: <span data-testid="tab-apply">{t('productDetail.tabApply')}</span>,
              children: <HowToApply productId={p.id} insurerSite={how.insurerSite} hotline={how.hotline} />,
            },
            {
              key: 'clauses',
              label: <span data-testid="tab-clauses">{t('productDetail.tabClauses')}</span>,
              children: p.clausesUrl ? (
                <Flex vertical gap={12}>
                  <div>
                    <a href={p.clausesUrl} download data-testid="clauses-download">
                      <Button icon={<DownloadOutlined />}>{t('productDetail.downloadClauses')}</Button>
                    </a>
                  </div>
                  <object
                    data={p.clausesUrl}
                    type="application/pdf"
                    title={t('productDetail.tabClauses')}
                    style={{ width: '100%', height: '70vh', border: '1px solid #e6ebf2' }}
                    data-testid="clauses-viewer"
                  >
                    <Typography.Paragraph>{t('productDetail.noPdfViewer')}</Typography.Paragraph>
                  </object>
                </Flex>
              ) : (
                <Empty description={t('productDetail.noClauses')} />
              ),
            },
            {
              key: 'disclosures',
              label: <span data-testid="tab-disclosures">{t('productDetail.tabDisclosures')}</span>,
              children: (
                <Table
                  size="small"
                  rowKey="id"
                  columns={disclosureColumns}
                  dataSource={p.disclosures}
                  pagination={false}
                  scroll={{ x: 480 }}
                  locale={{ emptyText: t('productDetail.noDisclosures') }}
                  data-testid="disclosure-table"
                />
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
