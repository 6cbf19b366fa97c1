import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Drawer, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memberMachine } from '@policyhub/domain';
import {
  useMemberHistory,
  useMemberQuery,
  useRevealMember,
  type MemberHistory,
  type MemberItem,
  type MemberQuery,
} from '../../api/union-query';
import { APPLICATION_COLOR, applicationStatusLabel } from '../../components/application-status';
import { formatDate, formatTime, formatYuan } from '../../components/format';
import { PageContainer } from '../../components/page';
import { errorText } from '../../error-text';
import { useI18n, type MessageKey } from '../../i18n';

type AppRow = MemberHistory['applications'][number];
type ClaimRow = MemberHistory['claims'][number];

/** 会员信息查询 (MA-6): by 会员编号, 姓名 or 身份证号; the detail shows 投保历史 and 理赔历史. */
export default function MemberQueryPage() {
  const { t, locale } = useI18n();
  const lang = locale === 'zh-CN' ? 'zh' : 'en';
  const [form] = Form.useForm<MemberQuery>();
  const [query, setQuery] = useState<MemberQuery | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useMemberQuery(query);
  const history = useMemberHistory(openId);
  const reveal = useRevealMember();

  const columns: ColumnsType<MemberItem> = [
    {
      title: t('unionQuery.memberNo'),
      dataIndex: 'memberNo',
      key: 'memberNo',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    { title: t('unionQuery.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('unionQuery.idNumber'),
      dataIndex: 'idNumberMasked',
      key: 'id',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    {
      title: t('unionQuery.gender'),
      dataIndex: 'gender',
      key: 'gender',
      render: (g: 'M' | 'F') => t(`gender.${g}` as MessageKey),
    },
    { title: t('unionQuery.birthDate'), dataIndex: 'birthDate', key: 'birth' },
    {
      title: t('unionQuery.unit'),
      key: 'unit',
      render: (_: unknown, r) => `${r.unitName ?? ''}（${r.unitNo ?? ''}）`,
    },
    {
      title: t('unionQuery.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: MemberItem['status']) => <Tag>{memberMachine.label(s, lang)}</Tag>,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_: unknown, r) => (
        <Button
          type="link"
          size="small"
          onClick={() => {
            reveal.reset();
            setOpenId(r.id);
          }}
          data-testid="member-detail"
        >
          {t('unionQuery.detail')}
        </Button>
      ),
    },
  ];

  const appColumns: ColumnsType<AppRow> = [
    {
      title: t('unionQuery.applicationNo'),
      dataIndex: 'applicationNo',
      key: 'no',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    { title: t('unionQuery.plan'), dataIndex: 'planName', key: 'plan' },
    { title: t('unionQuery.copies'), dataIndex: 'copies', key: 'copies' },
    {
      title: t('unionQuery.amount'),
      dataIndex: 'premiumFen',
      key: 'amount',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('unionQuery.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: AppRow['status']) => (
        <Tag color={APPLICATION_COLOR[s]}>{applicationStatusLabel(s, locale)}</Tag>
      ),
    },
    {
      title: t('unionQuery.policyNo'),
      dataIndex: 'policyNo',
      key: 'policyNo',
      render: (v: string | null) => v ?? t('common.none'),
    },
    { title: t('unionQuery.unit'), dataIndex: 'unitName', key: 'unit' },
    {
      title: t('unionQuery.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      render: (v: string) => formatTime(v),
    },
  ];
  const claimColumns: ColumnsType<ClaimRow> = [
    {
      title: t('unionQuery.claimDate'),
      dataIndex: 'claimDate',
      key: 'date',
      render: (v: string) => formatDate(v),
    },
    { title: t('unionQuery.plan'), dataIndex: 'planName', key: 'plan' },
    { title: t('unionQuery.diagnosis'), dataIndex: 'diagnosisCategory', key: 'diagnosis' },
    {
      title: t('unionQuery.amountPaid'),
      dataIndex: 'amountPaidFen',
      key: 'amount',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('unionQuery.source'),
      dataIndex: 'source',
      key: 'source',
      render: (v: ClaimRow['source']) => t(`unionQuery.source.${v}` as MessageKey),
    },
  ];
  const m = history.data?.member;

  return (
    <PageContainer
      title={t('menu.unionMemberQuery')}
      subtitle={t('menuDesc.unionMemberQuery')}
      testId="page-union-member-query"
    >
      <Card>
        <Form
          form={form}
          layout="inline"
          onFinish={(v) =>
            setQuery({
              memberNo: v.memberNo?.trim() || undefined,
              name: v.name?.trim() || undefined,
              idNumber: v.idNumber?.trim() || undefined,
            })
          }
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          <Form.Item name="memberNo" label={t('unionQuery.memberNo')}>
            <Input allowClear data-testid="query-member-no" />
          </Form.Item>
          <Form.Item name="name" label={t('unionQuery.name')}>
            <Input allowClear data-testid="query-name" />
          </Form.Item>
          <Form.Item name="idNumber" label={t('unionQuery.idNumber')}>
            <Input allowClear data-testid="query-id-number" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" data-testid="query-search">
              {t('unionQuery.search')}
            </Button>
          </Form.Item>
        </Form>
        {list.isError ? <Alert type="error" showIcon title={errorText(list.error, locale, t)} /> : null}
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          loading={list.isFetching}
          dataSource={list.data ?? []}
          scroll={{ x: 1000 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: query ? undefined : t('unionQuery.queryHint') }}
          data-testid="member-query-table"
        />
      </Card>
      <Drawer
        open={Boolean(openId)}
        onClose={() => setOpenId(null)}
        size="large"
        title={t('unionQuery.detailTitle')}
        data-testid="member-drawer"
      >
        {history.isError ? <Alert type="error" showIcon title={errorText(history.error, locale, t)} /> : null}
        {m ? (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Descriptions size="small" bordered column={2}>
              <Descriptions.Item label={t('unionQuery.memberNo')}>{m.memberNo}</Descriptions.Item>
              <Descriptions.Item label={t('unionQuery.name')}>{m.name}</Descriptions.Item>
              <Descriptions.Item label={t('unionQuery.idNumber')} span={2}>
                <Space>
                  <span className="ph-mono" data-testid="member-id-number">
                    {reveal.data?.idNumber ?? m.idNumberMasked}
                  </span>
                  {reveal.data ? null : (
                    <Button
                      size="small"
                      type="link"
                      onClick={() => reveal.mutate(m.id)}
                      loading={reveal.isPending}
                      data-testid="member-reveal"
                    >
                      {t('unionQuery.reveal')}
                    </Button>
                  )}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('unionQuery.gender')}>
                {t(`gender.${m.gender}` as MessageKey)}
              </Descriptions.Item>
              <Descriptions.Item label={t('unionQuery.birthDate')}>{m.birthDate}</Descriptions.Item>
              <Descriptions.Item label={t('unionQuery.mobile')}>
                {reveal.data?.mobile ?? m.mobileMasked ?? t('common.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('unionQuery.status')}>
                {memberMachine.label(m.status, lang)}
              </Descriptions.Item>
              <Descriptions.Item
                label={t('unionQuery.unit')}
                span={2}
              >{`${m.unitName ?? ''}（${m.unitNo ?? ''}）`}</Descriptions.Item>
            </Descriptions>
            <div>
              <Typography.Title level={5}>{t('unionQuery.applicationHistory')}</Typography.Title>
              <Table
                rowKey="applicationNo"
                size="small"
                columns={appColumns}
                dataSource={history.data?.applications ?? []}
                pagination={false}
                scroll={{ x: 800 }}
                data-testid="member-applications"
              />
            </div>
            <div>
              <Typography.Title level={5}>{t('unionQuery.claimHistory')}</Typography.Title>
              <Table
                rowKey="id"
                size="small"
                columns={claimColumns}
                dataSource={history.data?.claims ?? []}
                pagination={false}
                data-testid="member-claims"
              />
            </div>
          </Space>
        ) : null}
      </Drawer>
    </PageContainer>
  );
}
