import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { beijingDate } from '@policyhub/domain';
import type { ColumnsType } from 'antd/es/table';
import {
  useDeleteMember,
  useMembers,
  useMembersBySearch,
  useSaveMember,
  uploadOverAgeFile,
  type MemberInput,
  type MemberSearch,
  type MemberStatus,
  type UnionMember,
} from '../../api/union-members';
import { useCurrentUser } from '../../components/guards';
import { PageContainer } from '../../components/page';
import { errorText } from '../../error-text';
import { useI18n, type MessageKey } from '../../i18n';
import { overAgeOfIdNumber, overAgeRefusal, type OverAge } from './over-age';
import { SaveButtons } from './form-footer';

const STATUSES: readonly MemberStatus[] = ['new', 'submitted', 'confirmed', 'returned'];
const STATUS_COLOR: Record<MemberStatus, string> = {
  new: 'default',
  submitted: 'processing',
  confirmed: 'success',
  returned: 'error',
};
/** The words 【全部删除】 asks for (the seed: 输入全部删除四个汉字). */
const DELETE_ALL_WORDS = '全部删除';

type FormValues = { name: string; idNumber: string; mobile?: string; department?: string; remark?: string };

/** 【添加】 / edit form: required fields marked *, 【保存并创建下一个】 keeps it open, cleared. */
function MemberForm({ editing, onClose }: { editing: UnionMember | 'new'; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveMember();
  const remove = useDeleteMember();
  const existing = editing === 'new' ? null : editing;
  // MA-3: over the age window, the agency-approved 超龄参保证明 goes with the member.
  const [overAge, setOverAge] = useState<OverAge | null>(null);
  const [overAgeFile, setOverAgeFile] = useState<{ fileId: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);

  const onIdNumber = (value: string) => {
    // A member admitted with a document keeps it when edited (the server's refusal still shows).
    const found = existing?.overAge ? null : overAgeOfIdNumber(value, beijingDate(new Date()));
    setOverAge(found);
    if (found?.kind !== 'needs-document') setOverAgeFile(null);
  };

  const onOverAgeFile = async (file: File) => {
    setUploadError(null);
    setUploading(true);
    try {
      setOverAgeFile(await uploadOverAgeFile(file));
    } catch (error) {
      setOverAgeFile(null);
      setUploadError(error);
    } finally {
      setUploading(false);
    }
  };

  const submit = async (next: boolean) => {
    const v = await form.validateFields();
    const body: MemberInput = {
      name: v.name,
      idNumber: v.idNumber,
      ...(v.mobile ? { mobile: v.mobile } : {}),
      ...(overAgeFile ? { overAgeFileId: overAgeFile.fileId } : {}),
      extra: {
        ...(v.department ? { department: v.department } : {}),
        ...(v.remark ? { remark: v.remark } : {}),
      },
    };
    try {
      const saved = await save.mutateAsync({ id: existing?.id, body });
      void message.success(t('union.members.saved', { no: saved.memberNo }));
      if (next) {
        form.resetFields();
        setOverAge(null);
        setOverAgeFile(null);
        setUploadError(null);
      } else onClose();
    } catch (error) {
      const refused = overAgeRefusal(error);
      // The over-age refusal is shown by the form (with the upload when a document admits).
      if (refused) setOverAge(refused);
      else void message.error(errorText(error, locale, t));
    }
  };

  return (
    <Modal
      open
      title={existing ? t('union.members.editTitle', { no: existing.memberNo }) : t('union.members.addTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <SaveButtons
          testId="member"
          pending={save.isPending}
          onSave={(andNext) => void submit(andNext)}
          offerNext
          instead={
            existing ? (
              <Button
                danger
                data-testid="member-delete"
                loading={remove.isPending}
                onClick={async () => {
                  try {
                    await remove.mutateAsync(existing.id);
                    onClose();
                  } catch (error) {
                    void message.error(errorText(error, locale, t));
                  }
                }}
              >
                {t('common.delete')}
              </Button>
            ) : undefined
          }
        />
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          existing
            ? { name: existing.name, department: existing.extra.department, remark: existing.extra.remark }
            : undefined
        }
      >
        <Form.Item
          name="name"
          label={t('union.members.name')}
          rules={[{ required: true, message: t('union.members.nameRequired') }]}
        >
          <Input data-testid="member-name" maxLength={30} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('union.members.idNumber')}
          extra={t('union.members.idHint')}
          rules={[{ required: true, message: t('union.members.idRequired') }]}
        >
          <Input
            data-testid="member-id"
            maxLength={18}
            placeholder={existing?.idNumberMasked}
            onChange={(e) => onIdNumber(e.target.value)}
          />
        </Form.Item>
        {overAge ? (
          <Alert
            type={overAge.kind === 'over-max' ? 'error' : overAgeFile ? 'info' : 'warning'}
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="member-over-age"
            data-kind={overAge.kind}
            title={locale === 'zh-CN' ? overAge.reason : t(`union.members.overAge.${overAge.kind}`)}
            description={
              overAge.kind === 'needs-document' ? (
                <Space direction="vertical" size={8}>
                  <Typography.Text type="secondary">{t('union.members.overAgeHint')}</Typography.Text>
                  <Upload
                    accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                    multiple={false}
                    showUploadList={false}
                    disabled={uploading}
                    customRequest={({ file }) => void onOverAgeFile(file as File)}
                    data-testid="member-over-age-upload"
                  >
                    <Button icon={<UploadOutlined />} loading={uploading}>
                      {t('union.members.overAgeUpload')}
                    </Button>
                  </Upload>
                  {overAgeFile ? (
                    <Typography.Text data-testid="member-over-age-file">
                      {t('union.members.overAgeUploaded', { name: overAgeFile.name })}
                    </Typography.Text>
                  ) : null}
                  {uploadError ? (
                    <Typography.Text type="danger" data-testid="member-over-age-error">
                      {errorText(uploadError, locale, t)}
                    </Typography.Text>
                  ) : null}
                </Space>
              ) : (
                t('union.members.overAgeMaxHint')
              )
            }
          />
        ) : null}
        <Form.Item name="mobile" label={t('union.members.mobile')}>
          <Input data-testid="member-mobile" maxLength={11} />
        </Form.Item>
        <Form.Item name="department" label={t('union.members.department')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="remark" label={t('union.members.remark')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 入会管理 (MA-1/MA-2): 【选择状态】 + 【搜索】, the members of the scope, 【添加】, click a member
 * number to edit or 【删除】 (新建/打回), 【当前查询结果上报】 and 【全部删除】 (typed) for the base
 * unit; 财务确认 and 【当前查询结果打回】 (with a reason) for the agency office and HQ.
 */
export default function MembersPage() {
  const { t, locale } = useI18n();
  const { message, modal } = AntApp.useApp();
  const me = useCurrentUser();
  const isBase = me.role === 'union_base_operator';
  const [draft, setDraft] = useState<MemberSearch>({});
  const [search, setSearch] = useState<MemberSearch>({});
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<UnionMember | 'new' | null>(null);
  const [dialog, setDialog] = useState<'delete' | 'return' | null>(null);
  const [typed, setTyped] = useState('');
  const members = useMembers({ ...search, page, pageSize: 20 });
  const bySearch = useMembersBySearch();

  const run = async (
    action: 'submit' | 'confirm' | 'return' | 'delete',
    extra: { reason?: string; confirm?: string } = {},
  ) => {
    try {
      const { count } = await bySearch.mutateAsync({ action, search, ...extra });
      void message.success(t(`union.members.done.${action}` as MessageKey, { count }));
      setDialog(null);
      setTyped('');
    } catch (error) {
      void message.error(errorText(error, locale, t));
    }
  };

  const columns: ColumnsType<UnionMember> = [
    {
      title: t('union.members.memberNo'),
      dataIndex: 'memberNo',
      key: 'memberNo',
      render: (no: string, m) =>
        isBase && m.editable ? (
          <Typography.Link data-testid={`member-${no}`} onClick={() => setEditing(m)}>
            {no}
          </Typography.Link>
        ) : (
          no
        ),
    },
    ...(!isBase ? [{ title: t('union.members.unitNo'), dataIndex: 'unitNo', key: 'unitNo' }] : []),
    { title: t('union.members.name'), dataIndex: 'name', key: 'name' },
    { title: t('union.members.idNumber'), dataIndex: 'idNumberMasked', key: 'id' },
    {
      title: t('union.members.gender'),
      dataIndex: 'gender',
      key: 'gender',
      render: (g: 'M' | 'F') => t(g === 'M' ? 'union.members.male' : 'union.members.female'),
    },
    { title: t('union.members.birthDate'), dataIndex: 'birthDate', key: 'birth' },
    {
      title: t('union.members.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: MemberStatus, m) => (
        <Space direction="vertical" size={0}>
          <Tag color={STATUS_COLOR[s]}>{t(`union.memberStatus.${s}` as MessageKey)}</Tag>
          {m.returnReason ? (
            <Typography.Text type="danger" data-testid="member-return-reason">
              {t('union.members.returnReason', { reason: m.returnReason })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer title={t('union.members.title')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<MemberStatus | undefined>
          allowClear
          style={{ width: 160 }}
          placeholder={t('union.members.chooseStatus')}
          data-testid="member-status-select"
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`union.memberStatus.${s}` as MessageKey) }))}
        />
        <Input
          allowClear
          style={{ width: 160 }}
          placeholder={t('union.members.memberNo')}
          value={draft.memberNo}
          onChange={(e) => setDraft({ ...draft, memberNo: e.target.value || undefined })}
        />
        <Input
          allowClear
          style={{ width: 140 }}
          placeholder={t('union.members.name')}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value || undefined })}
        />
        <Input
          allowClear
          style={{ width: 200 }}
          placeholder={t('union.members.idNumber')}
          value={draft.idNumber}
          onChange={(e) => setDraft({ ...draft, idNumber: e.target.value || undefined })}
        />
        {!isBase ? (
          <Input
            allowClear
            style={{ width: 140 }}
            placeholder={t('union.members.unitNo')}
            value={draft.unitNo}
            onChange={(e) => setDraft({ ...draft, unitNo: e.target.value || undefined })}
          />
        ) : null}
        <Button
          type="primary"
          data-testid="member-search"
          onClick={() => {
            setSearch(draft);
            setPage(1);
          }}
        >
          {t('union.members.search')}
        </Button>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        {isBase ? (
          <>
            <Button type="primary" data-testid="member-add" onClick={() => setEditing('new')}>
              {t('union.members.add')}
            </Button>
            <Button
              data-testid="member-submit-search"
              loading={bySearch.isPending}
              onClick={() =>
                modal.confirm({
                  title: t('union.members.submitSearch'),
                  content: t('union.members.submitConfirm', { total: members.data?.total ?? 0 }),
                  onOk: () => run('submit'),
                })
              }
            >
              {t('union.members.submitSearch')}
            </Button>
            <Button danger data-testid="member-delete-all" onClick={() => setDialog('delete')}>
              {t('union.members.deleteAll')}
            </Button>
          </>
        ) : (
          <>
            <Button
              type="primary"
              data-testid="member-confirm-search"
              onClick={() =>
                modal.confirm({
                  title: t('union.members.confirmSearch'),
                  content: t('union.members.confirmConfirm'),
                  onOk: () => run('confirm'),
                })
              }
            >
              {t('union.members.confirmSearch')}
            </Button>
            <Button danger data-testid="member-return-search" onClick={() => setDialog('return')}>
              {t('union.members.returnSearch')}
            </Button>
          </>
        )}
      </Space>
      <Table<UnionMember>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={members.data?.items ?? []}
        loading={members.isFetching}
        scroll={{ x: 800 }}
        data-testid="member-table"
        pagination={{
          current: page,
          pageSize: 20,
          total: members.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => t('union.members.total', { total }),
        }}
      />
      {editing ? <MemberForm editing={editing} onClose={() => setEditing(null)} /> : null}
      <Modal
        open={dialog !== null}
        title={dialog === 'delete' ? t('union.members.deleteAll') : t('union.members.returnSearch')}
        onCancel={() => {
          setDialog(null);
          setTyped('');
        }}
        okButtonProps={{
          danger: true,
          disabled: dialog === 'delete' ? typed !== DELETE_ALL_WORDS : typed.trim() === '',
          loading: bySearch.isPending,
        }}
        onOk={() =>
          void (dialog === 'delete' ? run('delete', { confirm: typed }) : run('return', { reason: typed }))
        }
        destroyOnHidden
      >
        <Typography.Paragraph>
          {dialog === 'delete'
            ? t('union.members.deleteAllHint', { word: DELETE_ALL_WORDS })
            : t('union.members.returnHint')}
        </Typography.Paragraph>
        <Input
          data-testid="member-dialog-input"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder={dialog === 'delete' ? DELETE_ALL_WORDS : t('union.members.returnReasonPlaceholder')}
        />
      </Modal>
    </PageContainer>
  );
}
