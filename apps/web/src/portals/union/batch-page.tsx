import type { ReactNode } from 'react';
import { Alert, Tabs } from 'antd';
import { useApplicationPlans } from '../../api/union-applications';
import { BulkImport } from '../../components/bulk-import';
import { PageContainer } from '../../components/page';
import { useI18n, type MessageKey } from '../../i18n';

/** 【入会】: the 批量入会模板 (下载, 浏览/上传 = 业务校验, 业务办理, the result link of failed rows). */
export function EnrollmentTab() {
  return <BulkImport template="union_members" params={{}} ready partial />;
}

/**
 * 【投保】: the 批量投保模板 (模板批量投保), the same flow; the rows name their 产品名称, so the
 * listed plans with their premium per copy are shown to fill in 投保金额 = 份数 × 每份保费.
 */
export function ApplicationsTab() {
  const { t } = useI18n();
  const plans = useApplicationPlans();
  const list = (plans.data ?? []).map((p) => (
    <div key={p.productId}>
      {t('union.batch.applyPlan', {
        name: p.name,
        premium: (p.premiumPerCopyFen / 100).toFixed(2),
        max: p.maxCopies,
      })}
    </div>
  ));
  return (
    <BulkImport
      template="union_applications"
      params={{}}
      ready
      partial
      setup={
        <div data-testid="apply-plans">
          <Alert
            type="info"
            showIcon
            message={t('union.batch.applyHint')}
            description={list.length ? list : undefined}
          />
        </div>
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
