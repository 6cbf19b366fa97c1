import { useState } from 'react';
import {
  App as AntApp,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Spin,
  Table,
  Typography,
} from 'antd';
import { DownloadOutlined, FileProtectOutlined, MailOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { validateEmail } from '@policyhub/domain';
import { documentDownloadUrl, useEmailDocument, useMyDocuments, type MyDocument } from '../../api/documents';
import { useCurrentUser } from '../../components/guards';
import { PageContainer } from '../../components/page';
import { PolicyStatusTag, useDocumentLabels } from '../../components/documents';
import { formatTime } from '../../components/format';
import { ruleReason, useI18n } from '../../i18n';
import { BRAND } from '../../theme';

function EmailModal({ doc, onClose }: { doc: MyDocument | null; onClose: () => void }) {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const { message } = AntApp.useApp();
  const labels = useDocumentLabels();
  const [form] = Form.useForm<{ email: string }>();
  const send = useEmailDocument();

  const onFinish = ({ email }: { email: string }) => {
    if (!doc) return;
    const checked = validateEmail(email);
    const address = checked.ok ? checked.value : email.trim();
    send.mutate(
      { id: doc.id, email: address },
      {
        onSuccess: () => {
          void message.success(t('myDocs.emailSent', { email: address }));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={Boolean(doc)}
      title={t('myDocs.emailTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('myDocs.emailSend')}
      confirmLoading={send.isPending}
      okButtonProps={{ 'data-testid': 'document-email-submit' } as Record<string, string>}
      destroyOnHidden
    >
      {doc ? (
        <Typography.Paragraph type="secondary">
          {t('myDocs.emailIntro', {
            kind: labels.kind(doc.kind, doc.kindLabel),
            no: doc.documentNo,
          })}
        </Typography.Paragraph>
      ) : null}
      <Form<{ email: string }>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ email: me.email ?? '' }}
        preserve={false}
      >
        <Form.Item
          name="email"
          label={t('profile.email')}
          rules={[
            { required: true, whitespace: true, message: t('rule.EMAIL_EMPTY') },
            {
              validator: async (_rule, value: string | undefined) => {
                if (!value || !value.trim()) return;
                const reason = ruleReason(validateEmail(value), locale, t);
                if (reason) throw new Error(reason);
              },
            },
          ]}
        >
          <Input
            id="document-email-input"
            data-testid="document-email-input"
            prefix={<MailOutlined />}
            inputMode="email"
            autoComplete="email"
            maxLength={254}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Actions({ doc, index, onEmail }: { doc: MyDocument; index: number; onEmail: () => void }) {
  const { t } = useI18n();
  return (
    <Flex gap={8} wrap>
      <a href={documentDownloadUrl(doc.id)} download data-testid={`document-download-${index}`}>
        <Button size="small" type="primary" ghost icon={<DownloadOutlined />}>
          {t('myDocs.download')}
        </Button>
      </a>
      <Button size="small" icon={<MailOutlined />} onClick={onEmail} data-testid={`document-email-${index}`}>
        {t('myDocs.email')}
      </Button>
    </Flex>
  );
}

/** 我的保单: the electronic documents of the user's own policies — download or send to an e-mail. */
export default function MyDocumentsPage() {
  const { t } = useI18n();
  const labels = useDocumentLabels();
  const docs = useMyDocuments();
  const isPhone = !Grid.useBreakpoint().md;
  const [emailing, setEmailing] = useState<MyDocument | null>(null);
  const items = docs.data ?? [];

  const columns: ColumnsType<MyDocument> = [
    {
      title: t('doc.product'),
      key: 'product',
      render: (_, doc) => (
        <div>
          <Typography.Text strong>{doc.productName ?? labels.kind(doc.kind, doc.kindLabel)}</Typography.Text>
          {doc.policyNo ? (
            <div>
              <Typography.Text type="secondary" className="ph-mono" style={{ fontSize: 12 }}>
                {doc.policyNo}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    {
      title: t('doc.kind'),
      key: 'kind',
      width: 140,
      render: (_, doc) => labels.kind(doc.kind, doc.kindLabel),
    },
    {
      title: t('doc.documentNo'),
      dataIndex: 'documentNo',
      key: 'documentNo',
      width: 220,
      render: (no: string) => <span className="ph-mono">{no}</span>,
    },
    {
      title: t('doc.policyStatus'),
      key: 'status',
      width: 110,
      render: (_, doc) => <PolicyStatusTag status={doc.status} label={doc.statusLabel} />,
    },
    {
      title: t('doc.issuedAt'),
      dataIndex: 'issuedAt',
      key: 'issuedAt',
      width: 170,
      render: (value: string) => formatTime(value),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, doc, index) => <Actions doc={doc} index={index} onEmail={() => setEmailing(doc)} />,
    },
  ];

  let body;
  if (docs.isPending) {
    body = <Spin />;
  } else if (items.length === 0) {
    body = (
      <Card>
        <Empty description={t('myDocs.empty')} />
      </Card>
    );
  } else if (isPhone) {
    body = (
      <Flex vertical gap={12} data-testid="my-documents-list">
        {items.map((doc, index) => (
          <Card key={doc.id} size="small" data-testid="my-document-card">
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Flex gap={10} align="flex-start" style={{ minWidth: 0 }}>
                <FileProtectOutlined style={{ fontSize: 22, color: BRAND.blue, marginTop: 2 }} />
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong>
                    {doc.productName ?? labels.kind(doc.kind, doc.kindLabel)}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {labels.kind(doc.kind, doc.kindLabel)}
                    </Typography.Text>
                  </div>
                </div>
              </Flex>
              <PolicyStatusTag status={doc.status} label={doc.statusLabel} />
            </Flex>
            <div style={{ margin: '10px 0', fontSize: 13, lineHeight: 1.8 }}>
              {doc.policyNo ? (
                <div>
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: t('doc.policyNo') })}
                  </Typography.Text>
                  <span className="ph-mono">{doc.policyNo}</span>
                </div>
              ) : null}
              <div>
                <Typography.Text type="secondary">
                  {t('common.labelled', { label: t('doc.documentNo') })}
                </Typography.Text>
                <span className="ph-mono">{doc.documentNo}</span>
              </div>
              <div>
                <Typography.Text type="secondary">
                  {t('common.labelled', { label: t('doc.issuedAt') })}
                </Typography.Text>
                {formatTime(doc.issuedAt)}
              </div>
            </div>
            <Actions doc={doc} index={index} onEmail={() => setEmailing(doc)} />
          </Card>
        ))}
      </Flex>
    );
  } else {
    body = (
      <Card styles={{ body: { padding: 0 } }}>
        <Table<MyDocument>
          rowKey="id"
          columns={columns}
          dataSource={items}
          pagination={items.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 1000 }}
          data-testid="my-documents-table"
        />
      </Card>
    );
  }

  return (
    <PageContainer title={t('menu.documents')} subtitle={t('menuDesc.documents')} testId="page-my-documents">
      {body}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        {t('myDocs.note')}
      </Typography.Paragraph>
      <EmailModal doc={emailing} onClose={() => setEmailing(null)} />
    </PageContainer>
  );
}
