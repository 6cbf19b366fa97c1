import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Switch,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import {
  productContentOf,
  useInsurerProducts,
  type Gender,
  type InsurerProduct,
  type ProductStatus,
} from '../../../api/exchange';
import { isUnionPlanContent, type UnionPlanContent } from '../../../api/union-plans';
import { ProductStatusTag } from '../../../components/exchange';
import { formatTime, formatYuan } from '../../../components/format';
import { PageContainer } from '../../../components/page';
import {
  ProductIdentityFields,
  ProductSubmissionFooter,
  useProductSubmission,
} from '../../../components/product-submission';
import { errorText } from '../../../error-text';
import { useI18n } from '../../../i18n';

type Values = {
  code?: string;
  name?: string;
  summary: string;
  brochure: string;
  insurerSite: string;
  hotline: string;
  sumInsuredYuan: number;
  premiumPerCopyYuan: number;
  maxCopies: number;
  coverMonths: number;
  waitingDays: number;
  fMin: number;
  fMax: number;
  mMin: number;
  mMax: number;
  eligibleSexes: Gender[];
  overAgeAllowed: boolean;
  overAgeUpTo?: number;
  enrollment?: [Dayjs, Dayjs] | null;
  uniformStartDate?: Dayjs | null;
  renewalGraceDays: number;
  benefits?: string;
};

/** Yuan typed with at most two decimals (InputNumber precision 2) → fen, exactly. */
const fen = (yuan: number) => Math.round(yuan * 100);

function currentContent(p: InsurerProduct | null): UnionPlanContent | null {
  if (!p) return null;
  const version = p.versions.find((v) => v.id === p.currentVersionId) ?? p.versions.at(-1);
  if (!version) return null;
  const content = productContentOf(version) as unknown as Record<string, unknown>;
  return isUnionPlanContent(content) ? content : null;
}

/** The form starts from the plan in force, or from MA-3's defaults for a new plan. */
function toValues(p: InsurerProduct | null): Partial<Values> {
  const c = currentContent(p);
  if (!c)
    return {
      coverMonths: 12,
      waitingDays: 90,
      maxCopies: 3,
      fMin: 16,
      fMax: 55,
      mMin: 16,
      mMax: 60,
      eligibleSexes: ['F', 'M'],
      overAgeAllowed: true,
      overAgeUpTo: 65,
      renewalGraceDays: 30,
    };
  return {
    summary: c.summary,
    brochure: c.brochure,
    insurerSite: c.insurerSite,
    hotline: c.hotline,
    sumInsuredYuan: c.sumInsuredFen / 100,
    premiumPerCopyYuan: c.rateTable.premiumPerCopyFen / 100,
    maxCopies: c.rateTable.maxCopies,
    coverMonths: c.coverMonths,
    waitingDays: c.waitingDays,
    fMin: c.ageWindow.F.minAgeExclusive,
    fMax: c.ageWindow.F.maxAgeExclusive,
    mMin: c.ageWindow.M.minAgeExclusive,
    mMax: c.ageWindow.M.maxAgeExclusive,
    eligibleSexes: c.eligibleSexes,
    overAgeAllowed: c.overAgeWithApprovalUpTo !== null,
    overAgeUpTo: c.overAgeWithApprovalUpTo ?? undefined,
    enrollment: c.enrollment ? [dayjs(c.enrollment.opensOn), dayjs(c.enrollment.closesOn)] : null,
    uniformStartDate: c.enrollment ? dayjs(c.enrollment.uniformStartDate) : null,
    renewalGraceDays: c.renewalGraceDays,
    benefits: c.benefits.join('\n'),
  };
}

function toContent(v: Values): UnionPlanContent {
  const day = (d: Dayjs) => d.format('YYYY-MM-DD');
  return {
    summary: v.summary.trim(),
    brochure: v.brochure.trim(),
    insurerSite: v.insurerSite.trim(),
    hotline: v.hotline.trim(),
    sumInsuredFen: fen(v.sumInsuredYuan),
    channels: { platform: true, mobile: false, insurerUrl: null },
    questionnaire: [],
    rateTable: { kind: 'per-copy', premiumPerCopyFen: fen(v.premiumPerCopyYuan), maxCopies: v.maxCopies },
    coverMonths: v.coverMonths,
    waitingDays: v.waitingDays,
    ageWindow: {
      F: { minAgeExclusive: v.fMin, maxAgeExclusive: v.fMax },
      M: { minAgeExclusive: v.mMin, maxAgeExclusive: v.mMax },
    },
    eligibleSexes: v.eligibleSexes,
    overAgeWithApprovalUpTo: v.overAgeAllowed ? (v.overAgeUpTo ?? null) : null,
    enrollment:
      v.enrollment && v.uniformStartDate
        ? {
            opensOn: day(v.enrollment[0]),
            closesOn: day(v.enrollment[1]),
            uniformStartDate: day(v.uniformStartDate),
          }
        : null,
    renewalGraceDays: v.renewalGraceDays,
    benefits: (v.benefits ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };
}

function PlanForm({ plan, onDone }: { plan: InsurerProduct | null; onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const submission = useProductSubmission<Values>({ product: plan, line: 'MUTUAL_AID', toContent, onDone });
  const { onFinish } = submission;
  const overAgeAllowed = Form.useWatch('overAgeAllowed', form);

  const age = (name: keyof Values, label: string, testId: string) => (
    <Col xs={12} md={6}>
      <Form.Item name={name} label={label} rules={[{ required: true, message: t('unionPlan.required') }]}>
        <InputNumber min={0} max={120} precision={0} style={{ width: '100%' }} data-testid={testId} />
      </Form.Item>
    </Col>
  );

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={toValues(plan)}
      onFinish={(v) => void onFinish(v)}
      data-testid="union-plan-form"
    >
      <ProductIdentityFields product={plan} nameLabel="unionPlan.name" testIdPrefix="up" />
      <Form.Item
        name="summary"
        label={t('productForm.summary')}
        rules={[{ required: true, whitespace: true, message: t('productForm.summaryRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={300} data-testid="up-summary" />
      </Form.Item>
      <Form.Item
        name="brochure"
        label={t('productForm.brochure')}
        rules={[{ required: true, whitespace: true, message: t('productForm.brochureRequired') }]}
      >
        <Input.TextArea rows={4} data-testid="up-brochure" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="insurerSite"
            label={t('productDetail.insurerSite')}
            rules={[
              { required: true, message: t('productForm.siteRequired') },
              { type: 'url', message: t('productForm.urlRule') },
            ]}
          >
            <Input data-testid="up-site" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="hotline"
            label={t('productDetail.hotline')}
            rules={[{ required: true, whitespace: true, message: t('productForm.hotlineRequired') }]}
          >
            <Input data-testid="up-hotline" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="sumInsuredYuan"
            label={t('unionPlan.sumInsuredPerCopy')}
            rules={[{ required: true, message: t('productForm.sumInsuredRequired') }]}
          >
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="up-sum-insured" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t('unionPlan.pricing')}</Typography.Title>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item
            name="premiumPerCopyYuan"
            label={t('unionPlan.premiumPerCopy')}
            rules={[{ required: true, message: t('unionPlan.required') }]}
          >
            <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="up-premium" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="maxCopies"
            label={t('unionPlan.maxCopies')}
            rules={[{ required: true, message: t('unionPlan.required') }]}
          >
            <InputNumber
              min={1}
              max={1000}
              precision={0}
              style={{ width: '100%' }}
              data-testid="up-max-copies"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="coverMonths"
            label={t('unionPlan.coverMonths')}
            rules={[{ required: true, message: t('unionPlan.required') }]}
          >
            <InputNumber
              min={1}
              max={120}
              precision={0}
              style={{ width: '100%' }}
              data-testid="up-cover-months"
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            name="waitingDays"
            label={t('unionPlan.waitingDays')}
            rules={[{ required: true, message: t('unionPlan.required') }]}
          >
            <InputNumber
              min={0}
              max={365}
              precision={0}
              style={{ width: '100%' }}
              data-testid="up-waiting-days"
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t('unionPlan.ages')}</Typography.Title>
      <Form.Item
        name="eligibleSexes"
        label={t('unionPlan.eligibleSexes')}
        rules={[{ required: true, type: 'array', min: 1, message: t('unionPlan.sexRequired') }]}
      >
        <Checkbox.Group
          data-testid="up-sexes"
          options={[
            { value: 'F', label: t('unionPlan.female') },
            { value: 'M', label: t('unionPlan.male') },
          ]}
        />
      </Form.Item>
      <Row gutter={16}>
        {age('fMin', t('unionPlan.femaleOlderThan'), 'up-f-min')}
        {age('fMax', t('unionPlan.femaleYoungerThan'), 'up-f-max')}
        {age('mMin', t('unionPlan.maleOlderThan'), 'up-m-min')}
        {age('mMax', t('unionPlan.maleYoungerThan'), 'up-m-max')}
      </Row>
      <Row gutter={16} align="bottom">
        <Col xs={12} md={6}>
          <Form.Item name="overAgeAllowed" label={t('unionPlan.overAge')} valuePropName="checked">
            <Switch data-testid="up-over-age" />
          </Form.Item>
        </Col>
        {overAgeAllowed ? (
          <Col xs={12} md={6}>
            <Form.Item
              name="overAgeUpTo"
              label={t('unionPlan.overAgeUpTo')}
              rules={[{ required: true, message: t('unionPlan.required') }]}
            >
              <InputNumber
                min={1}
                max={120}
                precision={0}
                style={{ width: '100%' }}
                data-testid="up-over-age-up-to"
              />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={12}>
          <Form.Item
            name="renewalGraceDays"
            label={t('unionPlan.renewalGraceDays')}
            extra={t('unionPlan.renewalGraceHint')}
            rules={[{ required: true, message: t('unionPlan.required') }]}
          >
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} data-testid="up-grace" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            name="enrollment"
            label={t('unionPlan.enrollment')}
            extra={t('unionPlan.enrollmentHint')}
          >
            <DatePicker.RangePicker style={{ width: '100%' }} data-testid="up-enrollment" />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="uniformStartDate"
            label={t('unionPlan.uniformStartDate')}
            dependencies={['enrollment']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_r, value: Dayjs | null | undefined) => {
                  if (getFieldValue('enrollment') && !value)
                    throw new Error(t('unionPlan.uniformStartRequired'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="up-uniform-start" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="benefits" label={t('unionPlan.benefits')} extra={t('unionPlan.benefitsHint')}>
        <Input.TextArea rows={3} data-testid="up-benefits" />
      </Form.Item>
      <ProductSubmissionFooter submission={submission} testIdPrefix="up" />
    </Form>
  );
}

/** 互助保障计划: the mutual-aid association's plans (products of the union line), listed and changed like every product. */
export default function UnionPlansPage() {
  const { t, locale } = useI18n();
  const products = useInsurerProducts();
  const [editing, setEditing] = useState<InsurerProduct | null | undefined>(undefined);
  const plans = (products.data ?? []).filter((p) => p.line === 'MUTUAL_AID');

  const columns: ColumnsType<InsurerProduct> = [
    { title: t('productForm.code'), dataIndex: 'code', key: 'code', className: 'ph-mono', width: 140 },
    { title: t('unionPlan.name'), dataIndex: 'name', key: 'name' },
    {
      title: t('unionPlan.premiumPerCopy'),
      key: 'premium',
      width: 150,
      render: (_: unknown, p) => {
        const c = currentContent(p);
        return c
          ? t('unionPlan.perCopy', {
              premium: formatYuan(c.rateTable.premiumPerCopyFen),
              max: c.rateTable.maxCopies,
            })
          : '';
      },
    },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 160,
      render: (s: ProductStatus) => <ProductStatusTag status={s} />,
    },
    {
      title: t('listing.submittedAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 170,
      render: (v: string) => formatTime(v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_: unknown, p) =>
        p.status === 'listed' && !p.versions.some((v) => v.status === 'pending') ? (
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(p)}
            data-testid="union-plan-change"
          >
            {t('insurerProduct.change')}
          </Button>
        ) : null,
    },
  ];

  return (
    <PageContainer
      title={t('menu.unionPlans')}
      subtitle={t('menuDesc.unionPlans')}
      testId="page-union-plans"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing(null)}
          data-testid="union-plan-new"
        >
          {t('unionPlan.new')}
        </Button>
      }
    >
      <Card>
        {products.isError ? (
          <Alert type="error" showIcon title={errorText(products.error, locale, t)} />
        ) : null}
        <Table
          rowKey="id"
          size="middle"
          loading={products.isPending}
          columns={columns}
          dataSource={plans}
          scroll={{ x: 860 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="union-plans-table"
        />
      </Card>
      <Drawer
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        size="large"
        destroyOnHidden
        title={editing ? t('insurerProduct.changeTitle', { name: editing.name }) : t('unionPlan.new')}
      >
        {editing !== undefined ? <PlanForm plan={editing} onDone={() => setEditing(undefined)} /> : null}
      </Drawer>
    </PageContainer>
  );
}
