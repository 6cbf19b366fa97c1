import type { ReactNode } from 'react';
import { Tabs } from 'antd';
import { BulkImport } from '../../components/bulk-import';
import { PageContainer } from '../../components/page';
import { useI18n, type MessageKey } from '../../i18n';

/** 【入会】: the 批量入会模板 (下载, 浏览/上传 = 业务校验, 业务办理, the result link of failed rows). */
export function EnrollmentTab() {
  return <BulkImport template="union_members" params={{}} ready partial />;
}

/**
 * The tabs of 批量业务, in the seed's order. Each is its own component: the applications slice
 * adds `{ key: 'apply', label: 'union.batch.apply', content: <ApplicationsTab /> }` (【投保】) here.
 */
const TABS: readonly { key: string; label: MessageKey; content: ReactNode }[] = [
  { key: 'enroll', label: 'union.batch.enroll', content: <EnrollmentTab /> },
  // 【投保】 tab: added by the applications slice.
];

/** 批量业务 (批量业务管理): 【入会】 and, from the applications slice, 【投保】. */
export default function BatchPage() {
  const { t } = useI18n();
  return (
    <PageContainer title={t('union.batch.title')}>
      <Tabs items={TABS.map((tab) => ({ key: tab.key, label: t(tab.label), children: tab.content }))} />
    </PageContainer>
  );
}
