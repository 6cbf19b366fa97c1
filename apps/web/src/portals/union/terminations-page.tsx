import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMe } from '../../api/auth';
import { documentDownloadUrl } from '../../api/documents';
import {
  useCreateTerminations,
  useDecideTerminations,
  useExportTerminationForms,
  useSubmitTerminations,
  useTerminablePolicies,
  useTerminations,
  type PolicyFilter,
  type TerminablePolicy,
  type Termination,
  type TerminationForm,
  type TerminationSearch,
  type TerminationStatus,
} from '../../api/union-terminations';
import { formatYuan } from '../../components/format';
import { PageContainer } from '../../components/page';
import { useI18n, type MessageKey } from '../../i18n';

const STATUSES: readonly TerminationStatus[] = ['new', 'submitted', 'forwarded', 'approved', 'returned'];
const STATUS_COLOR: Record<TerminationStatus, string> = {
  new: 'default',
  submitted: 'processing',
  forwarded: 'processing',
  approved: 'success',
  returned: 'error',
};
/** Only 新建 and 打回 requests can be submitted (提交保单申请). */
const SUBMITTABLE = new Set<TerminationStatus>(['new', 'returned']);

/** The policy conditions both the search of requests and 创建保单终止申请 take. */
function PolicyFilterFields({
  value,
  onChange,
  prefix,
}: {
  value: PolicyFilter;
  onChange: (next: PolicyFilter) => void;
  prefix: string;
}) {
  const { t } = useI18n();
  const text = (key: 'policyNo' | 'memberNo' | 'idNumber', label: MessageKey) => (
    <Input
      allowClear
      style={{ width: 190 }}
      placeholder={t(label)}
      data-testid={`${prefix}-${key}`}
      value={value[key]}
      onChange={(e) => onChange({ ...value, [key]: e.target.value || undefined })}
    />
  );
  return (
    <>
      {text('policyNo', 'union.terms.policyNo')}
      {text('memberNo', 'union.members.memberNo')}
      {text('idNumber', 'union.members.idNumber')}
    </>
  );
}

type CreateValues = { terminationDate: Dayjs; reason: string };

/**
 * 创建保单终止申请: search the unit's 打印生效 policies, tick those to end, give the termination
 * date and reason, 【终止保单】 → 【确定】. A policy that already has an open request cannot be ticked.
 */
function CreateDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (count: number) => void }) {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [draft, setDraft] = useState<PolicyFilter>({});
  const [search, setSearch] = useState<PolicyFilter | null>(null);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const policies = useTerminablePolicies(search ? { ...search, page, pageSize: 10 } : null);
  const create = useCreateTerminations();

  const columns: ColumnsType<TerminablePolicy> = [
    {
      title: t('union.terms.policyNo'),
      dataIndex: 'policyNo',
      key: 'no',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    { title: t('union.members.memberNo'), dataIndex: 'memberNo', key: 'memberNo' },
    { title: t('union.members.name'), dataIndex: 'name', key: 'name' },
    { title: t('union.members.idNumber'), dataIndex: 'idNumberMasked', key: 'id' },
    { title: t('union.apps.product'), dataIndex: 'productName', key: 'product' },
    {
      title: t('union.terms.period'),
      key: 'period',
      render: (_, p) => `${p.startDate} ~ ${p.endDate}`,
    },
    {
      title: t('union.members.status'),
      key: 'status',
      render: (_, p) =>
        p.openRequestNo ? (
          <Typography.Text type="warning">
            {t('union.terms.hasOpen', { no: p.openRequestNo })}
          </Typography.Text>
        ) : (
          <Tag color="success">{p.statusLabel}</Tag>
        ),
    },
  ];

  const terminate = async () => {
    if (!selected.length) {
      void message.warning(t('union.terms.choosePolicies'));
      return;
    }
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    modal.confirm({
      title: t('union.terms.terminate'),
      content: t('union.terms.terminateConfirm', {
        count: selected.length,
        date: v.terminationDate.format('YYYY-MM-DD'),
      }),
      onOk: async () => {
        try {
          const { items } = await create.mutateAsync({
            policyIds: selected,
            terminationDate: v.terminationDate.format('YYYY-MM-DD'),
            reason: v.reason.trim(),
          });
          onCreated(items.length);
        } catch {
          // The query client shows the error (MutationCache.onError).
        }
      },
    });
  };

  return (
    <Modal
      open
      width="min(1160px, 96vw)"
      title={t('union.terms.create')}
      onCancel={onClose}
      okText={t('union.terms.terminate')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'terms-create-ok' }}
      onOk={() => void terminate()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('union.terms.createHint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <PolicyFilterFields value={draft} onChange={setDraft} prefix="terms-policy" />
        <Button
          type="primary"
          data-testid="terms-policy-search"
          onClick={() => {
            if (JSON.stringify(draft) === JSON.stringify(search)) void policies.refetch();
            setSearch(draft);
            setPage(1);
            setSelected([]);
          }}
        >
          {t('union.members.search')}
        </Button>
      </Space>
      <Table<TerminablePolicy>
        rowKey="policyId"
        size="small"
        columns={columns}
        dataSource={policies.data?.items ?? []}
        loading={policies.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid="terms-policy-table"
        locale={search ? undefined : { emptyText: t('union.terms.searchFirst') }}
        rowSelection={{
          selectedRowKeys: selected,
          preserveSelectedRowKeys: true,
          onChange: (ids) => setSelected(ids as string[]),
          getCheckboxProps: (p) => ({ disabled: p.openRequestNo !== null }),
        }}
        pagination={{
          current: page,
          pageSize: 10,
          total: policies.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
      />
      <Form form={form} layout="vertical" style={{ marginTop: 16 }}>
        <Space wrap align="start" size={16}>
          <Form.Item
            name="terminationDate"
            label={t('union.terms.terminationDate')}
            extra={t('union.terms.terminationDateHint')}
            rules={[{ required: true, message: t('union.terms.dateRequired') }]}
          >
            <DatePicker data-testid="terms-date" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('union.terms.reason')}
            rules={[{ required: true, whitespace: true, message: t('union.terms.reasonRequired') }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={200}
              showCount
              style={{ width: 'min(460px, 80vw)' }}
              data-testid="terms-reason"
            />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

/** The download links 【批量导出打印】 returns: one signed 保单提前终止申请表 per request. */
function FormLinks({ forms, onClose }: { forms: TerminationForm[]; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Alert
      type="info"
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 16 }}
      data-testid="terms-forms"
      message={t('union.terms.formsReady', { count: forms.length })}
      description={
        <List
          size="small"
          dataSource={forms}
          renderItem={(f) => (
            <List.Item>
              <a
                href={f.downloadUrl}
                target="_blank"
                rel="noreferrer"
                data-testid={`terms-form-link-${f.requestNo}`}
              >
                <FilePdfOutlined /> {t('union.terms.formName', { no: f.requestNo, policyNo: f.policyNo })}
              </a>
            </List.Item>
          )}
        />
      }
    />
  );
}

/**
 * 保单提前终止 (MA-7, seed 001). The base unit: 【创建保单终止申请】, the requests by status and
 * policy, 【批量导出打印】 the stamped-form PDFs, 【提交保单申请】 upward. The agency office and HQ:
 * the requests waiting at their level, 审批通过 or 打回 with a reason; HQ's approval ends the policy
 * and issues the signed 电子批单.
 */
export default function TerminationsPage() {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const me = useMe();
  const role = me.data?.stage === 'active' ? me.data.role : null;
  const isBase = role === 'union_base_operator';
  const [draft, setDraft] = useState<TerminationSearch>({});
  const [search, setSearch] = useState<TerminationSearch>({});
  const [awaitingMe, setAwaitingMe] = useState(true);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [forms, setForms] = useState<TerminationForm[] | null>(null);
  const [returning, setReturning] = useState(false);
  const [returnForm] = Form.useForm<{ reason: string }>();
  const query = { ...search, ...(!isBase && awaitingMe ? { awaitingMe: 'true' as const } : {}) };
  const list = useTerminations({ ...query, page, pageSize: 20 });
  const exportForms = useExportTerminationForms();
  const submit = useSubmitTerminations();
  const decide = useDecideTerminations();
  const rows = list.data?.items ?? [];
  const chosen = rows.filter((r) => selected.includes(r.id));

  const needSelection = () => {
    if (selected.length) return false;
    void message.warning(t('union.terms.chooseRequests'));
    return true;
  };

  const runExport = async () => {
    if (needSelection()) return;
    try {
      const { items } = await exportForms.mutateAsync(selected);
      setForms(items);
    } catch {
      // The query client shows the error (MutationCache.onError).
    }
  };

  const runSubmit = () => {
    if (needSelection()) return;
    const blocked = chosen.filter((r) => !SUBMITTABLE.has(r.status));
    if (blocked.length) {
      void message.error(t('union.terms.notSubmittable', { no: blocked[0]!.requestNo }));
      return;
    }
    modal.confirm({
      title: t('union.terms.submit'),
      content: t('union.terms.submitConfirm', { count: selected.length }),
      onOk: async () => {
        try {
          const { items } = await submit.mutateAsync(selected);
          void message.success(t('union.terms.submitted', { count: items.length }));
          setSelected([]);
        } catch {
          // The query client shows the error (MutationCache.onError).
        }
      },
    });
  };

  const runDecide = async (action: 'approve' | 'return', reason?: string) => {
    try {
      const { items } = await decide.mutateAsync({ ids: selected, action, ...(reason ? { reason } : {}) });
      const key: MessageKey = action === 'approve' ? 'union.terms.approved' : 'union.terms.returned';
      void message.success(t(key, { count: items.length }));
      setSelected([]);
      setReturning(false);
      returnForm.resetFields();
    } catch {
      // The query client shows the error (MutationCache.onError).
    }
  };

  const approve = () => {
    if (needSelection()) return;
    modal.confirm({
      title: t('union.terms.approve'),
      content: t('union.terms.approveConfirm', { count: selected.length }),
      onOk: () => runDecide('approve'),
    });
  };

  const columns: ColumnsType<Termination> = [
    {
      title: t('union.terms.requestNo'),
      dataIndex: 'requestNo',
      key: 'no',
      render: (v: string) => <span className="ph-mono">{v}</span>,
    },
    {
      title: t('union.terms.policyNo'),
      key: 'policyNo',
      render: (_, r) => <span className="ph-mono">{r.policy.policyNo}</span>,
    },
    {
      title: t('union.members.status'),
      key: 'status',
      render: (_, r) => (
        <Space direction="vertical" size={0} data-testid={`terms-status-${r.requestNo}`}>
          <Tag color={STATUS_COLOR[r.status]}>{r.statusLabel}</Tag>
          {r.awaitingLevel && (r.status === 'submitted' || r.status === 'forwarded') ? (
            <Typography.Text type="secondary">
              {t('union.terms.awaiting', { level: r.awaitingLevel })}
            </Typography.Text>
          ) : null}
          {r.returnReason && r.status === 'returned' ? (
            <Typography.Text type="danger" data-testid="terms-return-reason">
              {t('union.members.returnReason', { reason: r.returnReason })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('union.terms.documents'),
      key: 'docs',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          {r.formDocumentId ? (
            <a href={documentDownloadUrl(r.formDocumentId)} target="_blank" rel="noreferrer">
              <FilePdfOutlined /> {t('union.terms.form')}
            </a>
          ) : null}
          {r.endorsementDocumentId ? (
            <a
              href={documentDownloadUrl(r.endorsementDocumentId)}
              target="_blank"
              rel="noreferrer"
              data-testid={`terms-endorsement-${r.requestNo}`}
            >
              <DownloadOutlined /> {t('union.terms.endorsement')}
              {r.endorsementNo ? ` ${r.endorsementNo}` : ''}
            </a>
          ) : null}
        </Space>
      ),
    },
    ...(isBase
      ? []
      : [
          {
            title: t('union.terms.unit'),
            key: 'unit',
            render: (_: unknown, r: Termination) =>
              [r.policy.unitNo, r.policy.unitName].filter(Boolean).join(' '),
          },
        ]),
    { title: t('union.members.memberNo'), key: 'memberNo', render: (_, r) => r.policy.memberNo },
    { title: t('union.members.name'), key: 'name', render: (_, r) => r.policy.name },
    { title: t('union.members.idNumber'), key: 'id', render: (_, r) => r.policy.idNumberMasked },
    { title: t('union.apps.product'), key: 'product', render: (_, r) => r.policy.productName },
    {
      title: t('union.terms.period'),
      key: 'period',
      render: (_, r) => `${r.policy.startDate} ~ ${r.policy.endDate}`,
    },
    { title: t('union.terms.terminationDate'), dataIndex: 'terminationDate', key: 'date' },
    { title: t('union.terms.reason'), dataIndex: 'reason', key: 'reason', ellipsis: true },
    {
      title: t('union.terms.refund'),
      dataIndex: 'refundFen',
      key: 'refund',
      align: 'right',
      render: (fen: number) => formatYuan(fen),
    },
  ];

  // 【搜索】 with unchanged conditions still fetches afresh (others may have acted meanwhile).
  const apply = (next: TerminationSearch) => {
    if (JSON.stringify(next) === JSON.stringify(search)) void list.refetch();
    setSearch(next);
    setPage(1);
    setSelected([]);
  };

  return (
    <PageContainer
      title={t('menu.unionTerminations')}
      subtitle={t(isBase ? 'union.terms.subtitleBase' : 'union.terms.subtitleAbove')}
      testId="page-union-terminations"
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<TerminationStatus | undefined>
          allowClear
          style={{ width: 150 }}
          placeholder={t('union.terms.allStatuses')}
          data-testid="terms-status-select"
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
          options={STATUSES.map((s) => ({ value: s, label: t(`union.terms.status.${s}` as MessageKey) }))}
        />
        <PolicyFilterFields
          value={draft}
          onChange={(next) => setDraft({ ...draft, ...next })}
          prefix="terms"
        />
        {isBase ? null : (
          <Checkbox
            checked={awaitingMe}
            data-testid="terms-awaiting-me"
            onChange={(e) => {
              setAwaitingMe(e.target.checked);
              setPage(1);
              setSelected([]);
            }}
          >
            {t('union.terms.awaitingMe')}
          </Checkbox>
        )}
        <Button type="primary" data-testid="terms-search" onClick={() => apply(draft)}>
          {t('union.members.search')}
        </Button>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        {isBase ? (
          <Button type="primary" data-testid="terms-create" onClick={() => setCreating(true)}>
            {t('union.terms.create')}
          </Button>
        ) : null}
        <Button data-testid="terms-export" loading={exportForms.isPending} onClick={() => void runExport()}>
          {t('union.terms.export')}
        </Button>
        {isBase ? (
          <Button data-testid="terms-submit" loading={submit.isPending} onClick={runSubmit}>
            {t('union.terms.submit')}
          </Button>
        ) : (
          <>
            <Button type="primary" data-testid="terms-approve" loading={decide.isPending} onClick={approve}>
              {t('union.terms.approve')}
            </Button>
            <Button
              danger
              data-testid="terms-return"
              onClick={() => {
                if (!needSelection()) setReturning(true);
              }}
            >
              {t('union.terms.return')}
            </Button>
          </>
        )}
        {selected.length ? (
          <Typography.Text type="secondary" data-testid="terms-selected">
            {t('union.terms.selected', { count: selected.length })}
          </Typography.Text>
        ) : null}
      </Space>
      {forms ? <FormLinks forms={forms} onClose={() => setForms(null)} /> : null}
      <Table<Termination>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        data-testid="terms-table"
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (ids) => setSelected(ids as string[]),
        }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total) => t('union.terms.total', { total }),
        }}
      />
      {creating ? (
        <CreateDialog
          onClose={() => setCreating(false)}
          onCreated={(count) => {
            setCreating(false);
            void message.success(t('union.terms.created', { count }));
            // Every state stays listed, so the new rows remain in view through 上报 and 审批.
            apply({ ...search, status: undefined });
            setDraft({ ...draft, status: undefined });
          }}
        />
      ) : null}
      <Modal
        open={returning}
        title={t('union.terms.return')}
        onCancel={() => setReturning(false)}
        okButtonProps={{ danger: true, loading: decide.isPending, 'data-testid': 'terms-return-ok' }}
        onOk={() =>
          void returnForm.validateFields().then(
            (v) => runDecide('return', v.reason.trim()),
            () => undefined,
          )
        }
        destroyOnHidden
      >
        <Form form={returnForm} layout="vertical">
          <Form.Item
            name="reason"
            label={t('union.terms.returnReason')}
            rules={[{ required: true, whitespace: true, message: t('union.terms.returnReasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="terms-return-reason-input" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
