import { useState } from 'react';
import { App as AntApp, Button, Card, Descriptions, Flex, Form, Input, Modal, Segmented } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  findOwnMember,
  useCreateChange,
  useUpdateChange,
  type MemberItem,
  type MemberRequest,
} from '../../api/union-query';
import { useCurrentUser } from '../../components/guards';
import { PageContainer } from '../../components/page';
import { errorText } from '../../error-text';
import { useI18n } from '../../i18n';
import { MemberRequestsTable } from './member-requests-table';

type FormValues = { newName?: string; newIdNumber?: string; reason: string };

/** 会员变更管理: 【创建】 → 【查询】 the member → new name / ID and 变更理由 → 【保存】 (新建) → 【上报】. */
export default function MemberChangesPage() {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const isBase = useCurrentUser().role === 'union_base_operator';
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<MemberRequest | null>(null);
  const [keyType, setKeyType] = useState<'idNumber' | 'memberNo'>('idNumber');
  const [key, setKey] = useState('');
  const [member, setMember] = useState<MemberItem | null>(null);
  const [searching, setSearching] = useState(false);
  const [form] = Form.useForm<FormValues>();
  const create = useCreateChange();
  const update = useUpdateChange();

  const close = () => {
    setOpen(false);
    setEditing(null);
    setMember(null);
    setKey('');
    form.resetFields();
  };
  const search = async () => {
    setSearching(true);
    try {
      const found = await findOwnMember({ [keyType]: key.trim() });
      setMember(found);
      if (!found) void message.warning(t('unionQuery.memberNotFound'));
    } catch (e) {
      void message.error(errorText(e, locale, t));
    } finally {
      setSearching(false);
    }
  };
  const save = async () => {
    const values = await form.validateFields();
    const body = {
      reason: values.reason,
      ...(values.newName ? { newName: values.newName } : {}),
      ...(values.newIdNumber ? { newIdNumber: values.newIdNumber } : {}),
    };
    const done = () => {
      void message.success(t('unionQuery.saved'));
      close();
    };
    if (editing) update.mutate({ id: editing.id, ...body }, { onSuccess: done });
    else if (member) create.mutate({ memberId: member.id, ...body }, { onSuccess: done });
  };

  return (
    <PageContainer
      title={t('menu.unionMemberChanges')}
      subtitle={t('menuDesc.unionMemberChanges')}
      testId="page-union-member-changes"
      extra={
        isBase ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="change-create"
          >
            {t('unionQuery.create')}
          </Button>
        ) : null
      }
    >
      <Card>
        <MemberRequestsTable
          kind="change"
          onEdit={(r) => {
            setEditing(r);
            form.setFieldsValue({ newName: r.newName ?? undefined, reason: r.reason });
            setOpen(true);
          }}
        />
      </Card>
      <Modal
        open={open}
        title={editing ? t('unionQuery.editChange', { no: editing.requestNo }) : t('unionQuery.createChange')}
        onCancel={close}
        onOk={() => void save()}
        okText={t('unionQuery.save')}
        okButtonProps={{
          disabled: !editing && !member,
          loading: create.isPending || update.isPending,
          ...{ 'data-testid': 'change-save' },
        }}
        cancelText={t('common.cancel')}
        destroyOnHidden
        width={620}
      >
        {editing ? (
          <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('unionQuery.memberNo')}>{editing.memberNo}</Descriptions.Item>
            <Descriptions.Item label={t('unionQuery.name')}>{editing.memberName}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Flex vertical gap={8} style={{ marginBottom: 12 }}>
            <Segmented
              value={keyType}
              onChange={(v) => setKeyType(v as 'idNumber' | 'memberNo')}
              options={[
                { value: 'idNumber', label: t('unionQuery.idNumber') },
                { value: 'memberNo', label: t('unionQuery.memberNo') },
              ]}
            />
            <Flex gap={8}>
              <Input value={key} onChange={(e) => setKey(e.target.value)} data-testid="change-key" />
              <Button
                onClick={() => void search()}
                loading={searching}
                disabled={!key.trim()}
                data-testid="change-search"
              >
                {t('unionQuery.search')}
              </Button>
            </Flex>
            {member ? (
              <Descriptions size="small" column={2} bordered data-testid="change-member">
                <Descriptions.Item label={t('unionQuery.memberNo')}>{member.memberNo}</Descriptions.Item>
                <Descriptions.Item label={t('unionQuery.name')}>{member.name}</Descriptions.Item>
                <Descriptions.Item label={t('unionQuery.idNumber')} span={2}>
                  <span className="ph-mono">{member.idNumberMasked}</span>
                </Descriptions.Item>
              </Descriptions>
            ) : null}
          </Flex>
        )}
        <Form form={form} layout="vertical">
          <Form.Item name="newName" label={t('unionQuery.newName')}>
            <Input data-testid="change-new-name" />
          </Form.Item>
          <Form.Item name="newIdNumber" label={t('unionQuery.newIdNumber')}>
            <Input data-testid="change-new-id" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('unionQuery.changeReason')}
            rules={[{ required: true, message: t('unionQuery.changeReasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="change-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
