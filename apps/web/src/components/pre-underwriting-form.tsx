import type { ReactNode } from 'react';
import { Alert, Button, Col, DatePicker, Flex, Form, Input, Radio, Row } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { PreUnderwritingInput } from '../api/exchange';
import { errorText } from '../error-text';
import { useI18n } from '../i18n';

type ResultValues = {
  passed: boolean;
  windowStart?: Dayjs;
  windowEnd?: Dayjs;
  invitationCode?: string;
  remarks?: string;
  reason?: string;
};

/** The form's values as the pre-underwriting routes take them (dates as Beijing calendar days). */
export function preUnderwritingInput(v: ResultValues): PreUnderwritingInput {
  return v.passed
    ? {
        passed: true,
        windowStart: v.windowStart!.format('YYYY-MM-DD'),
        windowEnd: v.windowEnd!.format('YYYY-MM-DD'),
        invitationCode: v.invitationCode!.trim(),
        remarks: v.remarks?.trim() || undefined,
      }
    : { passed: false, reason: v.reason!.trim() };
}

/**
 * 预核保结果: pass with the application window and the group invitation code, or fail with the
 * reason — the one form the exchange admin (投保处理) and the insurer's staff (投保案件) fill in for
 * the same result. `testId` prefixes the test ids (admin-…, insurer-…); the caller owns the
 * mutation, the success message and what is shown once decided.
 */
export function PreUnderwritingForm({
  testId,
  onSubmit,
  pending,
  error,
  defaults,
  hint,
  actions,
}: {
  testId: 'admin' | 'insurer';
  onSubmit: (input: PreUnderwritingInput) => void;
  pending: boolean;
  error: unknown;
  defaults?: { windowStart?: Dayjs; windowEnd?: Dayjs };
  hint?: ReactNode;
  actions?: ReactNode;
}) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<ResultValues>();
  const passed = Form.useWatch('passed', form);
  const id = (name: string) => `${testId}-${name}`;

  return (
    <Form<ResultValues>
      form={form}
      layout="vertical"
      initialValues={{ passed: true, ...defaults }}
      onFinish={(v) => onSubmit(preUnderwritingInput(v))}
      data-testid={id('result-form')}
    >
      {hint}
      <Form.Item name="passed" label={t('adminOrder.result')}>
        <Radio.Group data-testid={id('result-passed')}>
          <Radio value={true} data-testid={id('result-pass')}>
            {t('adminOrder.pass')}
          </Radio>
          <Radio value={false} data-testid={id('result-fail')}>
            {t('adminOrder.fail')}
          </Radio>
        </Radio.Group>
      </Form.Item>
      {passed !== false ? (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="windowStart"
              label={t('adminOrder.windowStart')}
              rules={[{ required: true, message: t('adminOrder.windowRequired') }]}
            >
              <DatePicker style={{ width: '100%' }} data-testid={id('window-start')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="windowEnd"
              label={t('adminOrder.windowEnd')}
              dependencies={['windowStart']}
              rules={[
                { required: true, message: t('adminOrder.windowRequired') },
                ({ getFieldValue }) => ({
                  validator: async (_r, v: Dayjs | undefined) => {
                    const start = getFieldValue('windowStart') as Dayjs | undefined;
                    if (v && start && v.isBefore(start, 'day')) throw new Error(t('adminOrder.windowOrder'));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} data-testid={id('window-end')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="invitationCode"
              label={t('adminOrder.invitationCode')}
              rules={[{ required: true, whitespace: true, message: t('adminOrder.invitationCodeRequired') }]}
            >
              <Input maxLength={50} data-testid={id('invitation-code')} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="remarks" label={t('adminOrder.remarks')}>
              <Input.TextArea rows={2} maxLength={500} data-testid={id('remarks')} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Form.Item
          name="reason"
          label={t('adminOrder.reason')}
          rules={[{ required: true, whitespace: true, message: t('review.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid={id('fail-reason')} />
        </Form.Item>
      )}
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={errorText(error, locale, t)}
          data-testid={id('result-error')}
        />
      ) : null}
      <Flex gap={12}>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={pending}
          data-testid={id('result-save')}
        >
          {t('common.save')}
        </Button>
        {actions}
      </Flex>
    </Form>
  );
}
