import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { checkRatingTable, TAX_HEALTH_DEDUCTION_CAP_FEN } from '@policyhub/domain';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import {
  productContentOf,
  useInsurerProducts,
  type Gender,
  type InsurerProduct,
  type ProductContent,
  type ProductStatus,
} from '../../../api/exchange';
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

type BandValues = { minAge: number; maxAge: number; gender: Gender; premiumYuan: number };
type QuestionValues = { text: string; rule: 'none' | 'manual' | 'decline' };
type Values = {
  code?: string;
  name?: string;
  summary: string;
  brochure: string;
  insurerSite?: string;
  hotline?: string;
  sumInsuredYuan: number;
  platform: boolean;
  mobile: boolean;
  insurerUrl?: string;
  taxCodeFormat?: string;
  bands: BandValues[];
  questions: QuestionValues[];
};

const DEFAULT_BANDS: BandValues[] = [
  { minAge: 16, maxAge: 40, gender: 'M', premiumYuan: 1200 },
  { minAge: 16, maxAge: 40, gender: 'F', premiumYuan: 1100 },
  { minAge: 41, maxAge: 65, gender: 'M', premiumYuan: 2200 },
  { minAge: 41, maxAge: 65, gender: 'F', premiumYuan: 2000 },
];

/** The version in force (or the newest), its pending change and the last rejection's reason. */
function versionsOf(p: InsurerProduct) {
  const sorted = [...p.versions].sort((a, b) => b.version - a.version);
  const current = sorted.find((v) => v.id === p.currentVersionId) ?? sorted[0] ?? null;
  const pending = sorted.find((v) => v.status === 'pending') ?? null;
  const rejected = sorted[0]?.status === 'rejected' ? sorted[0] : null;
  return { current, pending, rejected };
}

function toValues(p: InsurerProduct | null): Partial<Values> {
  const current = p ? versionsOf(p).current : undefined;
  const c = current ? productContentOf(current) : null;
  if (!c)
    return { platform: true, mobile: true, bands: DEFAULT_BANDS, questions: [{ text: '', rule: 'manual' }] };
  return {
    summary: c.summary,
    brochure: c.brochure,
    insurerSite: c.insurerSite ?? undefined,
    hotline: c.hotline ?? undefined,
    sumInsuredYuan: c.sumInsuredFen / 100,
    platform: c.channels.platform,
    mobile: c.channels.mobile,
    insurerUrl: c.channels.insurerUrl ?? undefined,
    taxCodeFormat: c.taxCodeFormat ?? undefined,
    bands: c.rateTable.bands.map((b) => ({
      minAge: b.minAge,
      maxAge: b.maxAge,
      gender: b.gender,
      premiumYuan: b.annualPremiumFen / 100,
    })),
    questions: c.questionnaire.map((q) => ({
      text: q.text,
      rule: q.declineIfYes ? 'decline' : q.manualIfYes ? 'manual' : 'none',
    })),
  };
}

function toContent(v: Values): ProductContent {
  return {
    summary: v.summary.trim(),
    brochure: v.brochure.trim(),
    insurerSite: v.insurerSite?.trim() ?? '',
    hotline: v.hotline?.trim() ?? '',
    sumInsuredFen: Math.round(v.sumInsuredYuan * 100),
    deductionCapFen: TAX_HEALTH_DEDUCTION_CAP_FEN,
    channels: { platform: v.platform, mobile: v.mobile, insurerUrl: v.insurerUrl?.trim() || null },
    rateTable: {
      bands: v.bands.map((b) => ({
        minAge: b.minAge,
        maxAge: b.maxAge,
        gender: b.gender,
        annualPremiumFen: Math.round(b.premiumYuan * 100),
      })),
    },
    questionnaire: v.questions.map((q, i) => ({
      id: `q${i + 1}`,
      text: q.text.trim(),
      manualIfYes: q.rule === 'manual',
      declineIfYes: q.rule === 'decline',
    })),
    taxCodeFormat: v.taxCodeFormat?.trim() || '^[A-Z0-9]{20}$',
  };
}

/**
 * Overlapping age bands of the same gender make the quote ambiguous: the domain's rate-table check
 * (the one the server applies) decides, on the rows filled in so far.
 */
function bandProblem(bands: BandValues[] | undefined): boolean {
  const complete = (bands ?? []).filter(
    (band) => band && band.gender && Number.isFinite(band.minAge) && Number.isFinite(band.maxAge),
  );
  const table = {
    kind: 'age-gender-annual' as const,
    bands: complete.map((band) => ({ ...band, annualPremiumFen: 0 })),
  };
  return checkRatingTable(table).some((problem) => problem.code === 'RATING_BAND_OVERLAP');
}

function ProductForm({ product, onDone }: { product: InsurerProduct | null; onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const submission = useProductSubmission<Values>({ product, toContent, onDone });
  const { onFinish } = submission;

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={toValues(product)}
      onFinish={(v) => void onFinish(v)}
      data-testid="insurer-product-form"
    >
      <ProductIdentityFields product={product} nameLabel="productForm.name" testIdPrefix="pf" />
      <Form.Item
        name="summary"
        label={t('productForm.summary')}
        rules={[{ required: true, whitespace: true, message: t('productForm.summaryRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={300} data-testid="pf-summary" />
      </Form.Item>
      <Form.Item
        name="brochure"
        label={t('productForm.brochure')}
        extra={t('productForm.brochureHint')}
        rules={[{ required: true, whitespace: true, message: t('productForm.brochureRequired') }]}
      >
        <Input.TextArea rows={6} data-testid="pf-brochure" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="sumInsuredYuan"
            label={t('productForm.sumInsuredYuan')}
            rules={[{ required: true, message: t('productForm.sumInsuredRequired') }]}
          >
            <InputNumber min={1} style={{ width: '100%' }} data-testid="pf-sum-insured" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="insurerSite"
            label={t('productDetail.insurerSite')}
            rules={[
              { required: true, message: t('productForm.siteRequired') },
              { type: 'url', message: t('productForm.urlRule') },
            ]}
          >
            <Input data-testid="pf-site" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="hotline"
            label={t('productDetail.hotline')}
            rules={[{ required: true, whitespace: true, message: t('productForm.hotlineRequired') }]}
          >
            <Input data-testid="pf-hotline" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 12 }}>
        {t('products.capTag', { cap: formatYuan(TAX_HEALTH_DEDUCTION_CAP_FEN) })}
      </Typography.Text>
      <Form.Item label={t('productForm.channels')}>
        <Space wrap>
          <Form.Item name="platform" valuePropName="checked" noStyle>
            <Checkbox data-testid="pf-channel-platform">{t('channel.platform')}</Checkbox>
          </Form.Item>
          <Form.Item name="mobile" valuePropName="checked" noStyle>
            <Checkbox data-testid="pf-channel-mobile">{t('channel.mobile')}</Checkbox>
          </Form.Item>
        </Space>
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="insurerUrl"
            label={t('productForm.insurerUrl')}
            extra={t('productForm.insurerUrlHint')}
            rules={[{ type: 'url', message: t('productForm.urlRule') }]}
          >
            <Input data-testid="pf-insurer-url" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="taxCodeFormat"
            label={t('productForm.taxCodeFormat')}
            extra={t('productForm.taxCodeFormatHint')}
            rules={[
              {
                validator: async (_r, v: string | undefined) => {
                  if (!v) return;
                  try {
                    new RegExp(v);
                  } catch {
                    throw new Error(t('productForm.regexRule'));
                  }
                },
              },
            ]}
          >
            <Input className="ph-mono" data-testid="pf-tax-code-format" />
          </Form.Item>
        </Col>
      </Row>

      <Typography.Title level={5}>{t('productForm.rateTable')}</Typography.Title>
      <Form.List
        name="bands"
        rules={[
          {
            validator: async (_r, bands: BandValues[] | undefined) => {
              if (!bands || bands.length === 0) throw new Error(t('productForm.bandsRequired'));
              if (bandProblem(bands)) throw new Error(t('productForm.bandsOverlap'));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div data-testid="pf-rate-table">
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'minAge']}
                  rules={[{ required: true, message: t('productForm.ageRequired') }]}
                >
                  <InputNumber
                    min={0}
                    max={120}
                    placeholder={t('productForm.minAge')}
                    data-testid={`pf-band-min-${index}`}
                  />
                </Form.Item>
                <span>–</span>
                <Form.Item
                  name={[field.name, 'maxAge']}
                  dependencies={[['bands', field.name, 'minAge']]}
                  rules={[
                    { required: true, message: t('productForm.ageRequired') },
                    ({ getFieldValue }) => ({
                      validator: async (_r, v: number | undefined) => {
                        const min = getFieldValue(['bands', field.name, 'minAge']) as number | undefined;
                        if (v !== undefined && min !== undefined && v < min)
                          throw new Error(t('productForm.ageOrder'));
                      },
                    }),
                  ]}
                >
                  <InputNumber
                    min={0}
                    max={120}
                    placeholder={t('productForm.maxAge')}
                    data-testid={`pf-band-max-${index}`}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'gender']} rules={[{ required: true }]}>
                  <Select
                    style={{ width: 90 }}
                    data-testid={`pf-band-gender-${index}`}
                    options={[
                      { value: 'M', label: t('gender.M') },
                      { value: 'F', label: t('gender.F') },
                    ]}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'premiumYuan']}
                  rules={[{ required: true, message: t('productForm.premiumRequired') }]}
                >
                  <InputNumber
                    min={0.01}
                    step={10}
                    addonAfter={t('productForm.yuanPerYear')}
                    data-testid={`pf-band-premium-${index}`}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('common.delete')}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ gender: 'M' })} data-testid="pf-band-add">
              {t('productForm.addBand')}
            </Button>
            <Form.ErrorList errors={errors} />
          </div>
        )}
      </Form.List>

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('productForm.questionnaire')}
      </Typography.Title>
      <Form.List name="questions">
        {(fields, { add, remove }) => (
          <div data-testid="pf-questionnaire">
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'text']}
                  style={{ flex: 1, minWidth: 240 }}
                  rules={[{ required: true, whitespace: true, message: t('productForm.questionRequired') }]}
                >
                  <Input placeholder={t('productForm.question')} data-testid={`pf-question-${index}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'rule']}>
                  <Select
                    style={{ width: 170 }}
                    data-testid={`pf-question-rule-${index}`}
                    options={[
                      { value: 'none', label: t('productForm.ruleNone') },
                      { value: 'manual', label: t('productForm.manualIfYes') },
                      { value: 'decline', label: t('productForm.declineIfYes') },
                    ]}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('common.delete')}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ text: '', rule: 'manual' })}
              data-testid="pf-question-add"
            >
              {t('productForm.addQuestion')}
            </Button>
          </div>
        )}
      </Form.List>

      <ProductSubmissionFooter submission={submission} testIdPrefix="pf" />
    </Form>
  );
}

/** 产品挂牌: the insurer's products, a new listing application or a change to a listed product. */
export default function InsurerProductsPage() {
  const { t, locale } = useI18n();
  const products = useInsurerProducts();
  const [editing, setEditing] = useState<InsurerProduct | null | undefined>(undefined);

  const columns: ColumnsType<InsurerProduct> = [
    { title: t('productForm.code'), dataIndex: 'code', key: 'code', className: 'ph-mono', width: 140 },
    { title: t('order.product'), dataIndex: 'name', key: 'name' },
    {
      title: t('listing.version'),
      key: 'version',
      width: 90,
      render: (_: unknown, p) => {
        const current = versionsOf(p).current;
        return current ? `v${current.version}` : '';
      },
    },
    {
      title: t('order.status'),
      dataIndex: 'status',
      key: 'status',
      width: 200,
      render: (s: ProductStatus, p) => (
        <Flex vertical gap={2}>
          <span>
            <ProductStatusTag status={s} />
            {p.published ? <span style={{ fontSize: 12 }}>{t('insurerProduct.onShowcase')}</span> : null}
          </span>
          {versionsOf(p).pending && p.status === 'listed' ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }}>
              {t('insurerProduct.pendingChange', { version: versionsOf(p).pending?.version ?? '' })}
            </Typography.Text>
          ) : null}
          {versionsOf(p).rejected?.reviewReason ? (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {versionsOf(p).rejected?.reviewReason}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
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
        p.status === 'listed' && !versionsOf(p).pending ? (
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(p)}
            data-testid="insurer-product-change"
          >
            {t('insurerProduct.change')}
          </Button>
        ) : null,
    },
  ];

  return (
    <PageContainer
      title={t('menu.insurerProducts')}
      subtitle={t('menuDesc.insurerProducts')}
      testId="page-insurer-products"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setEditing(null)}
          data-testid="insurer-product-new"
        >
          {t('insurerProduct.new')}
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
          dataSource={(products.data ?? []).filter((p) => p.line === 'TAX_HEALTH')}
          scroll={{ x: 860 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          data-testid="insurer-products-table"
        />
      </Card>
      <Drawer
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        size="large"
        destroyOnHidden
        title={editing ? t('insurerProduct.changeTitle', { name: editing.name }) : t('insurerProduct.new')}
      >
        {editing !== undefined ? (
          <ProductForm product={editing} onDone={() => setEditing(undefined)} />
        ) : null}
      </Drawer>
    </PageContainer>
  );
}
