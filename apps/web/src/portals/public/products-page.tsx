import { Link } from 'react-router-dom';
import { Alert, Button, Card, Col, Empty, Flex, Row, Spin, Tag, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { usePublicProducts } from '../../api/exchange';
import { formatYuan } from '../../components/format';
import { ChineseContentNote } from '../../components/product-content';
import { ProductName } from '../../components/product-name';
import { errorText } from '../../error-text';
import { useI18n } from '../../i18n';
import { BRAND } from '../../theme';

/** 产品展示: the listed tax-advantaged health products of every insurer, for everyone. */
export default function ProductsPage() {
  const { t, locale } = useI18n();
  const products = usePublicProducts();
  const items = products.data ?? [];

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto', padding: '24px 16px' }} data-testid="page-products">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('products.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('products.subtitle')}</Typography.Paragraph>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('products.capNote')} />
      <ChineseContentNote />
      {products.isPending ? (
        <Spin />
      ) : products.isError ? (
        <Alert type="error" showIcon title={errorText(products.error, locale, t)} />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('products.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} data-testid="product-list">
          {items.map((p) => (
            <Col xs={24} md={12} xl={8} key={p.id}>
              <Card
                data-testid="product-card"
                data-product-id={p.id}
                style={{ height: '100%' }}
                // The card head cuts its title to one line: the name wraps instead (A款 / B款 stay).
                styles={{ title: { whiteSpace: 'normal', overflow: 'visible', padding: '12px 0' } }}
                title={
                  <Flex align="flex-start" gap={8}>
                    <SafetyOutlined style={{ color: BRAND.blue, marginTop: 4 }} />
                    <ProductName name={p.name} testId="product-name" />
                  </Flex>
                }
                actions={[
                  <Link key="open" to={`/products/${encodeURIComponent(p.id)}`} data-testid="product-open">
                    <Button type="link">{t('products.view')}</Button>
                  </Link>,
                ]}
              >
                <Flex vertical gap={8}>
                  <Typography.Text type="secondary" data-testid="product-insurer">
                    {p.insurerName}
                  </Typography.Text>
                  <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
                    {p.summary}
                  </Typography.Paragraph>
                  <div>
                    <Typography.Text type="secondary">
                      {t('products.sumInsured')}
                      {t('common.colon')}
                    </Typography.Text>
                    <Typography.Text strong data-testid="product-sum-insured">
                      {formatYuan(p.sumInsuredFen)}
                    </Typography.Text>
                  </div>
                  <div>
                    <Tag color="gold" data-testid="product-cap">
                      {t('products.capTag', { cap: formatYuan(p.deductionCapFen) })}
                    </Tag>
                  </div>
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
