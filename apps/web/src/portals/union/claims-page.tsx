import { useState } from 'react';
import { App as AntApp, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { PlusOutlined } from '@ant-design/icons';
import { useClaims, useRecordClaim, useUnionPlans, type Claim } from '../../api/union-query';
import { BulkImport } from '../../components/bulk-import';
import { formatDate, formatYuan } from '../../components/format';
import { PageContainer } from '../../components/page';
import { useI18n, type MessageKey } from '../../i18n';

type FormValues = {
  key: string;
  claimDate: Dayjs;
  productId: string;
  diagnosisCategory: string;
  amountPaid: string;
};

/** 理赔记录 (agency office / HQ): claims recorded by hand or imported with the 理赔导入模板. */
export default function ClaimsPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [memberNo, setMemberNo] = useState('');
  const [page, setPage] = useState(1);
  const list = useClaims(memberNo, page);
  const plans = useUnionPlans();
  const record = useRecordClaim();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<FormValues>();

  const columns: ColumnsType<Claim> = [
    {
      title: t('unionQuery.claimDate'),
      dataIndex: 'claimDate',
      key: 'date',
      render: (v: string) => formatDate(v),
    },
    { title: t('unionQuery.memberNo'), dataIndex: 'memberNo', key: 'memberNo' },
    { title: t('unionQuery.name'), dataIndex: 'memberName', key: 'name' },
    {
      title: t('unionQuery.idNumber'),
      dataIndex: 'idNumberMasked',
      key: 'id',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    { title: t('unionQuery.unit'), dataIndex: 'unitName', key: 'unit' },
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
      render: (v: Claim['source']) => t(`unionQuery.source.${v}` as MessageKey),
    },
  ];

  const save = async () => {
    const v = await form.validateFields();
    const key = v.key.trim();
    record.mutate(
      {
        ...(/^\d{17}[\dXx]$/.test(key) ? { idNumber: key } : { memberNo: key }),
        claimDate: v.claimDate.format('YYYY-MM-DD'),
        productId: v.productId,
        diagnosisCategory: v.diagnosisCategory,
        amountPaid: v.amountPaid,
      },
      {
        onSuccess: () => {
          void message.success(t('unionQuery.claimSaved'));
          setOpen(false);
          form.resetFields();
        },
      },
    );
  };

  return (
    <PageContainer
      title={t('menu.unionClaims')}
      subtitle={t('menuDesc.unionClaims')}
      testId="page-union-claims"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setOpen(true)}
          data-testid="claim-create"
        >
          {t('unionQuery.recordClaim')}
        </Button>
      }
    >
      <Tabs
        items={[
          {
            key: 'list',
            label: t('unionQuery.claimList'),
            children: (
              <Card>
                <Input.Search
                  placeholder={t('unionQuery.memberNo')}
                  allowClear
                  onSearch={(v) => {
                    setMemberNo(v.trim());
                    setPage(1);
                  }}
                  style={{ maxWidth: 320, marginBottom: 12 }}
                  enterButton={t('unionQuery.search')}
                />
                <Table
                  rowKey="id"
                  size="middle"
                  columns={columns}
                  loading={list.isPending}
                  dataSource={list.data?.items ?? []}
                  scroll={{ x: 1100 }}
                  pagination={{
                    current: page,
                    pageSize: 20,
                    total: list.data?.total ?? 0,
                    onChange: setPage,
                    hideOnSinglePage: true,
                  }}
                  data-testid="claims-table"
                />
              </Card>
            ),
          },
          {
            key: 'import',
            label: t('unionQuery.claimImport'),
            children: (
              <BulkImport template="union_claims" params={{}} ready onFinished={() => void list.refetch()} />
            ),
          },
        ]}
      />
      <Modal
        open={open}
        title={t('unionQuery.recordClaim')}
        onCancel={() => setOpen(false)}
        onOk={() => void save()}
        okText={t('unionQuery.save')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: record.isPending }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="key"
            label={t('unionQuery.idOrMemberNo')}
            rules={[{ required: true, message: t('unionQuery.idOrMemberNoRequired') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="claimDate"
            label={t('unionQuery.claimDate')}
            rules={[{ required: true, message: t('unionQuery.claimDateRequired') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="productId"
            label={t('unionQuery.plan')}
            rules={[{ required: true, message: t('unionQuery.planRequired') }]}
          >
            <Select
              options={(plans.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              loading={plans.isPending}
            />
          </Form.Item>
          <Form.Item
            name="diagnosisCategory"
            label={t('unionQuery.diagnosis')}
            rules={[{ required: true, message: t('unionQuery.diagnosisRequired') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name="amountPaid"
            label={t('unionQuery.amountPaidYuan')}
            rules={[{ required: true, message: t('unionQuery.amountRequired') }]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
