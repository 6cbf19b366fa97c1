import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  App as AntApp,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import {
  lookupMember,
  refusalOf,
  useApplicationPlans,
  useApplicationSummary,
  useApplicationsBySearch,
  useDeleteApplication,
  useInsureMembers,
  useRenewPeriod,
  useSaveApplication,
  useUnionApplications,
  type ApplicationPlan,
  type ApplicationSearch,
  type ApplicationSearchStatus,
  type BulkResult,
  type MemberLookup,
  type Refusal,
  type UnionApplication,
} from '../../api/union-applications';
import { useMembers, type UnionMember } from '../../api/union-members';
import { fileUrl } from '../../api/client';
import { formatYuan } from '../../components/format';
import { PageContainer } from '../../components/page';
import { errorText } from '../../error-text';
import { useI18n, type MessageKey } from '../../i18n';
import { memberCoverColumns } from './columns';
import { SaveButtons } from './form-footer';

const STATUSES: readonly ApplicationSearchStatus[] = [
  'all',
  'draft',
  'returned',
  'submitted',
  'underwriting',
  'issued',
  'cancelled',
];
const STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  returned: 'error',
  submitted: 'processing',
  underwriting: 'processing',
  accepted: 'success',
  paid: 'success',
  issued: 'success',
  cancelled: 'default',
};
const EDITABLE = new Set(['draft', 'returned']);
/** The words 【批量删除】 asks for (the seed: 输入全部删除四个汉字). */
const DELETE_ALL_WORDS = '全部删除';
const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
/** Copies × the plan's premium per copy, in yuan with two decimals (the amount the server expects). */
const amountOf = (plan: ApplicationPlan | undefined, copies: number | null | undefined) =>
  plan && copies ? Number(((plan.premiumPerCopyFen * copies) / 100).toFixed(2)) : undefined;

/** An MA-5 refusal with the fix it offers (a link, or an action on the form). */
function RefusalAlert({
  refusal,
  onFix,
}: {
  refusal: Refusal;
  onFix?: (action: Refusal['fix']['action']) => void;
}) {
  const { t } = useI18n();
  const { fix } = refusal;
  const link: Partial<Record<Refusal['fix']['action'], string>> = {
    transfer: '/union/transfers',
    enroll: '/union/members',
    submitMember: '/union/members',
    uploadOverAgeFile: '/union/members',
  };
  const to = link[fix.action];
  return (
    <Alert
      type={refusal.warning ? 'warning' : 'error'}
      showIcon
      data-testid="application-refusal"
      data-code={refusal.code}
      message={refusal.message}
      action={
        to ? (
          <Link to={to} data-testid="application-fix">
            {fix.label}
          </Link>
        ) : onFix ? (
          <Button size="small" data-testid="application-fix" onClick={() => onFix(fix.action)}>
            {fix.label}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t('union.apps.fix', { fix: fix.label })}</Typography.Text>
        )
      }
    />
  );
}

type FormValues = {
  memberNoOrId: string;
  productId: string;
  copies: number;
  amount: number;
  expectedEffectiveDate?: Dayjs;
  overAgeConfirmed?: boolean;
};

/**
 * 【添加】 / 修改: the member number or ID fills in the member's data on blur; 产品名称, 份数 and
 * 投保金额 (copies × premium, shown so the user sees what is checked); 预期生效时间 (the plan's
 * uniform date when it has one). A refusal shows its reason and fix; an over-age warning needs
 * the box ticked. 【保存并创建下一个】 keeps the form open, cleared.
 */
function ApplicationForm({
  editing,
  plans,
  onClose,
  onShowMember,
}: {
  editing: UnionApplication | 'new';
  plans: ApplicationPlan[];
  onClose: () => void;
  onShowMember: (memberNoOrId: string) => void;
}) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveApplication();
  const existing = editing === 'new' ? null : editing;
  const [member, setMember] = useState<MemberLookup | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [overAge, setOverAge] = useState(existing?.overAgeConfirmed ?? false);
  const productId = Form.useWatch('productId', form);
  const plan = plans.find((p) => p.productId === productId);

  const lookUp = async () => {
    const key = form.getFieldValue('memberNoOrId')?.trim();
    setMember(null);
    setRefusal(null);
    if (!key) return;
    try {
      setMember(await lookupMember(key));
    } catch (error) {
      const r = refusalOf(error);
      if (r) setRefusal(r);
      else void message.error(errorText(error, locale, t));
    }
  };

  const submit = async (next: boolean) => {
    const v = await form.validateFields();
    setRefusal(null);
    try {
      const saved = await save.mutateAsync({
        applicationNo: existing?.applicationNo,
        body: {
          productId: v.productId,
          memberNoOrId: v.memberNoOrId.trim(),
          copies: v.copies,
          amount: v.amount,
          ...(plan?.uniformStartDate ? {} : { expectedEffectiveDate: day(v.expectedEffectiveDate) }),
          overAgeConfirmed: overAge,
        },
      });
      void message.success(t('union.apps.saved', { no: saved.applicationNo }));
      if (next) {
        form.resetFields(['memberNoOrId']);
        setMember(null);
        setOverAge(false);
      } else onClose();
    } catch (error) {
      const r = refusalOf(error);
      if (r) setRefusal(r);
      // (other errors: the query client reports them once)
    }
  };

  const onFix = (action: Refusal['fix']['action']) => {
    if (action === 'confirmOverAge') setOverAge(true);
    else if (action === 'fixAmount')
      form.setFieldValue('amount', amountOf(plan, form.getFieldValue('copies')));
    else if (action === 'fixCopies') form.setFieldValue('copies', 1);
    else if (action === 'viewApplications' || action === 'submitPending') {
      onShowMember(form.getFieldValue('memberNoOrId'));
      onClose();
    } else form.focusField(action === 'choosePlan' ? 'productId' : 'memberNoOrId');
    setRefusal(null);
  };

  return (
    <Modal
      open
      width={640}
      title={existing ? t('union.apps.editTitle', { no: existing.applicationNo }) : t('union.apps.addTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <SaveButtons
          testId="application"
          pending={save.isPending}
          onSave={(andNext) => void submit(andNext)}
          offerNext={!existing}
        />
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          existing
            ? {
                memberNoOrId: existing.memberNo ?? '',
                productId: existing.productId,
                copies: existing.copies,
                amount: existing.amountFen / 100,
                expectedEffectiveDate: existing.expectedEffectiveDate
                  ? dayjs(existing.expectedEffectiveDate)
                  : undefined,
              }
            : { copies: 1 }
        }
        onValuesChange={(changed: Partial<FormValues>) => {
          if ('copies' in changed || 'productId' in changed) {
            const copies = changed.copies ?? form.getFieldValue('copies');
            const p = plans.find(
              (x) => x.productId === (changed.productId ?? form.getFieldValue('productId')),
            );
            form.setFieldValue('amount', amountOf(p, copies));
          }
        }}
      >
        <Form.Item
          name="memberNoOrId"
          label={t('union.apps.memberNoOrId')}
          extra={t('union.apps.memberNoOrIdHint')}
          rules={[{ required: true, message: t('union.apps.memberRequired') }]}
        >
          <Input
            data-testid="application-member"
            maxLength={40}
            disabled={!!existing}
            onBlur={() => void lookUp()}
            onPressEnter={() => void lookUp()}
          />
        </Form.Item>
        {member ? (
          <Descriptions
            size="small"
            column={2}
            bordered
            style={{ marginBottom: 16 }}
            data-testid="application-member-card"
          >
            <Descriptions.Item label={t('union.members.memberNo')}>{member.memberNo}</Descriptions.Item>
            <Descriptions.Item label={t('union.members.name')}>{member.name}</Descriptions.Item>
            <Descriptions.Item label={t('union.members.idNumber')}>{member.idNumberMasked}</Descriptions.Item>
            <Descriptions.Item label={t('union.members.gender')}>
              {t(member.gender === 'M' ? 'union.members.male' : 'union.members.female')}
            </Descriptions.Item>
            <Descriptions.Item label={t('union.members.birthDate')}>{member.birthDate}</Descriptions.Item>
            <Descriptions.Item label={t('union.members.status')}>
              {t(`union.memberStatus.${member.status}` as MessageKey)}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        <Form.Item
          name="productId"
          label={t('union.apps.product')}
          rules={[{ required: true, message: t('union.apps.productRequired') }]}
        >
          <Select
            data-testid="application-product"
            options={plans.map((p) => ({
              value: p.productId,
              label: t('union.apps.planOption', {
                name: p.name,
                price: formatYuan(p.premiumPerCopyFen),
                max: p.maxCopies,
              }),
            }))}
          />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item
            name="copies"
            label={t('union.apps.copies')}
            rules={[{ required: true, message: t('union.apps.copiesRequired') }]}
          >
            <InputNumber data-testid="application-copies" min={1} max={plan?.maxCopies ?? 99} precision={0} />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('union.apps.amount')}
            rules={[{ required: true, message: t('union.apps.amountRequired') }]}
          >
            <InputNumber
              data-testid="application-amount"
              min={0}
              precision={2}
              addonAfter={t('union.apps.yuan')}
            />
          </Form.Item>
          {plan?.uniformStartDate ? (
            <Form.Item label={t('union.apps.expectedDate')}>
              <Typography.Text data-testid="application-uniform-date">
                {t('union.apps.uniformDate', { date: plan.uniformStartDate })}
              </Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item
              name="expectedEffectiveDate"
              label={t('union.apps.expectedDate')}
              rules={[{ required: true, message: t('union.apps.dateRequired') }]}
            >
              <DatePicker data-testid="application-date" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
            </Form.Item>
          )}
        </Space>
        {overAge ? (
          <Checkbox
            checked={overAge}
            data-testid="application-over-age"
            onChange={(e) => setOverAge(e.target.checked)}
            style={{ marginBottom: 12 }}
          >
            {t('union.apps.overAgeConfirm')}
          </Checkbox>
        ) : null}
        {refusal ? <RefusalAlert refusal={refusal} onFix={onFix} /> : null}
      </Form>
    </Modal>
  );
}

/** The result of a bulk action: how many were created, each failure with its reason and fix, the workbook. */
function BulkOutcome({ result }: { result: BulkResult }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="application-bulk-result">
      <Alert
        type={result.failed.length ? 'warning' : 'success'}
        showIcon
        message={t('union.apps.bulkDone', { created: result.created, failed: result.failed.length })}
        action={
          result.failuresFileId ? (
            <Typography.Link href={fileUrl(result.failuresFileId)} data-testid="application-failures-file">
              {t('union.apps.failuresFile')}
            </Typography.Link>
          ) : null
        }
      />
      {result.failed.length ? (
        <Table
          size="small"
          rowKey={(f, i) => `${f.memberNo ?? ''}-${i}`}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          dataSource={result.failed}
          columns={[
            { title: t('union.members.memberNo'), dataIndex: 'memberNo', key: 'no' },
            { title: t('union.members.name'), dataIndex: 'name', key: 'name' },
            { title: t('union.apps.reason'), dataIndex: 'message', key: 'message' },
            { title: t('union.apps.fixColumn'), key: 'fix', render: (_, f) => f.fix.label },
          ]}
        />
      ) : null}
    </Space>
  );
}

type BulkFields = { productId: string; copies: number; amount: number; expectedEffectiveDate?: Dayjs };

/** 新会员投保: 财务确认 members of the unit, selected, → 新建 applications of one plan. */
function ForMembersDialog({ plans, onClose }: { plans: ApplicationPlan[]; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<BulkFields>();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [result, setResult] = useState<BulkResult | null>(null);
  const members = useMembers({ status: 'confirmed', page, pageSize: 10 });
  const insure = useInsureMembers();
  const productId = Form.useWatch('productId', form);
  const plan = plans.find((p) => p.productId === productId);

  const ok = async () => {
    const v = await form.validateFields();
    if (!selected.length) return void message.error(t('union.apps.chooseMembers'));
    try {
      setResult(
        await insure.mutateAsync({
          productId: v.productId,
          memberIds: selected,
          copies: v.copies,
          amount: v.amount,
          ...(plan?.uniformStartDate ? {} : { expectedEffectiveDate: day(v.expectedEffectiveDate) }),
        }),
      );
      setSelected([]);
    } catch {
      // the query client reports the error (one toast)
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t('union.apps.forMembers')}
      onCancel={onClose}
      okText={t('union.apps.forMembersOk', { count: selected.length })}
      okButtonProps={{ loading: insure.isPending, 'data-testid': 'application-for-members-ok' }}
      onOk={() => void ok()}
      destroyOnHidden
    >
      <BulkFieldsForm form={form} plans={plans} plan={plan} />
      <Table<UnionMember>
        rowKey="id"
        size="small"
        data-testid="application-member-picker"
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          preserveSelectedRowKeys: true,
        }}
        dataSource={members.data?.items ?? []}
        loading={members.isFetching}
        pagination={{
          current: page,
          pageSize: 10,
          total: members.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          { title: t('union.members.memberNo'), dataIndex: 'memberNo', key: 'no' },
          { title: t('union.members.name'), dataIndex: 'name', key: 'name' },
          { title: t('union.members.idNumber'), dataIndex: 'idNumberMasked', key: 'id' },
          { title: t('union.members.birthDate'), dataIndex: 'birthDate', key: 'birth' },
        ]}
      />
      {result ? <BulkOutcome result={result} /> : null}
    </Modal>
  );
}

/** 产品名称, 份数, 投保金额 (each member's) and 预期生效时间, shared by 新会员投保. */
function BulkFieldsForm({
  form,
  plans,
  plan,
}: {
  form: ReturnType<typeof Form.useForm<BulkFields>>[0];
  plans: ApplicationPlan[];
  plan: ApplicationPlan | undefined;
}) {
  const { t } = useI18n();
  return (
    <Form
      form={form}
      layout="inline"
      initialValues={{ copies: 1 }}
      style={{ marginBottom: 12, rowGap: 8 }}
      onValuesChange={(changed: Partial<BulkFields>) => {
        if ('copies' in changed || 'productId' in changed) {
          const p = plans.find((x) => x.productId === (changed.productId ?? form.getFieldValue('productId')));
          form.setFieldValue('amount', amountOf(p, changed.copies ?? form.getFieldValue('copies')));
        }
      }}
    >
      <Form.Item name="productId" rules={[{ required: true, message: t('union.apps.productRequired') }]}>
        <Select
          style={{ width: 220 }}
          placeholder={t('union.apps.product')}
          data-testid="application-bulk-product"
          options={plans.map((p) => ({ value: p.productId, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="copies" label={t('union.apps.copies')} rules={[{ required: true }]}>
        <InputNumber min={1} max={plan?.maxCopies ?? 99} precision={0} style={{ width: 70 }} />
      </Form.Item>
      <Form.Item
        name="amount"
        label={t('union.apps.amount')}
        rules={[{ required: true, message: t('union.apps.amountRequired') }]}
      >
        <InputNumber min={0} precision={2} style={{ width: 100 }} data-testid="application-bulk-amount" />
      </Form.Item>
      {plan?.uniformStartDate ? (
        <Typography.Text>{t('union.apps.uniformDate', { date: plan.uniformStartDate })}</Typography.Text>
      ) : (
        <Form.Item
          name="expectedEffectiveDate"
          rules={[{ required: true, message: t('union.apps.dateRequired') }]}
        >
          <DatePicker
            placeholder={t('union.apps.expectedDate')}
            data-testid="application-bulk-date"
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
      )}
    </Form>
  );
}

/** 【批量续转】: the members of an earlier period of a plan (打印生效), unchanged, into the next period. */
function RenewDialog({ plans, onClose }: { plans: ApplicationPlan[]; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ productId: string; from: Dayjs; start?: Dayjs }>();
  const [result, setResult] = useState<(BulkResult & { continuity: boolean }) | null>(null);
  const renew = useRenewPeriod();
  const ok = async () => {
    const v = await form.validateFields();
    try {
      setResult(
        await renew.mutateAsync({
          productId: v.productId,
          fromEffectiveDate: day(v.from)!,
          ...(v.start ? { expectedEffectiveDate: day(v.start) } : {}),
        }),
      );
    } catch {
      // the query client reports the error (one toast)
    }
  };
  return (
    <Modal
      open
      title={t('union.apps.renew')}
      onCancel={onClose}
      okText={t('union.apps.renew')}
      okButtonProps={{ loading: renew.isPending, 'data-testid': 'application-renew-ok' }}
      onOk={() => void ok()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('union.apps.renewHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="productId"
          label={t('union.apps.product')}
          rules={[{ required: true, message: t('union.apps.productRequired') }]}
        >
          <Select
            data-testid="application-renew-product"
            options={plans.map((p) => ({ value: p.productId, label: p.name }))}
          />
        </Form.Item>
        <Form.Item
          name="from"
          label={t('union.apps.renewFrom')}
          rules={[{ required: true, message: t('union.apps.dateRequired') }]}
        >
          <DatePicker data-testid="application-renew-from" />
        </Form.Item>
        <Form.Item name="start" label={t('union.apps.renewStart')} extra={t('union.apps.renewStartHint')}>
          <DatePicker data-testid="application-renew-start" />
        </Form.Item>
      </Form>
      {result ? (
        <>
          <Typography.Paragraph data-testid="application-renew-continuity">
            {t(result.continuity ? 'union.apps.continuityKept' : 'union.apps.continuityLost')}
          </Typography.Paragraph>
          <BulkOutcome result={result} />
        </>
      ) : null}
    </Modal>
  );
}

type Dialog = 'delete' | 'date' | 'forMembers' | 'renew' | null;

/**
 * 投保管理 of a base unit (MA-4/MA-5, seed 001): 【选择状态】【产品名称】 + 会员编号/身份证号 +
 * 【搜索】; 【添加】 (one by one), 新会员投保, 【批量续转】, 【修改预期生效时间】 (新建), 【汇总金额】
 * (amount and head-count of the search), 【当前查询结果上报】, 【批量删除】 (typed 全部删除); click an
 * application number to edit or 删除 it (新建/打回). 打回 rows show the agency office's reason.
 */
export default function ApplicationsPage() {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const [draft, setDraft] = useState<ApplicationSearch>({ status: 'all' });
  const [search, setSearch] = useState<ApplicationSearch>({ status: 'all' });
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<UnionApplication | 'new' | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [typed, setTyped] = useState('');
  const [date, setDate] = useState<Dayjs | null>(null);
  const [summaryOf, setSummaryOf] = useState<ApplicationSearch | null>(null);
  const plans = useApplicationPlans();
  const list = useUnionApplications({ ...search, page, pageSize: 20 });
  const summary = useApplicationSummary(summaryOf);
  const bySearch = useApplicationsBySearch();
  const remove = useDeleteApplication();
  const planList = plans.data ?? [];

  const apply = (next: ApplicationSearch) => {
    setDraft(next);
    setSearch(next);
    setPage(1);
    setSummaryOf(null);
  };

  const run = async (input: Parameters<typeof bySearch.mutateAsync>[0], done: MessageKey) => {
    try {
      const { moved } = await bySearch.mutateAsync(input);
      void message.success(t(done, { count: moved }));
      setDialog(null);
      setTyped('');
      setSummaryOf(null);
    } catch {
      // the query client reports the error (one toast)
    }
  };

  const columns: ColumnsType<UnionApplication> = [
    {
      title: t('union.apps.applicationNo'),
      dataIndex: 'applicationNo',
      key: 'no',
      render: (no: string, a) =>
        EDITABLE.has(a.status) ? (
          <Typography.Link data-testid={`application-${no}`} onClick={() => setEditing(a)}>
            {no}
          </Typography.Link>
        ) : (
          no
        ),
    },
    ...memberCoverColumns<UnionApplication>(t),
    {
      title: t('union.apps.amount'),
      dataIndex: 'amountFen',
      key: 'amount',
      align: 'right',
      render: (fen: number) => formatYuan(fen),
    },
    { title: t('union.apps.expectedDate'), dataIndex: 'expectedEffectiveDate', key: 'date' },
    {
      title: t('union.members.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: string, a) => (
        <Space direction="vertical" size={0}>
          <Tag color={STATUS_COLOR[s] ?? 'default'}>{a.statusLabel}</Tag>
          {a.returnReason && s === 'returned' ? (
            <Typography.Text type="danger" data-testid="application-return-reason">
              {t('union.members.returnReason', { reason: a.returnReason })}
            </Typography.Text>
          ) : null}
          {a.renewsPolicyNo ? (
            <Typography.Text type="secondary">
              {t('union.apps.renews', { no: a.renewsPolicyNo })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, a) =>
        EDITABLE.has(a.status) ? (
          <Space>
            <Typography.Link onClick={() => setEditing(a)}>{t('union.apps.edit')}</Typography.Link>
            <Typography.Link
              type="danger"
              data-testid={`application-delete-${a.applicationNo}`}
              onClick={() =>
                modal.confirm({
                  title: t('union.apps.deleteOne', { no: a.applicationNo }),
                  okButtonProps: { danger: true },
                  onOk: async () => {
                    try {
                      await remove.mutateAsync(a.applicationNo);
                      void message.success(t('union.apps.done.delete', { count: 1 }));
                    } catch {
                      // the query client reports the error (one toast)
                    }
                  },
                })
              }
            >
              {t('common.delete')}
            </Typography.Link>
          </Space>
        ) : null,
    },
  ];

  return (
    <PageContainer title={t('union.apps.title')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<ApplicationSearchStatus>
          style={{ width: 160 }}
          data-testid="application-status-select"
          value={draft.status ?? 'all'}
          onChange={(status) => setDraft({ ...draft, status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`union.apps.status.${s}` as MessageKey) }))}
        />
        <Select<string | undefined>
          allowClear
          style={{ width: 200 }}
          placeholder={t('union.apps.product')}
          data-testid="application-product-select"
          value={draft.productId}
          onChange={(productId) => setDraft({ ...draft, productId })}
          options={planList.map((p) => ({ value: p.productId, label: p.name }))}
        />
        <Input
          allowClear
          style={{ width: 220 }}
          placeholder={t('union.apps.memberNoOrId')}
          data-testid="application-search-member"
          value={draft.memberNoOrId}
          onChange={(e) => setDraft({ ...draft, memberNoOrId: e.target.value || undefined })}
        />
        <Button type="primary" data-testid="application-search" onClick={() => apply(draft)}>
          {t('union.members.search')}
        </Button>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button type="primary" data-testid="application-add" onClick={() => setEditing('new')}>
          {t('union.members.add')}
        </Button>
        <Button data-testid="application-for-members" onClick={() => setDialog('forMembers')}>
          {t('union.apps.forMembers')}
        </Button>
        <Button data-testid="application-renew" onClick={() => setDialog('renew')}>
          {t('union.apps.renew')}
        </Button>
        <Button data-testid="application-change-date" onClick={() => setDialog('date')}>
          {t('union.apps.changeDate')}
        </Button>
        <Button data-testid="application-summary" onClick={() => setSummaryOf(search)}>
          {t('union.apps.summary')}
        </Button>
        <Button
          data-testid="application-submit-search"
          loading={bySearch.isPending}
          onClick={() =>
            modal.confirm({
              title: t('union.members.submitSearch'),
              content: t('union.apps.submitConfirm'),
              onOk: () => run({ action: 'submit', search }, 'union.apps.done.submit'),
            })
          }
        >
          {t('union.members.submitSearch')}
        </Button>
        <Button danger data-testid="application-delete-all" onClick={() => setDialog('delete')}>
          {t('union.apps.batchDelete')}
        </Button>
      </Space>
      {summaryOf && summary.data ? (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => setSummaryOf(null)}
          style={{ marginBottom: 16 }}
          data-testid="application-summary-result"
          message={t('union.apps.summaryText', {
            count: summary.data.count,
            people: summary.data.people,
            amount: formatYuan(summary.data.amountFen),
          })}
        />
      ) : null}
      <Table<UnionApplication>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        scroll={{ x: 1100 }}
        data-testid="application-table"
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => t('union.apps.total', { total }),
        }}
      />
      {editing ? (
        <ApplicationForm
          editing={editing}
          plans={planList}
          onClose={() => setEditing(null)}
          onShowMember={(memberNoOrId) => apply({ status: 'all', memberNoOrId })}
        />
      ) : null}
      {dialog === 'forMembers' ? <ForMembersDialog plans={planList} onClose={() => setDialog(null)} /> : null}
      {dialog === 'renew' ? <RenewDialog plans={planList} onClose={() => setDialog(null)} /> : null}
      <Modal
        open={dialog === 'delete' || dialog === 'date'}
        title={dialog === 'delete' ? t('union.apps.batchDelete') : t('union.apps.changeDate')}
        onCancel={() => {
          setDialog(null);
          setTyped('');
        }}
        okButtonProps={{
          danger: dialog === 'delete',
          disabled: dialog === 'delete' ? typed !== DELETE_ALL_WORDS : !date,
          loading: bySearch.isPending,
          'data-testid': 'application-dialog-ok',
        }}
        onOk={() =>
          void (dialog === 'delete'
            ? run({ action: 'delete', search, confirm: typed }, 'union.apps.done.delete')
            : run({ action: 'date', search, date: day(date)! }, 'union.apps.done.date'))
        }
        destroyOnHidden
      >
        {dialog === 'delete' ? (
          <>
            <Typography.Paragraph>
              {t('union.apps.batchDeleteHint', { word: DELETE_ALL_WORDS })}
            </Typography.Paragraph>
            <Input
              data-testid="application-dialog-input"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder={DELETE_ALL_WORDS}
            />
          </>
        ) : (
          <>
            <Typography.Paragraph>{t('union.apps.changeDateHint')}</Typography.Paragraph>
            <DatePicker
              data-testid="application-dialog-date"
              value={date}
              onChange={setDate}
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            />
          </>
        )}
      </Modal>
    </PageContainer>
  );
}
