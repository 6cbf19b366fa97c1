import { useState } from 'react';
import { App as AntApp, Button, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  useDecideRequest,
  useMemberRequests,
  useSubmitRequest,
  type MemberRequest,
  type MemberRequestKind,
  type MemberRequestStatus,
} from '../../api/union-query';
import { useCurrentUser } from '../../components/guards';
import { ApprovalTimeline } from '../../components/approval-timeline';
import { formatTime } from '../../components/format';
import { RejectModal } from '../../components/reject-modal';
import { useI18n, type MessageKey } from '../../i18n';

const STATUS_COLOR: Record<MemberRequestStatus, string> = {
  new: 'default',
  submitted: 'blue',
  approved: 'green',
  returned: 'volcano',
  rejected: 'red',
};
const FILTERS = ['all', 'new', 'submitted', 'returned', 'approved'] as const;

/** The list of 会员变更 or 调入调出 requests by status, with 【上报】 and the approvers' 审核通过 / 打回. */
export function MemberRequestsTable({
  kind,
  onEdit,
}: {
  kind: MemberRequestKind;
  onEdit?: (r: MemberRequest) => void;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const role = useCurrentUser().role;
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('all');
  const list = useMemberRequests(kind, status);
  const submit = useSubmitRequest();
  const decide = useDecideRequest();
  const [returning, setReturning] = useState<MemberRequest | null>(null);
  const isBase = role === 'union_base_operator';

  const columns: ColumnsType<MemberRequest> = [
    {
      title: t('unionQuery.requestNo'),
      dataIndex: 'requestNo',
      key: 'no',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    { title: t('unionQuery.memberNo'), dataIndex: 'memberNo', key: 'memberNo' },
    { title: t('unionQuery.name'), dataIndex: 'memberName', key: 'name' },
    {
      title: t('unionQuery.idNumber'),
      dataIndex: 'idNumberMasked',
      key: 'id',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    kind === 'change'
      ? {
          title: t('unionQuery.newValues'),
          key: 'new',
          render: (_: unknown, r) => (
            <Flex vertical>
              {r.newName ? (
                <span>
                  {t('unionQuery.newName')}: {r.newName}
                </span>
              ) : null}
              {r.newIdNumberMasked ? (
                <span className="ph-mono">
                  {t('unionQuery.newIdNumber')}: {r.newIdNumberMasked}
                </span>
              ) : null}
            </Flex>
          ),
        }
      : {
          title: t('unionQuery.fromTo'),
          key: 'units',
          render: (_: unknown, r) => `${r.fromUnitName ?? ''} → ${r.toUnitName ?? ''}`,
        },
    { title: t('unionQuery.reason'), dataIndex: 'reason', key: 'reason' },
    {
      title: t('unionQuery.status'),
      key: 'status',
      render: (_: unknown, r) => (
        <Flex vertical gap={4}>
          <span>
            <Tag color={STATUS_COLOR[r.status]} data-testid="request-status">
              {t(`unionQuery.requestStatus.${r.status}` as MessageKey)}
            </Tag>
          </span>
          {r.waitingAt ? <Typography.Text type="secondary">{r.waitingAt}</Typography.Text> : null}
          {r.returnReason ? (
            <Typography.Text type="danger" data-testid="request-return-reason">
              {t('unionQuery.returnReason')}: {r.returnReason}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t('unionQuery.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (v: string) => formatTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, r) => (
        <Flex gap={4} wrap>
          {isBase && (r.status === 'new' || r.status === 'returned') ? (
            <>
              {onEdit ? (
                <Button size="small" type="link" onClick={() => onEdit(r)} data-testid="request-edit">
                  {t('unionQuery.edit')}
                </Button>
              ) : null}
              <Button
                size="small"
                type="link"
                data-testid="request-submit"
                loading={submit.isPending}
                onClick={() =>
                  submit.mutate(r.id, { onSuccess: () => void message.success(t('unionQuery.submitted')) })
                }
              >
                {t('unionQuery.submit')}
              </Button>
            </>
          ) : null}
          {!isBase && r.status === 'submitted' ? (
            <>
              <Button
                size="small"
                type="link"
                data-testid="request-approve"
                loading={decide.isPending}
                onClick={() =>
                  decide.mutate(
                    { id: r.id, approve: true },
                    { onSuccess: () => void message.success(t('unionQuery.approved')) },
                  )
                }
              >
                {t('unionQuery.approve')}
              </Button>
              <Button
                size="small"
                type="link"
                danger
                data-testid="request-return"
                onClick={() => setReturning(r)}
              >
                {t('unionQuery.return')}
              </Button>
            </>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as (typeof FILTERS)[number])}
        style={{ marginBottom: 12 }}
        options={FILTERS.map((f) => ({
          value: f,
          label: f === 'all' ? t('common.all') : t(`unionQuery.requestStatus.${f}` as MessageKey),
        }))}
      />
      <Table
        rowKey="id"
        size="middle"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data ?? []}
        scroll={{ x: 1100 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (r) => <ApprovalTimeline subjectType="union.member-request" subjectId={r.id} />,
          rowExpandable: (r) => Boolean(r.approvalId),
        }}
        data-testid="member-requests-table"
      />
      <RejectModal
        open={Boolean(returning)}
        title={t('unionQuery.returnTitle', { no: returning?.requestNo ?? '' })}
        loading={decide.isPending}
        onCancel={() => setReturning(null)}
        onSubmit={(reason) =>
          returning &&
          decide.mutate(
            { id: returning.id, approve: false, reason },
            {
              onSuccess: () => {
                void message.success(t('unionQuery.returned'));
                setReturning(null);
              },
            },
          )
        }
      />
    </>
  );
}
