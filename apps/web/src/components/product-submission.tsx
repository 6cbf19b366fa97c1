import { useState } from 'react';
import { Alert, App as AntApp, Button, Col, Form, Input, Row, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useSubmitProduct, type InsurerProduct, type ProductSubmission } from '../api/exchange';
import { errorText } from '../error-text';
import { useI18n, type MessageKey } from '../i18n';

type Identity = { code?: string; name?: string };

/**
 * Submitting a product for listing, or a change of a listed one, as every line's insurer form does
 * (the exchange's 产品挂牌, the union's 互助保障计划): a new listing needs its clauses PDF, a change
 * may keep the old one; the server's Chinese refusal is kept for the form to show.
 */
export function useProductSubmission<V extends Identity>({
  product,
  line,
  toContent,
  onDone,
}: {
  product: InsurerProduct | null;
  line?: ProductSubmission['line'];
  toContent: (values: V) => ProductSubmission['content'];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const submit = useSubmitProduct();
  const [clauses, setClauses] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isNew = !product;

  const onFinish = async (v: V) => {
    setError(null);
    setBusy(true);
    try {
      if (!product) {
        if (!clauses) throw new Error(t('productForm.clausesHint'));
        await submit.mutateAsync({
          submission: {
            code: v.code?.trim() ?? '',
            name: v.name?.trim() ?? '',
            ...(line ? { line } : {}),
            content: toContent(v),
          },
          clauses,
        });
      } else {
        await submit.mutateAsync({ productId: product.id, content: toContent(v), clauses });
      }
      void message.success(t(isNew ? 'insurerProduct.submitted' : 'insurerProduct.changeSubmitted'));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return { isNew, clauses, setClauses, error, busy, onFinish };
}

/** A new listing's 产品代码 and name, or for a change the note that it needs review. */
export function ProductIdentityFields({
  product,
  nameLabel,
  testIdPrefix,
}: {
  product: InsurerProduct | null;
  nameLabel: MessageKey;
  testIdPrefix: string;
}) {
  const { t } = useI18n();
  if (product)
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('insurerProduct.changeHint', { name: product.name })}
      />
    );
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item
          name="code"
          label={t('productForm.code')}
          rules={[{ required: true, pattern: /^[A-Z0-9-]{3,40}$/, message: t('productForm.codeRule') }]}
        >
          <Input data-testid={`${testIdPrefix}-code`} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}>
        <Form.Item
          name="name"
          label={t(nameLabel)}
          rules={[{ required: true, whitespace: true, message: t('productForm.nameRequired') }]}
        >
          <Input data-testid={`${testIdPrefix}-name`} maxLength={100} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The clauses PDF, the server's refusal and the submit button at the end of the form. */
export function ProductSubmissionFooter({
  submission,
  testIdPrefix,
}: {
  submission: Pick<ReturnType<typeof useProductSubmission>, 'isNew' | 'setClauses' | 'error' | 'busy'>;
  testIdPrefix: string;
}) {
  const { t, locale } = useI18n();
  const { isNew, setClauses, error, busy } = submission;
  return (
    <>
      <Form.Item
        label={t('productForm.clauses')}
        style={{ marginTop: 16 }}
        extra={isNew ? t('productForm.clausesHint') : t('productForm.clausesKeepHint')}
      >
        <Upload
          accept=".pdf,application/pdf"
          maxCount={1}
          beforeUpload={(f) => {
            setClauses(f);
            return false;
          }}
          onRemove={() => setClauses(null)}
          data-testid={`${testIdPrefix}-clauses`}
        >
          <Button icon={<UploadOutlined />}>{t('disclosure.choosePdf')}</Button>
        </Upload>
      </Form.Item>
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={errorText(error, locale, t)}
          data-testid={`${testIdPrefix}-error`}
        />
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy} data-testid={`${testIdPrefix}-submit`}>
        {t(isNew ? 'insurerProduct.submitListing' : 'insurerProduct.submitChange')}
      </Button>
    </>
  );
}
