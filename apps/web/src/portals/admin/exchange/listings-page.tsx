import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Alert, App as AntApp, Button, Card, Divider, Drawer, Flex, Popconfirm, Table, Tabs } from 'antd';
import { productVersionApprovalSubject } from '@policyhub/domain';
import type { ColumnsType } from 'antd/es/table';
import {
  productContentOf,
  useDecideListing,
  useListings,
  type ListingVersion,
  type VersionStatus,
} from '../../../api/exchange';
import { ApprovalTimeline } from '../../../components/approval-timeline';
import { ReviewStatusTag } from '../../../components/exchange';
import { formatTime } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { ProductContentView } from '../../../components/product-content';
import { RejectModal } from '../../../components/reject-modal';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

type Kind = ListingVersion['kind'];

/** 审批记录 of the version under review (a listing's earlier returns included). */
function ListingTimeline({ version }: { version: ListingVersion }) {
  const { t } = useI18n();
  const subject = productVersionApprovalSubject({
    productListed: version.kind === 'change',
    productId: version.productId,
    versionId: version.versionId,
  });
  return (
    <>
      <Divider titlePlacement="start">{t('approval.title')}</Divider>
      <ApprovalTimeline subjectType={subject.type} subjectId={subject.id} />
    </>
  );
}

/** 挂牌交易审核 (first listing) and 挂牌变更审核 (a listed product's change): approve or reject. */
export default function ListingsPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const kind: Kind = useLocation().pathname.endsWith('/changes') ? 'change' : 'listing';
  const navigate = useNavigate();
  const list = useListings();
  const decide = useDecideListing();
  const [viewing, setViewing] = useState<ListingVersion | null>(null);
  const [rejecting, setRejecting] = useState<ListingVersion | null>(null);
  const rows = (list.data ?? []).filter((v) => v.kind === kind);

  const approve = (v: ListingVersion) =>
    decide.mutateAsync({ id: v.versionId, approve: true }).then(() => {
      void message.success(t('review.approved'));
      setViewing(null);
    });

  const actions = (v: ListingVersion) =>
    v.status === 'pending' ? (
      <Flex gap={8}>
        <Popconfirm
          title={t('listing.approveConfirm', { name: v.productName })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => approve(v)}
        >
          <Button type="link" size="small" data-testid="listing-approve">
            {t('review.approve')}
          </Button>
        </Popconfirm>
        <Button type="link" size="small" danger onClick={() => setRejecting(v)} data-testid="listing-reject">
          {t('review.reject')}
        </Button>
      </Flex>
    ) : null;

  const columns: ColumnsType<ListingVersion> = [
    {
      title: t('listing.submittedAt'),
      dataIndex: 'submittedAt',
      key: 'submittedAt',
      width: 170,
      render: (v: string) => formatTime(v),
    },
    { title: t('order.insurer'), dataIndex: 'insurerName', key: 'insurerName' },
    { title: t('order.product'), dataIndex: 'productName', key: 'productName' },
    {
      title: t('listing.version'),
      dataIndex: 'version',
      key: 'version',
      width: 80,
      render: (v: number) => `v${v}`,
    },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 160,
      render: (s: VersionStatus) => <ReviewStatusTag status={s} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_: unknown, v) => (
        <Flex gap={4}>
          <Button type="link" size="small" onClick={() => setViewing(v)} data-testid="listing-view">
            {t('common.view')}
          </Button>
          {actions(v)}
        </Flex>
      ),
    },
  ];

  return (
    <PageContainer
      title={t(kind === 'change' ? 'menu.listingChanges' : 'menu.listings')}
      subtitle={t(kind === 'change' ? 'menuDesc.listingChanges' : 'menuDesc.listings')}
      testId="page-listings"
    >
      <Card>
        <Tabs
          activeKey={kind}
          onChange={(k) => void navigate(k === 'change' ? '/admin/listings/changes' : '/admin/listings')}
          items={[
            {
              key: 'listing',
              label: <span data-testid="listing-tab-listing">{t('listing.tabListing')}</span>,
            },
            { key: 'change', label: <span data-testid="listing-tab-change">{t('listing.tabChange')}</span> },
          ]}
        />
        {kind === 'change' ? (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('listing.changeHint')} />
        ) : null}
        {list.isError ? <Alert type="error" showIcon title={errorText(list.error, locale, t)} /> : null}
        <Table
          rowKey="versionId"
          size="middle"
          loading={list.isPending}
          columns={columns}
          dataSource={rows}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="listings-table"
        />
      </Card>
      <Drawer
        open={Boolean(viewing)}
        onClose={() => setViewing(null)}
        size="large"
        title={viewing ? `${viewing.productName} v${viewing.version}` : ''}
        extra={viewing ? actions(viewing) : null}
      >
        {viewing ? (
          <ProductContentView
            content={productContentOf(viewing)}
            clausesHref={viewing.clausesUrl ?? undefined}
          />
        ) : null}
        {viewing ? <ListingTimeline version={viewing} /> : null}
      </Drawer>
      <RejectModal
        open={Boolean(rejecting)}
        title={t('listing.rejectTitle', { name: rejecting?.productName ?? '' })}
        loading={decide.isPending}
        onCancel={() => setRejecting(null)}
        onSubmit={(reason) =>
          rejecting &&
          decide.mutate(
            { id: rejecting.versionId, approve: false, reason },
            {
              onSuccess: () => {
                void message.success(t('review.rejected'));
                setRejecting(null);
                setViewing(null);
              },
            },
          )
        }
      />
    </PageContainer>
  );
}
