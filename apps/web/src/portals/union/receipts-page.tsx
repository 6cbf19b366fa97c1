import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, FileDoneOutlined } from '@ant-design/icons';
import { documentDownloadUrl } from '../../api/documents';
import { useIssueReceipt, useReceipts, useSubmissions, type Receipt } from '../../api/union-chain';
import { formatTime, formatYuan } from '../../components/format';
import { PageContainer } from '../../components/page';
import { useI18n } from '../../i18n';

type FormValues = { unitNo: string; productId?: string; paymentMethod?: string };

/** 开具收据 (agency office): a signed receipt PDF for a unit's submitted premiums, each application once. */
export default function ReceiptsPage() {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const [page, setPage] = useState(1);
  const list = useReceipts('', page);
  const issue = useIssueReceipt();
  // The plans of the units' submissions, for the optional 产品 choice.
  const submissions = useSubmissions({ page: 1, pageSize: 200 });
  const plans = new Map(
    (submissions.data?.items ?? []).map((i) => [i.productId, i.productName ?? i.productId]),
  );

  const columns: ColumnsType<Receipt> = [
    {
      title: t('unionChain.receiptNo'),
      dataIndex: 'receiptNo',
      key: 'no',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    { title: t('unionChain.unitNo'), dataIndex: 'unitNo', key: 'unitNo' },
    { title: t('unionChain.unitName'), dataIndex: 'unitName', key: 'unitName' },
    {
      title: t('unionChain.product'),
      dataIndex: 'productName',
      key: 'product',
      render: (v: string | null) => v ?? t('unionChain.allPlans'),
    },
    { title: t('unionChain.headCount'), dataIndex: 'headCount', key: 'heads' },
    {
      title: t('unionChain.amount'),
      dataIndex: 'amountFen',
      key: 'amount',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('unionChain.issuedAt'),
      dataIndex: 'createdAt',
      key: 'at',
      render: (v: string) => formatTime(v),
    },
    {
      title: t('unionChain.download'),
      key: 'download',
      render: (_: unknown, r) =>
        r.documentId ? (
          <a href={documentDownloadUrl(r.documentId)} data-testid={`receipt-download-${r.receiptNo}`}>
            <DownloadOutlined /> PDF
          </a>
        ) : null,
    },
  ];

  const submit = async () => {
    const v = await form.validateFields();
    modal.confirm({
      title: t('unionChain.issueReceipt'),
      content: t('unionChain.issueReceiptConfirm', { unitNo: v.unitNo.trim() }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        issue.mutate(
          {
            unitNo: v.unitNo.trim(),
            ...(v.productId ? { productId: v.productId } : {}),
            ...(v.paymentMethod?.trim() ? { paymentMethod: v.paymentMethod.trim() } : {}),
          },
          {
            onSuccess: (r) => {
              void message.success(t('unionChain.receiptIssued', { no: r.receiptNo }));
              setPage(1);
            },
          },
        ),
    });
  };

  return (
    <PageContainer
      title={t('menu.unionReceipts')}
      subtitle={t('menuDesc.unionReceipts')}
      testId="page-union-receipts"
    >
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" data-testid="receipt-form">
          <Form.Item
            name="unitNo"
            label={t('unionChain.unitNo')}
            rules={[{ required: true, whitespace: true, message: t('unionChain.unitNoRequired') }]}
          >
            <Input style={{ width: 140 }} maxLength={40} data-testid="receipt-unit" />
          </Form.Item>
          <Form.Item name="productId" label={t('unionChain.product')}>
            <Select
              style={{ width: 200 }}
              allowClear
              placeholder={t('unionChain.allPlans')}
              options={[...plans].map(([value, label]) => ({ value, label }))}
              data-testid="receipt-product"
            />
          </Form.Item>
          <Form.Item name="paymentMethod" label={t('unionChain.paymentMethod')}>
            <Input style={{ width: 140 }} maxLength={40} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button
                type="primary"
                icon={<FileDoneOutlined />}
                loading={issue.isPending}
                onClick={() => void submit()}
                data-testid="receipt-issue"
              >
                {t('unionChain.issueReceipt')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card title={t('unionChain.receiptList')}>
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: 20,
            total: list.data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
          data-testid="receipts-table"
        />
      </Card>
    </PageContainer>
  );
}
