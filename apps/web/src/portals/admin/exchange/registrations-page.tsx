import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Flex, Popconfirm, Segmented, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { APPROVAL_SUBJECT_TYPES } from '@policyhub/domain';
import {
  useDecideRegistration,
  useRegistrations,
  type Registration,
  type RegistrationStatus,
} from '../../../api/exchange';
import { useRefreshApprovals } from '../../../api/approvals';
import { ApprovalTimeline } from '../../../components/approval-timeline';
import { ReviewStatusTag } from '../../../components/exchange';
import { formatTime } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { RejectModal } from '../../../components/reject-modal';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

type Filter = RegistrationStatus | 'all';
const FILTERS: readonly Filter[] = ['pending', 'approved', 'rejected', 'all'];

function registrationFilter(value: string | null): Filter {
  return FILTERS.find((f) => f === value) ?? 'pending';
}

/** 注册登记审核: enterprise registrations waiting for approval; a rejection's reason is e-mailed. */
export default function RegistrationsPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  // ?status= comes from the admin home's counts; pending when absent or unknown.
  const [params] = useSearchParams();
  const [status, setStatus] = useState<Filter>(() => registrationFilter(params.get('status')));
  const list = useRegistrations(status);
  const decide = useDecideRegistration();
  const refreshApprovals = useRefreshApprovals();
  const [rejecting, setRejecting] = useState<Registration | null>(null);

  const columns: ColumnsType<Registration> = [
    {
      title: t('registration.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 170,
      render: (v: string) => formatTime(v),
    },
    { title: t('register.companyName'), dataIndex: 'companyName', key: 'companyName' },
    {
      title: t('registration.codes'),
      key: 'codes',
      render: (_: unknown, r) =>
        r.creditCode ? (
          <span className="ph-mono">{r.creditCode}</span>
        ) : (
          <Flex vertical>
            <span>
              {t('register.orgCode')}
              {t('common.colon')}
              <span className="ph-mono">{r.orgCode}</span>
            </span>
            <span>
              {t('register.licenceNo')}
              {t('common.colon')}
              <span className="ph-mono">{r.licenceNo}</span>
            </span>
            <span>
              {t('register.taxNo')}
              {t('common.colon')}
              <span className="ph-mono">{r.taxNo}</span>
            </span>
          </Flex>
        ),
    },
    { title: t('register.username'), dataIndex: 'username', key: 'username' },
    {
      title: t('register.contact'),
      key: 'contact',
      render: (_: unknown, r) => (
        <Flex vertical>
          <span>{r.contactName}</span>
          <span className="ph-mono">{r.contactMobile}</span>
          <span>{r.email}</span>
        </Flex>
      ),
    },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 150,
      render: (s: RegistrationStatus, r) => (
        <Flex vertical gap={4}>
          <ReviewStatusTag status={s} />
          {r.rejectReason ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.rejectReason}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_: unknown, r) =>
        r.status === 'pending' ? (
          <Flex gap={8}>
            <Popconfirm
              title={t('registration.approveConfirm', { name: r.companyName })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                decide.mutateAsync({ id: r.id, approve: true }).then(() => {
                  refreshApprovals();
                  void message.success(t('review.approved'));
                })
              }
            >
              <Button type="link" size="small" data-testid="registration-approve">
                {t('review.approve')}
              </Button>
            </Popconfirm>
            <Button
              type="link"
              size="small"
              danger
              onClick={() => setRejecting(r)}
              data-testid="registration-reject"
            >
              {t('review.reject')}
            </Button>
          </Flex>
        ) : null,
    },
  ];

  return (
    <PageContainer
      title={t('menu.registrations')}
      subtitle={t('menuDesc.registrations')}
      testId="page-registrations"
    >
      <Card>
        <Segmented<Filter>
          value={status}
          onChange={setStatus}
          style={{ marginBottom: 12 }}
          data-testid="registration-filter"
          options={[
            { value: 'pending', label: t('reviewStatus.pending') },
            { value: 'approved', label: t('reviewStatus.approved') },
            { value: 'rejected', label: t('reviewStatus.rejected') },
            { value: 'all', label: t('common.all') },
          ]}
        />
        {list.isError ? <Alert type="error" showIcon title={errorText(list.error, locale, t)} /> : null}
        <Table
          rowKey="id"
          size="middle"
          loading={list.isPending}
          columns={columns}
          dataSource={list.data ?? []}
          scroll={{ x: 1000 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          // 审批记录: who submitted, who decided, when and why.
          expandable={{
            expandedRowRender: (r) => (
              <>
                <Typography.Title level={5}>{t('approval.title')}</Typography.Title>
                <ApprovalTimeline subjectType={APPROVAL_SUBJECT_TYPES.registration} subjectId={r.id} />
              </>
            ),
          }}
          data-testid="registrations-table"
        />
      </Card>
      <RejectModal
        open={Boolean(rejecting)}
        title={t('registration.rejectTitle', { name: rejecting?.companyName ?? '' })}
        loading={decide.isPending}
        onCancel={() => setRejecting(null)}
        onSubmit={(reason) =>
          rejecting &&
          decide.mutate(
            { id: rejecting.id, approve: false, reason },
            {
              onSuccess: () => {
                refreshApprovals();
                void message.success(t('review.rejected'));
                setRejecting(null);
              },
            },
          )
        }
      />
    </PageContainer>
  );
}
