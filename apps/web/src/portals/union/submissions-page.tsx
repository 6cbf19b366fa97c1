import { useState } from 'react';
import { Link } from 'react-router-dom';
import { App as AntApp, Alert, Button, Card, Form, Input, Modal, Select, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { SearchOutlined } from '@ant-design/icons';
import { useMe } from '../../api/auth';
import {
  useConfirmSearch,
  usePassSearch,
  useReturnSearch,
  useSubmissions,
  useSubmissionTotals,
  type Submission,
  type SubmissionSearch,
  type SubmissionStatus,
} from '../../api/union-chain';
import { formatDate, formatYuan } from '../../components/format';
import { PageContainer } from '../../components/page';
import { useI18n, type MessageKey } from '../../i18n';

const STATUSES: SubmissionStatus[] = ['submitted', 'underwriting', 'returned', 'issued'];

type Filters = { status?: SubmissionStatus; productId?: string; unitNo?: string };

/** 投保管理 (agency office / HQ): the units' submitted applications, 汇总金额, 上报 / 打回 / 财务确认 of the whole search. */
export default function SubmissionsPage() {
  const { t } = useI18n();
  const { message, modal } = AntApp.useApp();
  const me = useMe();
  const role = me.data?.stage === 'active' ? me.data.role : null;
  const isHq = role === 'union_hq_operator';
  const isAgency = role === 'union_agency_operator';
  const [form] = Form.useForm<Filters>();
  const [search, setSearch] = useState<SubmissionSearch>({});
  const [page, setPage] = useState(1);
  const [totalsOf, setTotalsOf] = useState<SubmissionSearch | null>(null);
  const [returnOpen, setReturnOpen] = useState(false);
  const [returnForm] = Form.useForm<{ reason: string }>();
  const [taskQueued, setTaskQueued] = useState<number | null>(null);
  const list = useSubmissions({ ...search, page, pageSize: 20 });
  const totals = useSubmissionTotals(totalsOf);
  const pass = usePassSearch();
  const ret = useReturnSearch();
  const confirm = useConfirmSearch();

  // The status actually searched (the server's default of the caller's level when none is chosen).
  const status = list.data?.status ?? search.status;
  const effective: SubmissionSearch = { ...search, ...(status ? { status } : {}) };

  // 产品名称 options: the plans seen in the results so far (adjusted while rendering, not in an effect).
  const [products, setProducts] = useState<Record<string, string>>({});
  const fresh = (list.data?.items ?? []).filter((i) => !(i.productId in products));
  if (fresh.length)
    setProducts((prev) => ({
      ...prev,
      ...Object.fromEntries(fresh.map((i) => [i.productId, i.productName ?? i.productId])),
    }));

  const columns: ColumnsType<Submission> = [
    {
      title: t('unionChain.member'),
      key: 'member',
      render: (_: unknown, r) => (
        <span>
          {r.name} <span className="ph-mono">{r.idNumberMasked}</span>
        </span>
      ),
    },
    { title: t('unionChain.unitNo'), dataIndex: 'unitNo', key: 'unitNo' },
    { title: t('unionChain.product'), dataIndex: 'productName', key: 'product' },
    { title: t('unionChain.copies'), dataIndex: 'copies', key: 'copies' },
    {
      title: t('unionChain.premium'),
      dataIndex: 'premiumFen',
      key: 'premium',
      render: (v: number) => formatYuan(v),
    },
    {
      title: t('unionChain.expectedEffective'),
      dataIndex: 'expectedEffectiveDate',
      key: 'effective',
      render: (v: string | null) => formatDate(v),
    },
    {
      title: t('unionChain.statusColumn'),
      dataIndex: 'status',
      key: 'status',
      render: (v: SubmissionStatus) => t(`unionChain.status.${v}` as MessageKey),
    },
    { title: t('unionChain.returnReason'), dataIndex: 'returnReason', key: 'reason' },
    { title: t('unionChain.policyNo'), dataIndex: 'policyNo', key: 'policyNo' },
  ];

  const onSearch = (v: Filters) => {
    const next: SubmissionSearch = {
      ...(v.status ? { status: v.status } : {}),
      ...(v.productId ? { productId: v.productId } : {}),
      ...(v.unitNo?.trim() ? { unitNo: v.unitNo.trim() } : {}),
    };
    setSearch(next);
    setPage(1);
    setTotalsOf(null);
    setTaskQueued(null);
  };

  const count = list.data?.total ?? 0;
  // Above 10,000 matches the server counts no further: "10,000+" (【汇总金额】 counts exactly).
  const countLabel = list.data && !list.data.totalExact ? `${count.toLocaleString()}+` : String(count);
  const askThen = (title: string, run: () => void) =>
    modal.confirm({
      title,
      content: t('unionChain.confirmWhole', { count: countLabel }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: run,
    });

  const doPass = () =>
    askThen(t('unionChain.passSearch'), () =>
      pass.mutate(effective, {
        onSuccess: (r) => void message.success(t('unionChain.moved', { count: r.moved })),
      }),
    );
  const doConfirm = () =>
    askThen(t('unionChain.confirmSearch'), () =>
      confirm.mutate(effective, {
        onSuccess: (r) => {
          setTaskQueued(r.taskId ? r.moved : null);
          void message.success(t('unionChain.moved', { count: r.moved }));
        },
      }),
    );
  const doReturn = async () => {
    const v = await returnForm.validateFields();
    ret.mutate(
      { ...effective, reason: v.reason },
      {
        onSuccess: (r) => {
          void message.success(t('unionChain.moved', { count: r.moved }));
          setReturnOpen(false);
          returnForm.resetFields();
        },
      },
    );
  };

  const movable = status === 'submitted' || status === 'underwriting';
  return (
    <PageContainer
      title={t('menu.unionSubmissions')}
      subtitle={t('menuDesc.unionSubmissions')}
      testId="page-union-submissions"
    >
      <Card style={{ marginBottom: 16 }}>
        <Form form={form} layout="inline" onFinish={onSearch} data-testid="submissions-filters">
          <Form.Item name="status" label={t('unionChain.status')}>
            <Select
              style={{ width: 160 }}
              allowClear
              placeholder={status ? t(`unionChain.status.${status}` as MessageKey) : undefined}
              options={STATUSES.map((s) => ({ value: s, label: t(`unionChain.status.${s}` as MessageKey) }))}
              data-testid="submissions-status"
            />
          </Form.Item>
          <Form.Item name="productId" label={t('unionChain.product')}>
            <Select
              style={{ width: 200 }}
              allowClear
              options={Object.entries(products).map(([value, label]) => ({ value, label }))}
              data-testid="submissions-product"
            />
          </Form.Item>
          <Form.Item
            name="unitNo"
            label={t('unionChain.currentUnitNo')}
            rules={[{ pattern: /^[0-9A-Za-z]*$/, message: t('unionChain.unitNoInvalid') }]}
          >
            <Input style={{ width: 140 }} maxLength={40} data-testid="submissions-unit" />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SearchOutlined />}
              data-testid="submissions-search"
            >
              {t('unionChain.search')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card
        title={
          <Space wrap>
            <Button onClick={() => setTotalsOf(effective)} data-testid="submissions-totals">
              {t('unionChain.totals')}
            </Button>
            {isAgency && (
              <Button
                type="primary"
                disabled={status !== 'submitted' || count === 0}
                loading={pass.isPending}
                onClick={doPass}
                data-testid="submissions-pass"
              >
                {t('unionChain.passSearch')}
              </Button>
            )}
            {(isAgency || isHq) && (
              <Button
                danger
                disabled={!movable || count === 0}
                onClick={() => setReturnOpen(true)}
                data-testid="submissions-return"
              >
                {t('unionChain.returnSearch')}
              </Button>
            )}
            {isHq && (
              <Button
                type="primary"
                disabled={status !== 'underwriting' || count === 0}
                loading={confirm.isPending}
                onClick={doConfirm}
                data-testid="submissions-confirm"
              >
                {t('unionChain.confirmSearch')}
              </Button>
            )}
          </Space>
        }
      >
        {totalsOf && totals.data && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="submissions-totals-result"
            message={t('unionChain.totalsResult', {
              count: totals.data.count,
              headCount: totals.data.headCount,
              amount: formatYuan(totals.data.premiumFen),
            })}
          />
        )}
        {taskQueued !== null && (
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="submissions-task-queued"
            message={t('unionChain.taskQueued', { count: taskQueued })}
            action={<Link to="/union/tasks">{t('unionChain.myTasks')}</Link>}
          />
        )}
        <Table
          rowKey="applicationNo"
          size="middle"
          columns={columns}
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: 20,
            total: count,
            onChange: setPage,
            hideOnSinglePage: true,
            showTotal: () => t('common.total', { total: countLabel }),
          }}
          data-testid="submissions-table"
        />
      </Card>
      <Modal
        open={returnOpen}
        title={t('unionChain.returnSearch')}
        onCancel={() => setReturnOpen(false)}
        onOk={() => void doReturn()}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: ret.isPending, danger: true, id: 'return-ok' }}
        destroyOnHidden
      >
        <p>{t('unionChain.confirmWhole', { count })}</p>
        <Form form={returnForm} layout="vertical">
          <Form.Item
            name="reason"
            label={t('unionChain.returnReason')}
            rules={[{ required: true, whitespace: true, message: t('unionChain.reasonRequired') }]}
          >
            <Input.TextArea maxLength={500} rows={3} data-testid="return-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
