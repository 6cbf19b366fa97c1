import { useState, type ReactNode } from 'react';
import { Alert, Checkbox, Flex, InputNumber, Select, Space, Tabs, Typography } from 'antd';
import { useApplicationPlans } from '../../api/union-applications';
import { BulkImport } from '../../components/bulk-import';
import { PageContainer } from '../../components/page';
import { useI18n, type MessageKey } from '../../i18n';

/** 【入会】: the 批量入会模板 (下载, 浏览/上传 = 业务校验, 业务办理, the result link of failed rows). */
export function EnrollmentTab() {
  return <BulkImport template="union_members" params={{}} ready partial />;
}

/**
 * 【投保】: the 批量投保模板 (模板批量投保). The seed's order: choose 产品名称 (required), type 投保金额
 * or tick 以模板金额为准, then 浏览/上传. Both travel as the template's parameters: a row with a
 * blank 产品名称 takes the chosen plan, a row naming another is refused; the typed amount is every
 * row's (a row's own different amount is refused) unless 以模板金额为准.
 */
export function ApplicationsTab() {
  const { t } = useI18n();
  const plans = useApplicationPlans();
  const [productId, setProductId] = useState<string | undefined>();
  const [amount, setAmount] = useState<number | null>(null);
  const [useTemplateAmount, setUseTemplateAmount] = useState(false);
  const list = (plans.data ?? []).map((p) => (
    <div key={p.productId}>
      {t('union.batch.applyPlan', {
        name: p.name,
        premium: (p.premiumPerCopyFen / 100).toFixed(2),
        max: p.maxCopies,
      })}
    </div>
  ));
  const ready = Boolean(productId) && (useTemplateAmount || amount !== null);
  return (
    <BulkImport
      template="union_applications"
      params={{
        productId,
        amount: useTemplateAmount || amount === null ? undefined : amount.toFixed(2),
        useTemplateAmount: useTemplateAmount ? 'true' : undefined,
      }}
      ready={ready}
      notReadyHint={productId ? t('union.batch.applyAmountFirst') : t('union.batch.applyPlanFirst')}
      partial
      setup={
        <Flex vertical gap={12}>
          <div data-testid="apply-plans">
            <Alert
              type="info"
              showIcon
              title={t('union.batch.applyHint')}
              description={list.length ? list : undefined}
            />
          </div>
          <Space wrap size="large" align="center">
            <Space>
              <Typography.Text>
                <Typography.Text type="danger">* </Typography.Text>
                {t('union.apps.product')}
              </Typography.Text>
              <Select
                data-testid="apply-product"
                style={{ minWidth: 280 }}
                placeholder={t('union.apps.productRequired')}
                loading={plans.isLoading}
                value={productId}
                onChange={setProductId}
                options={(plans.data ?? []).map((p) => ({ value: p.productId, label: p.name }))}
              />
            </Space>
            <Space>
              <Typography.Text>{t('union.apps.amount')}</Typography.Text>
              <InputNumber
                data-testid="apply-amount"
                min={0}
                precision={2}
                disabled={useTemplateAmount}
                value={amount}
                onChange={(v) => setAmount(v ?? null)}
                addonAfter={t('union.apps.yuan')}
              />
            </Space>
            <Checkbox
              data-testid="apply-template-amount"
              checked={useTemplateAmount}
              onChange={(e) => setUseTemplateAmount(e.target.checked)}
            >
              {t('union.batch.useTemplateAmount')}
            </Checkbox>
          </Space>
        </Flex>
      }
    />
  );
}

/** The tabs of 批量业务, in the seed's order; each is its own component. */
const TABS: readonly { key: string; label: MessageKey; content: ReactNode }[] = [
  { key: 'enroll', label: 'union.batch.enroll', content: <EnrollmentTab /> },
  { key: 'apply', label: 'union.batch.apply', content: <ApplicationsTab /> },
];

/** 批量业务 (批量业务管理): 【入会】 and 【投保】. */
export default function BatchPage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t('union.batch.title')}>
      <Tabs items={TABS.map((tab) => ({ key: tab.key, label: t(tab.label), children: tab.content }))} />
    </PageContainer>
  );
}
