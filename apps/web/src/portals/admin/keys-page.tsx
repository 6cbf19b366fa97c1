import { useMemo, useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Select,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { KeyOutlined, ReloadOutlined, StopOutlined, SyncOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import {
  useInsurerOrgs,
  useRevokeKey,
  useRotateKey,
  useSigningKeys,
  type KeyAlgorithm,
  type SigningKey,
} from '../../api/documents';
import { PageContainer } from '../../components/page';
import { formatDate, formatTime } from '../../components/format';
import { isMessageKey, useI18n } from '../../i18n';

const ALGORITHMS: KeyAlgorithm[] = ['RSA-2048', 'ECDSA-P256', 'SM2'];

const STATUS_COLOR: Record<string, string> = { active: 'success', retired: 'default', revoked: 'error' };

type RotateValues = { insurerOrgId: string; algorithm: KeyAlgorithm };

function RotateModal({
  open,
  onClose,
  insurers,
}: {
  open: boolean;
  onClose: () => void;
  insurers: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<RotateValues>();
  const rotate = useRotateKey();
  const algorithm = Form.useWatch('algorithm', form);

  const onFinish = (values: RotateValues) => {
    rotate.mutate(values, {
      onSuccess: (key) => {
        void message.success(t('keys.rotated', { serial: key.serial }));
        onClose();
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('keys.rotate')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('keys.rotateSubmit')}
      confirmLoading={rotate.isPending}
      okButtonProps={{ 'data-testid': 'key-rotate-submit' } as Record<string, string>}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('keys.rotateIntro')}</Typography.Paragraph>
      <Form<RotateValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ algorithm: 'RSA-2048' }}
        preserve={false}
        data-testid="key-rotate-form"
      >
        <Form.Item
          name="insurerOrgId"
          label={t('keys.insurer')}
          rules={[{ required: true, message: t('keys.insurerRequired') }]}
          extra={insurers.length === 0 ? t('keys.noInsurers') : undefined}
        >
          <Select
            data-testid="key-rotate-insurer"
            placeholder={t('common.select')}
            options={insurers}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item
          name="algorithm"
          label={t('keys.algorithm')}
          extra={algorithm === 'SM2' ? t('keys.sm2Note') : undefined}
        >
          <Select
            data-testid="key-rotate-algorithm"
            options={ALGORITHMS.map((value) => ({ value, label: t(`keyAlgorithm.${value}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RevokeModal({ target, onClose }: { target: SigningKey | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useRevokeKey();

  const onFinish = ({ reason }: { reason: string }) => {
    if (!target) return;
    revoke.mutate(
      { id: target.id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('keys.revoked', { serial: target.serial }));
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={Boolean(target)}
      title={t('keys.revokeTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('keys.revokeSubmit')}
      okButtonProps={{ danger: true, ...({ 'data-testid': 'key-revoke-submit' } as Record<string, string>) }}
      confirmLoading={revoke.isPending}
      destroyOnHidden
    >
      {target ? (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('keys.revokeWarning')}
            description={t('keys.revokeWarningDetail', { count: target.documentsSigned })}
            data-testid="key-revoke-warning"
          />
          <Typography.Paragraph>
            <Typography.Text type="secondary">
              {t('common.labelled', { label: t('keys.subject') })}
            </Typography.Text>
            {target.subject}
            <br />
            <Typography.Text type="secondary">
              {t('common.labelled', { label: t('keys.serial') })}
            </Typography.Text>
            <span className="ph-mono">{target.serial}</span>
          </Typography.Paragraph>
        </>
      ) : null}
      <Form<{ reason: string }> form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="reason"
          label={t('keys.revokeReason')}
          rules={[
            { required: true, whitespace: true, message: t('keys.revokeReasonRequired') },
            { min: 2, message: t('keys.revokeReasonRequired') },
          ]}
        >
          <Input.TextArea
            id="key-revoke-reason"
            data-testid="key-revoke-reason"
            rows={3}
            maxLength={200}
            showCount
            placeholder={t('keys.revokeReasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 密钥与证书: signing and time-stamp certificates, rotation, and revocation (irreversible). */
export default function KeysPage() {
  const { t } = useI18n();
  const keys = useSigningKeys();
  const items = useMemo(() => keys.data ?? [], [keys.data]);
  const fromKeys = useMemo(() => {
    const seen = new Map<string, string>();
    for (const key of items) {
      if (key.insurerOrgId && key.insurerName) seen.set(key.insurerOrgId, key.insurerName);
    }
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [items]);
  // The contract's key list has no insurer id: fall back to the organization list when readable.
  const orgs = useInsurerOrgs({ enabled: keys.isSuccess && fromKeys.length === 0 });
  const insurers =
    fromKeys.length > 0 ? fromKeys : (orgs.data ?? []).map((org) => ({ value: org.id, label: org.name }));
  const [rotating, setRotating] = useState(false);
  const [revoking, setRevoking] = useState<SigningKey | null>(null);
  const isPhone = !Grid.useBreakpoint().md;

  const label = (prefix: string, value: string) => {
    const key = `${prefix}.${value}`;
    return isMessageKey(key) ? t(key) : value;
  };

  const statusCell = (key: SigningKey) => (
    <div>
      <Tag color={STATUS_COLOR[key.status] ?? 'default'} data-testid="key-status" data-status={key.status}>
        {label('keyStatus', key.status)}
      </Tag>
      {key.revokedAt ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
          {formatTime(key.revokedAt)}
        </Typography.Text>
      ) : null}
      {key.revocationReason ? (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, display: 'block' }}
          ellipsis={{ tooltip: key.revocationReason }}
        >
          {key.revocationReason}
        </Typography.Text>
      ) : null}
    </div>
  );

  const revokeButton = (key: SigningKey) =>
    key.status !== 'revoked' && key.kind !== 'ca' ? (
      <Button
        size="small"
        danger
        icon={<StopOutlined />}
        onClick={() => setRevoking(key)}
        data-testid="key-revoke"
      >
        {t('keys.revoke')}
      </Button>
    ) : null;

  const columns: ColumnsType<SigningKey> = [
    {
      title: t('keys.insurer'),
      key: 'insurer',
      width: 190,
      render: (_, key) => (
        <div>
          <div>{key.insurerName ?? t('keys.platform')}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label('keyKind', key.kind)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('keys.algorithm'),
      dataIndex: 'algorithm',
      key: 'algorithm',
      width: 115,
      render: (algorithm: string) => <span style={{ whiteSpace: 'nowrap' }}>{algorithm}</span>,
    },
    {
      title: t('keys.subject'),
      key: 'subject',
      render: (_, key) => (
        <div>
          <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: key.subject }}>
            {key.subject}
          </Typography.Paragraph>
          <Typography.Text type="secondary" className="ph-mono" style={{ fontSize: 12 }}>
            {key.serial}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('keys.validity'),
      key: 'validity',
      width: 115,
      render: (_, key) => (
        <div>
          <div>{formatDate(key.notBefore)}</div>
          <div>~ {formatDate(key.notAfter)}</div>
        </div>
      ),
    },
    {
      title: t('keys.status'),
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (_: string, key) => statusCell(key),
    },
    {
      title: t('keys.documentsSigned'),
      dataIndex: 'documentsSigned',
      key: 'documentsSigned',
      width: 80,
      align: 'right',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, key) => revokeButton(key),
    },
  ];

  return (
    <PageContainer
      title={t('menu.keys')}
      subtitle={t('menuDesc.keys')}
      testId="page-keys"
      extra={
        <>
          <Button icon={<ReloadOutlined />} onClick={() => void keys.refetch()} loading={keys.isFetching}>
            {t('common.refresh')}
          </Button>
          <Button
            type="primary"
            icon={<SyncOutlined />}
            onClick={() => setRotating(true)}
            data-testid="key-rotate"
          >
            {t('keys.rotate')}
          </Button>
        </>
      }
    >
      {isPhone ? (
        <Flex vertical gap={12} data-testid="keys-list">
          {keys.isPending ? <Spin /> : null}
          {items.map((key) => (
            <Card key={key.id} size="small" data-testid="key-card">
              <Flex justify="space-between" align="flex-start" gap={8}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong>{key.insurerName ?? t('keys.platform')}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {label('keyKind', key.kind)} · {key.algorithm}
                    </Typography.Text>
                  </div>
                </div>
                {statusCell(key)}
              </Flex>
              <div style={{ margin: '8px 0', fontSize: 13, lineHeight: 1.8, wordBreak: 'break-all' }}>
                <div>{key.subject}</div>
                <div>
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: t('keys.serial') })}
                  </Typography.Text>
                  <span className="ph-mono">{key.serial}</span>
                </div>
                <div>
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: t('keys.validity') })}
                  </Typography.Text>
                  {formatDate(key.notBefore)} ~ {formatDate(key.notAfter)}
                </div>
                <div>
                  <Typography.Text type="secondary">
                    {t('common.labelled', { label: t('keys.documentsSigned') })}
                  </Typography.Text>
                  {key.documentsSigned}
                </div>
              </div>
              {revokeButton(key)}
            </Card>
          ))}
        </Flex>
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <Table<SigningKey>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={keys.isPending}
            scroll={{ x: 1000 }}
            pagination={false}
            data-testid="keys-table"
          />
        </Card>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        <KeyOutlined /> {t('keys.note')}
      </Typography.Paragraph>
      <RotateModal open={rotating} onClose={() => setRotating(false)} insurers={insurers} />
      <RevokeModal target={revoking} onClose={() => setRevoking(null)} />
    </PageContainer>
  );
}
