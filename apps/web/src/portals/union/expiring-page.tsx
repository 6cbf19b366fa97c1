import { useState } from 'react';
import { Button, DatePicker, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FileExcelOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  expiringExportUrl,
  useExpiringPolicies,
  type ExpiringPolicy,
  type ExpiringSearch,
} from '../../api/union-terminations';
import { formatYuan } from '../../components/format';
import { PageContainer } from '../../components/page';
import { useI18n } from '../../i18n';
import { memberCoverColumns } from './columns';

/**
 * 即将到期保单 (MA-7, seed 001): choose the month, 【搜索】 lists the policies whose cover ends in
 * it (the user's data scope), 【批量导出打印】 saves them as an Excel workbook (ID numbers masked).
 */
export default function ExpiringPage() {
  const { t } = useI18n();
  const [month, setMonth] = useState<Dayjs | null>(dayjs().add(1, 'month'));
  const [policyNo, setPolicyNo] = useState('');
  const [memberNo, setMemberNo] = useState('');
  const [search, setSearch] = useState<ExpiringSearch | null>(null);
  const [page, setPage] = useState(1);
  const list = useExpiringPolicies(search ? { ...search, page, pageSize: 20 } : null);

  const columns: ColumnsType<ExpiringPolicy> = [
    {
      title: t('union.terms.policyNo'),
      dataIndex: 'policyNo',
      key: 'no',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    {
      title: t('union.expiring.endDate'),
      dataIndex: 'endDate',
      key: 'end',
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    ...memberCoverColumns<ExpiringPolicy>(t),
    {
      title: t('union.expiring.premium'),
      dataIndex: 'premiumFen',
      key: 'premium',
      align: 'right',
      render: (fen: number) => formatYuan(fen),
    },
    { title: t('union.expiring.startDate'), dataIndex: 'startDate', key: 'start' },
    {
      title: t('union.members.status'),
      dataIndex: 'statusLabel',
      key: 'status',
      render: (v: string) => <Tag color="success">{v}</Tag>,
    },
    {
      title: t('union.terms.unit'),
      key: 'unit',
      render: (_, p) => [p.unitNo, p.unitName].filter(Boolean).join(' '),
    },
  ];

  const run = () => {
    if (!month) return;
    const next: ExpiringSearch = {
      month: month.format('YYYY-MM'),
      ...(policyNo.trim() ? { policyNo: policyNo.trim() } : {}),
      ...(memberNo.trim() ? { memberNo: memberNo.trim() } : {}),
    };
    if (JSON.stringify(next) === JSON.stringify(search)) void list.refetch();
    setSearch(next);
    setPage(1);
  };

  return (
    <PageContainer
      title={t('menu.unionExpiring')}
      subtitle={t('menuDesc.unionExpiring')}
      testId="page-union-expiring"
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          value={month}
          onChange={setMonth}
          placeholder={t('union.expiring.month')}
          data-testid="expiring-month"
        />
        <Input
          allowClear
          style={{ width: 190 }}
          placeholder={t('union.terms.policyNo')}
          value={policyNo}
          onChange={(e) => setPolicyNo(e.target.value)}
          data-testid="expiring-policyNo"
        />
        <Input
          allowClear
          style={{ width: 190 }}
          placeholder={t('union.members.memberNo')}
          value={memberNo}
          onChange={(e) => setMemberNo(e.target.value)}
          data-testid="expiring-memberNo"
        />
        <Button type="primary" disabled={!month} onClick={run} data-testid="expiring-search">
          {t('union.members.search')}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          disabled={!search}
          href={search ? expiringExportUrl(search) : undefined}
          data-testid="expiring-export"
        >
          {t('union.terms.export')}
        </Button>
      </Space>
      {search ? (
        <Typography.Paragraph type="secondary" data-testid="expiring-summary">
          {t('union.expiring.summary', { month: search.month, total: list.data?.total ?? 0 })}
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">{t('union.expiring.hint')}</Typography.Paragraph>
      )}
      <Table<ExpiringPolicy>
        rowKey="policyId"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid="expiring-table"
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
      />
    </PageContainer>
  );
}
