import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Upload,
} from 'antd';
import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import {
  exchangeKeys,
  uploadDisclosure,
  useAdminDisclosures,
  useAdminProducts,
  useDeleteDisclosure,
  type Disclosure,
} from '../../../api/exchange';
import { formatDate } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

type Values = { productId: string; title: string; publishedAt: Dayjs };

function AddModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const client = useQueryClient();
  const products = useAdminProducts();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onFinish = (v: Values) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    uploadDisclosure(
      { productId: v.productId, title: v.title.trim(), publishedAt: v.publishedAt.format('YYYY-MM-DD') },
      file,
    )
      .then(() => {
        void message.success(t('disclosure.added'));
        void client.invalidateQueries({ queryKey: exchangeKeys.disclosures });
        setFile(null);
        onClose();
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  return (
    <Modal
      open={open}
      title={t('disclosure.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      okButtonProps={{
        disabled: !file,
        ...({ 'data-testid': 'disclosure-submit' } as Record<string, string>),
      }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ publishedAt: dayjs() }}
        onFinish={onFinish}
      >
        <Form.Item
          name="productId"
          label={t('order.product')}
          rules={[{ required: true, message: t('common.select') }]}
        >
          <Select
            data-testid="disclosure-product"
            showSearch
            optionFilterProp="label"
            options={(products.data ?? []).map((p) => ({
              value: p.id,
              label: `${p.name}（${p.insurerName}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('disclosure.title')}
          // The title the server matches (products' findAgreementDocument) is Chinese in every language.
          extra={t('disclosure.titleHint', { title: '自动扣款授权协议' })}
          rules={[{ required: true, whitespace: true, message: t('disclosure.titleRequired') }]}
        >
          <Input maxLength={200} data-testid="disclosure-title" />
        </Form.Item>
        <Form.Item name="publishedAt" label={t('disclosure.publishedAt')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} data-testid="disclosure-date" />
        </Form.Item>
        <Form.Item label={t('disclosure.file')} required>
          <Upload
            accept=".pdf,application/pdf"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            data-testid="disclosure-file"
          >
            <Button icon={<UploadOutlined />}>{t('disclosure.choosePdf')}</Button>
          </Upload>
        </Form.Item>
        {error ? <Alert type="error" showIcon title={errorText(error, locale, t)} /> : null}
      </Form>
    </Modal>
  );
}

/** 信息披露管理: dated disclosure PDFs per product, shown on the public product page. */
export default function DisclosuresPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const list = useAdminDisclosures();
  const products = useAdminProducts();
  const productName = (id: string) => products.data?.find((p) => p.id === id)?.name ?? '';
  const remove = useDeleteDisclosure();
  const [open, setOpen] = useState(false);

  const columns: ColumnsType<Disclosure> = [
    {
      title: t('order.product'),
      dataIndex: 'productId',
      key: 'product',
      render: (id: string) => productName(id),
    },
    { title: t('disclosure.title'), dataIndex: 'title', key: 'title' },
    {
      title: t('disclosure.publishedAt'),
      dataIndex: 'publishedAt',
      key: 'publishedAt',
      width: 130,
      render: (v: string) => formatDate(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      render: (_: unknown, d) => (
        <>
          <a href={d.url} target="_blank" rel="noreferrer" style={{ marginInlineEnd: 12 }}>
            {t('common.view')}
          </a>
          <Popconfirm
            title={t('disclosure.deleteConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync(d.id).then(() => void message.success(t('disclosure.deleted')))
            }
          >
            <Button
              type="link"
              size="small"
              danger
              icon={<DeleteOutlined />}
              data-testid="disclosure-delete"
            />
          </Popconfirm>
        </>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.disclosures')}
      subtitle={t('menuDesc.disclosures')}
      testId="page-disclosures"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setOpen(true)}
          data-testid="disclosure-add"
        >
          {t('disclosure.add')}
        </Button>
      }
    >
      <Card>
        {list.isError ? <Alert type="error" showIcon title={errorText(list.error, locale, t)} /> : null}
        <Table
          rowKey="id"
          size="middle"
          loading={list.isPending}
          columns={columns}
          dataSource={list.data ?? []}
          scroll={{ x: 720 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="disclosures-table"
        />
      </Card>
      <AddModal open={open} onClose={() => setOpen(false)} />
    </PageContainer>
  );
}
