import { useEffect, useRef } from 'react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Row,
  Select,
  Typography,
} from 'antd';
import { DownloadOutlined, FileProtectOutlined, FileSearchOutlined, IdcardOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { ID_TYPES, validateIdDocument, type IdType } from '@policyhub/domain';
import {
  documentKeys,
  queryDownloadUrl,
  usePolicyQuery,
  useQueryCaptcha,
  type QueryAnswer,
} from '../../api/documents';
import { PolicyStatusTag, useDocumentLabels } from '../../components/documents';
import { formatTime, formatYuan } from '../../components/format';
import { errorText } from '../../error-text';
import { ruleReason, ruleWarnings, useI18n } from '../../i18n';
import { BRAND } from '../../theme';
import { CaptchaField } from '../../components/captcha-field';

type Values = { policyNo: string; idType: IdType; idNumber: string; captchaAnswer: string };

function QueryResult({ answer }: { answer: QueryAnswer }) {
  const { t } = useI18n();
  const labels = useDocumentLabels();
  const { policy, documents } = answer;
  const ref = useRef<HTMLDivElement>(null);
  // On a phone the result is below the form: bring it into view.
  useEffect(() => {
    const top = ref.current?.getBoundingClientRect().top ?? 0;
    if (top > window.innerHeight * 0.6) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [answer]);
  return (
    <Card
      ref={ref}
      data-testid="query-result"
      title={
        <Flex gap={8} align="center" wrap>
          <FileProtectOutlined style={{ color: BRAND.blue }} />
          <span>{t('query.resultTitle')}</span>
          <PolicyStatusTag status={policy.status} label={policy.statusLabel} testId="query-status" />
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'policyNo',
            label: t('doc.policyNo'),
            children: <span className="ph-mono">{policy.policyNo}</span>,
          },
          { key: 'product', label: t('doc.product'), children: policy.productName },
          { key: 'insurer', label: t('doc.insurer'), children: policy.insurerName },
          {
            key: 'period',
            label: t('doc.periodLabel'),
            children: labels.period(policy.periodStart, policy.periodEnd),
          },
          {
            key: 'sumInsured',
            label: t('doc.sumInsured'),
            children: formatYuan(policy.sumInsured) || t('common.none'),
          },
          {
            key: 'premium',
            label: t('doc.premium'),
            children: formatYuan(policy.premium) || t('common.none'),
          },
          { key: 'holder', label: t('doc.holder'), children: policy.holderNameMasked },
        ]}
      />
      {policy.insured.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('query.insured', { count: policy.insured.length })}
          </Typography.Title>
          <List
            size="small"
            bordered
            dataSource={policy.insured}
            data-testid="query-insured"
            pagination={policy.insured.length > 10 ? { pageSize: 10, size: 'small' } : false}
            renderItem={(person, index) => (
              <List.Item key={index}>
                <Flex justify="space-between" gap={12} wrap style={{ width: '100%' }}>
                  <Typography.Text>{person.nameMasked}</Typography.Text>
                  <Typography.Text type="secondary" className="ph-mono">
                    {person.idNumberMasked}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('query.documents')}
      </Typography.Title>
      {documents.length === 0 ? (
        <Typography.Text type="secondary">{t('query.noDocuments')}</Typography.Text>
      ) : (
        <List
          size="small"
          bordered
          dataSource={documents}
          data-testid="query-documents"
          renderItem={(doc, index) => (
            <List.Item key={doc.id}>
              <Flex justify="space-between" align="center" gap={12} wrap style={{ width: '100%' }}>
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong>{labels.kind(doc.kind, doc.kindLabel)}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" className="ph-mono" style={{ fontSize: 12 }}>
                      {doc.documentNo}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' · '}
                      {formatTime(doc.issuedAt)}
                    </Typography.Text>
                  </div>
                </div>
                <a
                  href={queryDownloadUrl(doc.id, answer.queryToken)}
                  download
                  data-testid={`query-download-${index}`}
                >
                  <Button type="primary" ghost icon={<DownloadOutlined />}>
                    {t('query.download')}
                  </Button>
                </a>
              </Flex>
            </List.Item>
          )}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        {t('query.downloadNote')}
      </Typography.Paragraph>
    </Card>
  );
}

/**
 * 保单查询: policy number, the policyholder's or an insured's ID document and a captcha prove
 * the right to see the policy; the answer is masked and offers exactly the documents it shows.
 */
export default function QueryPage() {
  const { t, locale } = useI18n();
  const labels = useDocumentLabels();
  const [form] = Form.useForm<Values>();
  const captcha = useQueryCaptcha();
  const query = usePolicyQuery();
  const client = useQueryClient();
  const idType = Form.useWatch('idType', form) ?? 'resident_id';
  const idNumber = Form.useWatch('idNumber', form);
  const check = idNumber ? validateIdDocument(idType, idNumber) : null;
  // Only the resident-ID hints help here (a number of another document type); other types' notes
  // (normalised case, 需人工审核) are about data entry, not about finding a policy.
  const warnings = check && idType === 'resident_id' ? ruleWarnings(check, locale, t) : [];

  const refreshCaptcha = () => {
    form.setFieldValue('captchaAnswer', '');
    void client.invalidateQueries({ queryKey: documentKeys.queryCaptcha });
  };

  const onFinish = (values: Values) => {
    if (!captcha.data) return;
    const id = validateIdDocument(values.idType, values.idNumber);
    query.mutate(
      {
        policyNo: values.policyNo.trim(),
        idType: values.idType,
        idNumber: id.ok ? id.value : values.idNumber.trim(),
        captchaId: captcha.data.captchaId,
        captchaAnswer: values.captchaAnswer.trim(),
      },
      // A captcha is good for one attempt, whatever the answer.
      { onSettled: refreshCaptcha },
    );
  };

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto', padding: '32px 16px 48px' }} data-testid="page-query">
      <Flex gap={12} align="center" style={{ marginBottom: 8 }}>
        <FileSearchOutlined style={{ fontSize: 28, color: BRAND.blue }} />
        <Typography.Title level={2} style={{ margin: 0, fontSize: 'clamp(22px, 4vw, 30px)' }}>
          {t('menu.query')}
        </Typography.Title>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 15, marginBottom: 24 }}>
        {t('query.intro')}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card>
            <Form<Values>
              form={form}
              layout="vertical"
              size="large"
              requiredMark={false}
              initialValues={{ idType: 'resident_id' }}
              onFinish={onFinish}
              data-testid="query-form"
            >
              <Form.Item
                name="policyNo"
                label={t('doc.policyNo')}
                rules={[{ required: true, whitespace: true, message: t('query.policyNoRequired') }]}
              >
                <Input
                  id="query-policy-no"
                  data-testid="query-policy-no"
                  prefix={<FileProtectOutlined />}
                  autoComplete="off"
                  maxLength={40}
                  placeholder={t('query.policyNoPlaceholder')}
                />
              </Form.Item>
              <Form.Item name="idType" label={t('query.idType')} rules={[{ required: true }]}>
                <Select
                  id="query-id-type"
                  data-testid="query-id-type"
                  options={ID_TYPES.map((item) => ({ value: item.type, label: labels.idType(item.type) }))}
                  onChange={() => {
                    if (form.getFieldValue('idNumber')) void form.validateFields(['idNumber']);
                  }}
                />
              </Form.Item>
              <Form.Item
                name="idNumber"
                label={t('query.idNumber')}
                extra={warnings.length === 0 ? t('query.idNumberHint') : undefined}
                validateStatus={warnings.length ? 'warning' : undefined}
                help={warnings.length ? warnings.join('；') : undefined}
                dependencies={['idType']}
                rules={[
                  { required: true, whitespace: true, message: t('query.idNumberRequired') },
                  ({ getFieldValue }) => ({
                    validator: async (_rule, value: string | undefined) => {
                      if (!value || !value.trim()) return;
                      const type = (getFieldValue('idType') as IdType | undefined) ?? 'resident_id';
                      const reason = ruleReason(validateIdDocument(type, value), locale, t);
                      if (reason) throw new Error(reason);
                    },
                  }),
                ]}
              >
                <Input
                  id="query-id-number"
                  data-testid="query-id-number"
                  prefix={<IdcardOutlined />}
                  autoComplete="off"
                  maxLength={30}
                  placeholder={t('query.idNumberPlaceholder')}
                />
              </Form.Item>
              <CaptchaField captcha={captcha} onRefresh={refreshCaptcha} testIdPrefix="query" />
              {query.isError ? (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={errorText(query.error, locale, t)}
                  data-testid="query-error"
                />
              ) : null}
              <Form.Item style={{ marginBottom: 0 }}>
                <Button
                  type="primary"
                  htmlType="submit"
                  block
                  icon={<FileSearchOutlined />}
                  loading={query.isPending}
                  disabled={!captcha.data}
                  data-testid="query-submit"
                >
                  {t('query.submit')}
                </Button>
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {query.data && !query.isError ? (
            <QueryResult answer={query.data} />
          ) : (
            <Card size="small" title={t('query.howTitle')}>
              <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 1.9 }}>
                <li>{t('query.how1')}</li>
                <li>{t('query.how2')}</li>
                <li>{t('query.how3')}</li>
                <li>{t('query.how4')}</li>
              </ul>
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
