import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Drawer, Empty, Flex, Row, Spin, Typography } from 'antd';
import { DownloadOutlined, FileProtectOutlined } from '@ant-design/icons';
import { useMyPolicies, type MyPolicy } from '../../../api/exchange';
import { PolicyStatusTag } from '../../../components/documents';
import { formatDate, formatYuan } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { ProductName } from '../../../components/product-name';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';
import { BRAND } from '../../../theme';

function StatusTag({ p }: { p: MyPolicy }) {
  return <PolicyStatusTag status={p.status} label={p.statusLabel} testId="policy-status" />;
}

function Download({ p, index }: { p: MyPolicy; index: number }) {
  const { t } = useI18n();
  if (!p.downloadUrl) return <Typography.Text type="secondary">{t('policy.noDocument')}</Typography.Text>;
  return (
    <a href={p.downloadUrl} data-testid={`policy-download-${index}`}>
      <Button type="primary" size="small" icon={<DownloadOutlined />}>
        {t('policy.download')}
      </Button>
    </a>
  );
}

/** 我的保单: the policies the insurers issued to this person (synced), with the e-policy PDF. */
export default function PoliciesPage() {
  const { t, locale } = useI18n();
  const policies = useMyPolicies();
  const [open, setOpen] = useState<MyPolicy | null>(null);
  const items = policies.data ?? [];

  return (
    <PageContainer title={t('menu.policies')} subtitle={t('menuDesc.policies')} testId="page-policies">
      {policies.isPending ? (
        <Spin />
      ) : policies.isError ? (
        <Alert type="error" showIcon title={errorText(policies.error, locale, t)} />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('policy.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} data-testid="policies-list">
          {items.map((p, index) => (
            <Col xs={24} md={12} xl={8} key={p.policyId}>
              <Card data-testid="policy-card" styles={{ body: { padding: 16 } }}>
                <Flex justify="space-between" align="flex-start" gap={8}>
                  <Typography.Text strong style={{ minWidth: 0 }}>
                    <FileProtectOutlined style={{ color: BRAND.blue }} /> <ProductName name={p.productName} />
                  </Typography.Text>
                  <StatusTag p={p} />
                </Flex>
                <Typography.Text type="secondary" style={{ display: 'block', margin: '4px 0' }}>
                  {p.insurerName}
                </Typography.Text>
                <div style={{ fontSize: 13 }}>
                  {t('policy.no')}
                  {t('common.colon')}
                  <span className="ph-mono" data-testid="policy-no">
                    {p.policyNo}
                  </span>
                </div>
                <div style={{ fontSize: 13 }}>
                  {t('policy.period')}
                  {t('common.colon')}
                  {formatDate(p.startsAt)} ~ {formatDate(p.endsAt)}
                </div>
                <Flex gap={8} justify="flex-end" style={{ marginTop: 12 }}>
                  <Button size="small" onClick={() => setOpen(p)} data-testid={`policy-details-${index}`}>
                    {t('policy.details')}
                  </Button>
                  <Download p={p} index={index} />
                </Flex>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Drawer
        open={Boolean(open)}
        onClose={() => setOpen(null)}
        title={open?.productName}
        size="default"
        data-testid="policy-drawer"
      >
        {open ? (
          <Descriptions column={1} size="small" bordered data-testid="policy-detail">
            <Descriptions.Item label={t('policy.no')}>
              <span className="ph-mono">{open.policyNo}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('order.insurer')}>{open.insurerName}</Descriptions.Item>
            <Descriptions.Item label={t('order.status')}>
              <StatusTag p={open} />
            </Descriptions.Item>
            <Descriptions.Item label={t('policy.period')}>
              {formatDate(open.startsAt)} ~ {formatDate(open.endsAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('products.sumInsured')}>
              {formatYuan(open.sumInsuredFen)}
            </Descriptions.Item>
            <Descriptions.Item label={t('apply.premium')}>{formatYuan(open.premiumFen)}</Descriptions.Item>
            <Descriptions.Item label={t('policy.taxCode')}>
              <span className="ph-mono" data-testid="policy-tax-code">
                {open.taxCode ?? t('common.none')}
              </span>
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('products.capNote')}
        </Typography.Paragraph>
      </Drawer>
    </PageContainer>
  );
}
