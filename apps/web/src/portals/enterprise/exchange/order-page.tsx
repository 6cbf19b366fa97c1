import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Spin,
  Table,
  Typography,
  Upload,
} from 'antd';
import {
  ArrowLeftOutlined,
  DownloadOutlined,
  EyeOutlined,
  NotificationOutlined,
  SaveOutlined,
  SendOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { FormInstance } from 'antd';
import { validateEmail, validateOrgCode } from '@policyhub/domain';
import type { Rule } from 'antd/es/form';
import { fileUrl } from '../../../api/client';
import {
  COMPANY_SIZES,
  SCAN_KINDS,
  uploadScan,
  useEmployees,
  useEnterpriseOrder,
  useOrderDefaults,
  useRemind,
  useSaveOrder,
  useSubmitOrder,
  type CompanyInfo,
  type CompanySize,
  type Employee,
  type EmployeeStatus,
  type OrderDetail,
  type ScanKind,
} from '../../../api/exchange';
import { templateDownloadUrl } from '../../../api/imports';
import { startingCompany, untouchedDefaults } from './company-defaults';
import { BulkImport } from '../../../components/bulk-import';
import { InvitationStatusTag, OrderStatusTag } from '../../../components/exchange';
import { formatDate, formatTime } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import { RosterPreviewTable } from '../../../components/roster-preview';
import { errorText } from '../../../error-text';
import { ruleReason, useI18n, type MessageKey } from '../../../i18n';

const ROSTER_TEMPLATE = 'exchange_roster';

const SIZE_KEYS: Record<CompanySize, MessageKey> = {
  '50人以下': 'companySize.s1',
  '50-299人': 'companySize.s2',
  '300-999人': 'companySize.s3',
  '1000人及以上': 'companySize.s4',
};

function CompanyForm({
  order,
  editable,
  form,
}: {
  order: OrderDetail;
  editable: boolean;
  form: FormInstance<CompanyInfo>;
}) {
  const { t, locale } = useI18n();
  // A new order (nothing saved yet) starts from the last order / the registration.
  const needsDefaults = editable && !order.company;
  const defaults = useOrderDefaults(needsDefaults);
  const prefilled = useRef<string | null>(null);
  useEffect(() => {
    form.setFieldsValue({ name: order.enterpriseName, ...(order.company ?? {}) });
  }, [order.company, order.enterpriseName, form]);
  useEffect(() => {
    if (!needsDefaults || !defaults.data || prefilled.current === order.id) return;
    prefilled.current = order.id;
    const start = startingCompany(order, defaults.data);
    // Whatever the user typed while the defaults were loading stays.
    form.setFieldsValue(untouchedDefaults(start, form.getFieldsValue(true), (k) => form.isFieldTouched(k)));
  }, [needsDefaults, defaults.data, order, form]);
  const source = needsDefaults ? defaults.data?.source : undefined;
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  const field = (name: keyof CompanyInfo, label: string, rules: Rule[] = []) => (
    <Col xs={24} md={12} xl={8}>
      <Form.Item name={name} label={label} rules={rules}>
        <Input data-testid={`company-${name}`} disabled={!editable} />
      </Form.Item>
    </Col>
  );
  return (
    <Form<CompanyInfo> form={form} layout="vertical" data-testid="company-form">
      {source === 'last_order' || source === 'registration' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            source === 'last_order'
              ? t('order.prefillLastOrder', { orderNo: defaults.data?.sourceOrderNo ?? '' })
              : t('order.prefillRegistration')
          }
          data-testid="company-prefill"
          data-source={source}
        />
      ) : null}
      <Row gutter={16}>
        {field('name', t('company.name'), required(t('company.nameRequired')))}
        {field('licenceNo', t('company.licenceNo'), required(t('company.licenceRequired')))}
        {field('taxNo', t('company.taxNo'), required(t('company.taxRequired')))}
        {field('orgCode', t('company.orgCode'), [
          {
            validator: async (_r: unknown, v: string | undefined) => {
              if (!v) return;
              const reason = ruleReason(validateOrgCode(v), locale, t);
              if (reason) throw new Error(reason);
            },
          },
        ])}
        <Col xs={24} md={12} xl={8}>
          <Form.Item
            name="size"
            label={t('company.size')}
            rules={[{ required: true, message: t('common.select') }]}
          >
            <Select
              data-testid="company-size"
              disabled={!editable}
              options={COMPANY_SIZES.map((v) => ({ value: v, label: t(SIZE_KEYS[v]) }))}
            />
          </Form.Item>
        </Col>
        {field('industry', t('company.industry'), required(t('company.industryRequired')))}
        {field('contactName', t('company.contact'), required(t('company.contactRequired')))}
        {field('contactPhone', t('company.phone'), required(t('company.phoneRequired')))}
        {field('address', t('company.address'), required(t('company.addressRequired')))}
        {field('email', t('company.email'), [
          { required: true, message: t('register.emailRequired') },
          {
            validator: async (_r: unknown, v: string | undefined) => {
              if (!v) return;
              const reason = ruleReason(validateEmail(v), locale, t);
              if (reason) throw new Error(reason);
            },
          },
        ])}
      </Row>
    </Form>
  );
}

type MaterialRow = {
  key: ScanKind | 'roster';
  fileId: string | null;
  text: string | null;
  note?: string;
};

/** 查看名单: the roster the enterprise sent (masked, as the server shows it) and its workbook. */
function RosterView({ order }: { order: OrderDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const file = order.files.roster;
  return (
    <>
      <Button
        size="small"
        icon={<EyeOutlined />}
        onClick={() => setOpen(true)}
        data-testid="material-roster-view"
      >
        {t('order.rosterView')}
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        footer={null}
        width={960}
        title={t('order.rosterViewTitle', { count: order.rosterCount })}
        destroyOnHidden
      >
        {file ? (
          <Typography.Paragraph data-testid="roster-view-file">
            <a href={fileUrl(file.id)} data-testid="roster-view-download">
              <DownloadOutlined /> {file.name}
            </a>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {t('order.rosterFileHint')}
            </Typography.Text>
          </Typography.Paragraph>
        ) : null}
        <RosterPreviewTable rows={order.roster} total={order.rosterCount} testId="roster-view-table" />
      </Modal>
    </>
  );
}

function Materials({
  order,
  editable,
  onUploaded,
}: {
  order: OrderDetail;
  editable: boolean;
  onUploaded: () => void;
}) {
  const { t, locale } = useI18n();
  const { message } = AntApp.useApp();
  const [busy, setBusy] = useState<ScanKind | null>(null);
  const rows: MaterialRow[] = [
    {
      key: 'roster',
      fileId: order.rosterCount > 0 ? (order.files.roster?.id ?? null) : null,
      text:
        order.rosterCount > 0
          ? (order.files.roster?.name ?? t('order.rosterRows', { count: order.rosterCount }))
          : null,
      note:
        order.rosterCount > 0 && order.files.roster
          ? t('order.rosterRows', { count: order.rosterCount })
          : undefined,
    },
    ...SCAN_KINDS.map((kind) => {
      const fileId = order.scans?.[kind] ?? null;
      return { key: kind, fileId, text: fileId ? (order.files[kind]?.name ?? t('order.uploaded')) : null };
    }),
  ];
  const columns: ColumnsType<MaterialRow> = [
    {
      title: t('order.materialType'),
      dataIndex: 'key',
      key: 'type',
      width: 180,
      render: (k: MaterialRow['key']) => t(`material.${k}`),
    },
    {
      title: t('order.fileName'),
      dataIndex: 'text',
      key: 'file',
      render: (text: string | null, row) => (
        <span data-testid={`material-file-${row.key}`} data-uploaded={text ? 'true' : 'false'}>
          {text ? (
            <>
              {row.fileId ? <a href={fileUrl(row.fileId)}>{text}</a> : text}
              {row.note ? (
                <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                  {row.note}
                </Typography.Text>
              ) : null}
            </>
          ) : (
            <Typography.Text type="secondary">{t('order.notUploaded')}</Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_: unknown, row) =>
        row.key === 'roster' ? (
          <Flex gap={8} align="center" wrap>
            {order.rosterCount > 0 ? <RosterView order={order} /> : null}
            {editable ? (
              <a href="#roster" data-testid="material-roster-jump">
                {t('order.uploadBelow')}
              </a>
            ) : null}
          </Flex>
        ) : (
          <Upload
            accept=".pdf,.jpg,.jpeg,.png"
            showUploadList={false}
            disabled={!editable || busy !== null}
            customRequest={({ file }) => {
              const kind = row.key as ScanKind;
              setBusy(kind);
              uploadScan(order.id, kind, file as File)
                .then(() => {
                  onUploaded();
                  void message.success(t('order.scanUploaded'));
                })
                .catch((error: unknown) => void message.error(errorText(error, locale, t)))
                .finally(() => setBusy(null));
            }}
            data-testid={`scan-upload-${row.key}`}
          >
            <Button size="small" icon={<UploadOutlined />} loading={busy === row.key} disabled={!editable}>
              {t('order.uploadFile')}
            </Button>
          </Upload>
        ),
    },
  ];
  return (
    <Table
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 520 }}
      data-testid="materials-table"
    />
  );
}

function Employees({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [page, setPage] = useState(1);
  const employees = useEmployees(orderId, page);
  const remind = useRemind(orderId);
  const items = employees.data?.items ?? [];
  const summary = employees.data?.summary;
  const notApplied = summary?.invited ?? 0;
  const columns: ColumnsType<Employee> = [
    { title: t('roster.rowNo'), dataIndex: 'rowNo', key: 'rowNo', width: 70 },
    { title: t('employee.name'), dataIndex: 'name', key: 'name' },
    { title: t('employee.mobile'), dataIndex: 'mobileMasked', key: 'mobile', className: 'ph-mono' },
    {
      title: t('employee.status'),
      dataIndex: 'status',
      key: 'status',
      render: (s: EmployeeStatus) => <InvitationStatusTag status={s} />,
    },
    {
      title: t('employee.remindedAt'),
      dataIndex: 'remindedAt',
      key: 'remindedAt',
      render: (v: string | null) => formatTime(v),
    },
  ];
  return (
    <Card
      title={t('employee.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Popconfirm
          title={t('employee.remindConfirm', { count: notApplied })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          disabled={notApplied === 0}
          onConfirm={() =>
            remind
              .mutateAsync()
              .then((a) => void message.success(t('employee.reminded', { count: a.reminded })))
          }
        >
          <Button
            icon={<NotificationOutlined />}
            disabled={notApplied === 0}
            loading={remind.isPending}
            data-testid="employees-remind"
          >
            {t('employee.remind')}
          </Button>
        </Popconfirm>
      }
    >
      {summary ? (
        <Typography.Paragraph type="secondary" data-testid="employees-summary">
          {t('employee.summary', {
            total: summary.total,
            applied: summary.applied + summary.issued,
            pending: summary.invited,
          })}
        </Typography.Paragraph>
      ) : null}
      <Table
        rowKey="rowNo"
        size="small"
        loading={employees.isPending}
        columns={columns}
        dataSource={items}
        scroll={{ x: 640 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: employees.data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: setPage,
        }}
        data-testid="employees-table"
      />
    </Card>
  );
}

/** 企业中心 / 待办: company information, the three scans and the roster, then 保存 / 提交 (seed 2.3). */
export default function EnterpriseOrderPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const order = useEnterpriseOrder(id);
  const save = useSaveOrder(id);
  const submit = useSubmitOrder(id);
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CompanyInfo>();

  if (order.isPending) return <Spin />;
  if (order.isError) return <Alert type="error" showIcon title={errorText(order.error, locale, t)} />;
  const o = order.data;
  const editable = o.status === 'draft';

  const onSave = () =>
    form
      .validateFields()
      .then((company) => save.mutate(company, { onSuccess: () => void message.success(t('order.saved')) }));
  const onSubmit = () =>
    form.validateFields().then((company) =>
      save.mutate(company, {
        onSuccess: () =>
          submit.mutate(undefined, { onSuccess: () => void message.success(t('order.submitted')) }),
      }),
    );

  return (
    <PageContainer
      title={t('order.pageTitle')}
      subtitle={`${o.productName} · ${o.insurerName}`}
      testId="page-enterprise-order"
      extra={
        <Link to="..">
          <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
        </Link>
      }
    >
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('order.no')}>{o.orderNo}</Descriptions.Item>
          <Descriptions.Item label={t('order.status')}>
            <OrderStatusTag status={o.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('order.submittedAt')}>{formatTime(o.submittedAt)}</Descriptions.Item>
          {o.status === 'passed' ? (
            <Descriptions.Item label={t('order.window')}>
              <span data-testid="order-window">
                {formatDate(o.windowStart)} ~ {formatDate(o.windowEnd)}
              </span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      {o.status === 'failed' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('order.failedTitle')}
          description={o.failReason}
          data-testid="order-fail-reason"
        />
      ) : null}
      {o.status === 'submitted' || o.status === 'sent' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('order.waitingHint')}
          data-testid="order-waiting"
        />
      ) : null}
      {o.status === 'passed' ? <Employees orderId={o.id} /> : null}

      <Card title={t('order.companyTitle')} style={{ marginBottom: 16 }}>
        <CompanyForm order={o} editable={editable} form={form} />
      </Card>
      <Card
        title={t('order.materialsTitle')}
        style={{ marginBottom: 16 }}
        extra={
          <a href={templateDownloadUrl(ROSTER_TEMPLATE)} data-testid="roster-template-download">
            <Button icon={<DownloadOutlined />}>{t('order.rosterTemplate')}</Button>
          </a>
        }
      >
        <Materials order={o} editable={editable} onUploaded={() => void order.refetch()} />
      </Card>
      {editable ? (
        <div id="roster">
          <Typography.Title level={5}>{t('material.roster')}</Typography.Title>
          <BulkImport
            template={ROSTER_TEMPLATE}
            params={{ orderId: o.id }}
            ready
            onFinished={() => void order.refetch()}
          />
        </div>
      ) : null}
      {editable ? (
        <Flex gap={12} justify="center" style={{ marginTop: 16 }} wrap>
          <Button
            icon={<SaveOutlined />}
            loading={save.isPending && !submit.isPending}
            onClick={() => void onSave()}
            data-testid="order-save"
          >
            {t('common.save')}
          </Button>
          <Popconfirm
            title={t('order.submitConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => void onSubmit()}
          >
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={submit.isPending}
              data-testid="order-submit"
            >
              {t('order.submit')}
            </Button>
          </Popconfirm>
        </Flex>
      ) : null}
      {submit.isError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 16 }}
          title={errorText(submit.error, locale, t)}
          data-testid="order-submit-error"
        />
      ) : null}
    </PageContainer>
  );
}
