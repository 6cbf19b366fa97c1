import { Alert, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RosterRow } from '../api/exchange';
import { useI18n } from '../i18n';
import { formatDate } from './format';

/** An order's roster as the server shows it (masked, the first rows): admin, enterprise and insurer. */
export function RosterPreviewTable({
  rows,
  total,
  testId,
}: {
  rows: RosterRow[];
  total: number;
  testId: string;
}) {
  const { t } = useI18n();
  const columns: ColumnsType<RosterRow> = [
    { title: t('roster.rowNo'), dataIndex: 'rowNo', key: 'rowNo', width: 70 },
    { title: t('employee.name'), dataIndex: 'name', key: 'name' },
    { title: t('roster.idType'), dataIndex: 'idType', key: 'idType' },
    { title: t('employee.idNumber'), dataIndex: 'idNumberMasked', key: 'id', className: 'ph-mono' },
    {
      title: t('roster.gender'),
      dataIndex: 'gender',
      key: 'gender',
      render: (g: string | null) => (g === 'M' || g === 'F' ? t(`gender.${g}`) : (g ?? '')),
    },
    {
      title: t('roster.birthDate'),
      dataIndex: 'birthDate',
      key: 'birthDate',
      render: (v: string | null) => formatDate(v),
    },
    { title: t('employee.mobile'), dataIndex: 'mobileMasked', key: 'mobile', className: 'ph-mono' },
  ];
  return (
    <>
      {total > rows.length ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('adminOrder.rosterFirst', { shown: rows.length, total })}
        />
      ) : null}
      <Table
        rowKey="rowNo"
        size="small"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 760 }}
        data-testid={testId}
        pagination={{
          pageSize: 20,
          showSizeChanger: false,
          showTotal: (count) => t('common.total', { total: count }),
        }}
      />
    </>
  );
}
