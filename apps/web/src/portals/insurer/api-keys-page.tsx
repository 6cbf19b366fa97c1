import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiKey } from '../../api/exchange';
import { formatTime } from '../../components/format';
import { PageContainer } from '../../components/page';
import { errorText } from '../../error-text';
import { useI18n } from '../../i18n';

/** 接口密钥: HMAC keys of the insurer system API; the secret is shown once, at creation. */
export default function ApiKeysPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<(ApiKey & { secret: string }) | null>(null);
  const [form] = Form.useForm<{ webhookUrl?: string }>();

  const columns: ColumnsType<ApiKey> = [
    { title: t('apiKey.keyId'), dataIndex: 'keyId', key: 'keyId', className: 'ph-mono' },
    {
      title: t('apiKey.webhookUrl'),
      dataIndex: 'webhookUrl',
      key: 'webhookUrl',
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('apiKey.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 170,
      render: (v: string) => formatTime(v),
    },
    {
      title: t('apiKey.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      key: 'lastUsedAt',
      width: 170,
      render: (v: string | null) => formatTime(v),
    },
    {
      title: t('order.status'),
      key: 'status',
      width: 100,
      render: (_: unknown, k) =>
        k.status === 'revoked' ? (
          <Tag color="red">{t('apiKey.revoked')}</Tag>
        ) : (
          <Tag color="green">{t('apiKey.active')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_: unknown, k) =>
        k.status === 'revoked' ? null : (
          <Popconfirm
            title={t('apiKey.revokeConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutateAsync(k.id).then(() => void message.success(t('apiKey.revokedOk')))}
          >
            <Button type="link" size="small" danger data-testid="api-key-revoke">
              {t('apiKey.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.apiKeys')}
      subtitle={t('menuDesc.apiKeys')}
      testId="page-api-keys"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setOpen(true)}
          data-testid="api-key-create"
        >
          {t('apiKey.create')}
        </Button>
      }
    >
      <Card>
        {keys.isError ? <Alert type="error" showIcon title={errorText(keys.error, locale, t)} /> : null}
        <Table
          rowKey="id"
          size="middle"
          loading={keys.isPending}
          columns={columns}
          dataSource={keys.data ?? []}
          scroll={{ x: 760 }}
          pagination={false}
          data-testid="api-keys-table"
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
          {t('apiKey.signingHint')}
        </Typography.Paragraph>
      </Card>
      <Modal
        open={open}
        title={t('apiKey.create')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('common.create')}
        cancelText={t('common.cancel')}
        confirmLoading={create.isPending}
        okButtonProps={{ 'data-testid': 'api-key-create-submit' } as Record<string, string>}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={(v) =>
            create.mutate(v.webhookUrl?.trim() || null, {
              onSuccess: (answer) => {
                setOpen(false);
                setCreated(answer);
              },
            })
          }
        >
          <Form.Item
            name="webhookUrl"
            label={t('apiKey.webhookUrl')}
            extra={t('apiKey.webhookHint')}
            rules={[{ type: 'url', message: t('productForm.urlRule') }]}
          >
            <Input maxLength={300} data-testid="api-key-webhook" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={Boolean(created)}
        title={t('apiKey.createdTitle')}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)} data-testid="api-key-secret-close">
            {t('apiKey.saved')}
          </Button>
        }
        maskClosable={false}
      >
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('apiKey.onceWarning')} />
        <Typography.Paragraph>
          {t('apiKey.keyId')}
          {t('common.colon')}
          <Typography.Text code copyable data-testid="api-key-id">
            {created?.keyId}
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Paragraph>
          {t('apiKey.secret')}
          {t('common.colon')}
          <Typography.Text code copyable data-testid="api-key-secret" style={{ wordBreak: 'break-all' }}>
            {created?.secret}
          </Typography.Text>
        </Typography.Paragraph>
      </Modal>
      {create.isError ? <Alert type="error" showIcon title={errorText(create.error, locale, t)} /> : null}
    </PageContainer>
  );
}
