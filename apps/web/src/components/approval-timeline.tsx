import { Alert, Empty, Spin, Tag, Timeline, Typography } from 'antd';
import { APPROVAL_ACTION_LABELS, approvalMachine, type ApprovalAction } from '@policyhub/domain';
import { useApprovalTimeline } from '../api/approvals';
import { errorText } from '../error-text';
import { isMessageKey, useI18n } from '../i18n';
import { formatTime } from './format';

const ACTION_COLORS: Record<ApprovalAction, string> = {
  submit: 'blue',
  resubmit: 'blue',
  approve: 'green',
  return: 'orange',
  reject: 'red',
};

/**
 * 审批记录: the steps of a subject's approval request — who (name, role, organization), when,
 * what and why — oldest first, and the level it waits at. Shared by every review page.
 */
export function ApprovalTimeline({ subjectType, subjectId }: { subjectType: string; subjectId: string }) {
  const { t, locale } = useI18n();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const query = useApprovalTimeline(subjectType, subjectId);
  if (query.isPending) return <Spin size="small" />;
  if (query.isError) return <Alert type="error" showIcon title={errorText(query.error, locale, t)} />;
  const request = query.data;
  if (!request) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approval.empty')} />;
  const current = request.currentLevel === null ? null : request.levels[request.currentLevel];
  return (
    <div data-testid="approval-timeline">
      <Typography.Paragraph>
        <Tag>{approvalMachine.label(request.status, lang)}</Tag>
        {current ? t('approval.current', { level: current.label[lang], org: current.orgName }) : null}
      </Typography.Paragraph>
      <Timeline
        items={request.steps.map((step) => {
          const role = step.actor.role ? `role.${step.actor.role}` : null;
          const level = step.level === null ? null : request.levels[step.level];
          return {
            key: step.seq,
            color: ACTION_COLORS[step.action],
            content: (
              <div data-testid="approval-step">
                <Typography.Text strong>{APPROVAL_ACTION_LABELS[step.action][lang]}</Typography.Text>
                {level ? <Typography.Text type="secondary"> · {level.label[lang]}</Typography.Text> : null}
                <div>
                  {step.actor.name}
                  {role && isMessageKey(role) ? `（${t(role)}）` : null}
                  {step.actor.orgName ? ` · ${step.actor.orgName}` : null}
                </div>
                <Typography.Text type="secondary">{formatTime(step.at)}</Typography.Text>
                {step.reason ? (
                  <div>
                    {t(
                      step.action === 'return' || step.action === 'reject'
                        ? 'approval.reason'
                        : 'approval.remarks',
                    )}
                    {t('common.colon')}
                    {step.reason}
                  </div>
                ) : null}
              </div>
            ),
          };
        })}
      />
    </div>
  );
}
