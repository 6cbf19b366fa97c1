import type { ReactNode } from 'react';
import { Flex, Tag, Timeline, Typography } from 'antd';
import {
  CheckCircleOutlined,
  ClockCircleOutlined,
  EditOutlined,
  FileProtectOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { ID_TYPES, LINE_LABELS, LINE_LABELS_EN, type IdType } from '@policyhub/domain';
import type { DocumentKind, PolicyLine, PolicyStatus } from '../api/documents';
import { isMessageKey, useI18n, type Locale, type Translate } from '../i18n';
import { formatDate, formatTime } from './format';

export const POLICY_STATUS_COLOR: Record<PolicyStatus, string> = {
  issued: 'success',
  endorsed: 'processing',
  cancelled: 'error',
  terminated: 'warning',
  expired: 'default',
};

/**
 * A label the server sends in Chinese (status, document kind): shown verbatim in zh-CN, from the
 * catalogue in en-US (the server's text when the catalogue has no entry).
 */
export function serverLabel(
  locale: Locale,
  t: Translate,
  key: string,
  label: string | null | undefined,
): string {
  if (locale === 'zh-CN' && label) return label;
  if (isMessageKey(key)) return t(key);
  return label ?? '';
}

export function useDocumentLabels() {
  const { locale, t } = useI18n();
  return {
    status: (status: PolicyStatus, label?: string | null) =>
      serverLabel(locale, t, `policyStatus.${status}`, label),
    kind: (kind: DocumentKind | undefined, label?: string | null) =>
      kind ? serverLabel(locale, t, `docKind.${kind}`, label) : (label ?? ''),
    line: (line: PolicyLine) => (locale === 'zh-CN' ? LINE_LABELS : LINE_LABELS_EN)[line],
    idType: (type: IdType) =>
      locale === 'zh-CN' ? (ID_TYPES.find((item) => item.type === type)?.label ?? type) : t(`idType.${type}`),
    period: (start: string, end: string) =>
      t('doc.period', { start: formatDate(start), end: formatDate(end) }),
  };
}

export function PolicyStatusTag({
  status,
  label,
  testId,
}: {
  status: PolicyStatus | null;
  label?: string | null;
  testId?: string;
}) {
  const labels = useDocumentLabels();
  if (!status) return null;
  return (
    <Tag color={POLICY_STATUS_COLOR[status] ?? 'default'} data-testid={testId} data-status={status}>
      {labels.status(status, label)}
    </Tag>
  );
}

const STATUS_DOT: Record<PolicyStatus, { color: string; icon: ReactNode }> = {
  issued: { color: 'green', icon: <CheckCircleOutlined /> },
  endorsed: { color: 'blue', icon: <CheckCircleOutlined /> },
  cancelled: { color: 'red', icon: <StopOutlined /> },
  terminated: { color: 'orange', icon: <StopOutlined /> },
  expired: { color: 'gray', icon: <ClockCircleOutlined /> },
};

export type ChainStep = {
  /** A document kind, or 'status' for the server's closing entry (cancelled, terminated, expired). */
  kind?: string;
  documentNo?: string | null;
  issuedAt?: string | null;
  description?: string | null;
  /** The document the visitor holds (uploaded or scanned). */
  current?: boolean;
};

function chainIcon(kind: string | undefined): ReactNode {
  if (kind === 'endorsement') return <EditOutlined />;
  return <FileProtectOutlined />;
}

/**
 * 保单变更记录 (original → endorsements → current state): the policy's documents in order, as
 * the server describes them, then the policy's current status. A closing 'status' entry of the
 * server (cancelled, terminated, expired, with its date and reason) becomes the last item.
 */
export function PolicyChain({
  entries,
  policyNo,
  status,
  statusLabel,
  periodStart,
  periodEnd,
  testId,
}: {
  entries: ChainStep[];
  policyNo: string;
  status: PolicyStatus;
  statusLabel?: string | null;
  periodStart?: string;
  periodEnd?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const labels = useDocumentLabels();
  const documents = entries.filter((entry) => entry.kind !== 'status');
  const closing = entries.find((entry) => entry.kind === 'status');
  const firstPolicy = documents.findIndex((entry) => entry.kind === 'policy');

  const title = (entry: ChainStep, index: number): string => {
    if (entry.kind === 'policy') return index === firstPolicy ? t('chain.original') : labels.kind('policy');
    if (entry.kind) return labels.kind(entry.kind as DocumentKind);
    return t('chain.original');
  };

  const items = [
    ...documents.map((entry, index) => ({
      key: `${entry.kind ?? 'doc'}-${entry.documentNo ?? index}`,
      color: 'blue',
      icon: chainIcon(entry.kind),
      content: (
        <div data-testid={`chain-${entry.kind ?? 'document'}`}>
          <Typography.Text strong>{title(entry, index)}</Typography.Text>
          {entry.current ? (
            <Tag color="gold" style={{ marginInlineStart: 8 }} data-testid="chain-this-file">
              {t('chain.thisFile')}
            </Tag>
          ) : null}
          {entry.description ? <div>{entry.description}</div> : null}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.documentNo
                ? t('chain.documentNo', { no: entry.documentNo })
                : t('chain.policyNo', { no: policyNo })}
              {entry.issuedAt ? ` · ${t('chain.issuedAt', { time: formatTime(entry.issuedAt) })}` : ''}
            </Typography.Text>
          </div>
        </div>
      ),
    })),
    {
      key: 'current',
      color: STATUS_DOT[status]?.color ?? 'gray',
      icon: STATUS_DOT[status]?.icon,
      content: (
        <div data-testid="chain-current" data-status={status}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{t('chain.current')}</Typography.Text>
            <PolicyStatusTag status={status} label={statusLabel} />
          </Flex>
          {closing?.description ? (
            // The server's sentence starts with 当前状态：, which the item's title says already.
            <div>{closing.description.replace(/^当前状态[：:]\s*/, '')}</div>
          ) : null}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {closing?.issuedAt
              ? t('chain.since', { time: formatTime(closing.issuedAt) })
              : periodStart && periodEnd
                ? `${t('common.labelled', { label: t('doc.periodLabel') })}${labels.period(periodStart, periodEnd)}`
                : ''}
          </Typography.Text>
        </div>
      ),
    },
  ];

  return (
    <div data-testid={testId}>
      <Timeline items={items} />
    </div>
  );
}
