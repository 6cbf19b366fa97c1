import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import {
  CheckCircleFilled,
  ClockCircleFilled,
  FileSearchOutlined,
  SafetyCertificateOutlined,
  StopFilled,
} from '@ant-design/icons';
import { isApiError } from '../../api/client';
import { useDocumentStatus, type PolicyStatus } from '../../api/documents';
import { PolicyChain, PolicyStatusTag, useDocumentLabels } from '../../components/documents';
import { formatTime } from '../../components/format';
import { errorText } from '../../error-text';
import { useI18n } from '../../i18n';
import { BRAND } from '../../theme';

const STATUS_LOOK: Record<PolicyStatus, { color: string; icon: ReactNode }> = {
  issued: { color: '#52c41a', icon: <CheckCircleFilled /> },
  endorsed: { color: BRAND.blue, icon: <CheckCircleFilled /> },
  cancelled: { color: '#ff4d4f', icon: <StopFilled /> },
  terminated: { color: '#fa8c16', icon: <StopFilled /> },
  expired: { color: '#8c8c8c', icon: <ClockCircleFilled /> },
};

/**
 * The page a document's QR code opens (people scan it with a phone): the document, its policy's
 * current status and the chain of endorsements — nothing personal beyond the masked holder name.
 * Whether the file itself is unaltered needs the file: a link leads to 电子保单验真.
 */
export default function VerifyStatusPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const labels = useDocumentLabels();
  const status = useDocumentStatus(id);
  const data = status.data;

  let body: ReactNode;
  if (status.isPending) {
    body = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin size="large" />
      </Flex>
    );
  } else if (status.isError || !data) {
    // A malformed id (400) is as unknown as a missing one (404).
    const notFound = isApiError(status.error) && (status.error.status === 404 || status.error.status === 400);
    body = (
      <Card data-testid="verify-status" data-status="not_found">
        <Result
          icon={<FileSearchOutlined style={{ color: '#8c8c8c' }} />}
          title={notFound ? t('verifyStatus.notFound') : errorText(status.error, locale, t)}
          subTitle={notFound ? t('verifyStatus.notFoundHint') : undefined}
        />
      </Card>
    );
  } else {
    const policy = data.policy;
    const look = policy ? STATUS_LOOK[policy.status] : null;
    body = (
      <Flex vertical gap={12}>
        <Card data-testid="verify-status" data-status={policy?.status ?? 'unknown'}>
          <Result
            style={{ padding: '8px 0 0' }}
            icon={
              <span style={{ color: look?.color ?? BRAND.blue, fontSize: 64 }}>
                {look?.icon ?? <SafetyCertificateOutlined />}
              </span>
            }
            title={
              policy ? (
                <span style={{ color: look?.color, fontWeight: 600 }} data-testid="verify-status-title">
                  {t('verifyStatus.policyStatus', {
                    status: labels.status(policy.status, policy.statusLabel),
                  })}
                </span>
              ) : (
                labels.kind(data.kind, data.kindLabel)
              )
            }
            subTitle={
              <>
                {policy ? <div>{t(`verifyStatus.hint.${policy.status}`)}</div> : null}
                <div>{t('verifyStatus.issuedHere')}</div>
              </>
            }
          />
          {data.specimen ? (
            <Alert type="warning" showIcon title={t('verify.specimen')} style={{ marginTop: 8 }} />
          ) : null}
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 8 }}
            items={[
              { key: 'kind', label: t('doc.kind'), children: labels.kind(data.kind, data.kindLabel) },
              {
                key: 'documentNo',
                label: t('doc.documentNo'),
                children: <span className="ph-mono">{data.documentNo}</span>,
              },
              { key: 'issuedAt', label: t('doc.issuedAt'), children: formatTime(data.issuedAt) },
              ...(policy
                ? [
                    {
                      key: 'policyNo',
                      label: t('doc.policyNo'),
                      children: <span className="ph-mono">{policy.policyNo}</span>,
                    },
                    { key: 'product', label: t('doc.product'), children: policy.productName },
                    { key: 'line', label: t('doc.line'), children: labels.line(policy.line) },
                    {
                      key: 'status',
                      label: t('doc.currentStatus'),
                      children: <PolicyStatusTag status={policy.status} label={policy.statusLabel} />,
                    },
                    {
                      key: 'period',
                      label: t('doc.periodLabel'),
                      children: labels.period(policy.periodStart, policy.periodEnd),
                    },
                    { key: 'holder', label: t('doc.holder'), children: policy.holderNameMasked },
                  ]
                : []),
            ]}
          />
        </Card>
        {policy ? (
          <Card title={t('chain.title')} size="small">
            <PolicyChain
              testId="verify-status-chain"
              policyNo={policy.policyNo}
              entries={data.chain.map((entry) => ({
                ...entry,
                current: entry.documentNo === data.documentNo,
              }))}
              status={policy.status}
              statusLabel={policy.statusLabel}
              periodStart={policy.periodStart}
              periodEnd={policy.periodEnd}
            />
          </Card>
        ) : null}
      </Flex>
    );
  }

  return (
    <div
      style={{ maxWidth: 640, margin: '0 auto', padding: '20px 12px 40px' }}
      data-testid="page-verify-status"
    >
      <Typography.Title level={3} style={{ marginTop: 0, fontSize: 'clamp(20px, 5vw, 26px)' }}>
        {t('verifyStatus.title')}
      </Typography.Title>
      {body}
      <Card size="small" style={{ marginTop: 12 }}>
        <Typography.Paragraph style={{ marginBottom: 12 }}>
          {t('verifyStatus.checkFile')}
        </Typography.Paragraph>
        <Link to="/verify">
          <Button
            type="primary"
            block
            icon={<SafetyCertificateOutlined />}
            data-testid="verify-status-check-file"
          >
            {t('verifyStatus.checkFileButton')}
          </Button>
        </Link>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          {t('verifyStatus.privacy')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
