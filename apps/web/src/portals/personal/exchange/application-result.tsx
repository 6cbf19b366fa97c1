import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Button, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import { DownloadOutlined, LoadingOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { applicationMachine, type ApplicationStatus } from '@policyhub/domain';
import {
  exchangeKeys,
  useApplication,
  type Application,
  type ApplicationDetail,
} from '../../../api/exchange';
import { applicationPace } from '../../../api/follow';
import { ApplicationStatusTag } from '../../../components/exchange';
import { formatDate, formatYuan } from '../../../components/format';
import { useI18n, type MessageKey } from '../../../i18n';

// What the applicant reads for the statuses an exchange application can reach; any other state of
// the shared application machine shows its label.
const RESULT_TITLE: Partial<Record<ApplicationStatus, MessageKey>> = {
  issued: 'apply.result.issued',
  underwriting: 'apply.result.underwriting',
  manual_review: 'apply.result.manual_review',
  accepted: 'apply.result.accepted',
  declined: 'apply.result.declined',
};
const RESULT_TEXT: Partial<Record<ApplicationStatus, MessageKey>> = {
  underwriting: 'apply.resultText.underwritingLive',
  manual_review: 'apply.resultText.manualLive',
  accepted: 'apply.resultText.accepted',
};

function Policy({ app }: { app: ApplicationDetail }) {
  const { t } = useI18n();
  const p = app.policy;
  if (!p) return null;
  return (
    <Flex vertical gap={12} align="center" style={{ width: '100%' }}>
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ width: '100%', maxWidth: 480 }}
        // Labels on one line so the 20-character policy number fits beside them at 390 px.
        styles={{ label: { whiteSpace: 'nowrap', width: 1 } }}
        data-testid="apply-policy"
      >
        <Descriptions.Item label={t('policy.no')}>
          <span className="ph-mono" data-testid="apply-policy-no">
            {p.policyNo}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('policy.period')}>
          <span data-testid="apply-policy-period">
            {formatDate(p.startsAt)} ~ {formatDate(p.endsAt)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('apply.annualPremium')}>
          <span data-testid="apply-policy-premium">{formatYuan(p.premiumFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('apply.sumInsured')}>{formatYuan(p.sumInsuredFen)}</Descriptions.Item>
      </Descriptions>
      {p.downloadUrl ? (
        <a href={p.downloadUrl} data-testid="apply-policy-download">
          <Button type="primary" icon={<DownloadOutlined />}>
            {t('policy.download')}
          </Button>
        </a>
      ) : (
        <Typography.Text type="secondary">{t('policy.noDocument')}</Typography.Text>
      )}
    </Flex>
  );
}

/**
 * The result of an application, followed until the insurer's final answer without a reload
 * (api/follow.ts): 核保中 → the issued policy with its e-policy download, or the decline reason; a
 * manual review says a person is reviewing it and is read again every 30 s.
 */
export function ApplicationResult({
  applicationNo,
  initial,
}: {
  applicationNo: string;
  initial?: Application;
}) {
  const { t, locale } = useI18n();
  const client = useQueryClient();
  const followed = useApplication(applicationNo);
  const app: ApplicationDetail | undefined =
    followed.data ?? (initial ? { ...initial, decidedAt: null, policy: null } : undefined);
  const final = app ? applicationPace(app.status) === false : false;

  // Once final, the pages that list the invitation, applications and policies read them again.
  useEffect(() => {
    if (!final) return;
    void client.invalidateQueries({ queryKey: exchangeKeys.invitations });
    void client.invalidateQueries({ queryKey: exchangeKeys.applications, exact: true });
    void client.invalidateQueries({ queryKey: exchangeKeys.policies });
  }, [final, client]);

  if (!app) return <Spin />;
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const colon = locale === 'zh-CN' ? '：' : ': ';
  const status = app.status === 'issued' ? 'success' : app.status === 'declined' ? 'error' : 'info';
  const icon =
    app.status === 'manual_review' ? (
      <UserOutlined />
    ) : final ? undefined : (
      <LoadingOutlined data-testid="apply-following-icon" />
    );
  return (
    <Result
      // No side padding inside the card: at 390 px the policy details need the width.
      style={{ paddingInline: 0 }}
      status={status}
      icon={icon}
      data-testid="apply-result"
      data-status={app.status}
      title={
        RESULT_TITLE[app.status] ? t(RESULT_TITLE[app.status]!) : applicationMachine.label(app.status, lang)
      }
      subTitle={
        app.status === 'declined' ? (
          <span data-testid="apply-decline-reason">
            {t('apply.declineReason')}
            {colon}
            {app.declineReason ?? ''}
          </span>
        ) : app.status === 'issued' ? (
          t('apply.resultText.issued')
        ) : RESULT_TEXT[app.status] ? (
          t(RESULT_TEXT[app.status]!)
        ) : (
          ''
        )
      }
      extra={
        <Flex vertical align="center" gap={12}>
          {app.status === 'issued' ? <Policy app={app} /> : null}
          <Typography.Text>
            {t('apply.applicationNo')}
            {colon}
            <span className="ph-mono" data-testid="apply-application-no">
              {app.applicationNo}
            </span>{' '}
            <ApplicationStatusTag status={app.status} />
          </Typography.Text>
          {app.status !== 'issued' ? (
            <Typography.Text>
              {t('apply.premium')}
              {colon}
              {formatYuan(app.premiumFen)}
            </Typography.Text>
          ) : null}
          {final ? (
            <Typography.Text type="secondary" data-testid="apply-notified">
              {t('apply.notified')}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary" data-testid="apply-following">
              {t('apply.following')}
            </Typography.Text>
          )}
          <Flex gap={8} wrap justify="center">
            <Link to="/personal/policies">
              <Button type={app.status === 'issued' ? 'default' : 'primary'} data-testid="apply-to-policies">
                {t('menu.policies')}
              </Button>
            </Link>
            <Link to="/personal/orders">
              <Button>{t('menu.personalOrders')}</Button>
            </Link>
          </Flex>
        </Flex>
      }
    />
  );
}
