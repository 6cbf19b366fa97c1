import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  App as AntApp,
  Alert,
  Button,
  Descriptions,
  Form,
  Grid,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  TreeSelect,
  Typography,
} from 'antd';
import { EyeOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import {
  FULL_VIEW_ROLES,
  ROLES,
  ROLE_ORG_TYPES,
  USER_STATUSES,
  validateEmail,
  validateMobile,
  validateResidentId,
  type OrgType,
  type Role,
  type RuleResult,
} from '@policyhub/domain';
import { useOrgs } from '../../api/orgs';
import {
  useCreateUser,
  useRevealUser,
  useUserAction,
  useUsers,
  type UserAction,
  type UserSearch,
} from '../../api/users';
import type { Org } from '../../api/orgs';
import type { AdminUser, RevealedUser, UserStatus } from '../../api/users';
import { useCurrentUser } from '../../components/guards';
import { PageContainer } from '../../components/page';
import { PagedTable, usePaging } from '../../components/paged-table';
import { SearchForm } from '../../components/search-form';
import { formatTime } from '../../components/format';
import { buildOrgTree, toTreeSelectData } from '../../components/org-tree';
import { ruleReason, useI18n, type MessageKey } from '../../i18n';

type Filters = Omit<UserSearch, 'page' | 'pageSize'>;

const STATUS_COLOR: Record<UserStatus, string> = {
  active: 'success',
  disabled: 'default',
  pending: 'warning',
};

function isUserStatus(status: string): status is UserStatus {
  return Object.hasOwn(STATUS_COLOR, status);
}

/** Roles whose users may belong to an organization of this type. */
export function rolesForOrgType(type: OrgType): Role[] {
  return ROLES.filter((role) => ROLE_ORG_TYPES[role]?.includes(type));
}

function isLocked(user: AdminUser): boolean {
  return Boolean(user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now());
}

/** A Form rule that runs a domain validator on non-empty input (optional fields stay optional). */
function domainRule(
  validate: (value: string) => RuleResult<unknown>,
  reasonOf: (r: RuleResult<unknown>) => string | null,
) {
  return {
    validator: async (_rule: unknown, value: string | undefined) => {
      if (!value || !value.trim()) return;
      const reason = reasonOf(validate(value));
      if (reason) throw new Error(reason);
    },
  };
}

type CreateValues = {
  orgId: string;
  role: Role;
  username: string;
  displayName: string;
  mobile: string;
  email?: string;
  idNumber?: string;
};

function CreateUserModal({ open, onClose, orgs }: { open: boolean; onClose: () => void; orgs: Org[] }) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateUser();
  const orgId = Form.useWatch('orgId', form);
  const org = orgs.find((o) => o.id === orgId);
  const roleOptions = org ? rolesForOrgType(org.type) : [];
  const treeData = useMemo(() => toTreeSelectData(buildOrgTree(orgs, t)), [orgs, t]);
  const reasonOf = (r: RuleResult<unknown>) => ruleReason(r, locale, t);

  const onFinish = (values: CreateValues) => {
    const clean = (v?: string) => (v && v.trim() ? v.trim() : undefined);
    const mobile = validateMobile(values.mobile);
    const idNumber = clean(values.idNumber) ? validateResidentId(values.idNumber!) : null;
    create.mutate(
      {
        orgId: values.orgId,
        role: values.role,
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        mobile: mobile.ok ? mobile.value : values.mobile.trim(),
        email: clean(values.email),
        idNumber: idNumber?.ok ? idNumber.value : clean(values.idNumber),
      },
      {
        onSuccess: (user) => {
          void message.success(t('user.created', { name: user.displayName }));
          form.resetFields();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('user.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.create')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'user-create-submit' } as Record<string, string>}
      destroyOnHidden
      width={560}
    >
      <Form<CreateValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="user-create-form"
        preserve={false}
      >
        <Form.Item
          name="orgId"
          label={t('user.org')}
          rules={[{ required: true, message: t('user.orgRequired') }]}
        >
          <TreeSelect
            data-testid="user-org"
            treeData={treeData}
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="label"
            treeNodeLabelProp="label"
            placeholder={t('common.select')}
            onChange={() => form.setFieldValue('role', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('user.role')}
          rules={[{ required: true, message: t('user.roleRequired') }]}
          extra={org && roleOptions.length === 0 ? t('user.noRoleForOrg') : undefined}
        >
          <Select
            data-testid="user-role"
            disabled={!org}
            placeholder={org ? t('common.select') : t('user.chooseOrgFirst')}
            options={roleOptions.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('user.username')}
          rules={[
            { required: true, whitespace: true, message: t('user.usernameRequired') },
            { pattern: /^[A-Za-z0-9_.-]{3,32}$/, message: t('user.usernameFormat') },
          ]}
        >
          <Input id="user-username" data-testid="user-username" autoComplete="off" maxLength={32} />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('user.displayName')}
          rules={[{ required: true, whitespace: true, message: t('user.displayNameRequired') }]}
        >
          <Input id="user-display-name" data-testid="user-display-name" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('user.mobile')}
          extra={t('user.mobileHint')}
          rules={[
            { required: true, message: t('user.mobileRequired') },
            domainRule(validateMobile, reasonOf),
          ]}
        >
          <Input id="user-mobile" data-testid="user-mobile" inputMode="tel" maxLength={20} />
        </Form.Item>
        <Form.Item name="email" label={t('user.email')} rules={[domainRule(validateEmail, reasonOf)]}>
          <Input id="user-email" data-testid="user-email" inputMode="email" maxLength={254} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('user.idNumber')}
          rules={[domainRule(validateResidentId, reasonOf)]}
        >
          <Input id="user-id-number" data-testid="user-id-number" maxLength={18} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RevealModal({
  user,
  data,
  onClose,
}: {
  user: AdminUser | null;
  data: RevealedUser | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={Boolean(user && data)}
      title={t('user.revealTitle', { name: user?.displayName ?? '' })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      data-testid="user-reveal-modal"
    >
      <Alert type="warning" showIcon title={t('user.revealAudited')} style={{ marginBottom: 16 }} />
      {data ? (
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            {
              key: 'mobile',
              label: t('user.mobile'),
              children: <span data-testid="reveal-mobile">{data.mobile ?? t('common.none')}</span>,
            },
            {
              key: 'idNumber',
              label: t('user.idNumber'),
              children: <span data-testid="reveal-id-number">{data.idNumber ?? t('common.none')}</span>,
            },
            {
              key: 'cards',
              label: t('user.bankCards'),
              children: data.bankCards.length
                ? data.bankCards.map((c) => (
                    <div key={c.id} className="ph-mono">
                      {c.cardNumber}
                    </div>
                  ))
                : t('common.none'),
            },
          ]}
        />
      ) : null}
    </Modal>
  );
}

const ACTION_TEXT: Record<UserAction, { confirm: MessageKey; done: MessageKey }> = {
  disable: { confirm: 'user.confirmDisable', done: 'user.disabled' },
  enable: { confirm: 'user.confirmEnable', done: 'user.enabled' },
  unlock: { confirm: 'user.confirmUnlock', done: 'user.unlocked' },
  'reset-password': { confirm: 'user.confirmReset', done: 'user.resetDone' },
};

/** 用户管理: users in the admin's scope; create, disable, enable, unlock, reset, reveal. */
export default function UsersPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const { modal, message } = AntApp.useApp();
  // Pinned columns only where there is room for them beside the scrolling ones.
  const pin = Boolean(Grid.useBreakpoint().md);
  const [filters, setFilters] = useState<Filters>({});
  const paging = usePaging();
  const [createOpen, setCreateOpen] = useState(false);
  const [revealed, setRevealed] = useState<{ user: AdminUser; data: RevealedUser } | null>(null);
  const users = useUsers({ ...filters, page: paging.page, pageSize: paging.pageSize });
  const orgs = useOrgs();
  const action = useUserAction();
  const reveal = useRevealUser();
  const canReveal = FULL_VIEW_ROLES.includes(me.role);
  const orgList = useMemo(() => orgs.data ?? [], [orgs.data]);
  const treeData = useMemo(() => toTreeSelectData(buildOrgTree(orgList, t)), [orgList, t]);
  const scopeRoles = useMemo(
    () => ROLES.filter((role) => orgList.some((o) => ROLE_ORG_TYPES[role]?.includes(o.type))),
    [orgList],
  );

  const confirmAction = (user: AdminUser, kind: UserAction) => {
    modal.confirm({
      title: t(ACTION_TEXT[kind].confirm, { name: user.displayName, username: user.username }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: kind === 'disable' || kind === 'reset-password' },
      onOk: () =>
        action.mutateAsync({ id: user.id, action: kind }).then(() => {
          void message.success(t(ACTION_TEXT[kind].done, { name: user.displayName }));
        }),
    });
  };

  const confirmReveal = (user: AdminUser) => {
    modal.confirm({
      title: t('user.revealConfirm', { name: user.displayName }),
      content: t('user.revealAudited'),
      okText: t('user.reveal'),
      cancelText: t('common.cancel'),
      onOk: () => reveal.mutateAsync(user.id).then((data) => setRevealed({ user, data })),
    });
  };

  const columns: ColumnsType<AdminUser> = [
    {
      title: t('user.username'),
      dataIndex: 'username',
      key: 'username',
      width: 140,
      fixed: pin ? 'left' : undefined,
    },
    { title: t('user.displayName'), dataIndex: 'displayName', key: 'displayName', width: 110 },
    {
      title: t('user.role'),
      dataIndex: 'role',
      key: 'role',
      width: 150,
      render: (role: Role) => <Tag color="blue">{t(`role.${role}`)}</Tag>,
    },
    {
      title: t('user.org'),
      dataIndex: 'orgName',
      key: 'orgName',
      width: 180,
      render: (v: string | null) => v ?? t('common.none'),
    },
    { title: t('user.mobile'), dataIndex: 'mobileMasked', key: 'mobile', width: 130 },
    { title: t('user.idNumber'), dataIndex: 'idNumberMasked', key: 'idNumber', width: 180 },
    {
      title: t('user.status'),
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (status: string, user) => (
        <Space size={4} wrap>
          {isUserStatus(status) ? (
            <Tag color={STATUS_COLOR[status]}>{t(`userStatus.${status}`)}</Tag>
          ) : (
            <Tag>{status}</Tag>
          )}
          {isLocked(user) ? <Tag color="error">{t('user.locked')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('user.lastLoginAt'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      width: 170,
      render: formatTime,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 330,
      fixed: pin ? 'right' : undefined,
      render: (_, user) => (
        <Space size={0}>
          {user.status === 'active' ? (
            <Button
              type="link"
              size="small"
              danger
              onClick={() => confirmAction(user, 'disable')}
              data-testid="user-disable"
            >
              {t('user.disable')}
            </Button>
          ) : (
            <Button
              type="link"
              size="small"
              onClick={() => confirmAction(user, 'enable')}
              data-testid="user-enable"
            >
              {t('user.enable')}
            </Button>
          )}
          {isLocked(user) ? (
            <Button
              type="link"
              size="small"
              onClick={() => confirmAction(user, 'unlock')}
              data-testid="user-unlock"
            >
              {t('user.unlock')}
            </Button>
          ) : null}
          <Button
            type="link"
            size="small"
            onClick={() => confirmAction(user, 'reset-password')}
            data-testid="user-reset-password"
          >
            {t('user.resetPassword')}
          </Button>
          {canReveal ? (
            <Button
              type="link"
              size="small"
              icon={<EyeOutlined />}
              onClick={() => confirmReveal(user)}
              data-testid="user-reveal"
            >
              {t('user.reveal')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={t('menu.users')}
      subtitle={t('menuDesc.users')}
      testId="page-users"
      extra={
        <>
          <Link to="import">
            <Button icon={<UploadOutlined />} data-testid="user-import-link">
              {t('menu.usersImport')}
            </Button>
          </Link>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreateOpen(true)}
            data-testid="user-create"
          >
            {t('user.create')}
          </Button>
        </>
      }
    >
      <SearchForm<Filters>
        onSearch={(values) => {
          setFilters(values);
          paging.setPage(1);
        }}
      >
        <Form.Item name="keyword" label={t('user.keyword')}>
          <Input allowClear placeholder={t('user.keywordPlaceholder')} data-testid="user-search-keyword" />
        </Form.Item>
        <Form.Item name="orgId" label={t('user.org')}>
          <TreeSelect
            allowClear
            treeData={treeData}
            treeDefaultExpandAll
            showSearch
            treeNodeFilterProp="label"
            treeNodeLabelProp="label"
            placeholder={t('common.all')}
          />
        </Form.Item>
        <Form.Item name="role" label={t('user.role')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            options={scopeRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          />
        </Form.Item>
        <Form.Item name="status" label={t('user.status')}>
          <Select
            allowClear
            placeholder={t('common.all')}
            options={USER_STATUSES.map((s) => ({
              value: s,
              label: t(`userStatus.${s}`),
            }))}
          />
        </Form.Item>
      </SearchForm>
      <PagedTable<AdminUser>
        paging={paging}
        data={users.data}
        loading={users.isPending}
        rowKey="id"
        columns={columns}
        scroll={{ x: 1400 }}
        data-testid="users-table"
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
        {t('user.maskNote')}
      </Typography.Text>
      <CreateUserModal open={createOpen} onClose={() => setCreateOpen(false)} orgs={orgList} />
      <RevealModal
        user={revealed?.user ?? null}
        data={revealed?.data ?? null}
        onClose={() => setRevealed(null)}
      />
    </PageContainer>
  );
}
